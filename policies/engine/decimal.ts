import Decimal from "decimal.js";

// Money is exact: 50 significant digits, so a chain of ×, ÷ never rounds before the final
// conversion to the nearest double (FUNCTIONS.md "Arithmetic is exact decimal").
export const Dec = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = Decimal;

export function dec(x: number | string | Decimal): Decimal {
  return new Dec(x);
}

export const ZERO = dec(0);

export function decMin(...xs: Decimal[]): Decimal {
  return Dec.min(...xs);
}

export function decMax(...xs: Decimal[]): Decimal {
  return Dec.max(...xs);
}

/** The exact value as the nearest IEEE double (what a cell can hold). */
export function toCellNumber(x: Decimal): number {
  return x.toNumber();
}

/** Plain text without exponent, for traces and reports. */
export function decText(x: Decimal): string {
  return x.toFixed();
}

/** Σ xs, exact (0 for none). */
export function decSum(xs: readonly Decimal[]): Decimal {
  return xs.reduce((s, x) => s.plus(x), ZERO);
}

/** Significant digits a reader is shown; the whole part is never rounded away. */
const SHOWN_DIGITS = 6;

/**
 * A value as a reader sees it in a message: at most 6 significant digits (all digits of a
 * larger whole part), marked "≈" when shortened. The exact value stays in the data (decText).
 * `rounding` lets a finding round away from its threshold, so a value below a floor never
 * reads as if it reached it.
 */
export function decShown(x: Decimal, rounding: Decimal.Rounding = Decimal.ROUND_HALF_EVEN): string {
  const shown = x.abs().gte(10 ** (SHOWN_DIGITS - 1)) ? x.toDecimalPlaces(0, rounding) : x.toSignificantDigits(SHOWN_DIGITS, rounding);
  return `${shown.eq(x) ? "" : "≈"}${decText(shown)}`;
}
