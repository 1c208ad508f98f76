import { evaluateScheme } from "../../policies/schemes/evaluate";
import { d, row, schemeOf } from "./helpers";

// 黄岩区 2022 年度工业企业亩均效益综合评价结果公示 (2023-09-25), as quoted in issue 8:
// 规上 = 亩均税收 ÷ 24.097 × 30 + 亩均增加值 ÷ 136.16 × 20 + 单位能耗增加值 ÷ 2.694 × 20
//      + 单位排放增加值 ÷ 4929.81 × 10 + 全员劳动生产率 ÷ 18.14 × 10 + R&D 占比 ÷ 0.0302 × 10;
// 规下 = 亩均税收 ÷ 11.5932 × 50 + 单位电耗税收 ÷ 0.2352 × 50;
// a 规上 firm without emission data takes the average 规上 score of that indicator.
// 2021: 规上 26.01 / 132.27 / 2.54 / 4861.08 / 17.45 / 0.0305, 规下 16.601058 / 0.236565.

/** A 规上 firm whose every indicator equals the benchmark, times `taxFactor` on 亩均税收 only. */
function atBenchmarks(b: string[], taxFactor = 1): Record<string, number | string | null> {
  const [tax, va, energy, emission, labour, rd] = b.map(d);
  // area = 2.694 × 4929.81 × 18.14 (for 2022), so that every quotient is a finite decimal.
  const area = energy!.times(emission!).times(labour!);
  const valueAdded = va!.times(area);
  return {
    scale: "规上",
    area_mu: area.toFixed(),
    tax: tax!.times(area).times(taxFactor).toFixed(),
    value_added: valueAdded.toFixed(),
    energy_tce: valueAdded.div(energy!).toFixed(),
    emissions_t: valueAdded.div(emission!).toFixed(),
    employees: valueAdded.div(labour!).toFixed(),
    rd: rd!.times(1000).toFixed(),
    revenue: 1000,
  };
}

const B2022 = ["24.097", "136.16", "2.694", "4929.81", "18.14", "0.0302"];
const B2021 = ["26.01", "132.27", "2.54", "4861.08", "17.45", "0.0305"];

describe("黄岩 2022 规上 (黄岩 2022 年度评价公示 2023-09-25, 规上企业计分公式)", () => {
  const { scheme, documents } = schemeOf("huangyan", 2022);

  test("a 规上 firm exactly at every benchmark scores 100; doubling only its 亩均税收 gives 130", () => {
    const r = evaluateScheme(scheme, [row(atBenchmarks(B2022)), row(atBenchmarks(B2022, 2))], { documents });
    expect(r.firms.map((f) => f.total!.toFixed())).toEqual(["100", "130"]);
    expect(r.firms[1]!.indicators.map((i) => i.points!.toFixed())).toEqual(["60", "20", "20", "10", "10", "10"]);
    expect(r.firms.map((f) => f.list)).toEqual(["above", "above"]);
  });

  test("the 2021 benchmarks: the same firm built on them scores 100, and on the 2022 benchmarks scores the published formula", () => {
    const y2021 = schemeOf("huangyan", 2021);
    expect(evaluateScheme(y2021.scheme, [row(atBenchmarks(B2021))], { documents: y2021.documents }).firms[0]!.total!.toFixed()).toBe("100");
    // The 2021 firm under 2022: Σ w × b2021 ÷ b2022, worked term by term.
    const expected = [30, 20, 20, 10, 10, 10].reduce((s, w, k) => s.plus(d(w).times(B2021[k]!).div(B2022[k]!)), d(0));
    const got = evaluateScheme(scheme, [row(atBenchmarks(B2021))], { documents }).firms[0]!.total!;
    expect(got.toSignificantDigits(40).toFixed()).toBe(expected.toSignificantDigits(40).toFixed());
  });

  test("no emission data: the firm takes the average 规上 score of 单位排放增加值 (here (10 + 20) ÷ 2 = 15)", () => {
    const noEmission = { ...atBenchmarks(B2022), emissions_t: null };
    const doubleEmission = { ...atBenchmarks(B2022) };
    doubleEmission.emissions_t = d(doubleEmission.emissions_t as string).div(2).toFixed(); // 2 × the benchmark → 20 points
    const r = evaluateScheme(scheme, [row(atBenchmarks(B2022)), row(doubleEmission), row(noEmission)], { documents });
    const emission = r.firms.map((f) => f.indicators[3]!);
    expect(emission.map((e) => e.points!.toFixed())).toEqual(["10", "20", "15"]);
    expect(emission[2]!.value).toBeNull();
    expect(emission[2]!.note!.zh).toContain("取规上企业该项平均得分");
    expect(emission[2]!.note!.zh).toContain("黄岩 2022 年度评价公示");
    expect(r.firms[2]!.total!.toFixed()).toBe("105");
    expect(r.firms[2]!.status).toBe("ranked");
  });

  test("规下: 亩均税收 ÷ 11.5932 × 50 + 单位电耗税收 ÷ 0.2352 × 50 — at both benchmarks 100, 2021's 16.601058 / 0.236565", () => {
    const below = (tax: string, e: string) => ({ scale: "规下", area_mu: 1, tax, electricity: d(tax).div(e).toFixed() });
    const r = evaluateScheme(scheme, [row(below("11.5932", "0.2352"))], { documents });
    expect(r.firms[0]).toMatchObject({ list: "below", status: "ranked" });
    expect(r.firms[0]!.total!.toFixed()).toBe("100");
    const y2021 = schemeOf("huangyan", 2021);
    expect(evaluateScheme(y2021.scheme, [row(below("16.601058", "0.236565"))], { documents: y2021.documents }).firms[0]!.total!.toFixed()).toBe("100");
  });

  test("a firm with neither 规上 nor 规下 is in no list: not evaluated, with the reason", () => {
    const r = evaluateScheme(scheme, [row({ ...atBenchmarks(B2022), scale: "中型" })], { documents });
    expect(r.firms[0]).toMatchObject({ list: null, status: "notEvaluated", tier: null, rank: null });
    expect(r.firms[0]!.reason!.zh).toContain("不属于本方案任何名单");
  });

  test("a blank 亩均税收 input (other indicators have no missing rule) leaves the firm unscored, never 0", () => {
    const r = evaluateScheme(scheme, [row(atBenchmarks(B2022)), row({ ...atBenchmarks(B2022), tax: null })], { documents });
    expect(r.firms[1]).toMatchObject({ status: "unscored", total: null, tier: null });
    expect(r.firms[1]!.reason!.zh).toContain("不按 0");
  });
});
