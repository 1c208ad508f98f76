import { decMax, ZERO, type Dec } from "../engine/decimal";
import { requireNonNegative } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";

/** 温州 三(四)10, or 增城's tax-shortfall payment under the supervision agreement (二(三)6). */
export const BREACH_RULES = ["WZ-BREACH", "ZC-LOWEFF"] as const;
const TOPIC = { zh: "亩均税收违约金", en: "tax-commitment penalty" };

export interface BreachInput {
  committedTaxPerMu: Dec;
  actualTaxPerMu: Dec;
  areaMu: Dec;
}

/** 三(四)10: 违约金 = max(0, committed − actual) 万元/亩 × area 亩. */
export function breachPenalty(ctx: Context, input: BreachInput): RuleResult<Dec> {
  const ev = new Evaluation(ctx, BREACH_RULES, TOPIC)
    .input("committed_tax_per_mu", input.committedTaxPerMu)
    .input("actual_tax_per_mu", input.actualTaxPerMu)
    .input("area_mu", input.areaMu);
  requireNonNegative(input.committedTaxPerMu, "committed_tax_per_mu");
  requireNonNegative(input.actualTaxPerMu, "actual_tax_per_mu");
  requireNonNegative(input.areaMu, "area_mu");
  ev.param(ev.has("penaltyOnTaxGap") ? "penaltyOnTaxGap" : "taxShortfallPayable");
  const gap = decMax(input.committedTaxPerMu.minus(input.actualTaxPerMu), ZERO);
  ev.decide(`gap per mu = max(0, ${input.committedTaxPerMu.toFixed()} − ${input.actualTaxPerMu.toFixed()}) = ${gap.toFixed()}; × ${input.areaMu.toFixed()} 亩`);
  return ev.done(gap.times(input.areaMu));
}
