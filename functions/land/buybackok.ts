// LAND.BUYBACKOK · 有偿收回补偿合规 (ZC-IDLE): its descriptor and adapter.
import { buybackCompensationCheck } from "../../policies/rules/idle";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "BUYBACKOK",
  zh: "有偿收回补偿合规",
  summary: {
    zh: "政府原因造成闲置、协议有偿收回时，补偿金额是否不低于土地使用权人取得土地的成本（TRUE；相等也符合）",
    en: "For a government-caused idle parcel taken back by agreement: whether the compensation is at least the holder's acquisition cost (TRUE; equal complies)",
  },
  params: [money("compensation", "有偿收回补偿", "Compensation offered for the buy-back"), money("acquisition_cost", "取得土地的成本", "What the holder paid to acquire the land"), PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：不低于取得成本", en: "TRUE: at least the acquisition cost" } },
  rules: ["ZC-IDLE"],
  pinned: false,
  examples: [
    { formula: '=LAND.BUYBACKOK(800, 800, "zengcheng")', result: true, note: { zh: "不低于含本数", en: "不低于 includes the number" } },
    { formula: '=LAND.BUYBACKOK(799.99, 800, "zengcheng")', result: false },
  ],
  adapter: (args, host) =>
    flagOf(buybackCompensationCheck(contextFor(args.profile, host), { compensation: readDec(args.compensation, "compensation"), acquisitionCost: readDec(args.acquisition_cost, "acquisition_cost") }), noViolation),
});
