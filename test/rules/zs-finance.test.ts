import { reasonShown } from "../../policies/citations";
import {
  consolidationReward,
  landBankingInterestSubsidy,
  moneyCompensationCap,
  relocationLoanInterestSubsidy,
  rentSubsidy,
  swapPriceDifference,
  villageLoanInterestSubsidy,
} from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const zs = at("zhongshan");
const year2023 = { interest: d(100), from: day("2023-01-01"), to: day("2024-01-01") };

describe("ZS-INTEREST 二(七)1–2 interest support", () => {
  test("ZS-INTEREST 二(七)1: 至项目竣工验收: completed 2023-02-28 → 59 of 365 days of 2023's interest (the completion day included)", () => {
    const r = landBankingInterestSubsidy(zs, { ...year2023, fundedOn: day("2022-03-01"), completedOn: day("2023-02-28") });
    expect(r.value.eq(d(100).times(59).div(365))).toBe(true);
  });

  test("ZS-INTEREST 二(七)1: 前3年内: funded 2022-01-01, not completed → window ends 2025-01-01: 184 of 365 days of [2024-07-01, 2025-07-01)", () => {
    const r = landBankingInterestSubsidy(zs, { interest: d(100), from: day("2024-07-01"), to: day("2025-07-01"), fundedOn: day("2022-01-01"), completedOn: null });
    expect(r.value.eq(d(100).times(184).div(365))).toBe(true);
  });

  test("ZS-INTEREST 二(七)1: 不足3年的据实: a period wholly inside the window → all of its interest (全额)", () => {
    expect(landBankingInterestSubsidy(zs, { ...year2023, fundedOn: day("2022-06-01"), completedOn: null }).value.toFixed()).toBe("100");
  });

  test("ZS-INTEREST 二(七)1: interest after the window → 0", () => {
    expect(landBankingInterestSubsidy(zs, { ...year2023, fundedOn: day("2019-01-01"), completedOn: null }).value.toFixed()).toBe("0");
  });

  test("ZS-INTEREST 二(七)2: 至土地出让后3个月内: sold 2023-03-31 → interest to 2023-06-30 inclusive: 181 of 365 days", () => {
    const r = villageLoanInterestSubsidy(zs, { ...year2023, loanDate: day("2022-01-01"), landSoldOn: day("2023-03-31") });
    expect(r.value.eq(d(100).times(181).div(365))).toBe(true);
  });

  test("ZS-INTEREST 二(七)2: 前3年内 ends first: loan 2021-01-01, sold 2023-12-15 → window ends 2024-01-01: 184 of 366 days", () => {
    const r = villageLoanInterestSubsidy(zs, { interest: d(100), from: day("2023-07-01"), to: day("2024-07-01"), loanDate: day("2021-01-01"), landSoldOn: day("2023-12-15") });
    expect(r.value.eq(d(100).times(184).div(366))).toBe(true);
  });

  test("ZS-INTEREST: the day pro-rating is an assumption the trace names with its reason", () => {
    const p = villageLoanInterestSubsidy(zs, { ...year2023, loanDate: day("2022-01-01"), landSoldOn: null }).trace.params.find((x) => x.name === "accrual");
    expect(p?.basis).toBe("assumed");
    expect(reasonShown(p!.reason!).zh).toMatch(/算头不算尾/);
  });

  test("ZS-INTEREST: a period ending on or before its start → #NUM! naming to; negative interest → #NUM! naming interest", () => {
    const e = ruleErrorOf(() => landBankingInterestSubsidy(zs, { interest: d(1), from: day("2023-01-01"), to: day("2023-01-01"), fundedOn: day("2022-01-01"), completedOn: null }));
    expect([e.kind, e.argument]).toEqual(["num", "to"]);
    expect(ruleErrorOf(() => landBankingInterestSubsidy(zs, { ...year2023, interest: d(-1), fundedOn: day("2022-01-01"), completedOn: null })).argument).toBe("interest");
  });
});

describe("ZS-RELOC 二(十二) relocation support", () => {
  test("ZS-RELOC 二(十二): SUBSIDY rent zhongshan: 6 元/㎡/月 × 1000 ㎡ × 12 months ÷ 10000 = 7.2 万元", () => {
    expect(rentSubsidy(zs, { areaM2: d(1000), months: d(12), contribution: d(100), year: 1 }).value.toFixed()).toBe("7.2");
  });

  test("ZS-RELOC 二(十二): 每年补助金额不超过上一年度地方经济贡献: contribution 5 → 5", () => {
    expect(rentSubsidy(zs, { areaM2: d(1000), months: d(12), contribution: d(5), year: 2 }).value.toFixed()).toBe("5");
  });

  test("ZS-RELOC 二(十二): 连续补助2年: year 2 is paid, year 3 → 0", () => {
    expect(rentSubsidy(zs, { areaM2: d(1000), months: d(6), contribution: d(100), year: 2 }).value.toFixed()).toBe("3.6");
    expect(rentSubsidy(zs, { areaM2: d(1000), months: d(12), contribution: d(100), year: 3 }).value.toFixed()).toBe("0");
  });

  test("ZS-RELOC 二(十二): loan interest 50% for 3 years from the loan: loan 2022-06-15 → 165 of 365 days of 2025 at half", () => {
    const r = relocationLoanInterestSubsidy(zs, { interest: d(100), from: day("2025-01-01"), to: day("2026-01-01"), loanDate: day("2022-06-15") });
    expect(r.value.eq(d(50).times(165).div(365))).toBe(true);
  });

  test("ZS-RELOC 二(十二): 不足3年的据实: a year inside the three → 50% of it", () => {
    expect(relocationLoanInterestSubsidy(zs, { ...year2023, loanDate: day("2022-06-15") }).value.toFixed()).toBe("50");
  });
});

describe("ZS-COMP 二(七)3 money compensation", () => {
  test("ZS-COMP 二(七)3: 按规定计提农业土地开发资金后，最高可按100%: sale 5000, fund 500 → cap 4500", () => {
    expect(moneyCompensationCap(zs, { landSalePrice: d(5000), agriculturalFund: d(500) }).value.toFixed()).toBe("4500");
  });

  test("ZS-COMP: a fund larger than the sale price → #NUM! naming agricultural_fund", () => {
    const e = ruleErrorOf(() => moneyCompensationCap(zs, { landSalePrice: d(100), agriculturalFund: d(100.01) }));
    expect([e.kind, e.argument]).toEqual(["num", "agricultural_fund"]);
  });
});

describe("ZS-CONSOL 二(八) consolidation reward", () => {
  const base = { holders: 3, areaMu: d(30), floorAreaM2: d(50000), residentialOrCommercial: false, meetsBuildingStandard: true };

  test("ZS-CONSOL 二(八): 3个以上 includes 3, 30亩以上 includes 30 → 100 元/㎡ × 50000 ㎡ = 500 万元 at each of the two milestones, 1000 in all", () => {
    const r = consolidationReward(zs, base).value;
    expect([r.qualifies, r.perMilestone.toFixed(), r.total.toFixed()]).toEqual([true, "500", "1000"]);
  });

  test("ZS-CONSOL 二(八): 2 holders, or 29.99 亩 → no reward", () => {
    expect(consolidationReward(zs, { ...base, holders: 2 }).value.total.toFixed()).toBe("0");
    expect(consolidationReward(zs, { ...base, areaMu: d(29.99) }).value.qualifies).toBe(false);
  });

  test("ZS-CONSOL 二(八): 除涉及住宅、商服用地开发外: residential/commercial development → no reward; 不符合建设标准 → none", () => {
    expect(consolidationReward(zs, { ...base, residentialOrCommercial: true }).value.qualifies).toBe(false);
    expect(consolidationReward(zs, { ...base, meetsBuildingStandard: false }).value.qualifies).toBe(false);
  });

  test("ZS-CONSOL 二(八): 退坡细则另行制定 → taper factor 1, marked assumed with that reason", () => {
    const p = consolidationReward(zs, base).trace.params.find((x) => x.name === "taperFactor");
    expect(p).toMatchObject({ value: 1, basis: "assumed" });
    expect(reasonShown(p!.reason!).zh).toContain("退坡细则另行制定");
  });

  test("ZS-CONSOL: 2.5 holders → #NUM! naming holders", () => {
    expect(ruleErrorOf(() => consolidationReward(zs, { ...base, holders: 2.5 })).argument).toBe("holders");
  });
});

describe("ZS-SWAP 三(十八) land-price difference", () => {
  test("ZS-SWAP 三(十八): 调整后与调整前市场评估价的差额: 1300 − 1000 = 300", () => {
    expect(swapPriceDifference(zs, d(1000), d(1300)).value.toFixed()).toBe("300");
  });

  test("ZS-SWAP 三(十八): 差额为负数的，视为无差额 → 0", () => {
    expect(swapPriceDifference(zs, d(1000), d(900)).value.toFixed()).toBe("0");
  });
});
