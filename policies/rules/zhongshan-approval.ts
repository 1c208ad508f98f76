import { requirePositive, type Finding } from "../engine/checks";
import { Dec, decShown } from "../engine/decimal";
import { addDays, edate, isBeforeDate, type IsoDate } from "../engine/dates";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { findingOf } from "./findings";
import { PLAN_APPROVAL } from "../catalogue/concepts";

// 中山 一(五): how long a “工改工” 宗地 renewal plan's approval stays valid.

export interface PlanApprovalInput {
  /** 改造方案批复 date. */
  approvedOn: IsoDate;
  /** Validity the approval states, months; null = not stated (the 1-year ceiling applies). */
  validMonths: Dec | null;
  /** Date of an act relying on the approval (e.g. 组织实施, 办理规划许可); null = none to check. */
  actOn: IsoDate | null;
}

function validityMonths(ev: Evaluation<typeof PLAN_APPROVAL.params>, validMonths: Dec | null): Dec {
  return validMonths === null ? ev.num("maxValidityMonths") : requirePositive(validMonths, "valid_months");
}

/** The last day the approval is valid: EDATE(approval, months), itself inside (民法典 第201–202条, RULES.md reading note). */
function lastValidDay(ev: Evaluation<typeof PLAN_APPROVAL.params>, approvedOn: IsoDate, months: Dec): IsoDate {
  if (!months.isInteger()) throw valueError("valid_months", `有效期应为整月数（收到 ${months.toFixed()}）`, `the validity must be whole months (got ${months.toFixed()})`);
  const end = edate(approvedOn, months.toNumber(), "approved_on");
  const last = ev.flag("lastDayValid") ? end : addDays(end, -1);
  ev.decide(`EDATE(${approvedOn}, ${months.toFixed()}) = ${end}; last valid day ${last}`);
  return last;
}

/** 中山 一(五): the last day a renewal-plan approval is valid (at most 1 year, 原则不超过1年). */
export function planApprovalLastDay(ctx: Context, approvedOn: IsoDate, validMonths: Dec | null = null): RuleResult<IsoDate> {
  const ev = new Evaluation(ctx, PLAN_APPROVAL)
    .input("approved_on", approvedOn)
    .input("valid_months", validMonths);
  const months = validityMonths(ev, validMonths);
  if (!ev.meets("maxValidityMonths", months, "stated validity")) {
    const citation = ev.param("maxValidityMonths").citation;
    ev.warn({ zh: `批复载明的有效期 ${decShown(months, Dec.ROUND_CEIL)} 个月，超过原则上的 1 年（${citation}）`, en: `the stated validity of ${decShown(months, Dec.ROUND_CEIL)} months exceeds the 1-year ceiling (${citation})` });
  }
  return ev.done(lastValidDay(ev, approvedOn, months));
}

/** 中山 一(五): the approval's stated validity ≤ 12 months (原则, editable); an act after its last valid day relies on a lapsed approval. */
export function planApprovalCheck(ctx: Context, input: PlanApprovalInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, PLAN_APPROVAL)
    .input("approved_on", input.approvedOn)
    .input("valid_months", input.validMonths)
    .input("act_on", input.actOn);
  const months = validityMonths(ev, input.validMonths);
  const findings: Finding[] = [];
  if (!ev.meets("maxValidityMonths", months, "stated validity"))
    findings.push(
      findingOf(ev, {
        param: "maxValidityMonths",
        field: "valid_months",
        value: months,
        severity: "violation",
        message: { zh: `改造方案批复有效期 ${decShown(months, Dec.ROUND_CEIL)} 个月，超过原则上的 1 年`, en: `the approval's validity of ${decShown(months, Dec.ROUND_CEIL)} months exceeds the 1-year ceiling (原则)` },
      }),
    );
  if (input.actOn !== null) {
    if (isBeforeDate(input.actOn, input.approvedOn)) throw valueError("act_on", `日期 ${input.actOn} 早于批复日期 ${input.approvedOn}`, `${input.actOn} is before the approval on ${input.approvedOn}`);
    const last = lastValidDay(ev, input.approvedOn, months);
    if (isBeforeDate(last, input.actOn))
      findings.push(
        findingOf(ev, {
          param: "maxValidityMonths",
          field: "act_on",
          value: input.actOn,
          threshold: `≤ ${last}`,
          severity: "violation",
          message: { zh: `改造方案批复（${input.approvedOn}）有效期至 ${last}，${input.actOn} 已过有效期`, en: `the approval of ${input.approvedOn} was valid through ${last}; it had lapsed on ${input.actOn}` },
        }),
      );
  }
  return ev.done(findings);
}
