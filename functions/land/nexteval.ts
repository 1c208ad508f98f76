// LAND.NEXTEVAL · 下次绩效评估 (WZ-EVAL): its descriptor and adapter.
import { nextEvaluation } from "../../policies/rules/wenzhou-evaluation";
import { CellError } from "../cells";
import { optionalDate, readDate } from "../coerce";
import { contextFor } from "../context";
import { dateCell } from "../outcome";
import { date, DATE_RESULT, defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "NEXTEVAL",
  zh: "下次绩效评估",
  summary: {
    zh: "下一次土地利用绩效评估日期：达产评估、此后每 5 年过程评估、期满前 1 年到期评估",
    en: "The next land-use performance evaluation: at production, every 5 years after, and 1 year before the term ends",
  },
  params: [
    date("production_date", "达产日期", "Production (达产) date"),
    date("term_end", "出让期满日", "Land-use term end date"),
    date("as_of", "评价日", "Evaluation date (default today)", true),
    PROFILE,
  ],
  returns: { ...DATE_RESULT, help: { zh: "评估日期（Excel 日期）；之后已无评估则 #N/A", en: "The evaluation date (an Excel date); #N/A when none is left" } },
  rules: ["WZ-EVAL"],
  pinned: false,
  examples: [
    { formula: '=LAND.NEXTEVAL("2021-07-01", "2041-06-30", "2021-07-01", "wenzhou")', result: 44378, note: { zh: "2021-07-01 达产评估", en: "2021-07-01, at production" } },
    { formula: '=LAND.NEXTEVAL("2021-07-01", "2041-06-30", "2024-03-15", "wenzhou")', result: 46204, note: { zh: "2026-07-01 过程评估", en: "2026-07-01, five-yearly" } },
    { formula: '=LAND.NEXTEVAL("2021-07-01", "2041-06-30", "2037-01-01", "wenzhou")', result: 51317, note: { zh: "2040-06-30 到期评估", en: "2040-06-30, before expiry" } },
    { formula: '=LAND.NEXTEVAL("2021-07-01", "2041-06-30", "2040-07-01", "wenzhou")', result: { error: "#N/A" } },
  ],
  adapter: (args, host) => {
    const on = optionalDate(args.as_of, "as_of") ?? host.today();
    const r = nextEvaluation(contextFor(args.profile, host, on), { productionDate: readDate(args.production_date, "production_date"), termEnd: readDate(args.term_end, "term_end") }, on);
    if (r.value === null)
      throw new CellError("#N/A", `as_of：${on} 之后已无绩效评估（到期评估已过） / as_of: no evaluation is left on or after ${on} (the pre-expiry one has passed)`);
    const cell = dateCell({ value: r.value.date, trace: r.trace });
    return { ...cell, notes: [["评估 evaluation", r.value.name.zh, r.value.name.en], ...(cell.notes ?? [])] };
  },
});
