import { dec, type Dec } from "./decimal";

// RULES.md reading conventions: 1 亩 = 10000/15 ㎡ exactly; money in 万元, rates in 元.
export const M2_PER_MU = dec(10000).div(15);
export const YUAN_PER_WAN = dec(10000);

/** ㎡ → 亩, exact: ㎡ × 15 ÷ 10000. */
export function squareMetresToMu(m2: Dec): Dec {
  return m2.times(15).div(10000);
}
