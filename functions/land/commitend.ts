// LAND.COMMITEND · 承诺税收期满日 (WZ-BID): its descriptor and adapter.
import { commitmentPeriodEnd } from "../../policies/rules/wenzhou-bid";
import { optionalDec, readDate } from "../coerce";
import { contextFor } from "../context";
import { dateCell } from "../outcome";
import { date, DATE_RESULT, defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "COMMITEND",
  zh: "承诺税收期满日",
  summary: {
    zh: "竞得人承诺的亩均税收自达产起的期限届满日：EDATE(达产日, 12 × 年数)，一般 5 年",
    en: "The end of the committed 亩均税收 period counted from reaching production: EDATE(production, 12 × years), normally 5 years",
  },
  params: [
    date("production_date", "达产日期", "Date production was reached"),
    { name: "years", zh: "承诺年数", optional: true, help: { zh: "合同约定的年数；省略为一般的 5 年", en: "Years agreed in the contract; omitted → the usual 5" }, unit: "年" },
    PROFILE,
  ],
  returns: { ...DATE_RESULT, help: { zh: "期满日（Excel 日期）", en: "The end date (an Excel date)" } },
  rules: ["WZ-BID"],
  pinned: false,
  examples: [
    { formula: '=LAND.COMMITEND("2024-03-15", , "wenzhou")', result: 47192, note: { zh: "一般 5 年：2029-03-15", en: "the usual 5 years: 2029-03-15" } },
    { formula: '=LAND.COMMITEND("2024-02-29", 3, "wenzhou")', result: 46446, note: { zh: "2027-02-28（月末）", en: "2027-02-28 (month-end)" } },
  ],
  adapter: (args, host) => dateCell(commitmentPeriodEnd(contextFor(args.profile, host), readDate(args.production_date, "production_date"), optionalDec(args.years, "years"))),
});
