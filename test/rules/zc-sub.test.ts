import { attractionSubsidy, investmentClawback, investmentSubsidy, rentSubsidy, villageSubsidy } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

const zc = at("zengcheng");

describe("ZC-SUB-RENT 三(二)7 relocation rent subsidy", () => {
  const rent = (m2: number, months: number, contribution: number, year = 1) => rentSubsidy(zc, { areaM2: d(m2), months: d(months), contribution: d(contribution), year });

  test("ZC-SUB-RENT 三(二)7: SUBSIDY example — 1000 ㎡ × 12 months × 10 元 ÷ 10000, contribution 100 → 12 万元", () => {
    expect(rent(1000, 12, 100).value.toFixed()).toBe("12");
  });

  test("ZC-SUB-RENT 三(二)7: 每年补助金额不超过上一年度区级地方经济贡献 — contribution 5 → 5; exactly 12 → 12", () => {
    expect(rent(1000, 12, 5).value.toFixed()).toBe("5");
    expect(rent(1000, 12, 12).value.toFixed()).toBe("12");
  });

  test("ZC-SUB-RENT 三(二)7: 连续补助 2 年 — year 2 pays, year 3 → 0", () => {
    expect(rent(1000, 12, 100, 2).value.toFixed()).toBe("12");
    expect(rent(1000, 12, 100, 3).value.toFixed()).toBe("0");
  });

  test("ZC-SUB-RENT: months 13 → #NUM! naming b", () => {
    expect(ruleErrorOf(() => rent(1000, 13, 100)).argument).toBe("b");
  });
});

describe("ZC-SUB-INV 三(二)5 redeveloper investment reward", () => {
  const inv = (investment: number, perMu: number | string, year: number, paid = 0) =>
    investmentSubsidy(zc, { investment: d(investment), plannedPerMu: d(perMu), year, alreadyPaid: d(paid) }).value.toFixed();

  test("ZC-SUB-INV 三(二)5: 达到 600 万元/亩 includes 600 — 2% × 50000 = 1000; 599.99 → 0", () => {
    expect(inv(50000, 600, 1)).toBe("1000");
    expect(inv(50000, "599.99", 1)).toBe("0");
  });

  test("ZC-SUB-INV 三(二)5: 连续 3 年 — year 3 pays, year 4 → 0", () => {
    expect(inv(50000, 700, 3)).toBe("1000");
    expect(inv(50000, 700, 4)).toBe("0");
  });

  test("ZC-SUB-INV 三(二)5: 单个项目累计最高不超过 3000 万元 — paid 2500 → 500; paid 3000 → 0", () => {
    expect(inv(50000, 700, 2, 2500)).toBe("500");
    expect(inv(50000, 700, 3, 3000)).toBe("0");
  });

  const clawback = (actual: number | string, area: number, paid: number) => investmentClawback(zc, { actualInvestment: d(actual), areaMu: d(area), paid: d(paid) });

  test("ZC-SUB-INV 三(二)5: 完工后实际投资未达到 600 万元/亩 → 收回 — 6000 on 10 亩 (= 600) keeps it; 5999.99 returns all 2000 paid", () => {
    expect(clawback(6000, 10, 2000).value.toFixed()).toBe("0");
    expect(clawback("5999.99", 10, 2000).value.toFixed()).toBe("2000");
    expect(clawback("5999.99", 10, 2000).trace.citation).toBe("zengcheng-2022-draft.txt 三(二)5");
  });

  test("ZC-SUB-INV: area 0 → #NUM! naming area_mu", () => {
    expect(ruleErrorOf(() => clawback(1, 0, 1)).argument).toBe("area_mu");
  });
});

describe("ZC-SUB-ATTR 三(二)6 attraction reward", () => {
  const attr = (output: number, contribution: number, villagePark?: boolean) => attractionSubsidy(zc, { output: d(output), contribution: d(contribution), villagePark }).value.toFixed();

  test("ZC-SUB-ATTR 三(二)6: 5% of first-year output — 10000 → 500", () => {
    expect(attr(10000, 1000)).toBe("500");
  });

  test("ZC-SUB-ATTR 三(二)6: 单个企业最高不超过 2000 万元 — 50000 → 2000; 且不超过当年区级地方经济贡献 — contribution 300 → 300", () => {
    expect(attr(50000, 5000)).toBe("2000");
    expect(attr(50000, 300)).toBe("300");
  });

  test("ZC-SUB-ATTR 三(二)6: 不含村级工业园 → 0 (三(二)8 applies instead)", () => {
    expect(attr(10000, 1000, true)).toBe("0");
  });
});

describe("ZC-SUB-VIL 三(二)8 village-park reward", () => {
  const vil = (output: number, contribution: number, year: number) => villageSubsidy(zc, { output: d(output), contribution: d(contribution), year }).value.toFixed();

  test("ZC-SUB-VIL 三(二)8: 5% of the year's output, years 1–3 — 8000 → 400; year 4 → 0", () => {
    expect(vil(8000, 1000, 1)).toBe("400");
    expect(vil(8000, 1000, 3)).toBe("400");
    expect(vil(8000, 1000, 4)).toBe("0");
  });

  test("ZC-SUB-VIL 三(二)8: 每年奖励金额不超过当年区级地方经济贡献 — contribution 250 → 250; no 2000 cap in this clause: 100000 → 5000", () => {
    expect(vil(8000, 250, 2)).toBe("250");
    expect(vil(100000, 99999, 1)).toBe("5000");
  });

  test("ZC-SUB-VIL: year 0 → #NUM! naming c; the trace carries the draft warning", () => {
    expect(ruleErrorOf(() => vil(1, 1, 0)).argument).toBe("c");
    expect(villageSubsidy(zc, { output: d(1), contribution: d(1), year: 1 }).trace.warnings.map((w) => w.zh).join()).toContain("征求意见稿");
  });
});
