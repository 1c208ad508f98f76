// LAND.BUYBACK · 违约收购价 (WZ-BREACH): its descriptor and adapter.
import { ZERO } from "../../policies/engine/decimal";
import { buybackPrice } from "../../policies/rules/breach";
import { valueFault } from "../cells";
import { isBlank, optionalDec, readDec, single } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "BUYBACK",
  zh: "违约收购价",
  summary: {
    zh: "违约收购：土地按原出让价（市场价更低时按市场价），建筑物按重置价 × 成新率",
    en: "Buy-back on breach: land at the original price (the market price when lower), buildings at replacement cost × newness",
  },
  params: [
    money("original_price", "原出让价格", "Original land price"),
    money("market_price", "市场价格", "Market price (blank: not appraised)", true),
    money("replacement_cost", "建筑物重置价", "Buildings' replacement cost (default 0)", true),
    { name: "newness_ratio", zh: "成新率", optional: true, help: { zh: "成新率（0–1）", en: "Newness ratio (0–1)" }, unit: "分数 fraction" },
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "收购总价", en: "The buy-back total" } },
  rules: ["WZ-BREACH"],
  pinned: false,
  examples: [
    { formula: '=LAND.BUYBACK(1000, 800, 500, 0.6, "wenzhou")', result: 1100, note: { zh: "市场价更低：800 + 500 × 0.6", en: "market lower: 800 + 500 × 0.6" } },
    { formula: '=LAND.BUYBACK(1000, 1200, 500, 0.6, "wenzhou")', result: 1300 },
  ],
  adapter: (args, host) => {
    const replacementCost = readDec(args.replacement_cost, "replacement_cost", ZERO);
    if (!replacementCost.isZero() && isBlank(single(args.newness_ratio, "newness_ratio")))
      throw valueFault("newness_ratio", "给出建筑物重置价时须给出成新率（0–1）", "give the newness ratio (0–1) with a replacement cost");
    const r = buybackPrice(contextFor(args.profile, host), {
      originalPrice: readDec(args.original_price, "original_price"),
      marketPrice: optionalDec(args.market_price, "market_price"),
      replacementCost,
      newnessRatio: readDec(args.newness_ratio, "newness_ratio", ZERO),
    });
    return amount({ value: r.value.total, trace: r.trace });
  },
});
