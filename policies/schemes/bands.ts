import Decimal from "decimal.js";
import { decText, type Dec } from "../engine/decimal";
import type { Tier } from "../rules/tiers";
import { figureValue } from "./figures";
import type { SchemeBands, ShareLine } from "./schema";

/** A share line as counts for one group: the tier takes places 1 … count (from the top or the bottom). */
export interface QuotaCount {
  tier: Tier;
  from: "top" | "bottom";
  share: Dec;
  /** share × N, exactly. */
  exact: Dec;
  count: number;
  line: ShareLine;
}

/**
 * Places for a share line among N: share × N made a count by the line's rounding (floor, round
 * half up, ceil). An exclusive line (不含) gives up the place exactly at share × N when that is a
 * whole number. Exact decimals throughout: 0.05 × 275 = 13.75 → ceil 14 (济宁高新区 2024).
 */
export function placeCount(share: Dec, n: number, line: Pick<ShareLine, "rounding" | "inclusive">): number {
  const x = share.times(n);
  if (!line.inclusive && x.isInteger()) return Math.max(0, x.toNumber() - 1);
  const rounded = line.rounding === "floor" ? x.floor() : line.rounding === "ceil" ? x.ceil() : x.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return rounded.toNumber();
}

/** The quota counts of share bands for a base of N (the header block shows them). */
export function quotaCounts(bands: Extract<SchemeBands, { kind: "shares" }>, n: number): QuotaCount[] {
  const one = (line: ShareLine, from: "top" | "bottom"): QuotaCount => {
    const share = figureValue(line.share);
    return { tier: line.tier, from, share, exact: share.times(n), count: placeCount(share, n, line), line };
  };
  return [...bands.top.map((l) => one(l, "top")), ...bands.bottom.map((l) => one(l, "bottom"))];
}

/**
 * The tier of a score whose run of equals has hi scores ≥ it and lo scores ≤ it (so a tie is
 * never split): the first top line whose places hold the whole run from the top (A), else a
 * bottom line holding it from the bottom (D), else the next top lines (B …), else the rest.
 * With one top line of each of A and B, one bottom line D and rest C this is LAND.TIER (二(一)2).
 */
export function shareTier(hi: number, lo: number, counts: readonly QuotaCount[], rest: Tier): Tier {
  const top = counts.filter((c) => c.from === "top");
  if (top[0] && hi <= top[0].count) return top[0].tier;
  for (const c of counts) if (c.from === "bottom" && lo <= c.count) return c.tier;
  for (const c of top.slice(1)) if (hi <= c.count) return c.tier;
  return rest;
}

/** Score lines: the first line the total reaches (inclusive) or passes; else the rest. Exact comparison. */
export function scoreLineTier(total: Dec, bands: Extract<SchemeBands, { kind: "scoreLines" }>): Tier {
  for (const line of bands.lines) {
    const min = figureValue(line.min);
    if (line.inclusive ? total.gte(min) : total.gt(min)) return line.tier;
  }
  return bands.rest;
}

/** `A ≤ 55（20%·275，floor）` for the header block. */
export function quotaText(c: QuotaCount): string {
  const pct = decText(c.share.times(100));
  const side = c.from === "top" ? "前" : "后";
  const how = { floor: "向下取整", round: "四舍五入", ceil: "向上取整" }[c.line.rounding];
  return `${c.tier} ${side} ${c.count} 名（${pct}% × N = ${decText(c.exact)}，${how}${c.line.inclusive ? "，含" : "，不含"}）`;
}
