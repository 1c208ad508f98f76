import { requireNonNegative, type Finding } from "../engine/checks";
import { Dec, decShown, decText } from "../engine/decimal";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { findingOf } from "./findings";
import { RELOCATION_AREA } from "../catalogue/concepts";

// 宁波 二(十): land re-arranged for an approved relocation (异地调产安置).

function relocationEvaluation(ctx: Context, originalLawfulMu: Dec): Evaluation<typeof RELOCATION_AREA.params> {
  return new Evaluation(ctx, RELOCATION_AREA).input("original_lawful_mu", originalLawfulMu);
}

/** 宁波 二(十): the most land that may be re-arranged, 不超过原合法面积 (× 1, inclusive). */
export function relocationAreaCap(ctx: Context, originalLawfulMu: Dec): RuleResult<Dec> {
  const ev = relocationEvaluation(ctx, originalLawfulMu);
  requireNonNegative(originalLawfulMu, "original_lawful_mu");
  const cap = originalLawfulMu.times(ev.num("maxShareOfOriginalLawful"));
  ev.decide(`${decText(originalLawfulMu)} 亩 × ${ev.num("maxShareOfOriginalLawful").toFixed()} = ${decText(cap)} 亩`);
  return ev.done(cap);
}

/** 宁波 二(十): a violation when the land re-arranged exceeds the original lawful area (equal is allowed). */
export function relocationAreaCheck(ctx: Context, originalLawfulMu: Dec, newMu: Dec): RuleResult<Finding[]> {
  const ev = relocationEvaluation(ctx, originalLawfulMu).input("new_mu", newMu);
  requireNonNegative(originalLawfulMu, "original_lawful_mu");
  requireNonNegative(newMu, "new_mu");
  const ratio = originalLawfulMu.isZero() ? null : newMu.div(originalLawfulMu);
  const within = ratio === null ? newMu.isZero() : ev.meets("maxShareOfOriginalLawful", ratio, "new ÷ original lawful area");
  if (within) return ev.done([]);
  const cap = originalLawfulMu.times(ev.num("maxShareOfOriginalLawful"));
  return ev.done([
    findingOf(ev, {
      param: "maxShareOfOriginalLawful",
      field: "new_mu",
      value: newMu,
      threshold: `≤ ${decShown(cap, Dec.ROUND_FLOOR)} 亩`,
      severity: "violation",
      message: {
        zh: `重新安排工业用地 ${decShown(newMu, Dec.ROUND_CEIL)} 亩，超过原合法面积 ${decShown(cap, Dec.ROUND_FLOOR)} 亩`,
        en: `${decShown(newMu, Dec.ROUND_CEIL)} 亩 re-arranged exceeds the original lawful area of ${decShown(cap, Dec.ROUND_FLOOR)} 亩`,
      },
    }),
  ]);
}
