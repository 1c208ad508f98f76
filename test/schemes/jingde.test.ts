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

describe("score lines on min–max points (民法典 第1259条: 以上 includes the line)", () => {
  test("a total of exactly 90 reached through a third (90 × ⅓ + 60) is on the 90 分以上 line, and ties with the other 90", () => {
    // Two indicators scaled 0 + 100 × position (weights 90 and 60): the second firm is at ⅓ of the 亩均税收 range
    // (30, computed as 90 × 0.333…3 = 29.999…97) and at the top of the 亩均营业收入 range (60).
    const s = structuredClone(scheme);
    const list = s.lists[0]!;
    const scaled = (k: number, weight: number) => {
      const ind = structuredClone(list.indicators[k]!);
      if (ind.benchmark.method !== "minmax") throw new Error("min–max expected");
      ind.weight = { ...ind.weight, value: weight };
      ind.benchmark.base = { ...ind.benchmark.base, value: 0 };
      ind.benchmark.span = { ...ind.benchmark.span, value: 100 };
      return ind;
    };
    list.indicators = [scaled(0, 90), scaled(1, 60)];
    list.adjustments = [];
    list.bands = { kind: "scoreLines", lines: [{ tier: "A", min: { value: 90, basis: "sourced", source: "jingde", clause: "分数线" }, inclusive: true }], rest: "B" };
    const r = evaluateScheme(s, [firm(0, 100, 10, 1), firm(1, 300, 10, 1), firm(3, 100, 10, 1)], { documents });
    expect(r.firms[1]!.total!.toDecimalPlaces(30).toFixed()).toBe("90");
    expect(r.firms.map((f) => f.tier)).toEqual(["B", "A", "A"]);
    // …and the two 90s tie in rank.
    expect([r.firms[1]!.rank, r.firms[2]!.rank]).toEqual([1, 1]);
  });
});
