import { isBeforeDate, type IsoDate } from "../engine/dates";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import { RECTIFICATION_OVERDUE } from "../catalogue/concepts";

// 增城 二(四)11: what follows when a project does not rectify within the deadline.

export interface LateRectificationInput {
  /** The last day of the rectification deadline (规定限期). */
  deadline: IsoDate;
  /** The day rectification was completed or the handling accepted (完成整改或接受处理); null when neither yet. */
  resolvedOn: IsoDate | null;
  /** The project has a supervision agreement (有协议约定). */
  hasAgreement: boolean;
}

/**
 * resolved: done within the deadline; pending: not done, but the deadline has not passed on the
 * as-of date; may-terminate: the district may terminate the contract and take the land back without
 * compensation; low-efficiency: the land joins the low-efficiency list.
 */
export type LateRectificationOutcome = "resolved" | "pending" | "may-terminate" | "low-efficiency";

export interface LateRectificationDecision {
  outcome: LateRectificationOutcome;
  reason: Bilingual;
}

/** 限期内: the deadline day itself is inside when `deadlineDayInside` (以内 includes the number). */
function withinDeadline(ev: Evaluation<typeof RECTIFICATION_OVERDUE.params>, day: IsoDate, deadline: IsoDate): boolean {
  return isBeforeDate(day, deadline) || (!isBeforeDate(deadline, day) && ev.flag("deadlineDayInside"));
}

const LATE_REASONS: Record<"may-terminate" | "low-efficiency", (late: Bilingual, citation: string) => Bilingual> = {
  "may-terminate": (late, citation) => ({ zh: `${late.zh}；有协议约定，报区政府决议是否解除出让合同、无偿收回土地使用权（${citation}）`, en: `${late.en}; with an agreement, the district may terminate the contract and take the land back without compensation (${citation})` }),
  "low-efficiency": (late, citation) => ({ zh: `${late.zh}；没有协议约定，纳入低效用地范围（${citation}）`, en: `${late.en}; without an agreement, the land joins the low-efficiency list (${citation})` }),
};

/**
 * 增城 二(四)11: not rectified (or handling not accepted) within the deadline → with an agreement the
 * district may terminate and 无偿收回; without one, the land joins the low-efficiency list.
 */
export function lateRectificationOutcome(ctx: Context, input: LateRectificationInput): RuleResult<LateRectificationDecision> {
  const ev = new Evaluation(ctx, RECTIFICATION_OVERDUE)
    .input("deadline", input.deadline)
    .input("resolved_on", input.resolvedOn)
    .input("has_agreement", input.hasAgreement);
  if (input.resolvedOn !== null && withinDeadline(ev, input.resolvedOn, input.deadline)) {
    ev.decide(`resolved ${input.resolvedOn} within the deadline ${input.deadline}`);
    return ev.done({ outcome: "resolved", reason: { zh: `已在规定限期（${input.deadline}）内完成整改或接受处理`, en: `rectified or handling accepted within the deadline (${input.deadline})` } });
  }
  if (input.resolvedOn === null && withinDeadline(ev, ctx.asOf, input.deadline)) {
    ev.decide(`not resolved yet; as of ${ctx.asOf} the deadline ${input.deadline} has not passed`);
    return ev.done({ outcome: "pending", reason: { zh: `整改限期至 ${input.deadline}，尚未届满`, en: `the deadline ${input.deadline} has not passed yet` } });
  }
  const late = input.resolvedOn === null ? { zh: `至 ${input.deadline} 未完成整改或接受处理`, en: `not rectified by ${input.deadline}` } : { zh: `${input.resolvedOn} 才完成整改，超过限期 ${input.deadline}`, en: `rectified only on ${input.resolvedOn}, after the deadline ${input.deadline}` };
  ev.decide(`late: ${late.en}; supervision agreement: ${input.hasAgreement ? "yes" : "no"}`);
  const name = input.hasAgreement ? "outcome.withAgreement" : "outcome.withoutAgreement";
  const outcome = ev.text(name);
  if (outcome !== "may-terminate" && outcome !== "low-efficiency") throw new Error(`ZC-RECTIFY.${name} is not an outcome in profile ${ctx.profile.id}: ${outcome}`);
  ev.decide(`${name} = ${outcome}`);
  return ev.done({ outcome, reason: LATE_REASONS[outcome](late, ev.param(name).citation) });
}
