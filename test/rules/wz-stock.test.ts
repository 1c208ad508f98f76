import { clusterCheck, mortgageCap, preemptionRequired, type PreemptionInput } from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const wz = at("wenzhou");
const allSet = { investmentIntensity: true, industry: true, taxPerMu: true, entry: true };

describe("WZ-CLUSTER 三(五)12 contiguous redevelopment", () => {
  test("WZ-CLUSTER 三(五)12: 一般达到50亩以上 includes 50, all four requirements set → no finding", () => {
    expect(clusterCheck(wz, { areaMu: d(50), requirementsSet: allSet }).value).toEqual([]);
  });

  test("WZ-CLUSTER 三(五)12: 49.9 亩 → a notice (一般: the county may still approve 一事一议)", () => {
    const [f, ...rest] = clusterCheck(wz, { areaMu: d(49.9), requirementsSet: allSet }).value;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "WZ-CLUSTER", field: "area_mu", severity: "notice", threshold: "≥ 50 亩", citation: "wenzhou-2020-53.txt 三(五)12" });
  });

  test("WZ-CLUSTER 三(五)12: 须设置 亩均税收 requirement: missing → a violation naming it", () => {
    const findings = clusterCheck(wz, { areaMu: d(80), requirementsSet: { ...allSet, taxPerMu: false, entry: false } }).value;
    expect(findings.map((f) => [f.field, f.severity])).toEqual([
      ["taxPerMu", "violation"],
      ["entry", "violation"],
    ]);
  });
});

describe("WZ-PREEMPT 三(五)14 pre-emption and mortgage cap", () => {
  const base: PreemptionInput = {
    investmentPerMu: d(300),
    agreedInvestmentPerMu: d(300),
    taxPerMu: d(30),
    agreedTaxPerMu: d(30),
    transferDate: day("2024-06-01"),
    productionDeadline: day("2024-06-01"),
    sellerLastYearTier: "B",
  };

  test("WZ-PREEMPT 三(五)14: everything at the agreed standard, transfer on the deadline, seller B → no pre-emption", () => {
    expect(preemptionRequired(wz, base).value).toEqual({ required: false, grounds: [] });
  });

  test("WZ-PREEMPT 三(五)14: 投资强度未达约定标准 (299.99 < 300) → must pre-empt", () => {
    expect(preemptionRequired(wz, { ...base, investmentPerMu: d(299.99) }).value).toEqual({ required: true, grounds: ["investment-below-agreed"] });
  });

  test("WZ-PREEMPT 三(五)14: 亩均税收未达约定标准 → must pre-empt", () => {
    expect(preemptionRequired(wz, { ...base, taxPerMu: d(29) }).value.grounds).toEqual(["tax-below-agreed"]);
  });

  test("WZ-PREEMPT 三(五)14: 达产期之前转让: the day before the deadline → must; the deadline itself → not", () => {
    expect(preemptionRequired(wz, { ...base, transferDate: day("2024-05-31") }).value.grounds).toEqual(["before-production-deadline"]);
  });

  test("WZ-PREEMPT 三(五)14: seller rated C or D in last year's 亩均论英雄 → must; A → not", () => {
    expect(preemptionRequired(wz, { ...base, sellerLastYearTier: "C" }).value.required).toBe(true);
    expect(preemptionRequired(wz, { ...base, sellerLastYearTier: "D" }).value.required).toBe(true);
    expect(preemptionRequired(wz, { ...base, sellerLastYearTier: "A" }).value.required).toBe(false);
  });

  test("WZ-PREEMPT 三(五)14: unknown values are not grounds (no agreement, no deadline, no rating)", () => {
    const r = preemptionRequired(wz, { ...base, agreedInvestmentPerMu: null, taxPerMu: null, productionDeadline: null, sellerLastYearTier: null });
    expect(r.value.required).toBe(false);
  });

  test("WZ-PREEMPT 三(五)14: 达产验收通过前 mortgage ≤ the transfer price; after ≤ 标定地价", () => {
    expect(mortgageCap(wz, { accepted: false, transferPrice: d(800), benchmarkPrice: d(950) }).value.toFixed()).toBe("800");
    expect(mortgageCap(wz, { accepted: true, transferPrice: d(800), benchmarkPrice: d(950) }).value.toFixed()).toBe("950");
  });

  test("WZ-PREEMPT: after acceptance without a 标定地价 → #VALUE! naming benchmark_price", () => {
    const e = ruleErrorOf(() => mortgageCap(wz, { accepted: true, transferPrice: d(800), benchmarkPrice: null }));
    expect([e.kind, e.argument]).toEqual(["value", "benchmark_price"]);
  });
});
