// LAND.LEASEPRICE · 弹性年期地价 (WZ-TERM): its descriptor and adapter.
import { leasePrice } from "../../policies/rules/lease";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "LEASEPRICE",
  zh: "弹性年期地价",
  summary: { zh: "弹性年期出让价 = 全年期价格 × 年限 ÷ 50；一般工业用地不超过 20 年", en: "Flexible-term price = full-term price × years ÷ 50; general industrial land ≤ 20 years" },
  params: [
    money("full_term_price", "最高年期价格", "Full-term (50-year) price"),
    { name: "years", zh: "出让年限", help: { zh: "出让年限（年）", en: "Term in years" }, unit: "年" },
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "该年期的出让价", en: "The price for the term" } },
  rules: ["WZ-TERM"],
  pinned: true,
  examples: [
    { formula: '=LAND.LEASEPRICE(1000, 20, "wenzhou")', result: 400 },
    { formula: '=LAND.LEASEPRICE(1000, 21, "wenzhou")', result: { error: "#NUM!" }, note: { zh: "超过 20 年", en: "over 20 years" } },
  ],
  adapter: (args, host) =>
    amount(leasePrice(contextFor(args.profile, host), readDec(args.full_term_price, "full_term_price"), readDec(args.years, "years"))),
});
