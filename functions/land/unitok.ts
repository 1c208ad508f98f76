// LAND.UNITOK · 单个项目先行 (ZS-UNIT): its descriptor and adapter.
import { singleProjectCheck } from "../../policies/rules/zhongshan-planning";
import { readDec, readFlag } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, flag, mu, PROFILE } from "../spec";

export default defineFunction({
  id: "UNITOK",
  zh: "单个项目先行",
  summary: { zh: "片区策划方案批准前，单个项目可否先行编制改造方案（TRUE）：用地 30 亩以上（含本数）", en: "Before the area plan is approved, whether a single project may proceed on its own plan (TRUE): 30 亩以上 (inclusive)" },
  params: [mu("area_mu", "项目用地面积", "Project land area"), flag("area_plan_approved", "片区策划方案已批准", "The area plan is approved", false), PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：可以先行（或片区方案已批准）", en: "TRUE: it may proceed (or the area plan is approved)" } },
  rules: ["ZS-UNIT"],
  pinned: false,
  examples: [
    { formula: '=LAND.UNITOK(30, , "zhongshan")', result: true, note: { zh: "30 亩以上含本数", en: "30 亩以上 includes 30" } },
    { formula: '=LAND.UNITOK(29.99, , "zhongshan")', result: false },
    { formula: '=LAND.UNITOK(20, TRUE(), "zhongshan")', result: true, note: { zh: "片区策划方案已批准", en: "the area plan is approved" } },
  ],
  adapter: (args, host) =>
    flagOf(singleProjectCheck(contextFor(args.profile, host), readDec(args.area_mu, "area_mu"), readFlag(args.area_plan_approved, "area_plan_approved", false)), noViolation),
});
