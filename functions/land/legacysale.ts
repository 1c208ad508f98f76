// LAND.LEGACYSALE · 违建拆除挂钩定向销售 (NB-LEGACY): its descriptor and adapter.
import { legacyDirectedSaleEligible } from "../../policies/rules/ningbo-legacy";
import { readDate, readFlag } from "../coerce";
import { contextFor } from "../context";
import { date, defineFunction, flag, PROFILE } from "../spec";

export default defineFunction({
  id: "LEGACYSALE",
  zh: "违建拆除挂钩定向销售",
  summary: {
    zh: "2013 年 5 月 28 日前（不含当日）形成、整治方案需拆除的违法建筑，可与小微企业园定向销售挂钩（TRUE）",
    en: "An unlawful building formed before 2013-05-28 (that day excluded) that the renewal plan demolishes may be tied to directed sale of micro-park space (TRUE)",
  },
  params: [date("formed_on", "违法建筑形成日期", "Day the unlawful building was formed"), flag("demolished_by_plan", "整治方案需拆除", "The renewal plan demolishes it", true), PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：可挂钩定向销售", en: "TRUE: may be tied to directed sale" } },
  rules: ["NB-LEGACY"],
  pinned: false,
  examples: [
    { formula: '=LAND.LEGACYSALE("2013-05-27", TRUE(), "ningbo")', result: true },
    { formula: '=LAND.LEGACYSALE("2013-05-28", TRUE(), "ningbo")', result: false, note: { zh: "“前”不含当日", en: "前 excludes the day itself" } },
    { formula: '=LAND.LEGACYSALE("2010-01-01", FALSE(), "ningbo")', result: false, note: { zh: "方案未要求拆除", en: "not demolished by the plan" } },
  ],
  adapter: (args, host) => {
    const r = legacyDirectedSaleEligible(contextFor(args.profile, host), { formedOn: readDate(args.formed_on, "formed_on"), demolishedByPlan: readFlag(args.demolished_by_plan, "demolished_by_plan", true) });
    return { value: r.value.eligible, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
  },
});
