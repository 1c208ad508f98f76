// LAND.COMPMONEY · 违建货币补偿 (ZC-COMP): its descriptor and adapter.
import { unlawfulPost2009Money } from "../../policies/rules/compensation";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, m2, PROFILE } from "../spec";

export default defineFunction({
  id: "COMPMONEY",
  zh: "违建货币补偿",
  summary: {
    zh: "收储时无合法手续、2009 年后建成的现状建筑面积按建安成本给予货币补偿（不补物业）：面积 × 建安成本 ÷ 10000（万元）",
    en: "On acquisition, unlawful floor area built after 2009 is paid in money at construction-and-installation cost (no property): ㎡ × 建安成本 ÷ 10000 (万元)",
  },
  params: [
    m2("unlawful_post2009_m2", "2009年后违建面积", "Unlawful floor area built after 2009"),
    { name: "cost_per_m2", zh: "建安成本", help: { zh: "建安成本（元/㎡）", en: "Construction-and-installation cost (元/㎡)" }, unit: "元/㎡" },
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "货币补偿", en: "The money compensation" } },
  rules: ["ZC-COMP"],
  pinned: false,
  examples: [
    { formula: '=LAND.COMPMONEY(1000, 1500, "zengcheng")', result: 150, note: { zh: "1000 ㎡ × 1500 元/㎡ ÷ 10000", en: "1000 ㎡ × 1500 元/㎡ ÷ 10000" } },
    { formula: '=LAND.COMPMONEY(-1, 1500, "zengcheng")', result: { error: "#NUM!" } },
  ],
  adapter: (args, host) =>
    amount(unlawfulPost2009Money(contextFor(args.profile, host), readDec(args.unlawful_post2009_m2, "unlawful_post2009_m2"), readDec(args.cost_per_m2, "cost_per_m2"))),
});
