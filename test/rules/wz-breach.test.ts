import { breachPenalty, buybackPrice, terminationAtAcceptance } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const wz = at("wenzhou");

describe("WZ-BREACH 三(四)10 breach of the 亩均税收 commitment", () => {
  test("WZ-BREACH 三(四)10: BREACHPENALTY committed 30, actual 25, 10 亩 → 50 万元 (按差额计算)", () => {
    expect(breachPenalty(wz, { committedTaxPerMu: d(30), actualTaxPerMu: d(25), areaMu: d(10) }).value.toFixed()).toBe("50");
  });

  test("WZ-BREACH 三(四)10: commitment met or exceeded → no penalty", () => {
    expect(breachPenalty(wz, { committedTaxPerMu: d(30), actualTaxPerMu: d(30), areaMu: d(10) }).value.toFixed()).toBe("0");
    expect(breachPenalty(wz, { committedTaxPerMu: d(30), actualTaxPerMu: d(41), areaMu: d(10) }).value.toFixed()).toBe("0");
  });

  test("WZ-BREACH 三(四)10: exact decimals: (38.5 − 12.35) × 7.5 亩 = 196.125", () => {
    expect(breachPenalty(wz, { committedTaxPerMu: d(38.5), actualTaxPerMu: d(12.35), areaMu: d(7.5) }).value.toFixed()).toBe("196.125");
  });

  test("WZ-BREACH: a negative area → #NUM! naming area_mu", () => {
    expect(ruleErrorOf(() => breachPenalty(wz, { committedTaxPerMu: d(30), actualTaxPerMu: d(25), areaMu: d(-1) })).argument).toBe("area_mu");
  });

  const acceptance = (output: number, tax: number) => terminationAtAcceptance(wz, { contractOutput: d(10000), actualOutput: d(output), contractTax: d(1000), actualTax: d(tax) });

  test("WZ-BREACH 三(四)10: 产值不足约定的50%: exactly 50% (不足 excludes the number) → no termination", () => {
    const r = acceptance(5000, 300);
    expect(r.value.terminable).toBe(false);
    expect(r.value.outputShare.toFixed()).toBe("0.5");
  });

  test("WZ-BREACH 三(四)10: output 49.99% → may terminate", () => {
    expect(acceptance(4999, 1000).value.terminable).toBe(true);
  });

  test("WZ-BREACH 三(四)10: 税收不足约定的30%: exactly 30% → no; 29.9% → may terminate (either shortfall suffices)", () => {
    expect(acceptance(10000, 300).value.terminable).toBe(false);
    expect(acceptance(10000, 299).value.terminable).toBe(true);
  });

  test("WZ-BREACH: contract output of 0 cannot give a share → #NUM! naming contract_output", () => {
    const e = ruleErrorOf(() => terminationAtAcceptance(wz, { contractOutput: d(0), actualOutput: d(1), contractTax: d(1), actualTax: d(1) }));
    expect([e.kind, e.argument]).toEqual(["num", "contract_output"]);
  });

  test("WZ-BREACH 三(四)10: 按原出让价格收购; 市场价低于原出让价时不得高于市场价: 1000 vs market 800 → 800, market 1200 → 1000, no appraisal → 1000", () => {
    const price = (market: number | null) =>
      buybackPrice(wz, { originalPrice: d(1000), marketPrice: market === null ? null : d(market), replacementCost: d(0), newnessRatio: d(0) }).value.land.toFixed();
    expect(price(800)).toBe("800");
    expect(price(1200)).toBe("1000");
    expect(price(1000)).toBe("1000");
    expect(price(null)).toBe("1000");
  });

  test("WZ-BREACH 三(四)10: 地上建筑物按重置价结合成新: replacement 500 × 成新 0.6 = 300; total with land 800 = 1100", () => {
    const r = buybackPrice(wz, { originalPrice: d(1000), marketPrice: d(800), replacementCost: d(500), newnessRatio: d(0.6) });
    expect([r.value.land, r.value.buildings, r.value.total].map((x) => x.toFixed())).toEqual(["800", "300", "1100"]);
  });

  test("WZ-BREACH: 成新 above 1 → #NUM! naming newness_ratio", () => {
    const e = ruleErrorOf(() => buybackPrice(wz, { originalPrice: d(1000), marketPrice: null, replacementCost: d(500), newnessRatio: d(1.2) }));
    expect([e.kind, e.argument]).toEqual(["num", "newness_ratio"]);
  });
});
