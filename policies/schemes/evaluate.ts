import { ZERO, type Dec } from "../engine/decimal";
import type { Tier } from "../rules/tiers";
import type { Bilingual } from "../schema";
import type { RowValues } from "../workbook/table";
import { quotaCounts, scoreLineTier, shareTier, type QuotaCount } from "./bands";
import { citedReason, figureValue, type SchemeDocuments } from "./figures";
import { adjustmentPoints, benchmarkOf, indicatorPoints, indicatorValue, usable, type Benchmark, type IndicatorValue } from "./points";
import type { Scheme, SchemeIndicator, SchemeList } from "./schema";
import { classOf, dataStatusOf, groupOf, listOf, vetoOf, type Exclusion } from "./select";

// A scheme applied to a table: lists, groups, points, totals, ranks and tiers. Pure and exact:
// every value, benchmark, point and total is a 50-digit decimal, and every boundary (a tie, a
// quota count, a score line) is decided on decimals, never on doubles.

/**
 * Totals are compared at 30 decimal places. Each term is correctly rounded at 50 significant
 * digits, so two totals that are mathematically equal agree far above that grain and tie; two
 * that differ by more than 10⁻³⁰ points are ordered by their exact values.
 */
export const TIE_PLACES = 30;

export interface SchemeRowInput {
  values: RowValues;
  /** Fields whose cell could not be read: missing data, with the note. */
  invalid?: ReadonlySet<string>;
}

export interface ScopeAnswer {
  inScope: boolean;
  reason: Bilingual;
}

export interface EvaluateOptions {
  documents: SchemeDocuments;
  /** Who the year's evaluation covers (增城 ZC-SCOPE); omitted: every firm a list takes. */
  scope?: (values: RowValues) => ScopeAnswer;
}

export type FirmStatus = "ranked" | "unscored" | "forced" | "class" | "notEvaluated";

export interface IndicatorPoints {
  id: string;
  value: Dec | null;
  /** null: not scored (no usable benchmark, or missing data the scheme leaves unscored). */
  points: Dec | null;
  /** How missing data was handled (the average points, a deduction, …), with the source. */
  note: Bilingual | null;
}

export interface AdjustmentResult {
  id: string;
  count: Dec | null;
  /** Signed: a deduction is negative. */
  points: Dec;
}

export interface FirmResult {
  list: string | null;
  group: string | null;
  indicators: IndicatorPoints[];
  adjustments: AdjustmentResult[];
  total: Dec | null;
  /** Within the list and group: 1 + the number of strictly higher totals. */
  rank: number | null;
  tier: Tier | null;
  status: FirmStatus;
  /** Why the firm is forced, not evaluated or unscored (with the clause), or how missing data was handled. */
  reason: Bilingual | null;
  /** Whether the firm counts in N for its group's quota lines. */
  inBase: boolean;
  /** The not-evaluated class (T, 不定等级 …) by the scheme's code, when the firm is in one. */
  classCode: string | null;
}

export interface IndicatorBenchmark {
  indicator: SchemeIndicator;
  benchmark: Benchmark;
  /** Set when the indicator scores nobody in this group (no data, or a benchmark of 0). */
  leftOut: Bilingual | null;
}

export interface GroupResult {
  list: SchemeList;
  group: { id: string; label: Bilingual } | null;
  benchmarks: IndicatorBenchmark[];
  /** Firms of the list and group, whatever their status. */
  listed: number;
  ranked: number;
  /** N for the quota lines: ranked firms plus excluded firms that count in the base. */
  base: number;
  /** The share lines as counts (shares bands), or empty for score lines. */
  quotas: QuotaCount[];
  tiers: Record<Tier, number>;
  counts: Record<FirmStatus, number>;
}

export interface SchemeResult {
  scheme: Scheme;
  firms: FirmResult[];
  groups: GroupResult[];
  /** Firms in no list, or in a list but no group, or outside the year's scope. */
  unlisted: number;
}

interface Firm {
  row: SchemeRowInput;
  list: SchemeList | null;
  group: string | null;
  exclusion: Exclusion | null;
  values: IndicatorValue[];
  result: FirmResult;
}

function firstExclusion(scheme: Scheme, values: RowValues, options: EvaluateOptions): { list: SchemeList | null; group: string | null; exclusion: Exclusion | null } {
  const notEvaluated = (reason: Bilingual): Exclusion => ({ status: "notEvaluated", tier: null, inBase: false, reason });
  if (options.scope) {
    const s = options.scope(values);
    if (!s.inScope) return { list: null, group: null, exclusion: notEvaluated(s.reason) };
  }
  const list = listOf(scheme, values);
  if (!list) {
    const names = scheme.lists.map((l) => l.label.zh).join("、");
    return { list: null, group: null, exclusion: notEvaluated({ zh: `不属于本方案任何名单（${names}），未评价`, en: `in none of the scheme's lists (${scheme.lists.map((l) => l.label.en).join(", ")}); not evaluated` }) };
  }
  const group = groupOf(list, values);
  if (group === undefined) {
    const g = list.groupBy!;
    const shown = String((values as Record<string, unknown>)[g.field] ?? "");
    return {
      list,
      group: null,
      exclusion: notEvaluated(
        citedReason(`${shown === "" ? "分组字段为空" : `“${shown}”不在本方案分组中`}（${g.groups.map((x) => x.label.zh).join("、")}），未评价`, `${shown === "" ? "no group given" : `"${shown}" is in none of the groups`} (${g.groups.map((x) => x.label.en).join(", ")}); not evaluated`, g.cite, options.documents),
      ),
    };
  }
  const exclusion = classOf(scheme, values, options.documents) ?? dataStatusOf(scheme, values, options.documents) ?? vetoOf(scheme, values, options.documents);
  return { list, group, exclusion };
}

function emptyCounts(): { tiers: Record<Tier, number>; counts: Record<FirmStatus, number> } {
  return { tiers: { A: 0, B: 0, C: 0, D: 0 }, counts: { ranked: 0, unscored: 0, forced: 0, class: 0, notEvaluated: 0 } };
}

/** Benchmarks of one indicator for each group of a list (one shared when taken over the whole list). */
function benchmarksFor(ind: SchemeIndicator, k: number, firms: readonly Firm[], byGroup: ReadonlyMap<string | null, readonly Firm[]>, documents: SchemeDocuments): Map<string | null, Benchmark> {
  const over = "over" in ind.benchmark ? ind.benchmark.over : "list";
  const groupIds = [...byGroup.keys()];
  const membersOf = (group: string | null | "*") =>
    (group === "*" ? firms : (byGroup.get(group) ?? [])).flatMap((f) => {
      const v = f.values[k]!;
      if (f.exclusion || !v.ok) return [];
      return [{ value: v.value, numerator: (f.row.values as Record<string, Dec>)[ind.numerator]!, denominator: ind.denominator ? (f.row.values as Record<string, Dec>)[ind.denominator]! : null }];
    });
  const out = new Map<string | null, Benchmark>();
  if (over === "list") {
    const shared = benchmarkOf(ind, membersOf("*"), documents);
    for (const g of groupIds) out.set(g, shared);
  } else for (const g of groupIds) out.set(g, benchmarkOf(ind, membersOf(g), documents));
  return out;
}

/** The average points of the indicator over the ranked firms that have it, in the list or the group. */
function averagePointsFor(k: number, firms: readonly Firm[]): Dec | null {
  let sum = ZERO;
  let n = 0;
  for (const f of firms) {
    const p = f.result.indicators[k]!.points;
    if (f.exclusion || !f.values[k]!.ok || p === null) continue;
    sum = sum.plus(p);
    n++;
  }
  return n === 0 ? null : sum.div(n);
}

/** The reason a missing value forces D or takes the firm out of the evaluation (null for the other policies). */
function missingNote(ind: SchemeIndicator, why: Bilingual, documents: SchemeDocuments): Bilingual | null {
  const m = ind.missing;
  if (m.policy === "forceD") return citedReason(`${why.zh}，直接列为 D 档`, `${why.en} → D directly`, m.cite, documents);
  if (m.policy === "notEvaluated") return citedReason(`${why.zh}，不参与评价`, `${why.en}: not evaluated`, m.cite, documents);
  return null;
}

function missingExclusion(list: SchemeList, f: Firm, documents: SchemeDocuments): Exclusion | null {
  for (let k = 0; k < list.indicators.length; k++) {
    const v = f.values[k]!;
    const ind = list.indicators[k]!;
    if (v.ok) continue;
    const reason = missingNote(ind, v.why, documents);
    if (reason) return ind.missing.policy === "forceD" ? { status: "forced", tier: "D", inBase: false, reason } : { status: "notEvaluated", tier: null, inBase: false, reason };
  }
  return null;
}

/** Points of every indicator for the firms of one list, missing data handled per the scheme. */
function scoreList(list: SchemeList, firms: Firm[], options: EvaluateOptions): Map<string | null, IndicatorBenchmark[]> {
  const groupIds: (string | null)[] = list.groupBy ? list.groupBy.groups.map((g) => g.id) : [null];
  const perGroup = new Map<string | null, IndicatorBenchmark[]>(groupIds.map((g) => [g, []]));
  const byGroup = new Map<string | null, Firm[]>(groupIds.map((g) => [g, []]));
  for (const f of firms) byGroup.get(f.group)?.push(f);
  for (const f of firms) f.values = list.indicators.map((ind) => indicatorValue(ind, f.row.values, f.row.invalid));
  // Missing data that takes a firm out of the ranking does so before any benchmark is taken.
  for (const f of firms) f.exclusion ??= missingExclusion(list, f, options.documents);
  list.indicators.forEach((ind, k) => {
    const benchmarks = benchmarksFor(ind, k, firms, byGroup, options.documents);
    for (const g of groupIds) {
      const bm = benchmarks.get(g)!;
      const leftOut = usable(bm) ? null : { zh: `${ind.label.zh}的基准无可用数据（或为 0），不计入本组任何企业得分`, en: `${ind.label.en}: no usable benchmark; left out of every score in this group` };
      perGroup.get(g)!.push({ indicator: ind, benchmark: bm, leftOut });
    }
    for (const f of firms) {
      const v = f.values[k]!;
      const bm = benchmarks.get(f.group)!;
      const points = v.ok && usable(bm) ? indicatorPoints(ind, bm, v.value) : null;
      f.result.indicators.push({ id: ind.id, value: v.ok ? v.value : null, points, note: null });
    }
    // Missing data: after every firm with the data has its points (the average needs them).
    const over = "over" in ind.missing ? ind.missing.over : "list";
    const averages = new Map<string | null, Dec | null>();
    for (const f of firms) {
      const v = f.values[k]!;
      if (v.ok || !usable(benchmarks.get(f.group)!)) continue;
      const slot = f.result.indicators[k]!;
      const m = ind.missing;
      switch (m.policy) {
        case "averagePoints": {
          const g = over === "list" ? "*" : f.group;
          if (!averages.has(g)) averages.set(g, averagePointsFor(k, g === "*" ? firms : (byGroup.get(g) ?? [])));
          const avg = averages.get(g)!;
          slot.points = avg;
          slot.note = avg === null ? { zh: `${v.why.zh}；无可取平均分的企业`, en: `${v.why.en}; nobody to average` } : citedReason(`${v.why.zh}，取${over === "list" ? list.label.zh : "本组"}该项平均得分`, `${v.why.en}: takes the ${over === "list" ? list.label.en : "group"} average points of the indicator`, m.cite, options.documents);
          break;
        }
        case "deduct": {
          const p = figureValue(m.points);
          slot.points = p.negated();
          slot.note = citedReason(`${v.why.zh}，扣 ${p.toFixed()} 分`, `${v.why.en}: ${p.toFixed()} points off`, m.points, options.documents);
          break;
        }
        case "forceD":
        case "notEvaluated":
          slot.note = missingNote(ind, v.why, options.documents);
          break;
        case "unscored":
          slot.note = m.cite ? citedReason(`${v.why.zh}，不计综合得分`, `${v.why.en}: no total`, m.cite, options.documents) : { zh: `${v.why.zh}，综合得分不计算（不按 0 分处理）`, en: `${v.why.en}; no total (not taken as 0)` };
          break;
      }
    }
  });
  return perGroup;
}

/** Σ points + Σ adjustments; null when a scored indicator has no points (missing data left unscored). */
function totalOf(list: SchemeList, f: Firm, benchmarks: readonly IndicatorBenchmark[]): Dec | null {
  let total: Dec = ZERO;
  for (let k = 0; k < list.indicators.length; k++) {
    if (benchmarks[k]!.leftOut) continue;
    const p = f.result.indicators[k]!.points;
    if (p === null) return null;
    total = total.plus(p);
  }
  for (const a of f.result.adjustments) total = total.plus(a.points);
  return total;
}

/** Ranks and tiers within one group: ties (equal at TIE_PLACES) share rank and tier. */
function rankGroup(list: SchemeList, members: Firm[], base: number): QuotaCount[] {
  const ranked = members.filter((f) => f.result.status === "ranked");
  const keys = ranked.map((f) => f.result.total!.toDecimalPlaces(TIE_PLACES));
  const sorted = [...keys].sort((a, b) => a.cmp(b));
  const firstAbove = (x: Dec, strict: boolean) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = sorted[mid]!.cmp(x);
      if (c < 0 || (!strict && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const quotas = list.bands.kind === "shares" ? quotaCounts(list.bands, base) : [];
  ranked.forEach((f, i) => {
    const key = keys[i]!;
    const below = firstAbove(key, true);
    const upTo = firstAbove(key, false);
    const hi = sorted.length - below;
    const lo = upTo;
    f.result.rank = sorted.length - upTo + 1;
    // A score line is compared with the total at the tie grain too: a total whose exact value is 90 reaches 90 分以上.
    f.result.tier = list.bands.kind === "shares" ? shareTier(hi, lo, quotas, list.bands.rest) : scoreLineTier(key, list.bands);
  });
  return quotas;
}

function excludeFirm(r: FirmResult, e: Exclusion, inBase: boolean): void {
  r.status = e.status;
  r.tier = e.tier;
  r.inBase = inBase;
  r.reason = e.reason;
  r.classCode = e.classCode ?? null;
}

/** Applies one evaluation year's scheme to the rows: result i belongs to row i. */
export function evaluateScheme(scheme: Scheme, rows: readonly SchemeRowInput[], options: EvaluateOptions): SchemeResult {
  const firms: Firm[] = rows.map((row) => {
    const { list, group, exclusion } = firstExclusion(scheme, row.values, options);
    return {
      row,
      list,
      group,
      exclusion,
      values: [],
      result: { list: list?.id ?? null, group, indicators: [], adjustments: [], total: null, rank: null, tier: null, status: "ranked", reason: null, inBase: true, classCode: null },
    };
  });
  const groups: GroupResult[] = [];
  for (const list of scheme.lists) {
    const members = firms.filter((f) => f.list === list && !(f.exclusion?.status === "notEvaluated" && f.group === null && list.groupBy));
    const benchmarks = scoreList(list, members, options);
    for (const f of members) {
      f.result.adjustments = list.adjustments.map((a) => ({ id: a.id, ...adjustmentPoints(a, f.row.values) }));
      f.result.total = f.exclusion?.noTotal ? null : totalOf(list, f, benchmarks.get(f.group)!);
      const notes = f.result.indicators.flatMap((x) => (x.note ? [x.note] : []));
      const joined = notes.length === 0 ? null : { zh: notes.map((n) => n.zh).join("；"), en: notes.map((n) => n.en).join("; ") };
      if (f.exclusion) excludeFirm(f.result, f.exclusion, f.exclusion.inBase);
      else if (f.result.total === null) excludeFirm(f.result, { status: "unscored", tier: null, inBase: false, reason: joined ?? { zh: "未计分", en: "not scored" } }, false);
      else f.result.reason = joined;
    }
    const groupList = list.groupBy ? list.groupBy.groups.map((g) => ({ id: g.id, label: g.label })) : [null];
    for (const g of groupList) {
      const inGroup = members.filter((f) => f.group === (g?.id ?? null));
      const base = inGroup.filter((f) => f.result.status === "ranked" || f.result.inBase).length;
      const quotas = rankGroup(list, inGroup, base);
      const { tiers, counts } = emptyCounts();
      for (const f of inGroup) {
        counts[f.result.status]++;
        if (f.result.status === "ranked" && f.result.tier) tiers[f.result.tier]++;
      }
      groups.push({ list, group: g, benchmarks: benchmarks.get(g?.id ?? null)!, listed: inGroup.length, ranked: counts.ranked, base, quotas, tiers, counts });
    }
  }
  // Firms in no list (or no group, or out of scope) keep their not-evaluated reason.
  let unlisted = 0;
  for (const f of firms)
    if (f.exclusion && (f.list === null || (f.list.groupBy && f.group === null))) {
      excludeFirm(f.result, f.exclusion, false);
      unlisted++;
    }
  return { scheme, firms: firms.map((f) => f.result), groups, unlisted };
}

/** The scheme for an evaluation year, or null. */
export function schemeForYear(schemes: readonly Scheme[], year: number): Scheme | null {
  return schemes.find((s) => s.year === year) ?? null;
}
