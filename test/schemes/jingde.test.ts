import { evaluateScheme } from "../../policies/schemes/evaluate";
import { row, schemeOf } from "./helpers";

// 旌德 min–max scaling, as quoted in issue 8: points = weight × [20 + 80 × (x − min) ÷ (max − min)] ÷ 100,
// plus extra points. (Weights, the −3 for missing energy data and the bonus are assumed in the profile.)

const { scheme, documents } = schemeOf("jingde", 2023);
const firm = (tax: number, revenue: number, energy: number | null, rd: number, certifications: number | null = null, veto: string | null = null) =>
  row({ area_mu: 1, tax, revenue, energy_tce: energy, rd, certifications, veto });

describe("旌德 min–max scaling (旌德亩均评价 计分方法)", () => {
  test("亩均税收 10 / 20 / 30 with weight 40 → 40 × [20 + 80 × (x − 10) ÷ 20] ÷ 100 = 8 / 24 / 40", () => {
    const r = evaluateScheme(scheme, [firm(10, 100, 10, 1), firm(20, 100, 10, 1), firm(30, 100, 10, 1)], { documents });
    expect(r.firms.map((f) => f.indicators[0]!.points!.toFixed())).toEqual(["8", "24", "40"]);
    // All equal on the other indicators: each firm at base + span (assumed: nobody is behind) → 30 + 15 + 15.
    expect(r.firms.map((f) => f.total!.toFixed())).toEqual(["68", "84", "100"]);
  });

  test("lower is better (单位营业收入能耗): the least energy per 万元 gets the full weight, the most 20 % of it", () => {
    // energy ÷ revenue: 0.1, 0.2, 0.3 → 15 × [20 + 80 × (0.3 − x) ÷ 0.2] ÷ 100 = 15, 9, 3.
    const r = evaluateScheme(scheme, [firm(10, 100, 10, 1), firm(10, 100, 20, 1), firm(10, 100, 30, 1)], { documents });
    expect(r.firms.map((f) => f.indicators[2]!.points!.toFixed())).toEqual(["15", "9", "3"]);
  });

  test("missing energy data: −3 points instead of the indicator's points, with the reason; the bonus is capped at 10", () => {
    const r = evaluateScheme(scheme, [firm(10, 100, 10, 1, 2), firm(20, 100, null, 1, 7), firm(30, 100, 20, 1)], { documents });
    expect(r.firms[1]!.indicators[2]).toMatchObject({ value: null });
    expect(r.firms[1]!.indicators[2]!.points!.toFixed()).toBe("-3");
    expect(r.firms[1]!.indicators[2]!.note!.zh).toContain("扣 3 分");
    expect(r.firms.map((f) => f.adjustments[0]!.points.toFixed())).toEqual(["4", "10", "0"]);
    // 24 + 30 − 3 + 15 + 10
    expect(r.firms[1]!.total!.toFixed()).toBe("76");
  });

  test("一票否决 → D, outside the ranking, with the event and the clause", () => {
    const r = evaluateScheme(scheme, [firm(10, 100, 10, 1), firm(30, 100, 10, 1, null, "安全生产事故")], { documents });
    expect(r.firms[1]).toMatchObject({ status: "forced", tier: "D", rank: null });
    expect(r.firms[1]!.reason!.zh).toContain("一票否决（安全生产事故）");
    // The vetoed firm is not in the min–max range: the other firm is alone, at base + span on every indicator.
    expect(r.firms[0]!.total!.toFixed()).toBe("100");
  });
});
