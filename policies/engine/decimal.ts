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
