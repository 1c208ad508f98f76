import { requireNonNegative, requirePositive, type Finding } from "../engine/checks";
import type { Dec } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { thresholdFindings } from "./land-shares";
import type { Tier } from "./tiers";
import { RELOCATION_INDICATOR, STAY_IN_PLACE } from "../catalogue/concepts";

const TIER_ORDER: readonly Tier[] = ["A", "B", "C", "D"];

/** A tier cell: A/B/C/D, also written A档; blank → null (not evaluated). */
export function parseTier(text: unknown, argument = "tier"): Tier | null {
  if (text === null || text === undefined || String(text).trim() === "") return null;
  const t = String(text).trim().toUpperCase().replace(/档$/, "");
  if ((TIER_ORDER as readonly string[]).includes(t)) return t as Tier;
  throw valueError(argument, `应为 A、B、C、D 档或空，收到 "${String(text)}"`, `expected tier A, B, C or D, or blank, got "${String(text)}"`);
}

export interface StayInput {
  /** Outside the 城镇开发边界 (the only land the rule concerns). */
  outsideTownBoundary: boolean;
  /** The 亩均效益综合评价 tier; null when the firm was not rated. */
  tier: Tier | null;
  /** 符合产业发展导向和先进制造业发展要求 (goes with the tier ground). */
  fitsIndustrialGuidance: boolean;
  /** Strategic emerging / high-tech task, key supply-chain firm or key livelihood firm. */
  strategic: boolean;
  /** Hard to move for its industry type, equipment or process. */
  hardToMove: boolean;
  /** The district government or 管委会 has confirmed. */
  confirmed: boolean;
}

export type StayGround = "tier" | "strategic" | "hard-to-move";
export type StayDecision = "stay" | "relocate" | "pending-confirmation" | "not-applicable";

export interface StayResult {
  decision: StayDecision;
  grounds: StayGround[];
}

/**
 * 宁波 二(五): outside the town boundary land moves into parks (原则上), but a firm rated
 * B档及以上 (B included) that fits the industrial guidance, a strategic firm, or a hard-to-move
 * firm may stay once the district confirms.
 */
export function mayStayInPlace(ctx: Context, input: StayInput): RuleResult<StayResult> {
  const ev = new Evaluation(ctx, STAY_IN_PLACE)
    .input("outside_town_boundary", input.outsideTownBoundary)
    .input("tier", input.tier)
    .input("fits_industrial_guidance", input.fitsIndustrialGuidance)
    .input("strategic", input.strategic)
    .input("hard_to_move", input.hardToMove)
    .input("confirmed", input.confirmed);
  if (!input.outsideTownBoundary) {
    ev.decide("inside the town development boundary: 更新转型 applies, not 腾挪入园");
    return ev.done({ decision: "not-applicable", grounds: [] });
  }
  const grounds: StayGround[] = [];
  const minTier = ev.text("minTier") as Tier;
  if (input.tier !== null) {
    const rated = TIER_ORDER.indexOf(input.tier) <= TIER_ORDER.indexOf(minTier);
    ev.decide(`tier ${input.tier} ${rated ? "is" : "is not"} ${minTier}档及以上 (inclusive); fits the guidance: ${input.fitsIndustrialGuidance ? "yes" : "no"}`);
    if (rated && input.fitsIndustrialGuidance) grounds.push("tier");
  }
  if (input.strategic && ev.flag("strategicMayStay")) grounds.push("strategic");
  if (input.hardToMove && ev.flag("hardToMoveMayStay")) grounds.push("hard-to-move");
  let decision: StayDecision = "stay";
  if (grounds.length === 0) decision = "relocate";
  else if (ev.flag("stayNeedsConfirmation") && !input.confirmed) decision = "pending-confirmation";
  ev.decide(`grounds: ${grounds.join(", ") || "none"} → ${decision}`);
  return ev.done({ decision, grounds });
}

/** 宁波 二(十五): the lowest indicator (亩均税收 and the like) for relocation land by agreement: 50% of the 标准地 value. */
export function relocationIndicatorFloor(ctx: Context, standardValue: Dec): RuleResult<Dec> {
  const ev = new Evaluation(ctx, RELOCATION_INDICATOR).input("standard_value", standardValue);
  requireNonNegative(standardValue, "standard_value");
  const share = ev.num("minShareOfStandard");
  ev.decide(`${share.toFixed()} × ${standardValue.toFixed()} (不低于, inclusive)`);
  return ev.done(standardValue.times(share));
}

/**
 * 宁波 二(十五): an agreed indicator of relocation land by agreement is at least 50% of the
 * 标准地 value. For indicators where more is better (亩均税收, 亩均投资, …).
 */
export function relocationIndicatorCheck(ctx: Context, indicator: string, agreed: Dec, standardValue: Dec): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, RELOCATION_INDICATOR).input("indicator", indicator).input("agreed", agreed).input("standard_value", standardValue);
  requireNonNegative(agreed, "agreed");
  requirePositive(standardValue, "standard_value");
  const field = indicator.trim() || "tax_per_mu";
  return ev.done(thresholdFindings(ev, "minShareOfStandard", agreed.div(standardValue), field, { zh: `${field} 占“标准地”指标的比例`, en: `${field} as a share of the 标准地 value` }));
}
