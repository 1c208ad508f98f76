import { dec, type Dec } from "./decimal";

// RULES.md reading conventions: 1 亩 = 10000/15 ㎡ exactly, 1 公顷 = 15 亩; money in 万元, rates in 元.
export const MU_PER_M2 = dec(15).div(10000);
export const MU_PER_HECTARE = dec(15);
export const YUAN_PER_WAN = dec(10000);

/** ㎡ → 亩, exact: ㎡ × 15 ÷ 10000. */
export function squareMetresToMu(m2: Dec): Dec {
  return m2.times(MU_PER_M2);
}
