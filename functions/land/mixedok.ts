// LAND.MIXEDOK · 混合用地达标 (NB-MIXED): its descriptor and adapter.
import { mixedUseCheck } from "../../policies/rules/ningbo-intensity";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, m2, PROFILE } from "../spec";

export default defineFunction({
  id: "MIXEDOK",
  zh: "混合用地达标",
  summary: { zh: "混合产业用地工业建筑面积占比是否不低于 50%（TRUE）", en: "Whether mixed industrial land keeps industrial floor area at 50% or more (TRUE)" },
  params: [m2("industrial_floor_m2", "工业建筑面积", "Industrial floor area"), m2("total_floor_m2", "总建筑面积", "Total floor area"), PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：工业建筑面积占比不低于 50%", en: "TRUE: industrial floor share ≥ 50%" } },
  rules: ["NB-MIXED"],
  pinned: false,
  examples: [
    { formula: '=LAND.MIXEDOK(5000, 10000, "ningbo")', result: true, note: { zh: "不得低于 50% 含本数", en: "不得低于 includes 50%" } },
    { formula: '=LAND.MIXEDOK(4999, 10000, "ningbo")', result: false },
  ],
  adapter: (args, host) =>
    flagOf(mixedUseCheck(contextFor(args.profile, host), readDec(args.industrial_floor_m2, "industrial_floor_m2"), readDec(args.total_floor_m2, "total_floor_m2")), noViolation),
});
