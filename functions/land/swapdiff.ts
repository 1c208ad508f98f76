// LAND.SWAPDIFF · 置换地价差 (ZS-SWAP): its descriptor and adapter.
import { swapPriceDifference } from "../../policies/rules/zhongshan-finance";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "SWAPDIFF",
  zh: "置换地价差",
  summary: { zh: "用地布局调整地价差 = 调整后市场价值 − 调整前，负数按零计", en: "Land-swap price difference = market value after − before; a negative difference counts as zero" },
  params: [money("value_before", "调整前市场价值", "Market value before"), money("value_after", "调整后市场价值", "Market value after"), PROFILE],
  returns: { type: "number", unit: "万元", help: { zh: "应补地价差", en: "The difference payable" } },
  rules: ["ZS-SWAP"],
  pinned: false,
  examples: [
    { formula: '=LAND.SWAPDIFF(1000, 1500, "zhongshan")', result: 500 },
    { formula: '=LAND.SWAPDIFF(1500, 1000, "zhongshan")', result: 0 },
  ],
  adapter: (args, host) =>
    amount(swapPriceDifference(contextFor(args.profile, host), readDec(args.value_before, "value_before"), readDec(args.value_after, "value_after"))),
});
