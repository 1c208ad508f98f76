import { readFileSync } from "fs";
import { join } from "path";
import { CATALOGUE, getProfile } from "../../policies";

const ROOT = join(__dirname, "../..");
const squash = (s: string) => s.replace(/\s+/g, "");

/** RULES.md rows of one prefix: id → clause (the second pass writes "宁波 二(十)": the document's name is dropped). */
function specRows(prefix: string): [string, string][] {
  const rows = readFileSync(join(ROOT, "docs/spec/RULES.md"), "utf8").matchAll(new RegExp(`^\\| (${prefix}-[A-Z0-9-]+) \\| ([^|]+) \\|`, "gm"));
  return [...rows].map((m) => [m[1]!, m[2]!.trim().replace(/^[^\s(（]+\s+(?=[一二三四五六七八九十])/, "")]);
}

describe.each([
  ["NB", "ningbo", "ningbo-2023-draft.txt"],
  ["ZJ", "zhejiang", "zhejiang-2023.txt"],
])("%s rules in the %s profile", (prefix, profileId, source) => {
  const profile = getProfile(profileId);
  const rows = specRows(prefix);
  const text = squash(readFileSync(join(ROOT, "policies/sources", source), "utf8"));

  test(`${prefix}: RULES.md lists the rules (sanity of the reading)`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(prefix === "NB" ? 11 : 5);
  });

  test.each(rows)(`%s (RULES.md clause %s): in the profile with its clause, and catalogued with the same kind`, (id, clause) => {
    const rule = profile.rules.get(id);
    expect(rule).toBeDefined();
    expect(rule!.clause).toBe(clause);
    expect(rule!.document.source).toBe(source);
    const implementation = CATALOGUE[id];
    expect(implementation?.kind).toBe(rule!.kind);
    expect(implementation!.functions.length).toBeGreaterThan(0);
  });

  test.each(rows)(`%s: every parameter cites its clause, and its quote is the document's own words`, (id) => {
    const rule = profile.rules.get(id)!;
    for (const [name, p] of Object.entries(rule.params)) {
      expect(`${id}.${name} ${p.citation}`).toBe(`${id}.${name} ${source} ${rule.clause}`);
      if (p.quote) expect(`${id}.${name}: ${text.includes(squash(p.quote))}`).toBe(`${id}.${name}: true`);
    }
  });

  test.each(rows)(`%s: a value the document gives 原则上 (in principle) is editable`, (id) => {
    const rule = profile.rules.get(id)!;
    for (const [name, p] of Object.entries(rule.params))
      if (p.quote?.includes("原则上") && p.bound) expect(`${id}.${name} editable: ${p.editable === true}`).toBe(`${id}.${name} editable: true`);
  });
});
