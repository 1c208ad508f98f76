import { ZERO, type Dec } from "../engine/decimal";
import { edate, type IsoDate } from "../engine/dates";
import { requireNonNegative } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { valueError } from "../engine/errors";

/** A local restatement first (增城 二(二)5), else the national 第十四条. */
export const IDLE_FEE_RULES = ["ZC-IDLE", "NAT-IDLE-FEE"] as const;
const TOPIC = { zh: "土地闲置费", en: "idle-land fee" };

export type IdleCause = "enterprise" | "government";

const CAUSE_WORDS: Record<string, IdleCause> = {
  "": "enterprise", enterprise: "enterprise", 企业: "enterprise", 企业原因: "enterprise",
  government: "government", 政府: "government", 政府原因: "government", gov: "government",
};

export function parseIdleCause(text: unknown, argument = "cause"): IdleCause {
  if (text === null || text === undefined) return "enterprise";
  const c = CAUSE_WORDS[String(text).trim().toLowerCase()];
  if (c) return c;
  throw valueError(argument, `应为 enterprise（企业）或 government（政府），收到 "${String(text)}"`, `expected enterprise (企业) or government (政府), got "${String(text)}"`);
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
  const ev = new Evaluation(ctx, IDLE_FEE_RULES, TOPIC)
    .input("land_price", input.landPrice)
    .input("agreed_start", input.agreedStart)
    .input("as_of", input.asOf)
    .input("cause", input.cause);
  requireNonNegative(input.landPrice, "land_price");
  const feeDate = edate(input.agreedStart, ev.num("feeAfterMonths").toNumber());
  const repossessDate = edate(input.agreedStart, ev.num("repossessAfterMonths").toNumber());
  if (input.cause === "government") {
    ev.decide("cause government → no fee, no repossession (闲置土地处置办法 第八条)");
    return ev.done({ fee: ZERO, repossessable: false, feeDate, repossessDate });
  }
  const due = input.asOf >= feeDate;
  ev.decide(`as_of ${input.asOf} ≥ EDATE(${input.agreedStart}, ${ev.num("feeAfterMonths").toFixed()}) = ${feeDate} (满, inclusive): ${due ? "yes" : "no"}`);
  const repossessable = input.asOf >= repossessDate;
  if (repossessable) ev.decide(`as_of ≥ ${repossessDate}: 满两年, the land may be repossessed`);
  const fee = due ? input.landPrice.times(ev.num("feeShare")) : ZERO;
  return ev.done({ fee, repossessable, feeDate, repossessDate });
}
