import { evaluateScheme } from "../../policies/schemes/evaluate";
import { row, schemeOf } from "./helpers";

// 温岭 2022 (park firms), as quoted in issue 8: ranked within 5 industry groups.
// 规上: A top 20 %, B to 80 % (含), C to 95 % (含), D bottom 5 %. 规下: A top 5 %, B to 75 %, C to 95 %, D bottom 5 %.
// Renting out space: a 规上 landlord loses nothing for one 规下 tenant and 5 points for each further one;
// a 规下 landlord loses 10 for the first tenant and 5 for each further one; no limit.

const { scheme, documents } = schemeOf("wenling", 2022);

/** A firm whose indicators all scale with `k` (so the group mean is easy) and `tenants` tenants. */
function firm(scale: "规上" | "规下", industry: string, k: number, tenants: number | null = null) {
  return row({ scale, industry, area_mu: 10, tax: 10 * k, value_added: 50 * k, energy_tce: 10, emissions_t: 1, employees: 10, rd: k, revenue: 100, electricity: 10, tenants });
}

describe("温岭 2022 (温岭 2022 年度评价)", () => {
  test("tenant deductions: 规上 0, 0, 5, 10 for 0–3 tenants; 规下 10, 15 and, without limit, 55 for 1, 2 and 10", () => {
    const rows = [firm("规上", "泵业", 1, 0), firm("规上", "泵业", 1, 1), firm("规上", "泵业", 1, 2), firm("规上", "泵业", 1, 3), firm("规下", "泵业", 1, 1), firm("规下", "泵业", 1, 2), firm("规下", "泵业", 1, 10)];
    const r = evaluateScheme(scheme, rows, { documents });
    expect(r.firms.map((f) => f.adjustments[0]!.points.toFixed())).toEqual(["0", "0", "-5", "-10", "-10", "-15", "-55"]);
    // Every 规上 firm is at its group's mean: 100 points before the deduction.
    expect(r.firms.slice(0, 4).map((f) => f.total!.toFixed())).toEqual(["100", "100", "95", "90"]);
    expect(r.firms.slice(4).map((f) => f.total!.toFixed())).toEqual(["90", "85", "45"]);
  });

  test("ranks within industry groups: each group has its own mean, ranks from 1 and its own quota lines", () => {
    const pumps = Array.from({ length: 20 }, (_, i) => firm("规上", "泵与电机", i + 1));
    const shoes = Array.from({ length: 20 }, (_, i) => firm("规上", "鞋业", 100 * (i + 1)));
    const r = evaluateScheme(scheme, [...pumps, ...shoes], { documents });
    // Same shape in both groups → the same totals, ranks and tiers, though the values differ 100-fold.
    expect(r.firms.slice(0, 20).map((f) => f.total!.toFixed(10))).toEqual(r.firms.slice(20).map((f) => f.total!.toFixed(10)));
    expect(r.firms.slice(0, 20).map((f) => f.rank)).toEqual(r.firms.slice(20).map((f) => f.rank));
    expect(r.firms[19]).toMatchObject({ group: "pumps", rank: 1, tier: "A" });
    expect(r.firms[39]).toMatchObject({ group: "footwear", rank: 1, tier: "A" });
    const groups = r.groups.filter((g) => g.list.id === "above" && g.listed > 0);
    expect(groups.map((g) => [g.group!.id, g.tiers])).toEqual([
      ["pumps", { A: 4, B: 12, C: 3, D: 1 }],
      ["footwear", { A: 4, B: 12, C: 3, D: 1 }],
    ]);
  });

  test("规上 and 规下 have their own bands: 20 firms → A 4 (20 %) among 规上, A 1 (5 %) and B to 15 (75 %) among 规下", () => {
    const above = Array.from({ length: 20 }, (_, i) => firm("规上", "汽摩配", i + 1));
    const below = Array.from({ length: 20 }, (_, i) => firm("规下", "汽摩配", i + 1));
    const r = evaluateScheme(scheme, [...above, ...below], { documents });
    const g = (list: string) => r.groups.find((x) => x.list.id === list && x.group!.id === "auto_parts")!;
    expect(g("above").tiers).toEqual({ A: 4, B: 12, C: 3, D: 1 });
    expect(g("below").tiers).toEqual({ A: 1, B: 14, C: 4, D: 1 });
    expect(g("below").quotas.map((q) => [q.tier, q.count])).toEqual([["A", 1], ["B", 15], ["D", 1]]);
  });

  test("an industry outside the five groups is not evaluated, with the reason and the groups named", () => {
    const r = evaluateScheme(scheme, [firm("规上", "泵业", 1), firm("规上", "房地产", 1)], { documents });
    expect(r.firms[1]).toMatchObject({ status: "notEvaluated", rank: null, tier: null, group: null });
    expect(r.firms[1]!.reason!.zh).toContain("“房地产”不在本方案分组中");
    expect(r.unlisted).toBe(1);
  });

  test("the unpublished weights are marked assumed with their reason; the bands and deductions are sourced", () => {
    for (const list of scheme.lists) {
      for (const ind of list.indicators) expect(ind.weight).toMatchObject({ basis: "assumed", reason: { zh: expect.stringMatching(/未公布规下企业的权重|未给出指标权重/), en: expect.stringMatching(/not publish|not the indicator weights/) } });
      expect(list.adjustments[0]!.points).toMatchObject({ first: { basis: "sourced" }, eachFurther: { basis: "sourced", value: 5 } });
    }
    const lists = scheme.lists.map((l) => (l.bands.kind === "shares" ? [...l.bands.top, ...l.bands.bottom].map((x) => [x.tier, x.share.value, x.share.basis]) : []));
    expect(lists).toEqual([
      [["A", 0.2, "sourced"], ["B", 0.8, "sourced"], ["D", 0.05, "sourced"]],
      [["A", 0.05, "sourced"], ["B", 0.75, "sourced"], ["D", 0.05, "sourced"]],
    ]);
  });
});
