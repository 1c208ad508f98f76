import type { Bilingual } from "../schema";
import { requireNonNegative, requirePositive, type Finding } from "../engine/checks";
import type Decimal from "decimal.js";
import { Dec, decText } from "../engine/decimal";
import { numError } from "../engine/errors";
import type { Evaluation } from "../engine/evaluation";
import { findingOf } from "./findings";

/** part ÷ whole, exact. The part may not exceed the whole; both are named when they cannot make a share. */
export function shareOf(part: Dec, whole: Dec, partArgument: string, wholeArgument: string): Dec {
  requireNonNegative(part, partArgument);
  requirePositive(whole, wholeArgument);
  if (part.gt(whole))
    throw numError(
      partArgument,
      `不能大于 ${wholeArgument}（${part.toFixed()} > ${whole.toFixed()}）`,
      `must not exceed ${wholeArgument} (${part.toFixed()} > ${whole.toFixed()})`,
    );
  return part.div(whole);
}

/**
 * A value as the analyst reads it: a fraction as a percentage, shortened (≈) to 4 decimals by
 * `rounding`, so that a finding can round away from its threshold and never look as if it met it.
 */
export function showValue(x: Dec, unit: string, rounding: Decimal.Rounding = Dec.ROUND_HALF_EVEN): string {
  if (unit !== "fraction") return `${decText(x)}${unit === "ratio" ? "" : ` ${unit}`}`;
  const percent = x.times(100);
  const shown = percent.toDecimalPlaces(4, rounding);
  return `${shown.eq(percent) ? "" : "≈"}${decText(shown)}%`;
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
  const op = p.bound === "min" ? (p.inclusive ? "≥" : ">") : p.inclusive ? "≤" : "<";
  const limit = `${op} ${showValue(ev.num(param), p.unit)}`;
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
