import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CONCEPTS } from "../../policies/catalogue/concepts";
import { Evaluation, type Context } from "../../policies/engine/evaluation";
import { createRegistry } from "../../policies/profiles";
import { ProfileError, type Profile } from "../../policies/registry";

// Issue 7 item 5: every parameter in the data is read by code, and every editable parameter
// can change a result. The rule vectors of test/rules run here again with a recorder: every
// rule function call (its arguments, and the parameters read while it ran) and every
// parameter read. Afterwards each editable parameter is changed in a derived profile and the
// recorded calls that read it are re-run until one gives another result.

const RULES_DIR = join(__dirname, "../../policies/rules");
const TESTS_DIR = join(__dirname, "../rules");

interface Call {
  name: string;
  fn: (...args: unknown[]) => unknown;
  args: unknown[];
  reads: Set<string>;
}

const calls: Call[] = [];
const stack: Call[] = [];
/** `<document profile>:<RULE-ID>.<param>` of every parameter read. */
const read = new Set<string>();
const keyOf = (ev: Evaluation, name: string) => `${ev.rule.document.profileId}:${ev.rule.id}.${name}`;

const isContext = (x: unknown): x is Context => typeof x === "object" && x !== null && "profile" in x && "asOf" in x;

// Record every rule function called with a context (calls between modules go through the module object).
for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts"))) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- every rule module, by file
  const mod = require(join(RULES_DIR, file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value !== "function" || /^[A-Z]/.test(name)) continue;
    const fn = value as (...args: unknown[]) => unknown;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      if (!isContext(args[0])) return fn.apply(this, args);
      const call: Call = { name, fn, args, reads: new Set() };
      stack.push(call);
      try {
        return fn.apply(this, args);
      } finally {
        stack.pop();
        calls.push(call);
      }
    };
    try {
      mod[name] = wrapped;
    } catch {
      // a getter-only re-export: its own module is wrapped
    }
  }
}

const param = Evaluation.prototype.param;
Evaluation.prototype.param = function (this: Evaluation, name: string) {
  const key = keyOf(this, name);
  read.add(key);
  for (const c of stack) c.reads.add(key);
  return param.call(this, name);
} as typeof param;

describe("the rule vectors of test/rules, recorded", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the rule test files register their tests here
  for (const file of readdirSync(TESTS_DIR).filter((f) => f.endsWith(".test.ts")).sort()) require(join(TESTS_DIR, file));
});

const registry = createRegistry();
const shipped = registry.list().filter((p) => p.derivedFrom === null);

/** Every parameter of the shipped data, by its own document: `<profile>:<RULE-ID>.<param>`. */
function dataParams(): { key: string; profile: Profile; rule: string; name: string; editable: boolean }[] {
  return shipped.flatMap((p) =>
    [...p.rules.values()]
      .filter((r) => r.document.profileId === p.document.profileId)
      .flatMap((r) => Object.entries(r.params).map(([name, v]) => ({ key: `${p.id}:${r.id}.${name}`, profile: p, rule: r.id, name, editable: v.editable === true }))),
  );
}

test("every parameter in the data is read by the code (and the vectors reach it)", () => {
  const unread = dataParams()
    .map((p) => p.key)
    .filter((k) => !read.has(k));
  expect(unread).toEqual([]);
});

/** Other values in the parameter's domain to try. */
function variants(value: number | string | boolean, domainWords: readonly string[] | null): unknown[] {
  if (typeof value === "boolean") return [!value];
  if (domainWords) return domainWords.filter((w) => w !== value);
  const x = typeof value === "number" ? value : Number(value.split("/")[0]) / Number(value.split("/")[1]);
  return [...new Set([x * 2, x / 2, x + 1, x - 1, 0, 1, x * 10, x + 10, x / 10, 0.5, 0.99].filter((v) => v >= 0 && v !== x && Number.isFinite(v)))];
}

function wordsOf(ruleConcepts: readonly string[], name: string): readonly string[] | null {
  for (const c of ruleConcepts) {
    const domain = CONCEPTS.get(c)?.params[name] as { _zod?: { def?: { entries?: Record<string, string> } } } | undefined;
    const entries = domain?._zod?.def?.entries;
    if (entries) return Object.values(entries);
  }
  return null;
}

const outcome = (f: () => unknown): string => {
  try {
    const r = f() as { value?: unknown } | undefined;
    return JSON.stringify(r && typeof r === "object" && "value" in r ? r.value : r);
  } catch (e) {
    return `throws ${e instanceof Error ? e.message : String(e)}`;
  }
};

test("every editable parameter can change a result: changed in a derived profile, a recorded call answers otherwise", () => {
  const inert: string[] = [];
  let n = 0;
  for (const p of dataParams().filter((x) => x.editable)) {
    const rule = p.profile.rules.get(p.rule)!;
    const value = rule.params[p.name]!.value;
    const using = calls.filter((c) => c.reads.has(p.key) && isContext(c.args[0]) && c.args[0].profile.derivedFrom === null).slice(0, 40);
    let changed = false;
    for (const v of variants(value, wordsOf(rule.concepts, p.name))) {
      let derived: Profile;
      try {
        derived = registry.derive({ id: `what-if-${n++}`, base: p.profile.id, names: { zh: "试算", en: "what-if" }, reason: "params-used test", overrides: { [`${p.rule}.${p.name}`]: v } });
      } catch (e) {
        if (e instanceof ProfileError) continue; // outside the domain
        throw e;
      }
      for (const c of using) {
        const ctx = c.args[0] as Context;
        const base = registry.get(ctx.profile.id);
        const before = outcome(() => c.fn({ ...ctx, profile: base }, ...c.args.slice(1)));
        const viaDerived = registry.derive({
          id: `what-if-${n++}`,
          base: ctx.profile.id,
          names: { zh: "试算", en: "what-if" },
          reason: "params-used test",
          overrides: { [`${p.rule}.${p.name}`]: v },
        });
        const after = outcome(() => c.fn({ ...ctx, profile: viaDerived }, ...c.args.slice(1)));
        registry.forget(viaDerived.id);
        if (before !== after) {
          changed = true;
          break;
        }
      }
      registry.forget(derived.id);
      if (changed) break;
    }
    if (!changed) inert.push(`${p.key} = ${JSON.stringify(value)} (${using.length} calls read it)`);
  }
  expect(inert).toEqual([]);
});
