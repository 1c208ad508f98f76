import { decMax, ZERO, type Dec } from "../engine/decimal";
import { requireNonNegative, requirePositive, requireRange } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { BREACH_PENALTY, BREACH_REMEDIES } from "../catalogue/concepts";

export interface BreachInput {
  committedTaxPerMu: Dec;
  actualTaxPerMu: Dec;
  areaMu: Dec;
}

/** 三(四)10: 违约金 = max(0, committed − actual) 万元/亩 × area 亩. */
export function breachPenalty(ctx: Context, input: BreachInput): RuleResult<Dec> {
  const ev = new Evaluation(ctx, BREACH_PENALTY)
    .input("committed_tax_per_mu", input.committedTaxPerMu)
    .input("actual_tax_per_mu", input.actualTaxPerMu)
    .input("area_mu", input.areaMu);
  requireNonNegative(input.committedTaxPerMu, "committed_tax_per_mu");
  requireNonNegative(input.actualTaxPerMu, "actual_tax_per_mu");
  requireNonNegative(input.areaMu, "area_mu");
  const payable = ev.flag(ev.has("penaltyOnTaxGap") ? "penaltyOnTaxGap" : "taxShortfallPayable");
  if (!payable) {
    ev.decide("the profile sets no payment on the tax shortfall → 0");
    return ev.done(ZERO);
  }
  const gap = decMax(input.committedTaxPerMu.minus(input.actualTaxPerMu), ZERO);
  ev.decide(`gap per mu = max(0, ${input.committedTaxPerMu.toFixed()} − ${input.actualTaxPerMu.toFixed()}) = ${gap.toFixed()}; × ${input.areaMu.toFixed()} 亩`);
  return ev.done(gap.times(input.areaMu));
}

export interface AcceptanceInput {
  /** 产值 agreed in the project investment contract, 万元. */
  contractOutput: Dec;
  actualOutput: Dec;
  /** 税收 agreed, 万元. */
  contractTax: Dec;
  actualTax: Dec;
}

export interface AcceptanceOutcome {
  /** 产值不足 50% or 税收不足 30%: the land contract may be terminated. */
  terminable: boolean;
  outputShare: Dec;
  taxShare: Dec;
}

/** 温州 三(四)10: at 达产验收, 产值 不足 50% or 税收 不足 30% of the contract (不足 excludes the number) → may terminate. */
export function terminationAtAcceptance(ctx: Context, input: AcceptanceInput): RuleResult<AcceptanceOutcome> {
  const ev = new Evaluation(ctx, BREACH_REMEDIES)
    .input("contract_output", input.contractOutput)
    .input("actual_output", input.actualOutput)
    .input("contract_tax", input.contractTax)
    .input("actual_tax", input.actualTax);
  requirePositive(input.contractOutput, "contract_output");
  requireNonNegative(input.actualOutput, "actual_output");
  requirePositive(input.contractTax, "contract_tax");
  requireNonNegative(input.actualTax, "actual_tax");
  const outputShare = input.actualOutput.div(input.contractOutput);
  const taxShare = input.actualTax.div(input.contractTax);
  const outputMet = ev.meets("outputShareMin", outputShare, "output share");
  const taxMet = ev.meets("taxShareMin", taxShare, "tax share");
  return ev.done({ terminable: !outputMet || !taxMet, outputShare, taxShare });
}

export interface BreachBuybackInput {
  /** 原出让价格, 万元. */
  originalPrice: Dec;
  /** Market price, 万元; null when not appraised. */
  marketPrice: Dec | null;
  /** 地上建筑物重置价, 万元 (0 when none). */
  replacementCost: Dec;
  /** 成新 as a fraction, 0–1. */
  newnessRatio: Dec;
}

export interface BreachBuyback {
  land: Dec;
  buildings: Dec;
  total: Dec;
}

/**
 * 温州 三(四)10: land at the original price, but not above a lower market price; buildings at
 * replacement cost × 成新. Equipment stays with the enterprise.
 */
export function buybackPrice(ctx: Context, input: BreachBuybackInput): RuleResult<BreachBuyback> {
  const ev = new Evaluation(ctx, BREACH_REMEDIES)
    .input("original_price", input.originalPrice)
    .input("market_price", input.marketPrice)
    .input("replacement_cost", input.replacementCost)
    .input("newness_ratio", input.newnessRatio);
  requireNonNegative(input.originalPrice, "original_price");
  if (input.marketPrice) requireNonNegative(input.marketPrice, "market_price");
  requireNonNegative(input.replacementCost, "replacement_cost");
  requireRange(input.newnessRatio, 0, 1, "newness_ratio");
  const market = ev.flag("buybackAtMostMarket") ? input.marketPrice : null;
  const land = market !== null && market.lt(input.originalPrice) ? market : input.originalPrice;
  ev.decide(land === market ? `market ${land.toFixed()} < original ${input.originalPrice.toFixed()} → land at market` : `land at the original price ${land.toFixed()}`);
  ev.param("buildingsAtReplacementTimesNewness");
  const buildings = input.replacementCost.times(input.newnessRatio);
  ev.decide(`buildings = ${input.replacementCost.toFixed()} × ${input.newnessRatio.toFixed()} = ${buildings.toFixed()}`);
  return ev.done({ land, buildings, total: land.plus(buildings) });
}
