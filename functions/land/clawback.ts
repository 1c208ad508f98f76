// LAND.CLAWBACK · 改造主体奖励收回 (ZC-SUB-INV): its descriptor and adapter.
import { investmentClawback } from "../../policies/rules/subsidies";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, money, mu, PROFILE } from "../spec";

export default defineFunction({
  id: "CLAWBACK",
  zh: "改造主体奖励收回",
  summary: {
    zh: "项目完工后实际固定资产投资额未达到 600 万元/亩的，收回已发放的改造主体奖励：应收回金额（万元）",
    en: "When actual fixed-asset investment at completion is below 600 万元/亩, the investment reward already paid is clawed back: the amount to claw back (万元)",
  },
  params: [
    money("actual_investment", "实际固定资产投资额", "Actual fixed-asset investment at completion"),
    mu("area_mu", "项目用地面积", "Project land area"),
    money("paid", "已发放奖励", "Investment reward already paid"),
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "应收回金额（达到 600 万元/亩为 0）", en: "Amount to claw back (0 when 600 万元/亩 is reached)" } },
  rules: ["ZC-SUB-INV"],
  pinned: false,
  examples: [
    { formula: '=LAND.CLAWBACK(6000, 10, 200, "zengcheng")', result: 0, note: { zh: "达到 600 万元/亩（含）", en: "达到 600 includes 600" } },
    { formula: '=LAND.CLAWBACK(5999, 10, 200, "zengcheng")', result: 200, note: { zh: "未达到：全部收回", en: "below: all of it is clawed back" } },
    { formula: '=LAND.CLAWBACK(6000, 0, 200, "zengcheng")', result: { error: "#NUM!" } },
  ],
  adapter: (args, host) =>
    amount(investmentClawback(contextFor(args.profile, host), { actualInvestment: readDec(args.actual_investment, "actual_investment"), areaMu: readDec(args.area_mu, "area_mu"), paid: readDec(args.paid, "paid") })),
});
