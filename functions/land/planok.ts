// LAND.PLANOK · 方案批复有效 (ZS-PLAN): its descriptor and adapter.
import { planApprovalCheck } from "../../policies/rules/zhongshan-approval";
import { optionalDate, optionalDec, readDate } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { date, defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "PLANOK",
  zh: "方案批复有效",
  summary: {
    zh: "“工改工”宗地改造方案批复是否合规（TRUE）：有效期原则不超过 1 年；给出行为日期时，该日仍在有效期内（EDATE(批复日, 月数) 当日有效）",
    en: "Whether a 工改工 parcel renewal-plan approval complies (TRUE): validity at most 1 year (原则); with an act date, the approval is still valid that day (EDATE(approval, months) included)",
  },
  params: [
    date("approved_on", "批复日期", "Date of the approval"),
    { name: "valid_months", zh: "有效期月数", optional: true, help: { zh: "批复载明的有效期（月）；省略为 12", en: "The validity the approval states (months); omitted → 12" }, unit: "月" },
    date("act_on", "实施日期", "Date of the act relying on the approval (e.g. 组织实施)", true),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：批复有效期合规且行为日仍有效", en: "TRUE: the validity complies and the approval is valid on the act date" } },
  rules: ["ZS-PLAN"],
  pinned: false,
  examples: [
    { formula: '=LAND.PLANOK("2023-03-15", 12, , "zhongshan")', result: true, note: { zh: "原则不超过 1 年", en: "at most 1 year" } },
    { formula: '=LAND.PLANOK("2023-03-15", 13, , "zhongshan")', result: false },
    { formula: '=LAND.PLANOK("2023-03-15", , "2024-03-15", "zhongshan")', result: true, note: { zh: "届满当日仍有效", en: "still valid on EDATE(approval, 12)" } },
    { formula: '=LAND.PLANOK("2023-03-15", , "2024-03-16", "zhongshan")', result: false, note: { zh: "已过有效期", en: "lapsed" } },
  ],
  adapter: (args, host) =>
    flagOf(
      planApprovalCheck(contextFor(args.profile, host), {
        approvedOn: readDate(args.approved_on, "approved_on"),
        validMonths: optionalDec(args.valid_months, "valid_months"),
        actOn: optionalDate(args.act_on, "act_on"),
      }),
      noViolation,
    ),
});
