import { Dec, decShown, decText, ZERO } from "../engine/decimal";
import { edate, isOnOrAfter, type IsoDate } from "../engine/dates";
import { requireNonNegative, type Finding } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { choiceOf } from "./choices";
import { findingOf } from "./findings";
import { IDLE_CAUSE_WORDS } from "./idle-definition";
import { IDLE_BUYBACK, IDLE_FEE } from "../catalogue/concepts";

export type IdleCause = "enterprise" | "government";

/** The 第八条 causes (信访, 规划修改, 不可抗力, …) count as government-caused. */
const CAUSE_WORDS: Readonly<Record<string, IdleCause>> = {
  ...Object.fromEntries(Object.keys(IDLE_CAUSE_WORDS).map((word) => [word, "government" as const])),
  "": "enterprise", enterprise: "enterprise", 企业: "enterprise", 企业原因: "enterprise",
  government: "government", 政府: "government", 政府原因: "government", gov: "government",
};

/** enterprise / government, or one of the 第八条 causes, which count as government-caused. */
export function parseIdleCause(text: unknown, argument = "cause"): IdleCause {
  return choiceOf(CAUSE_WORDS, text, argument, {
    zh: "enterprise（企业）、government（政府）或第八条情形（如 信访、规划修改、不可抗力）",
    en: "enterprise (企业), government (政府) or an Art. 8 cause (e.g. petition, plan-revision, force-majeure)",
  });
}

export interface IdleFeeInput {
  landPrice: Dec;
  agreedStart: IsoDate;
  asOf: IsoDate;
  cause: IdleCause;
}

export interface IdleFee {
  fee: Dec;
  /** 满两年: the land may be repossessed (无偿收回 / 依法收回). */
  repossessable: boolean;
  feeDate: IsoDate;
  repossessDate: IsoDate;
}

/**
 * 第十四条 / 增城 二(二)5: fee = 20% of the land price once as_of ≥ EDATE(agreed_start, 12);
 * 满两年 → repossessable. Government-caused delay (第八条) → no fee.
 */
export function idleFee(ctx: Context, input: IdleFeeInput): RuleResult<IdleFee> {
  const ev = new Evaluation(ctx, IDLE_FEE)
    .input("land_price", input.landPrice)
    .input("agreed_start", input.agreedStart)
    .input("as_of", input.asOf)
    .input("cause", input.cause);
  requireNonNegative(input.landPrice, "land_price");
  const feeDate = edate(input.agreedStart, ev.num("feeAfterMonths").toNumber(), "agreed_start");
  const repossessDate = edate(input.agreedStart, ev.num("repossessAfterMonths").toNumber(), "agreed_start");
  if (input.cause === "government") {
    ev.decide("cause government → no fee, no repossession (闲置土地处置办法 第八条)");
    return ev.done({ fee: ZERO, repossessable: false, feeDate, repossessDate });
  }
  const due = isOnOrAfter(input.asOf, feeDate);
  ev.decide(`as_of ${input.asOf} ≥ EDATE(${input.agreedStart}, ${ev.num("feeAfterMonths").toFixed()}) = ${feeDate} (满, inclusive): ${due ? "yes" : "no"}`);
  const repossessable = isOnOrAfter(input.asOf, repossessDate);
  if (repossessable) ev.decide(`as_of ≥ ${repossessDate}: 满两年, the land may be repossessed`);
  const fee = due ? input.landPrice.times(ev.num("feeShare")) : ZERO;
  return ev.done({ fee, repossessable, feeDate, repossessDate });
}

export interface BuybackInput {
  /** Compensation offered for the buy-back, 万元. */
  compensation: Dec;
  /** What the holder paid to acquire the land, 万元. */
  acquisitionCost: Dec;
}

/** 增城 二(二)5: a government-caused 协议有偿收回 must pay at least the holder's acquisition cost. */
export function buybackCompensationCheck(ctx: Context, input: BuybackInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, IDLE_BUYBACK)
    .input("compensation", input.compensation)
    .input("acquisition_cost", input.acquisitionCost);
  requireNonNegative(input.compensation, "compensation");
  requireNonNegative(input.acquisitionCost, "acquisition_cost");
  const floor = input.acquisitionCost.times(ev.num("buybackMinShareOfCost"));
  const ok = input.compensation.gte(floor);
  ev.decide(`compensation ${decText(input.compensation)} ≥ ${decText(ev.num("buybackMinShareOfCost"))} × cost ${decText(input.acquisitionCost)} = ${decText(floor)} 万元 (不低于, inclusive): ${ok ? "yes" : "no"}`);
  const findings = ok
    ? []
    : [
        findingOf(ev, {
          param: "buybackMinShareOfCost",
          field: "compensation",
          value: input.compensation,
          threshold: `≥ ${decShown(floor)} 万元`,
          severity: "violation",
          message: {
            zh: `有偿收回补偿 ${decShown(input.compensation, Dec.ROUND_FLOOR)} 万元低于土地使用权人取得土地的成本 ${decShown(floor)} 万元`,
            en: `buy-back compensation ${decShown(input.compensation, Dec.ROUND_FLOOR)} 万元 is below the holder's acquisition cost ${decShown(floor)} 万元`,
          },
        }),
      ];
  return ev.done(findings);
}
