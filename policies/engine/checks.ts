import type { Bilingual } from "../schema";
import type { Dec } from "./decimal";
import { numError } from "./errors";

/** A threshold a checked rule found unmet (or a notice it raises); the surface adds row and column. */
export interface Finding {
  rule: string;
  /** `source-file clause`. */
  citation: string;
  /** Input or workbook field the finding is about, e.g. `tax_per_mu`, `far`. */
  field: string;
  value: string;
  /** The threshold in words, e.g. `≥ 38.5 万元/亩`. */
  threshold: string;
  severity: "violation" | "notice";
  message: Bilingual;
}

export function requireNonNegative(x: Dec, argument: string): Dec {
  if (x.isNegative() && !x.isZero()) throw numError(argument, `不能为负数（收到 ${x.toFixed()}）`, `must not be negative (got ${x.toFixed()})`);
  return x;
}

export function requirePositive(x: Dec, argument: string): Dec {
  if (!x.gt(0)) throw numError(argument, `必须大于 0（收到 ${x.toFixed()}）`, `must be greater than 0 (got ${x.toFixed()})`);
  return x;
}

export function requireRange(x: Dec, lo: number, hi: number, argument: string): Dec {
  if (x.lt(lo) || x.gt(hi)) throw numError(argument, `应在 ${lo}–${hi} 之间（收到 ${x.toFixed()}）`, `must be between ${lo} and ${hi} (got ${x.toFixed()})`);
  return x;
}

export function requireWhole(x: Dec, argument: string): Dec {
  if (!x.isInteger()) throw numError(argument, `应为整数（收到 ${x.toFixed()}）`, `must be a whole number (got ${x.toFixed()})`);
  return x;
}
