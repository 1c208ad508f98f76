import type { Finding } from "../engine/checks";
import { dec, decText, toCellNumber, ZERO, type Dec } from "../engine/decimal";
import { numError, RuleError, valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import { INDICATORS, indicatorValue, isIndicatorKey, type EnterpriseFields, type IndicatorKey, type IndicatorOutcome, type IndicatorProblem, type IndicatorSpec } from "./indicators";
import { TIER_QUOTAS } from "../catalogue/concepts";

const ONE = dec(1);

export type Tier = "A" | "B" | "C" | "D";
export type DataStatus = "ok" | "missing" | "falsified";

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

const isScore = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);

function numbersOnly(scores: readonly (number | null)[]): number[] {
  return scores.filter(isScore);
}

export interface TierInput {
  score: number | null;
  /** The population; blanks (null) are ignored. */
  scores: readonly (number | null)[];
  status: DataStatus;
}

/** One enterprise's tier within its population. */
export function tier(ctx: Context, input: TierInput): RuleResult<Tier> {
  const ev = new Evaluation(ctx, TIER_QUOTAS).input("score", input.score).input("status", input.status);
  if (forcedD(ev, input.status)) {
    ev.decide(`status ${input.status} → D (${ev.param(`forcedD.${input.status as Exclude<DataStatus, "ok">}`).citation})`);
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

/** The population's scores, ascending, in one typed array (no intermediate list). */
function sortedScores(scores: readonly (number | null)[]): Float64Array {
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (isScore(scores[i])) n++;
  const sorted = new Float64Array(n);
  for (let i = 0, j = 0; i < scores.length; i++) {
    const s = scores[i];
    if (isScore(s)) sorted[j++] = s;
  }
  return sorted.sort();
}

/**
 * The sorted population with a table of where each of n equal slices of its range starts:
 * a score's run of equals lies inside its slice, so two short binary searches find it
 * instead of two over the whole population.
 */
interface RankIndex {
  sorted: Float64Array;
  min: number;
  scale: number;
  /** start[b]: the first position whose score falls in slice b or later. */
  start: Int32Array;
}

function sliceOf(index: RankIndex, x: number): number {
  // scale 0: one slice (x − min may overflow to Infinity, and Infinity × 0 is NaN).
  if (index.scale === 0) return 0;
  return Math.min(index.start.length - 2, Math.floor((x - index.min) * index.scale));
}

function rankIndex(sorted: Float64Array): RankIndex {
  const n = sorted.length;
  const min = n > 0 ? sorted[0]! : 0;
  const scale = n > 0 ? n / (sorted[n - 1]! - min) : 0;
  // All equal, or a range too wide or too narrow for doubles: one slice, plain binary search.
  const index: RankIndex = { sorted, min, scale: Number.isFinite(scale) ? scale : 0, start: new Int32Array(n + 1) };
  let b = 0;
  for (let i = 0; i < n; i++) {
    const slice = sliceOf(index, sorted[i]!);
    while (b <= slice) index.start[b++] = i;
  }
  while (b <= n) index.start[b++] = n;
  return index;
}

/** Positions of the first score ≥ x and the first > x: the scores below x, and those up to x. */
function equalRun(index: RankIndex, x: number): { below: number; upTo: number } {
  const { sorted, start } = index;
  const slice = sliceOf(index, x);
  let lo = start[slice]!;
  let hi = start[slice + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  const below = lo;
  hi = start[slice + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return { below, upTo: lo };
}

export interface TiersResult {
  /** One per input row: null where the score is blank and nothing forces D. */
  tiers: (Tier | null)[];
  /** Per row: hi and lo counts (0 for blank rows), for explanations. */
  hi: Int32Array;
  lo: Int32Array;
  /** Per row: 1 where the data status put the row in D directly, else 0. */
  forced: Uint8Array;
  quotas: TierQuotas;
}

/**
 * The whole population at once (LAND.TIERS): sort once, count by binary search. Row i equals
 * `tier(score_i, scores, status_i)`.
 */
export function tiers(ctx: Context, scores: readonly (number | null)[], statuses?: readonly DataStatus[]): RuleResult<TiersResult> {
  const ev = new Evaluation(ctx, TIER_QUOTAS);
  return ev.done(tiersWith(ev, scores, statuses));
}

function tiersWith(ev: Evaluation, scores: readonly (number | null)[], statuses?: readonly DataStatus[]): TiersResult {
  const index = rankIndex(sortedScores(scores));
  const n = index.sorted.length;
  const q = quotas(ev, n);
  const force = { missing: forcedD(ev, "missing"), falsified: forcedD(ev, "falsified") };
  const out: (Tier | null)[] = [];
  const hiArr = new Int32Array(scores.length);
  const loArr = new Int32Array(scores.length);
  const forced = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const status = statuses?.[i];
    if (status !== undefined && status !== "ok" && force[status]) {
      out.push("D");
      forced[i] = 1;
      continue;
    }
    const s = scores[i];
    if (!isScore(s)) {
      out.push(null);
      continue;
    }
    const run = equalRun(index, s);
    const hi = n - run.below;
    const lo = run.upTo;
    hiArr[i] = hi;
    loArr[i] = lo;
    out.push(decideTier(hi, lo, q));
  }
  ev.input("N", n).decide(`quotas for N=${q.n}: A ≤ ${q.aMax}, D ≤ ${q.dMax}, B to ${q.bMax}`);
  return { tiers: out, hi: hiArr, lo: loArr, forced, quotas: q };
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

// ── The tier sheet: indicators and composite score per enterprise, from the enterprise table ──

export type BenchmarkMethod = "mean" | "aggregate";

export interface EnterpriseRow {
  fields: EnterpriseFields;
  /** WORKBOOK.md data_status; default "ok". */
  status?: DataStatus;
}

export interface WeightedIndicator extends IndicatorSpec {
  key: IndicatorKey;
  weight: Dec;
  /** null: no usable value in the population, or a benchmark of 0; the indicator is then left out of every score (and reported). */
  benchmark: Dec | null;
  /** The benchmark as a cell holds it (the nearest double). */
  benchmarkCell: number | null;
}

export interface ScoredRow {
  /** Each weighted indicator's value; null where the row lacks the data (see notes). */
  indicators: Partial<Record<IndicatorKey, Dec | null>>;
  /** null when a scored indicator is unavailable or the data status is not ok (see notes). */
  score: Dec | null;
  notes: Finding[];
}

export interface ScoreSheet {
  method: BenchmarkMethod;
  indicators: WeightedIndicator[];
  rows: ScoredRow[];
  /** Notes about the whole population, e.g. an indicator left out because its benchmark is 0. */
  notes: Finding[];
}

export interface ScoreOptions {
  /** Published benchmarks to use instead of computing them from the population (each > 0). */
  benchmarks?: Partial<Record<IndicatorKey, Dec>>;
}

export function profileError(ev: Evaluation, zh: string, en: string): RuleError {
  return new RuleError("na", null, `政策配置 ${ev.ctx.profile.id} 的 ${ev.rule.id}：${zh}`, `profile ${ev.ctx.profile.id}, ${ev.rule.id}: ${en}`);
}

/** The profile's `weights.<indicator>` params in file order; zero weights are left out. */
export function profileWeights(ev: Evaluation): { key: IndicatorKey; weight: Dec }[] {
  const out: { key: IndicatorKey; weight: Dec }[] = [];
  for (const name of Object.keys(ev.rule.params)) {
    if (!name.startsWith("weights.")) continue;
    const key = name.slice("weights.".length);
    if (!isIndicatorKey(key))
      throw profileError(ev, `${name} 不是已知指标（可用：${Object.keys(INDICATORS).join("、")}）`, `${name} is not a known indicator (known: ${Object.keys(INDICATORS).join(", ")})`);
    const weight = ev.num(name);
    if (weight.isNegative() && !weight.isZero()) throw numError(name, `权重不能为负数（${decText(weight)}）`, `a weight must not be negative (${decText(weight)})`);
    if (!weight.isZero()) out.push({ key, weight });
  }
  if (out.length === 0) throw profileError(ev, "没有 weights.* 指标权重", "no weights.* indicator weights");
  return out;
}

export function benchmarkMethod(ev: Evaluation): BenchmarkMethod {
  const m = ev.text("benchmarkMethod");
  if (m === "mean" || m === "aggregate") return m;
  throw profileError(ev, `benchmarkMethod 应为 mean 或 aggregate，收到 "${m}"`, `benchmarkMethod must be mean or aggregate, got "${m}"`);
}

/** mean: the average of the enterprises' own values; aggregate: Σ numerator ÷ Σ denominator. Over the counted rows with the data. */
function populationBenchmark(method: BenchmarkMethod, outcomes: readonly (readonly IndicatorOutcome[])[], k: number, counted: readonly boolean[]): Dec | null {
  let count = 0;
  // mean: Σ value; aggregate: Σ numerator, and Σ denominator in `dens`.
  let total = ZERO;
  let dens = ZERO;
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]![k]!;
    if (!counted[i] || !o.ok) continue;
    count++;
    if (method === "mean") total = total.plus(o.value);
    else {
      total = total.plus(o.numerator);
      dens = dens.plus(o.denominator ?? ONE);
    }
  }
  if (count === 0) return null;
  return method === "mean" ? total.div(count) : total.div(dens);
}

function tierNote(ev: Evaluation, param: string, field: string, value: string, threshold: string, message: Bilingual): Finding {
  return { rule: ev.rule.id, citation: ev.param(param).citation, field, value, threshold, severity: "notice", message };
}

function weightedIndicators(
  ev: Evaluation,
  weights: readonly { key: IndicatorKey; weight: Dec }[],
  method: BenchmarkMethod,
  outcomes: IndicatorOutcome[][],
  counted: boolean[],
  options: ScoreOptions,
  notes: Finding[],
): WeightedIndicator[] {
  return weights.map(({ key, weight }, k) => {
    const spec = INDICATORS[key];
    const given = options.benchmarks?.[key];
    if (given !== undefined && !given.gt(0))
      throw numError("benchmarks", `${spec.label.zh}的基准值须大于 0（收到 ${decText(given)}）`, `the ${spec.label.en} benchmark must be greater than 0 (got ${decText(given)})`);
    const computed = given ?? populationBenchmark(method, outcomes, k, counted);
    const benchmark = computed !== null && computed.gt(0) ? computed : null;
    benchmarkDecided(ev, key, weight, computed === null ? null : decText(computed), benchmark !== null, given ? "given" : method, notes);
    return { key, ...spec, weight, benchmark, benchmarkCell: benchmark && toCellNumber(benchmark) };
  });
}

/**
 * The trace step and, for an unusable benchmark, the note: `shown` is the computed benchmark
 * (null: no data), `usable` whether it is above 0.
 */
export function benchmarkDecided(ev: Evaluation, key: IndicatorKey, weight: Dec, shown: string | null, usable: boolean, source: string, notes: Finding[]): void {
  const spec = INDICATORS[key];
  ev.decide(`benchmark ${key} = ${shown ?? "none"} (${source})${usable ? "" : " → left out of every score"}`);
  if (usable) return;
  notes.push(
    tierNote(ev, `weights.${key}`, key, shown ?? "", "> 0", {
      zh: `${spec.label.zh}的基准值${shown === null ? "无数据" : "为 0"}，该指标不计入任何企业得分（权重 ${decText(weight)} 未使用）`,
      en: `${spec.label.en}: benchmark ${shown === null ? "has no data" : "is 0"}; the indicator is left out of every score (weight ${decText(weight)} unused)`,
    }),
  );
}

/**
 * Each scored indicator's weight ÷ benchmark, divided once for the population: a score is
 * then Σ value × (weight ÷ benchmark), one exact multiplication per indicator and row
 * instead of a 50-digit division (LAND.SCORE's compositeScore divides per term; the two
 * agree to the last digit a cell can show).
 */
function scoreFactors(indicators: readonly WeightedIndicator[]): (Dec | null)[] {
  return indicators.map((ind) => (ind.benchmark === null ? null : ind.weight.div(ind.benchmark)));
}

/** Each indicator's value by key (null where the row lacks the data). */
export function indicatorValues(outcomes: readonly IndicatorOutcome[], indicators: readonly WeightedIndicator[]): Partial<Record<IndicatorKey, Dec | null>> {
  const values: Partial<Record<IndicatorKey, Dec | null>> = {};
  for (let k = 0; k < indicators.length; k++) {
    const o = outcomes[k]!;
    values[indicators[k]!.key] = o.ok ? o.value : null;
  }
  return values;
}

/**
 * A row's notes, and whether it can be scored: a data status other than ok is not scored; an
 * indicator without data is noted, and stops the score when it is scored (`scored[k]`).
 */
export function rowNotes(ev: Evaluation, status: DataStatus, problems: readonly (IndicatorProblem | null)[], indicators: readonly WeightedIndicator[], scored: readonly boolean[]): { notes: Finding[]; complete: boolean } {
  if (status !== "ok")
    return {
      notes: [tierNote(ev, "benchmarkMethod", "data_status", status, "ok", { zh: `数据状态为${status === "missing" ? "未上传" : "造假"}，不计分、不计入基准值`, en: `data status ${status}: not scored and not in the benchmarks` })],
      complete: false,
    };
  const notes: Finding[] = [];
  let complete = true;
  for (let k = 0; k < indicators.length; k++) {
    const o = problems[k];
    const ind = indicators[k]!;
    if (!o) continue;
    notes.push(tierNote(ev, `weights.${ind.key}`, o.field, o.shown, o.expected, { zh: `${ind.label.zh}无法计算：${o.why.zh}`, en: `${ind.label.en} cannot be computed: ${o.why.en}` }));
    if (scored[k]) complete = false;
  }
  if (!complete)
    notes.push(tierNote(ev, "benchmarkMethod", "score", "", "", { zh: "有计分指标缺数据，综合得分不计算（不按 0 分处理）", en: "a scored indicator lacks data; no composite score (not taken as 0)" }));
  return { notes, complete };
}

function scoreRow(ev: Evaluation, row: EnterpriseRow, outcomes: readonly IndicatorOutcome[], indicators: readonly WeightedIndicator[], factors: readonly (Dec | null)[]): ScoredRow {
  const problems = outcomes.map((o) => (o.ok ? null : o));
  const { notes, complete } = rowNotes(ev, row.status ?? "ok", problems, indicators, factors.map((f) => f !== null));
  let score: Dec | null = null;
  if (complete)
    for (let k = 0; k < indicators.length; k++) {
      const o = outcomes[k]!;
      const factor = factors[k];
      if (factor && o.ok) score = (score ?? ZERO).plus(o.value.times(factor));
    }
  return { indicators: indicatorValues(outcomes, indicators), score, notes };
}

function scoreWith(ev: Evaluation, rows: readonly EnterpriseRow[], options: ScoreOptions): ScoreSheet {
  const weights = profileWeights(ev);
  const method = benchmarkMethod(ev);
  const outcomes = rows.map((r) => weights.map(({ key }) => indicatorValue(key, r.fields)));
  const counted = rows.map((r) => (r.status ?? "ok") === "ok");
  const notes: Finding[] = [];
  const indicators = weightedIndicators(ev, weights, method, outcomes, counted, options, notes);
  const factors = scoreFactors(indicators);
  ev.input("rows", rows.length);
  return { method, indicators, rows: rows.map((r, i) => scoreRow(ev, r, outcomes[i]!, indicators, factors)), notes };
}

/**
 * 增城 二(一)2 / ZJ-EVAL: each enterprise's indicators (from its table fields) and composite
 * score Σ weight × value ÷ benchmark, weights and benchmark method from the profile.
 */
export function scoreEnterprises(ctx: Context, rows: readonly EnterpriseRow[], options: ScoreOptions = {}): RuleResult<ScoreSheet> {
  const ev = new Evaluation(ctx, TIER_QUOTAS);
  return ev.done(scoreWith(ev, rows, options));
}

export interface TierSheetRow extends ScoredRow {
  /** The score as a cell holds it (the nearest double): what the ranking compares. */
  scoreCell: number | null;
  /** Each weighted indicator's value as a cell holds it, in the order of the sheet's indicators (null: no data). */
  indicatorCells: readonly (number | null)[];
  /** 1 + the number of strictly higher scores; null when unscored. */
  rank: number | null;
  tier: Tier | null;
  /** Why the tier was forced (data not uploaded / falsified → D), with the clause. */
  forcedReason: Bilingual | null;
}

export interface TierSheet extends Omit<ScoreSheet, "rows"> {
  rows: TierSheetRow[];
  /** The quota counts actually applied (for the sheet's header block). */
  quotas: TierQuotas;
}

export function forcedReason(ev: Evaluation, status: DataStatus): Bilingual {
  const citation = ev.param(`forcedD.${status}`).citation;
  return status === "missing"
    ? { zh: `未主动上传数据，直接划入 D 档（${citation}）`, en: `data not uploaded → D directly (${citation})` }
    : { zh: `上传数据弄虚作假，直接划入 D 档（${citation}）`, en: `falsified data → D directly (${citation})` };
}

/**
 * 增城 二(一)2 (and the Zhejiang county practice the profiles cite): a data status that puts the
 * firm in D directly, as a finding for the check report, from the same rule as the tier sheet's
 * forced D; null when the status does not force D under the profile.
 */
export function forcedDFinding(ctx: Context, status: DataStatus, shown: string): Finding | null {
  const ev = new Evaluation(ctx, TIER_QUOTAS);
  if (status === "ok" || !forcedD(ev, status)) return null;
  const param = ev.param(`forcedD.${status}`);
  return { rule: ev.rule.id, citation: param.citation, field: "data_status", value: shown, threshold: "按时如实上传 / submitted truthfully", severity: "violation", message: forcedReason(ev, status) };
}

/** The ranked tier sheet: scores, rank, tier and forced-tier reasons in one call (WORKBOOK.md). */
export function tierSheet(ctx: Context, rows: readonly EnterpriseRow[], options: ScoreOptions = {}): RuleResult<TierSheet> {
  const ev = new Evaluation(ctx, TIER_QUOTAS);
  const sheet = scoreWith(ev, rows, options);
  const numbers = sheet.rows.map((r) => (r.score === null ? null : toCellNumber(r.score)));
  const statuses = rows.map((r) => r.status ?? "ok");
  const { ranked, quotas } = placeRows(ev, numbers, statuses, (i, place): TierSheetRow => {
    const r = sheet.rows[i]!;
    const indicatorCells = sheet.indicators.map((ind) => {
      const v = r.indicators[ind.key];
      return v === null || v === undefined ? null : toCellNumber(v);
    });
    return { indicators: r.indicators, score: r.score, scoreCell: numbers[i]!, indicatorCells, notes: r.notes, ...place };
  });
  return ev.done({ ...sheet, rows: ranked, quotas });
}

/** Where each row lands: rank, tier and forced-tier reason. */
export type Placement = Pick<TierSheetRow, "rank" | "tier" | "forcedReason">;

/** Ranks the scores as cells hold them (ties are equal doubles) and makes each row's line from its placement. */
export function placeRows<R>(ev: Evaluation, numbers: readonly (number | null)[], statuses: readonly DataStatus[], line: (i: number, place: Placement) => R): { ranked: R[]; quotas: TierQuotas } {
  const t = tiersWith(ev, numbers, statuses);
  const ranked = numbers.map((x, i) =>
    line(i, { rank: x === null ? null : t.quotas.n - t.lo[i]! + 1, tier: t.tiers[i] ?? null, forcedReason: t.forced[i] ? forcedReason(ev, statuses[i]!) : null }),
  );
  return { ranked, quotas: t.quotas };
}
