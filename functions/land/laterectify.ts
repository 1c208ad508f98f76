// LAND.LATERECTIFY · 逾期整改处理 (ZC-RECTIFY): its descriptor and adapter.
import { lateRectificationOutcome } from "../../policies/rules/zengcheng-rectify";
import { optionalDate, readDate, readFlag } from "../coerce";
import { contextFor } from "../context";
import { date, defineFunction, flag, PROFILE } from "../spec";

export default defineFunction({
  id: "LATERECTIFY",
  zh: "逾期整改处理",
  summary: {
    zh: "规定限期内未完成整改或接受处理的后果：may-terminate（有协议约定：报区政府决议解除出让合同、无偿收回）、low-efficiency（没有协议约定：纳入低效用地范围）、resolved（限期内完成，含末日）、pending（限期未届满）",
    en: "What follows a rectification not completed within the deadline: may-terminate (with an agreement: the district may terminate and take the land back without compensation), low-efficiency (without one: onto the low-efficiency list), resolved (done by the deadline, the day included), pending (deadline not yet passed)",
  },
  params: [
    date("deadline", "整改限期", "Last day of the rectification deadline"),
    date("as_of", "评价日", "Evaluation date"),
    date("resolved_on", "完成整改日期", "Day rectification was completed or the handling accepted (blank: not yet)", true),
    flag("has_agreement", "有协议约定", "The project has a supervision agreement", false),
    PROFILE,
  ],
  returns: { type: "string", help: { zh: "may-terminate、low-efficiency、resolved 或 pending", en: "may-terminate, low-efficiency, resolved or pending" } },
  rules: ["ZC-RECTIFY"],
  pinned: false,
  examples: [
    { formula: '=LAND.LATERECTIFY("2024-06-30", "2024-12-31", "2024-06-30", TRUE(), "zengcheng")', result: "resolved", note: { zh: "限期末日完成仍在限期内", en: "done on the deadline day" } },
    { formula: '=LAND.LATERECTIFY("2024-06-30", "2024-12-31", "2024-07-01", TRUE(), "zengcheng")', result: "may-terminate", note: { zh: "有协议约定", en: "with an agreement" } },
    { formula: '=LAND.LATERECTIFY("2024-06-30", "2024-07-01", , FALSE(), "zengcheng")', result: "low-efficiency", note: { zh: "没有协议约定", en: "without an agreement" } },
    { formula: '=LAND.LATERECTIFY("2024-06-30", "2024-06-30", , TRUE(), "zengcheng")', result: "pending" },
  ],
  adapter: (args, host) => {
    const r = lateRectificationOutcome(contextFor(args.profile, host, readDate(args.as_of, "as_of")), {
      deadline: readDate(args.deadline, "deadline"),
      resolvedOn: optionalDate(args.resolved_on, "resolved_on"),
      hasAgreement: readFlag(args.has_agreement, "has_agreement", false),
    });
    return { value: r.value.outcome, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
  },
});
