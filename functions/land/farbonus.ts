// LAND.FARBONUS · 高容积率奖励 (NB-FAR-BONUS): its descriptor and adapter.
import { showValue } from "../../policies/rules/findings";
import { farBonusEligibility } from "../../policies/rules/ningbo-intensity";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "FARBONUS",
  zh: "高容积率奖励",
  summary: { zh: "容积率超过省“标准地”指导性指标 40% 以上，可给予奖励（TRUE）", en: "Plot ratio exceeding the provincial 标准地 guide by 40% or more → eligible for a local reward (TRUE)" },
  params: [
    { name: "far", zh: "容积率", help: { zh: "项目容积率", en: "The project's plot ratio" }, unit: "比值 ratio" },
    { name: "guide_far", zh: "指导性容积率", help: { zh: "省新增工业项目“标准地”容积率指导性指标", en: "The provincial 标准地 guide FAR" }, unit: "比值 ratio" },
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：可申请奖励", en: "TRUE: eligible" } },
  rules: ["NB-FAR-BONUS"],
  pinned: false,
  examples: [
    { formula: '=LAND.FARBONUS(2.8, 2, "ningbo")', result: true, note: { zh: "恰超过 40%：以上含本数", en: "exactly 40% over: 以上 includes it" } },
    { formula: '=LAND.FARBONUS(2.79, 2, "ningbo")', result: false },
  ],
  adapter: (args, host) => {
    const r = farBonusEligibility(contextFor(args.profile, host), readDec(args.far, "far"), readDec(args.guide_far, "guide_far"));
    return { value: r.value.eligible, trace: r.trace, notes: [["最低容积率 qualifying FAR", showValue(r.value.requiredFar, "ratio"), "指导性指标 × (1 + 40%) / guide × (1 + 40%)"]] };
  },
});
