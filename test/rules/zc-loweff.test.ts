import { breachPenalty, lowEfficiencyListing, type LowEfficiencyInput } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const zc = at("zengcheng");
const listing = (input: Partial<LowEfficiencyInput>) => lowEfficiencyListing(zc, { tier: null, districtNamed: false, exclusions: {}, ...input });

describe("ZC-LOWEFF 二(三)6 low-efficiency land list", () => {
  test("ZC-LOWEFF 二(三)6: 综合评价列入 D 档 → listed, with the clause in the reason", () => {
    const r = listing({ tier: "D" });
    expect(r.value).toMatchObject({ listed: true, ground: "tier", exclusion: null });
    expect(r.value.reason.zh).toContain("二(三)6");
    expect(r.trace.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });

  test("ZC-LOWEFF 二(三)6: A, B and C tiers are not listed on their tier alone", () => {
    for (const tier of ["A", "B", "C"] as const) expect(listing({ tier }).value.listed).toBe(false);
    expect(listing({}).value.listed).toBe(false);
  });

  test("ZC-LOWEFF 二(三)6: 经区政府认定的其他低效工业用地 → listed even when rated B", () => {
    expect(listing({ tier: "B", districtNamed: true }).value).toMatchObject({ listed: true, ground: "district-named" });
  });

  test.each([
    ["strategicProject", "重大战略"],
    ["chainLeader", "链主"],
    ["paidShortfallOrPenalty", "税收差额"],
    ["districtExempted", "区政府确认"],
  ] as const)("ZC-LOWEFF 二(三)6: a D-tier project excluded as %s is not listed, and the reason names it", (exclusion, words) => {
    const r = listing({ tier: "D", exclusions: { [exclusion]: true } }).value;
    expect(r).toMatchObject({ listed: false, ground: "tier", exclusion });
    expect(r.reason.zh).toContain(words);
  });

  test("ZC-LOWEFF 二(三)6: exclusions also cover district-named land", () => {
    expect(listing({ districtNamed: true, exclusions: { chainLeader: true } }).value.listed).toBe(false);
  });

  test("ZC-LOWEFF 二(三)6: an exclusion marked false does not exclude", () => {
    expect(listing({ tier: "D", exclusions: { chainLeader: false } }).value.listed).toBe(true);
  });
});

describe("ZC-LOWEFF 二(三)6 the tax shortfall payable under the 投入产出监管协议 (LAND.BREACHPENALTY)", () => {
  test("ZC-LOWEFF 二(三)6: committed 30, actual 25, 10 亩 → 50 万元", () => {
    const r = breachPenalty(zc, { committedTaxPerMu: d(30), actualTaxPerMu: d(25), areaMu: d(10) });
    expect(r.value.toFixed()).toBe("50");
    expect(r.trace.rule).toBe("ZC-LOWEFF");
  });

  test("ZC-LOWEFF 二(三)6: actual above the commitment → 0 (never negative)", () => {
    expect(breachPenalty(zc, { committedTaxPerMu: d(38.5), actualTaxPerMu: d(40), areaMu: d(12) }).value.toFixed()).toBe("0");
  });

  test("ZC-LOWEFF: a negative actual → #NUM! naming actual_tax_per_mu", () => {
    expect(ruleErrorOf(() => breachPenalty(zc, { committedTaxPerMu: d(1), actualTaxPerMu: d(-1), areaMu: d(1) })).argument).toBe("actual_tax_per_mu");
  });
});
