import { CATALOGUE, getProfile, moneyCompensationCap } from "../../policies";
import { at, d } from "./wz-zs-helpers";

// RULES.md, sections wenzhou and zhongshan: every id must be profile data, catalogued, and cited.
const RULES = {
  wenzhou: { source: "wenzhou-2020-53.txt", ids: ["WZ-TERM", "WZ-BUILD", "WZ-BID", "WZ-BREACH", "WZ-EVAL", "WZ-CLUSTER", "WZ-PREEMPT"] },
  zhongshan: {
    source: "zhongshan-2022-11.txt",
    ids: ["ZS-UNIT", "ZS-INTEREST", "ZS-COMP", "ZS-CONSOL", "ZS-RELOC", "ZS-SELFHOLD", "ZS-ANCIL", "ZS-SWAP", "ZS-PREFAB", "ZS-PLAN", "ZS-CONSENT"],
  },
};

describe.each(Object.entries(RULES))("RULES.md %s section", (profileId, { source, ids }) => {
  const profile = getProfile(profileId);

  test.each(ids)("%s is in the profile, catalogued with the same kind, and every parameter cites the document", (id) => {
    const rule = profile.rules.get(id);
    expect(rule).toBeDefined();
    expect(CATALOGUE[id]?.kind).toBe(rule!.kind);
    expect(CATALOGUE[id]!.functions.length).toBeGreaterThan(0);
    const params = Object.entries(rule!.params);
    expect(params.length).toBeGreaterThan(0);
    for (const [, p] of params) {
      expect(p.citation.startsWith(`${source} ${rule!.clause.split("–")[0]!.replace(/\d+$/, "")}`)).toBe(true);
      if (p.basis === "sourced") expect(p.quote).toBeTruthy();
      else expect(p.reason).toBeTruthy();
    }
  });

  test("no rule in the profile's own prefix is missing from RULES.md", () => {
    const own = [...profile.rules.values()].filter((r) => r.document.profileId === profileId).map((r) => r.id);
    expect(own.sort()).toEqual([...ids].sort());
  });
});

describe("中山 中府〔2022〕11号 validity (2022-02-01 … 2025-12-31)", () => {
  test("ZS-COMP: in force on 2025-12-31, expired with a warning on 2026-01-01, not yet in force on 2022-01-31", () => {
    const run = (asOf: string) => moneyCompensationCap(at("zhongshan", asOf), { landSalePrice: d(100), agriculturalFund: d(10) }).trace;
    expect(run("2025-12-31").warnings).toEqual([]);
    expect(run("2026-01-01").profile.state).toBe("expired");
    expect(run("2026-01-01").warnings[0]!.zh).toContain("2025-12-31");
    expect(run("2022-01-31").profile.state).toBe("not-yet-in-force");
  });
});
