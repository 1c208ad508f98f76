// One module per function: every file in functions/land/ defines one LAND function, named after
// it, and the one list (functions/land/index.ts) has each of them exactly once.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS } from "../../functions/descriptors";
import { LAND_FUNCTIONS } from "../../functions/land";
import { PROFILE, type FunctionSpec } from "../../functions/spec";
import { jurisdictionProfiles } from "../../policies/profiles";

const dir = join(__dirname, "..", "..", "functions", "land");
const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts");

test.each(files)("functions/land/%s defines the function it is named after, and the list has it", (file) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const definition = (require(join(dir, file)) as { default?: FunctionSpec }).default;
  expect(definition?.id.toLowerCase()).toBe(file.replace(/\.ts$/, ""));
  expect(LAND_FUNCTIONS.filter((f) => f === definition)).toHaveLength(1);
});

test("the list holds nothing but those modules, each id once; EXPLAIN comes last and explains them all", () => {
  expect(LAND_FUNCTIONS.map((f) => `${f.id.toLowerCase()}.ts`).sort()).toEqual([...files].sort());
  const ids = FUNCTIONS.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.at(-1)).toBe("EXPLAIN");
  expect(FUNCTIONS.slice(0, -1)).toEqual(LAND_FUNCTIONS);
});

test("a spilled result declares its size: a fixed block, or one row per cell of one of its own range arguments", () => {
  for (const f of FUNCTIONS) {
    if (f.returns.type !== "table") continue;
    const spill = f.returns.spill;
    if ("rows" in spill) expect([f.id, spill.rows > 0 && spill.columns > 0]).toEqual([f.id, true]);
    else expect([f.id, f.params.find((p) => p.name === spill.rowsLike)?.range]).toEqual([f.id, true]);
  }
});

test("the profile argument's help names the profiles the registry offers, by id and short name, in both languages", () => {
  const profiles = jurisdictionProfiles();
  expect(profiles.length).toBeGreaterThan(0);
  for (const p of profiles) for (const help of [PROFILE.help.zh, PROFILE.help.en]) expect([p.id, help.includes(p.id), help.includes(p.names.short)]).toEqual([p.id, true, true]);
  for (const f of FUNCTIONS) for (const param of f.params) if (param.name === "profile") expect(param.help).toEqual(PROFILE.help);
});

describe.each(files)("functions/land/%s reads its arguments by name", (file) => {
  const source = readFileSync(join(dir, file), "utf8");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const definition = (require(join(dir, file)) as { default: FunctionSpec }).default;

  test("every argument it declares is read (args.<name>, here or in the sibling module it hands args to)", () => {
    const siblings = [...source.matchAll(/from "\.\/([\w-]+)"/g)].map(([, name]) => readFileSync(join(dir, `${name}.ts`), "utf8"));
    const unread = definition.params.map((p) => p.name).filter((name) => ![source, ...siblings].some((text) => new RegExp(`\\bargs\\.${name}\\b`).test(text)));
    expect(unread).toEqual([]);
  });

  test("a reader names the argument it reads, so an error message points at the right cell", () => {
    const mismatched = [...source.matchAll(/\(args\.(\w+), "([^"]+)"/g)].filter(([, read, named]) => read !== named).map(([m]) => m);
    expect(mismatched).toEqual([]);
  });
});
