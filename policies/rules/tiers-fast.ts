// The tier sheet of a whole table in doubles, with the same result as tierSheet's 50-digit
// decimals (ZC-TIER 增城 二(一)2, ZJ-EVAL): every number it gives is the double the exact path
// gives, or it hands the table to the exact path.
//
// - An indicator's cell is fl(a ÷ b) for the integer mantissas a, b of its fields' decimals
//   (scaled to one exponent): IEEE's quotient of two exact doubles is the correctly rounded
//   one. For b < 2⁴⁹ an inexact quotient is at least 2⁻¹⁰³ (relatively) from any midpoint
//   between doubles, so the exact path's 50-digit rounding cannot move it across; an exact
//   midpoint has at most 50 digits then, and both paths round it half to even. Longer decimals
//   (a formula's 17-digit result, a long text; up to 31 digits) are exact double-double integers
//   and their quotient is read off within its bound, as below.
// - Benchmarks, factors and scores are double-doubles with an error bound that also covers
//   the exact path's own 50-digit roundings (double-double.ts); the nearest double is taken
//   only when no midpoint lies within the bound, else the whole table goes the exact way.
// - The ranking compares the scores as cells hold them, as tierSheet does, so ties are exactly
//   its ties. Decimals a caller reads (a row's indicators; a score or a benchmark, which need the
//   whole exact sheet, made once) are made exactly when read; the tier and check jobs read none.
import type { Finding } from "../engine/checks";
import type { Dec } from "../engine/decimal";
import { DD, DD_EPS, DEC_EPS, decimalInto, decimalPlaces, decimalParts, mantissa, nearestDouble, pow10, quotientOf } from "../engine/double-double";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { TIER_QUOTAS } from "../catalogue/concepts";
import { INDICATORS, indicatorProblem, indicatorValue, type EnterpriseNumberField, type IndicatorKey, type IndicatorOutcome, type IndicatorProblem } from "./indicators";
import {
  benchmarkDecided,
  benchmarkMethod,
  indicatorValues,
  placeRows,
  profileWeights,
  rowNotes,
  tierSheet,
  type DataStatus,
  type EnterpriseRow,
  type Placement,
  type TierSheet,
  type TierSheetRow,
  type WeightedIndicator,
} from "./tiers";

// tsx compiles an imported function to a getter on its module's exports: the loops over every
// row call these local copies instead.
const placesOf = decimalPlaces;
const mantissaOf = mantissa;
const tenTo = pow10;
const divideInto = quotientOf;
const nearest = nearestDouble;

/** A table by columns, as the tier path reads it. */
export interface TierColumns {
  readonly length: number;
  /** The field row by row as doubles (NaN: blank); null when the table has no such column. */
  column(field: EnterpriseNumberField): Float64Array | null;
  /** Row i's exact decimal text when its double does not give it back (decimal.js reads a double by its shortest text), else null. */
  text(field: EnterpriseNumberField, i: number): string | null;
  status(i: number): DataStatus;
  /** Row i with exact decimals: for the exact path, for notes, and for what a caller reads. */
  row(i: number): EnterpriseRow;
}

/** The ranked tier sheet of a table: tierSheet's result, computed in doubles where they decide the same. */
export function tierSheetOfColumns(ctx: Context, columns: TierColumns): RuleResult<TierSheet> {
  return fastTierSheet(ctx, columns) ?? tierSheet(ctx, Array.from({ length: columns.length }, (_, i) => columns.row(i)));
}

const TWO_53 = 2 ** 53;
const TWO_49 = 2 ** 49;
// An error bound is a sum of bounds computed in doubles: this covers their own rounding.
const SLACK = 1 + 1e-9;
// (a ÷ b) × 10^k: the quotient's, the scaling's and the exact path's rounding.
const QUOTIENT_ERR = (2 * DD_EPS + DEC_EPS) * SLACK;
// m ÷ n of two double-double integers, then × 10^k.
const LONG_QUOTIENT_ERR = (3 * DD_EPS + DEC_EPS) * SLACK;
const BLOCK = 1024;

/** One indicator over the table: per row its cell (NaN: no value) and its double-double. */
interface IndicatorColumn {
  cell: Float64Array;
  lo: Float64Array;
}

/**
 * x ÷ y for two short decimals (x = a × 10^-px, y = b × 10^-py) into `out`; false when the
 * doubles cannot say which double the exact quotient rounds to.
 */
function ratioInto(x: number, y: number, out: DD): boolean {
  const px = placesOf(x);
  const py = placesOf(y);
  if (px < 0 || py < 0) return longRatioInto(x, y, out);
  const a = mantissaOf(x, px);
  const b = mantissaOf(y, py);
  // x ÷ y = (a ÷ b) × 10^k
  const k = py - px;
  const a1 = k > 0 ? a * tenTo(k) : a;
  const b1 = k < 0 ? b * tenTo(-k) : b;
  // One IEEE division of integers over one exponent: correctly rounded, and (b < 2⁴⁹) the exact path's double too.
  if (Math.abs(a1) < TWO_53 && b1 < TWO_49) {
    divideInto(a1, b1, out);
    return true;
  }
  // Otherwise (a ÷ b) ÷ 10^-k in double-doubles, read off within its bound.
  divideInto(a, b, out);
  if (k > 0) out.mul(tenTo(k), 0);
  else if (k < 0) out.div(tenTo(-k), 0);
  return !Number.isNaN(nearest(out.hi, out.lo, QUOTIENT_ERR * Math.abs(out.hi)));
}

const isNormal = (x: number) => Math.abs(x) > 1e-300 && Math.abs(x) < 1e300;

/**
 * Σ over the counted rows of a double-double per row (false: out of reach), summed in blocks so
 * the bound grows with BLOCK + count ÷ BLOCK additions, not with count; every term is ≥ 0, so the
 * sum bounds the error: `relative` covers a term's own (2 DD_EPS), the additions, and the exact
 * path's rounding of each of its additions.
 */
function blockSum(n: number, counted: (i: number) => boolean, termInto: (i: number, out: DD) => boolean): { total: DD; count: number; relative: number } | null {
  const total = new DD();
  const block = new DD();
  const term = new DD();
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!counted(i)) continue;
    if (!termInto(i, term)) return null;
    block.add(term.hi, term.lo);
    if (++count % BLOCK === 0) {
      total.add(block.hi, block.lo);
      block.set(0, 0);
    }
  }
  total.add(block.hi, block.lo);
  return { total, count, relative: (2 + BLOCK + count / BLOCK + 1) * DD_EPS + count * DEC_EPS };
}

/** Row i's field as its exact decimal in a double-double (false when out of reach). */
function fieldInto(columns: TierColumns, field: EnterpriseNumberField, i: number, out: DD): boolean {
  const x = columns.column(field)![i]!;
  const text = columns.text(field, i);
  const p = text === null ? placesOf(x) : -1;
  if (p >= 0) {
    divideInto(mantissaOf(x, p), tenTo(p), out);
    return true;
  }
  const k = decimalInto(text ?? x, out);
  if (Number.isNaN(k)) return false;
  if (k > 0) out.mul(tenTo(k), 0);
  else if (k < 0) out.div(tenTo(-k), 0);
  return true;
}

// Scratch for a denominator's decimal.
const DENOMINATOR = new DD();

/** x ÷ y for longer decimals (a formula's result, a long text), in double-doubles, read off within its bound. */
function longRatioInto(x: number | string, y: number | string, out: DD): boolean {
  const kx = decimalInto(x, out);
  const ky = decimalInto(y, DENOMINATOR);
  if (Number.isNaN(kx) || Number.isNaN(ky) || Math.abs(kx - ky) > 22) return false;
  out.div(DENOMINATOR.hi, DENOMINATOR.lo);
  if (kx > ky) out.mul(tenTo(kx - ky), 0);
  else if (ky > kx) out.div(tenTo(ky - kx), 0);
  return !Number.isNaN(nearest(out.hi, out.lo, LONG_QUOTIENT_ERR * Math.abs(out.hi)));
}

/** The indicator for every row, or null when a value is out of the doubles' reach (the exact path then). */
function indicatorColumn(columns: TierColumns, numerator: EnterpriseNumberField, denominator: EnterpriseNumberField | null): IndicatorColumn | null {
  const n = columns.length;
  const num = columns.column(numerator);
  const den = denominator === null ? null : columns.column(denominator);
  const cell = new Float64Array(n).fill(NaN);
  const lo = new Float64Array(n);
  // A missing column: every row lacks the indicator (indicators.ts notes each).
  if (num === null || (denominator !== null && den === null)) return { cell, lo };
  const q = new DD();
  for (let i = 0; i < n; i++) {
    const x = num[i]!;
    const y = den === null ? 1 : den[i]!;
    // A cell's own double is its decimal; a text cell with more digits keeps its text (rare), and
    // its double decides a sign only when it is a normal number (not an underflow to 0).
    const tx = columns.text(numerator, i);
    const ty = denominator === null ? null : columns.text(denominator, i);
    if ((tx !== null && !isNormal(x)) || (ty !== null && !isNormal(y))) return null;
    // indicators.ts: a blank or negative numerator, a blank, negative or zero denominator give no value.
    if (Number.isNaN(x) || x < 0) continue;
    if (Number.isNaN(y) || y <= 0) continue;
    if (tx !== null || ty !== null) {
      if (!longRatioInto(tx ?? x, denominator === null ? 1 : (ty ?? y), q)) return null;
      cell[i] = q.hi;
      lo[i] = q.lo;
      continue;
    }
    if (x === 0) {
      // 0 ÷ y > 0 is 0 with x's sign, as decimal.js divides (−0 stays −0).
      cell[i] = x;
      continue;
    }
    if (den === null) {
      // The cell is x itself; the double-double is its decimal.
      const p = placesOf(x);
      if (p >= 0) divideInto(mantissaOf(x, p), tenTo(p), q);
      else if (!longRatioInto(x, 1, q)) return null;
    } else if (!ratioInto(x, y, q)) return null;
    cell[i] = q.hi;
    lo[i] = q.lo;
  }
  return { cell, lo };
}

/** A profile number (a weight) as a double-double, or null when it is not a short decimal. */
function exactDD(x: Dec): DD | null {
  const parts = decimalParts(x);
  return parts && quotientOf(parts.m, pow10(-parts.e), new DD());
}

// A row with all its data has no notes; they share one (frozen) list.
const NO_NOTES: Finding[] = Object.freeze([]) as unknown as Finding[];

/**
 * A row of the fast sheet. Its cells are read from the sheet's typed columns when asked (a
 * 100,000-row sheet keeps no array of boxed doubles per row); its decimals are made from the
 * row's exact fields when read.
 */
class ColumnRow implements TierSheetRow {
  constructor(
    private readonly sheet: LazyExact,
    private readonly i: number,
    place: Placement,
  ) {
    this.rank = place.rank;
    this.tier = place.tier;
    this.forcedReason = place.forcedReason;
  }

  readonly rank: TierSheetRow["rank"];
  readonly tier: TierSheetRow["tier"];
  readonly forcedReason: TierSheetRow["forcedReason"];

  get scoreCell(): number | null {
    const x = this.sheet.scores[this.i]!;
    return Number.isNaN(x) ? null : x;
  }

  get indicatorCells(): (number | null)[] {
    return this.sheet.cells.map((c) => (Number.isNaN(c[this.i]!) ? null : c[this.i]!));
  }

  get notes(): Finding[] {
    return this.sheet.notes.get(this.i) ?? NO_NOTES;
  }

  get indicators(): Partial<Record<IndicatorKey, Dec | null>> {
    return indicatorValues(this.sheet.outcomes(this.i), this.sheet.indicators);
  }

  get score(): Dec | null {
    return this.sheet.exact().rows[this.i]!.score;
  }
}

/** What the fast sheet makes exactly on demand: a row's indicator outcomes, or the whole exact sheet. */
class LazyExact {
  private sheet: TierSheet | null = null;
  indicators: WeightedIndicator[] = [];
  /** Per indicator, its cells; per row, the score cell (NaN: none); the notes of rows that have any. */
  cells: Float64Array[] = [];
  scores = new Float64Array(0);
  readonly notes = new Map<number, Finding[]>();

  constructor(
    private readonly ctx: Context,
    private readonly columns: TierColumns,
    private readonly keys: readonly IndicatorKey[],
  ) {}

  outcomes(i: number): IndicatorOutcome[] {
    const fields = this.columns.row(i).fields;
    return this.keys.map((key) => indicatorValue(key, fields));
  }

  /** What a row's notes need: which indicators it lacks, and why (nothing divided). */
  problems(i: number): (IndicatorProblem | null)[] {
    const fields = this.columns.row(i).fields;
    return this.keys.map((key) => indicatorProblem(key, fields));
  }

  exact(): TierSheet {
    this.sheet ??= tierSheet(this.ctx, Array.from({ length: this.columns.length }, (_, i) => this.columns.row(i))).value;
    return this.sheet;
  }
}

function fastTierSheet(ctx: Context, columns: TierColumns): RuleResult<TierSheet> | null {
  const ev = new Evaluation(ctx, TIER_QUOTAS);
  const weights = profileWeights(ev);
  const method = benchmarkMethod(ev);
  const n = columns.length;
  const statuses: DataStatus[] = Array.from({ length: n }, (_, i) => columns.status(i));

  const values: IndicatorColumn[] = [];
  for (const { key } of weights) {
    const spec = INDICATORS[key];
    const column = indicatorColumn(columns, spec.numerator, spec.denominator);
    if (column === null) return null;
    values.push(column);
  }

  // Benchmarks over the rows with data ok and a value (every value is ≥ 0, so a sum bounds its own error).
  const notes: Finding[] = [];
  const lazy = new LazyExact(ctx, columns, weights.map((w) => w.key));
  const factors: (DD | null)[] = [];
  const termErr: number[] = [];
  const indicators: WeightedIndicator[] = [];
  for (let k = 0; k < weights.length; k++) {
    const { key, weight } = weights[k]!;
    const { cell, lo } = values[k]!;
    const spec = INDICATORS[key];
    const counted = (i: number) => statuses[i] === "ok" && !Number.isNaN(cell[i]!);
    // mean: Σ value ÷ count; aggregate: Σ numerator ÷ Σ denominator (1 for a count), as populationBenchmark.
    const valueInto = (i: number, out: DD) => out.set(cell[i]!, lo[i]!) !== null;
    const numeratorInto = (i: number, out: DD) => fieldInto(columns, spec.numerator, i, out);
    const denominatorInto = (i: number, out: DD) => (spec.denominator === null ? out.set(1, 0) !== null : fieldInto(columns, spec.denominator, i, out));
    const sum = blockSum(n, counted, method === "mean" ? valueInto : numeratorInto);
    const dens = method === "mean" ? null : blockSum(n, counted, denominatorInto);
    if (sum === null || (method === "aggregate" && dens === null)) return null;
    const count = sum.count;
    let benchmarkCell: number | null = null;
    if (count > 0 && sum.total.hi !== 0) {
      const benchmark = dens ? sum.total.div(dens.total.hi, dens.total.lo) : sum.total.div(count, 0);
      // the sums' (a value's own error, the additions; the exact path rounds each of its additions too) and the division's
      const relative = (sum.relative + (dens?.relative ?? 0) + DD_EPS + DEC_EPS) * SLACK;
      benchmarkCell = nearestDouble(benchmark.hi, benchmark.lo, relative * Math.abs(benchmark.hi));
      const w = exactDD(weight);
      if (Number.isNaN(benchmarkCell) || w === null) return null;
      factors.push(w.div(benchmark.hi, benchmark.lo));
      // the benchmark's, the weight's and the division's
      // a term's: the value's, this factor's, the product's and its addition to the score
      termErr.push(relative + 3 * (DD_EPS + DEC_EPS) + 3 * (DD_EPS + DEC_EPS));
    } else {
      factors.push(null);
      termErr.push(0);
    }
    // No data: none; a sum of 0 over values ≥ 0 is exactly 0 (then left out, as in the exact path).
    benchmarkDecided(ev, key, weight, count === 0 ? null : benchmarkCell === null ? "0" : `≈${benchmarkCell}`, benchmarkCell !== null, method, notes);
    const indicator = { key, ...INDICATORS[key], weight, benchmarkCell } as WeightedIndicator;
    // The exact benchmark is the exact path's, made when read.
    Object.defineProperty(indicator, "benchmark", { enumerable: true, get: () => lazy.exact().indicators[k]!.benchmark });
    indicators.push(indicator);
  }
  lazy.indicators = indicators;
  ev.input("rows", n);

  // Scores: Σ value × factor in the exact path's order; a row without some value gets its notes from the exact outcomes.
  const K = weights.length;
  const scored = factors.map((f) => f !== null);
  const scores = new Float64Array(n).fill(NaN);
  const score = new DD();
  const term = new DD();
  for (let i = 0; i < n; i++) {
    let whole = statuses[i] === "ok";
    for (let k = 0; k < K; k++) if (Number.isNaN(values[k]!.cell[i]!)) whole = false;
    if (!whole) {
      const noted = rowNotes(ev, statuses[i]!, statuses[i] === "ok" ? lazy.problems(i) : [], indicators, scored);
      lazy.notes.set(i, noted.notes);
      if (!noted.complete) continue;
    }
    score.set(0, 0);
    let any = false;
    let bound = 0;
    for (let k = 0; k < K; k++) {
      const f = factors[k];
      const c = values[k]!.cell[i]!;
      if (f === null || Number.isNaN(c)) continue;
      term.set(c, values[k]!.lo[i]!).mul(f.hi, f.lo);
      score.add(term.hi, term.lo);
      // the term's error (value, factor, product) and the addition's, all ≥ 0
      bound += Math.abs(term.hi) * termErr[k]!;
      any = true;
    }
    if (!any) continue;
    // Terms are ≥ 0: all zero is an exact 0.
    const cell = score.hi === 0 && bound === 0 ? 0 : nearest(score.hi, score.lo, bound * SLACK);
    if (Number.isNaN(cell)) return null;
    scores[i] = cell;
  }
  lazy.cells = values.map((v) => v.cell);
  lazy.scores = scores;

  const numbers = Array.from(scores, (x) => (Number.isNaN(x) ? null : x));
  const { ranked, quotas } = placeRows(ev, numbers, statuses, (i, place) => new ColumnRow(lazy, i, place));
  ev.decide(`computed in doubles, each number the exact path's (benchmarks shown as doubles: ${indicators.map((ind) => `${ind.key} ${ind.benchmarkCell === null ? "—" : ind.benchmarkCell}`).join(", ")}); exact decimals on demand`);
  return ev.done({ method, indicators, rows: ranked, notes, quotas });
}
