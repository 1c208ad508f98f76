// LAND.BUILDDEADLINE · 开竣工期限 (WZ-BUILD): its descriptor and adapter.
import { choiceOf } from "../../policies/rules/choices";
import { constructionSchedule, type ConstructionSchedule } from "../../policies/rules/lease";
import { readDate, readDec, readText } from "../coerce";
import { contextFor } from "../context";
import { DATE_RESULT, date, defineFunction, money, PROFILE } from "../spec";
import { dateCell } from "../outcome";

type Deadline = "startBy" | "startLatest" | "completeBy";

const DEADLINE_WORDS: Record<string, Deadline> = {
  "": "completeBy", complete: "completeBy", 竣工: "completeBy", 建设周期: "completeBy",
  start: "startBy", 开工: "startBy", 一般开工: "startBy",
  "latest-start": "startLatest", 最迟开工: "startLatest",
};

export default defineFunction({
  id: "BUILDDEADLINE",
  zh: "开竣工期限",
  summary: {
    zh: "自出让合同签订日起算的期限：start 一般开工期（EDATE(合同日, 3)）、latest-start 最迟开工（EDATE(合同日, 6)）、complete 建设周期届满（按计划投资 24/30/36 个月）",
    en: "Deadlines counted from the contract date: start, the usual start of works (EDATE(contract, 3)); latest-start (EDATE(contract, 6)); complete, the end of the construction period (24/30/36 months by planned investment)",
  },
  params: [
    date("contract_date", "合同签订日期", "Date of the land contract"),
    money("planned_investment", "计划投资", "Planned investment"),
    { name: "which", zh: "期限", optional: true, help: { zh: "complete（竣工，默认）、start（一般开工）或 latest-start（最迟开工）", en: "complete (default), start or latest-start" } },
    PROFILE,
  ],
  returns: { ...DATE_RESULT, help: { zh: "期限日期（Excel 日期）", en: "The deadline (an Excel date)" } },
  rules: ["WZ-BUILD"],
  pinned: false,
  examples: [
    { formula: '=LAND.BUILDDEADLINE("2024-03-15", 100000, , "wenzhou")', result: 46096, note: { zh: "10 亿元以下 24 个月：2026-03-15", en: "24 months: 2026-03-15" } },
    { formula: '=LAND.BUILDDEADLINE("2024-03-15", 200000, "竣工", "wenzhou")', result: 46461, note: { zh: "20 亿元以上 36 个月：2027-03-15", en: "36 months: 2027-03-15" } },
    { formula: '=LAND.BUILDDEADLINE("2024-08-31", 100000, "latest-start", "wenzhou")', result: 45716, note: { zh: "最迟开工 2025-02-28（月末）", en: "latest start 2025-02-28 (month-end)" } },
  ],
  adapter: (args, host) => {
    const which = choiceOf(DEADLINE_WORDS, readText(args.which, "which") ?? "", "which", { zh: "complete（竣工）、start（一般开工）或 latest-start（最迟开工）", en: "complete, start or latest-start" });
    const r = constructionSchedule(contextFor(args.profile, host), readDate(args.contract_date, "contract_date"), readDec(args.planned_investment, "planned_investment"));
    const pick = (s: ConstructionSchedule) => s[which];
    return dateCell({ value: pick(r.value), trace: r.trace });
  },
});
