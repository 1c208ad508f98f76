// LAND.COMPENSATION · 物业补偿面积 (ZC-COMP): its descriptor and adapter.
import { compensationArea } from "../../policies/rules/compensation";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "COMPENSATION",
  zh: "物业补偿面积",
  summary: { zh: "收储物业补偿 = 1.2 × 合法面积 + 0.6 × 2009 年前违法面积", en: "Property compensation = 1.2 × lawful + 0.6 × unlawful built before 2009" },
  params: [
    { name: "lawful_m2", zh: "合法建筑面积", help: { zh: "合法建筑面积（㎡）", en: "Lawful floor area (㎡)" }, unit: "㎡" },
    { name: "unlawful_pre2009_m2", zh: "违法建筑面积", help: { zh: "2009 年前建成的违法建筑面积（㎡）", en: "Unlawful floor area built before 2009 (㎡)" }, unit: "㎡" },
    PROFILE,
  ],
  returns: { type: "number", unit: "㎡", help: { zh: "补偿物业面积", en: "Property to compensate, in ㎡" } },
  rules: ["ZC-COMP"],
  pinned: true,
  examples: [{ formula: '=LAND.COMPENSATION(1000, 500, "zengcheng")', result: 1500 }],
  adapter: (args, host) =>
    amount(compensationArea(contextFor(args.profile, host), readDec(args.lawful_m2, "lawful_m2"), readDec(args.unlawful_pre2009_m2, "unlawful_pre2009_m2"))),
});
