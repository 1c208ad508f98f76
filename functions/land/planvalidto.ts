// LAND.PLANVALIDTO · 方案批复有效期至 (ZS-PLAN): its descriptor and adapter.
import { planApprovalLastDay } from "../../policies/rules/zhongshan-approval";
import { optionalDec, readDate } from "../coerce";
import { contextFor } from "../context";
import { dateCell } from "../outcome";
import { date, DATE_RESULT, defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "PLANVALIDTO",
  zh: "方案批复有效期至",
  summary: {
    zh: "“工改工”宗地改造方案批复的最后有效日：EDATE(批复日, 月数)，当日仍有效；有效期原则不超过 1 年",
    en: "The last valid day of a 工改工 parcel renewal-plan approval: EDATE(approval, months), itself still valid; at most 1 year (原则)",
  },
  params: [
    date("approved_on", "批复日期", "Date of the approval"),
    { name: "valid_months", zh: "有效期月数", optional: true, help: { zh: "批复载明的有效期（月）；省略为 12", en: "The validity the approval states (months); omitted → 12" }, unit: "月" },
    PROFILE,
  ],
  returns: { ...DATE_RESULT, help: { zh: "最后有效日（Excel 日期）", en: "The last valid day (an Excel date)" } },
  rules: ["ZS-PLAN"],
  pinned: false,
  examples: [
    { formula: '=LAND.PLANVALIDTO("2023-03-15", , "zhongshan")', result: 45366, note: { zh: "2024-03-15", en: "2024-03-15" } },
    { formula: '=LAND.PLANVALIDTO("2024-08-31", 6, "zhongshan")', result: 45716, note: { zh: "2025-02-28（月末）", en: "2025-02-28 (month-end)" } },
  ],
  adapter: (args, host) => dateCell(planApprovalLastDay(contextFor(args.profile, host), readDate(args.approved_on, "approved_on"), optionalDec(args.valid_months, "valid_months"))),
});
