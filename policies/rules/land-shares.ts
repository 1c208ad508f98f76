import type { Bilingual } from "../schema";
import { requireNonNegative, requirePositive, type Finding } from "../engine/checks";
import { Dec, decShown } from "../engine/decimal";
import { numError } from "../engine/errors";
import type { Evaluation } from "../engine/evaluation";
import { findingOf, showValue, thresholdText } from "./findings";

/** part ÷ whole, exact. The part may not exceed the whole; both are named when they cannot make a share. */
export function shareOf(part: Dec, whole: Dec, partArgument: string, wholeArgument: string): Dec {
  requireNonNegative(part, partArgument);
  requirePositive(whole, wholeArgument);
  if (part.gt(whole))
    throw numError(
      partArgument,
      `不能大于 ${wholeArgument}（${decShown(part, Dec.ROUND_CEIL)} > ${decShown(whole, Dec.ROUND_FLOOR)}）`,
      `must not exceed ${wholeArgument} (${decShown(part, Dec.ROUND_CEIL)} > ${decShown(whole, Dec.ROUND_FLOOR)})`,
    );
  return part.div(whole);
}

/**
 * Checks `x` against the threshold parameter `param`: no finding when it is met, else one
 * finding cited to the parameter's clause. `what` names the measured quantity.
 */
export function thresholdFindings(
  ev: Evaluation,
  param: string,
  x: Dec,
  field: string,
  what: Bilingual,
  severity: Finding["severity"] = "violation",
): Finding[] {
  if (ev.meets(param, x, what.en)) return [];
  const p = ev.param(param);
  const value = showValue(x, p.unit, p.bound === "min" ? Dec.ROUND_FLOOR : Dec.ROUND_CEIL);
  const limit = thresholdText(ev, param);
  return [
    findingOf(ev, {
      param,
      field,
      value,
      threshold: limit,
      severity,
      message: {
        zh: `${what.zh}为 ${value}，不符合 ${limit}（${p.quote ?? p.label.zh}）`,
        en: `${what.en} is ${value}; required ${limit} (${p.label.en})`,
      },
    }),
  ];
}
