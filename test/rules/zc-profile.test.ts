import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CATALOGUE, getProfile, INDICATORS } from "../../policies";
import { reasonShown } from "../../policies/citations";

// The RULES.md ids this profile owns (docs/spec/RULES.md, 增城 and National sections).
const specIds = (prefix: string): string[] =>
  [...readFileSync(resolve(__dirname, "../../docs/spec/RULES.md"), "utf8").matchAll(new RegExp(`^\\| (${prefix}-[A-Z0-9-]+) \\|`, "gm"))].map((m) => m[1]!);
const ZC_IDS = specIds("ZC");
const NAT_IDS = specIds("NAT");

describe("ZC-* and NAT-* as profile data, catalogued", () => {
  const zc = getProfile("zengcheng");
  const nat = getProfile("national");

  test.each(ZC_IDS)("%s: in the 增城 profile and the catalogue, with the same kind", (id) => {
    const rule = zc.rules.get(id);
    expect(rule).toBeDefined();
    expect(CATALOGUE[id]?.kind).toBe(rule!.kind);
    expect(CATALOGUE[id]!.functions.length).toBeGreaterThan(0);
  });

  test.each(NAT_IDS)("%s: in the national profile, included by 增城, and catalogued with the same kind", (id) => {
    expect(nat.rules.get(id)?.kind).toBe(CATALOGUE[id]?.kind);
    expect(zc.rules.get(id)?.document.profileId).toBe("national");
  });

  test("ZC-*: every parameter cites the draft and one of its clauses; every assumed one says why", () => {
    for (const id of ZC_IDS)
      for (const [name, p] of Object.entries(zc.rules.get(id)?.params ?? {})) {
        expect(`${id}.${name} ${p.citation}`).toMatch(/ zengcheng-2022-draft\.txt [一二三四五]\([一二三四五六七八九十]+\)\d*/);
        if (p.basis === "assumed") expect(p.reason && reasonShown(p.reason).zh.length).toBeGreaterThan(10);
        else expect(p.quote?.length ?? 0).toBeGreaterThan(0);
      }
  });

  test("ZC-TIER / ZJ-EVAL: every weight names an indicator of the catalogue", () => {
    for (const [profile, id] of [["zengcheng", "ZC-TIER"], ["zhejiang", "ZJ-EVAL"]] as const) {
      const keys = Object.keys(getProfile(profile).rules.get(id)!.params).filter((n) => n.startsWith("weights."));
      expect(keys.length).toBeGreaterThan(0);
      for (const k of keys) expect(Object.keys(INDICATORS)).toContain(k.slice("weights.".length));
    }
  });
});

// The quotes must be the document's own words (the text is in the repository, policies/sources/).
const draft = resolve(__dirname, "../../policies/sources/zengcheng-2022-draft.txt");
const squeeze = (s: string) => s.replace(/\s+/g, "").replace(/- \d+ -/g, "");

describe("ZC-* quotes are the draft's own words", () => {
  const text = squeeze(readFileSync(draft, "utf8")).replace(/-\d+-/g, "");
  const zc = getProfile("zengcheng");
  const quoted = ZC_IDS.flatMap((id) => Object.entries(zc.rules.get(id)?.params ?? {}).filter(([, p]) => p.quote).map(([name, p]) => [`${id}.${name}`, p.quote!] as const));

  test.each(quoted)("%s: every fragment of its quote is in zengcheng-2022-draft.txt", (_, quote) => {
    for (const fragment of quote.split("……")) expect(text).toContain(squeeze(fragment));
  });
});
