import { attractionSubsidy, createRegistry, investmentClawback, investmentSubsidy, rectificationDealingCheck, parseRectificationDealing, rentSubsidy, subsidyBar, villageSubsidy } from "../../policies";
import { at, d, ruleErrorOf } from "./wz-zs-helpers";

// 增城 二(三)7: 列入低效工业用地名单的，不予享受技术改造、财税、金融服务等扶持政策 … 整改期间不得转让，不得抵押。
// 增城 二(四)11: 对列入“重点关注项目名单”的企业，不予享受区级扶持政策。
const zc = at("zengcheng");
const lowEff = { lowEfficiencyListed: true };
const watch = { watchListed: true };

describe("ZC-NOSUPPORT 二(三)7, 二(四)11 in the 三(二) rewards: 0 with the reason, never the formula's amount", () => {
  const rent = (listed?: object) => rentSubsidy(zc, { areaM2: d(1000), months: d(12), contribution: d(100), year: 1, ...(listed ? { listed } : {}) });
  const inv = (listed?: object) => investmentSubsidy(zc, { investment: d(50000), plannedPerMu: d(600), year: 1, alreadyPaid: d(0), ...(listed ? { listed } : {}) });
  const attr = (listed?: object) => attractionSubsidy(zc, { output: d(10000), contribution: d(1000), ...(listed ? { listed } : {}) });
  const vil = (listed?: object) => villageSubsidy(zc, { output: d(10000), contribution: d(1000), year: 1, ...(listed ? { listed } : {}) });

  test("ZC-NOSUPPORT 二(三)7: the formula's amounts unlisted — rent 12, investment 1000, attraction 500, village 500", () => {
    expect([rent(), inv(), attr(), vil()].map((r) => r.value.toFixed())).toEqual(["12", "1000", "500", "500"]);
  });

  test.each([
    ["ZC-SUB-RENT", rent],
    ["ZC-SUB-INV", inv],
    ["ZC-SUB-ATTR", attr],
    ["ZC-SUB-VIL", vil],
  ] as const)("ZC-NOSUPPORT 二(三)7: %s on the low-efficiency list → 0, the trace says why and cites 二(三)7", (_, f) => {
    const r = f(lowEff);
    expect(r.value.toFixed()).toBe("0");
    const why = r.trace.decidedBy.join("\n");
    expect(why).toContain("低效工业用地名单");
    expect(why).toContain("zengcheng-2022-draft.txt 二(三)7");
    expect(why).toContain(", assumed: 该条列举的是政策类别，未点名三(二)的各项奖补。");
    expect(why).toContain(" / The clause names categories");
  });

  test.each([
    ["ZC-SUB-RENT", rent],
    ["ZC-SUB-INV", inv],
    ["ZC-SUB-ATTR", attr],
    ["ZC-SUB-VIL", vil],
  ] as const)("ZC-NOSUPPORT 二(四)11: %s on the 重点关注项目名单 → 0 (不予享受区级扶持政策), citing 二(四)11", (_, f) => {
    const r = f(watch);
    expect(r.value.toFixed()).toBe("0");
    expect(r.trace.decidedBy.join("\n")).toContain("zengcheng-2022-draft.txt 二(四)11");
  });

  test("ZC-NOSUPPORT: listed flags false are the unlisted amount; bad input is still refused when listed", () => {
    expect(rent({ lowEfficiencyListed: false, watchListed: false }).value.toFixed()).toBe("12");
    expect(ruleErrorOf(() => rentSubsidy(zc, { areaM2: d(1000), months: d(13), contribution: d(100), year: 1, listed: lowEff })).argument).toBe("b");
  });

  test("ZC-NOSUPPORT: which reward each list bars is data — a derived profile that reads 二(三)7 as not covering the rent subsidy pays it", () => {
    const own = createRegistry().derive({
      id: "zc-rent-not-fiscal",
      extends: "zengcheng",
      names: { zh: "测试", en: "test" },
      reason: "test: the rent subsidy read as outside 技术改造、财税、金融服务",
      overrides: { "ZC-NOSUPPORT.lowEfficiencyBars.rent": { value: false, reason: "test" } },
    });
    const ctx = { ...zc, profile: own };
    expect(rentSubsidy(ctx, { areaM2: d(1000), months: d(12), contribution: d(100), year: 1, listed: lowEff }).value.toFixed()).toBe("12");
    expect(rentSubsidy(ctx, { areaM2: d(1000), months: d(12), contribution: d(100), year: 1, listed: watch }).value.toFixed()).toBe("0");
  });

  test("ZC-NOSUPPORT: the low-efficiency bars are marked assumed (a reading of the categories), the 重点关注 bars sourced", () => {
    const params = [...subsidyBar(zc, "rent", { lowEfficiencyListed: true, watchListed: true }).trace.params];
    expect(params.map((p) => [p.name, p.basis])).toEqual([["lowEfficiencyBars.rent", "assumed"]]);
    expect(subsidyBar(zc, "rent", watch).trace.params.map((p) => [p.name, p.basis])).toEqual([["watchListBars.rent", "sourced"]]);
  });

  test("ZC-NOSUPPORT: 中山's rent subsidy (ZS-RELOC) for a firm said to be on 增城's lists → #N/A (that profile has no such lists); unlisted → 6 元 rate", () => {
    const zs = at("zhongshan");
    expect(rentSubsidy(zs, { areaM2: d(1000), months: d(12), contribution: d(100), year: 1 }).value.toFixed()).toBe("7.2");
    expect(ruleErrorOf(() => rentSubsidy(zs, { areaM2: d(1000), months: d(12), contribution: d(100), year: 1, listed: lowEff })).kind).toBe("na");
  });

  test("ZC-NOSUPPORT: the clawback of 三(二)5 is not support and is unaffected", () => {
    expect(investmentClawback(zc, { actualInvestment: d(5000), areaMu: d(10), paid: d(100) }).value.toFixed()).toBe("100");
  });
});

describe("ZC-NOSUPPORT 二(三)7: 整改期间不得转让，不得抵押", () => {
  test("ZC-NOSUPPORT 二(三)7: a transfer or a mortgage while rectifying → violation citing 二(三)7", () => {
    for (const act of ["transfer", "mortgage"] as const) {
      const [f, ...rest] = rectificationDealingCheck(zc, true, act).value;
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ rule: "ZC-NOSUPPORT", field: "act", value: act, severity: "violation", citation: "zengcheng-2022-draft.txt 二(三)7" });
    }
  });

  test("ZC-NOSUPPORT 二(三)7: not under rectification → nothing", () => {
    expect(rectificationDealingCheck(zc, false, "transfer").value).toEqual([]);
    expect(rectificationDealingCheck(zc, false, "mortgage").value).toEqual([]);
  });

  test("ZC-NOSUPPORT: act words 转让 / 抵押 / transfer / mortgage; 出租 → #VALUE! naming act", () => {
    expect(parseRectificationDealing("转让")).toBe("transfer");
    expect(parseRectificationDealing(" Mortgage ")).toBe("mortgage");
    expect(ruleErrorOf(() => parseRectificationDealing("出租")).argument).toBe("act");
  });
});
