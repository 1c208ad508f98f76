import { dec, type Dec } from "../engine/decimal";
import { numError, valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";

export type Tier = "A" | "B" | "C" | "D";
export type DataStatus = "ok" | "missing" | "falsified";

/** Rules that rank a population into A/B/C/D: 增城 二(一)2, or the Zhejiang 亩均 evaluation. */
export const TIER_RULES = ["ZC-TIER", "ZJ-EVAL"] as const;
const TOPIC = { zh: "亩均效益分档", en: "tier ranking" };

const STATUS_WORDS: Record<string, DataStatus> = {
  "": "ok", ok: "ok", 正常: "ok", 已上传: "ok", submitted: "ok",
  missing: "missing", 未上传: "missing", 未主动上传: "missing", 未申报: "missing", "not submitted": "missing",
  falsified: "falsified", 造假: "falsified", 弄虚作假: "falsified", 数据造假: "falsified",
};

/** The data-status cell: blank, missing (未上传) or falsified (造假). */
export function parseDataStatus(text: unknown, argument = "status"): DataStatus {
  if (text === null || text === undefined) return "ok";
  const s = STATUS_WORDS[String(text).trim().toLowerCase()];
  if (s) return s;
  throw valueError(argument, `应为空、未上传（missing）或造假（falsified），收到 "${String(text)}"`, `expected blank, missing (未上传) or falsified (造假), got "${String(text)}"`);
}

/** Tier ceilings as counts for a population of N: floor(share × N), exactly. */
export interface TierQuotas {
  n: number;
  aMax: number;
  bMax: number;
  dMax: number;
}

function quotas(ev: Evaluation, n: number): TierQuotas {
  const count = (name: string) => ev.num(name).times(n).floor().toNumber();
  return { n, aMax: count("aShare"), bMax: count("bLine"), dMax: count("dShare") };
}

/**
 * 二(一)2 (FUNCTIONS.md LAND.TIER): hi = #scores ≥ score, lo = #scores ≤ score.
 * A if hi ≤ ⌊a·N⌋; else D if lo ≤ ⌊d·N⌋; else B if hi ≤ ⌊b·N⌋; else C. Ties share a tier.
 */
export function decideTier(hi: number, lo: number, q: TierQuotas): Tier {
  if (hi <= q.aMax) return "A";
  if (lo <= q.dMax) return "D";
  if (hi <= q.bMax) return "B";
  return "C";
}

function forcedD(ev: Evaluation, status: DataStatus): boolean {
  if (status === "ok") return false;
  return ev.has(`forcedD.${status}`) && ev.flag(`forcedD.${status}`);
}

function numbersOnly(scores: readonly (number | null)[]): number[] {
  return scores.filter((x): x is number => typeof x === "number" && Number.isFinite(x));
}

export interface TierInput {
  score: number | null;
  /** The population; blanks (null) are ignored. */
  scores: readonly (number | null)[];
  status: DataStatus;
}

/** One enterprise's tier within its population. */
export function tier(ctx: Context, input: TierInput): RuleResult<Tier> {
  const ev = new Evaluation(ctx, TIER_RULES, TOPIC).input("score", input.score).input("status", input.status);
  if (forcedD(ev, input.status)) {
    ev.decide(`status ${input.status} → D (${ev.param(`forcedD.${input.status}`).citation})`);
    return ev.done("D");
  }
  if (input.score === null) throw valueError("score", "得分为空；请填写得分或数据状态", "score is blank; give a score or a data status");
  const population = numbersOnly(input.scores);
  if (population.length === 0) throw numError("scores", "评价范围内没有数值得分", "the population has no numeric scores");
  const score = input.score;
  let hi = 0;
  let lo = 0;
  for (const x of population) {
    if (x >= score) hi++;
    if (x <= score) lo++;
  }
  const q = quotas(ev, population.length);
  ev.input("N", population.length);
  const t = decideTier(hi, lo, q);
  ev.decide(explainTier(hi, lo, q, t));
  return ev.done(t);
}

export function explainTier(hi: number, lo: number, q: TierQuotas, t: Tier): string {
  const head = `N=${q.n}, hi=${hi}, lo=${lo}; A≤${q.aMax}, D≤${q.dMax}, B≤${q.bMax}`;
  switch (t) {
    case "A":
      return `${head}: hi ${hi} ≤ ${q.aMax} → A`;
    case "D":
      return `${head}: hi ${hi} > ${q.aMax}, lo ${lo} ≤ ${q.dMax} → D`;
    case "B":
      return `${head}: lo ${lo} > ${q.dMax}, hi ${hi} ≤ ${q.bMax} → B`;
    case "C":
      return `${head}: hi ${hi} > ${q.bMax}, lo ${lo} > ${q.dMax} → C`;
  }
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface TiersResult {
  /** One per input row: null where the score is blank and nothing forces D. */
  tiers: (Tier | null)[];
  /** Per row: hi and lo counts (0 for blank rows), for explanations. */
  hi: Int32Array;
  lo: Int32Array;
  forced: boolean[];
  quotas: TierQuotas;
}

/**
 * The whole population at once (LAND.TIERS): sort once, count by binary search. Row i equals
 * `tier(score_i, scores, status_i)`.
 */
export function tiers(ctx: Context, scores: readonly (number | null)[], statuses?: readonly DataStatus[]): RuleResult<TiersResult> {
  const ev = new Evaluation(ctx, TIER_RULES, TOPIC);
  const sorted = Float64Array.from(numbersOnly(scores)).sort();
  const q = quotas(ev, sorted.length);
  const forceMissing = ev.has("forcedD.missing") && ev.flag("forcedD.missing");
  const forceFalsified = ev.has("forcedD.falsified") && ev.flag("forcedD.falsified");
  const out: (Tier | null)[] = new Array(scores.length);
  const hiArr = new Int32Array(scores.length);
  const loArr = new Int32Array(scores.length);
  const forced: boolean[] = new Array(scores.length).fill(false);
  for (let i = 0; i < scores.length; i++) {
    const status = statuses?.[i] ?? "ok";
    if ((status === "missing" && forceMissing) || (status === "falsified" && forceFalsified)) {
      out[i] = "D";
      forced[i] = true;
      continue;
    }
    const s = scores[i];
    if (typeof s !== "number" || !Number.isFinite(s)) {
      out[i] = null;
      continue;
    }
    const hi = sorted.length - lowerBound(sorted, s);
    const lo = upperBound(sorted, s);
    hiArr[i] = hi;
    loArr[i] = lo;
    out[i] = decideTier(hi, lo, q);
  }
  ev.input("N", sorted.length).decide(`quotas for N=${q.n}: A ≤ ${q.aMax}, D ≤ ${q.dMax}, B to ${q.bMax}`);
  return ev.done({ tiers: out, hi: hiArr, lo: loArr, forced, quotas: q });
}

/**
 * The composite 亩均 score as published by Zhejiang counties (黄岩 2022):
 * Σ weight × value ÷ benchmark, exact.
 */
export function compositeScore(values: readonly Dec[], benchmarks: readonly Dec[], weights: readonly Dec[]): Dec {
  if (values.length === 0) throw valueError("values", "至少需要一个指标", "at least one indicator is needed");
  if (benchmarks.length !== values.length || weights.length !== values.length)
    throw valueError(
      "benchmarks",
      `values、benchmarks、weights 三个区域的大小须相同（${values.length}/${benchmarks.length}/${weights.length}）`,
      `values, benchmarks and weights must be the same size (${values.length}/${benchmarks.length}/${weights.length})`,
    );
  let total = dec(0);
  values.forEach((v, i) => {
    const b = benchmarks[i]!;
    if (!b.gt(0)) throw numError("benchmarks", `第 ${i + 1} 个基准值须大于 0（收到 ${b.toFixed()}）`, `benchmark ${i + 1} must be greater than 0 (got ${b.toFixed()})`);
    total = total.plus(weights[i]!.times(v).div(b));
  });
  return total;
}
