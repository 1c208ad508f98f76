import Decimal from "decimal.js";
import { dec, decMin, decShown, ZERO, type Dec } from "../engine/decimal";
import type { Bilingual } from "../schema";
import { fieldSpec, type FieldId } from "../workbook/vocabulary";
import type { RowValues } from "../workbook/table";
import { citationText, figureValue, type SchemeDocuments } from "./figures";
import type { SchemeAdjustment, SchemeIndicator } from "./schema";

// One indicator's value, benchmark and points, and one adjustment's points: small pure functions.

export type IndicatorValue = { ok: true; value: Dec } | { ok: false; why: Bilingual };

const HUNDRED = dec(100);

function fieldNumber(values: RowValues, field: string): Dec | null {
  const v = (values as Record<string, unknown>)[field];
  return Decimal.isDecimal(v) ? (v as Dec) : null;
}

const label = (field: string) => fieldSpec(field as FieldId)?.label ?? { zh: field, en: field };

/** numerator ÷ denominator of the firm's table fields, exact; a blank, unreadable or zero divisor is missing data, never 0. */
export function indicatorValue(ind: SchemeIndicator, values: RowValues, invalid: ReadonlySet<string> = new Set()): IndicatorValue {
  const missing = (field: string, zh: string, en: string): IndicatorValue => ({ ok: false, why: { zh: `${label(field).zh}${zh}`, en: `${label(field).en} ${en}` } });
  for (const field of [ind.numerator, ind.denominator]) if (field && invalid.has(field)) return missing(field, "无法读取（按缺数据处理）", "could not be read (treated as missing)");
  const num = fieldNumber(values, ind.numerator);
  if (num === null) return missing(ind.numerator, "为空（缺数据，不按 0 计）", "is blank (missing, not taken as 0)");
  if (ind.negative === "missing" && num.isNegative() && !num.isZero()) return missing(ind.numerator, `为负数（${decShown(num)}），按缺数据处理`, `is negative (${decShown(num)}); treated as missing`);
  if (ind.denominator === null) return { ok: true, value: num };
  const den = fieldNumber(values, ind.denominator);
  if (den === null) return missing(ind.denominator, "为空（缺数据，不按 0 计）", "is blank (missing, not taken as 0)");
  if (!den.gt(0)) return missing(ind.denominator, `为 ${decShown(den)}，无法作除数`, `is ${decShown(den)} and cannot divide`);
  const value = num.div(den);
  // Lower is better: points = weight × benchmark ÷ value, which needs a value above 0.
  if (ind.direction === "lower" && !value.gt(0)) return { ok: false, why: { zh: `${ind.label.zh}为 ${decShown(value)}，越低越好的指标无法计分`, en: `${ind.label.en} is ${decShown(value)}; a lower-is-better indicator cannot be scored` } };
  return { ok: true, value };
}

/** What points are measured against, for a list or a group. */
export type Benchmark =
  | { kind: "ratio"; value: Dec | null; how: Bilingual; citation: string }
  | { kind: "minmax"; min: Dec | null; max: Dec | null; how: Bilingual; citation: string };

/**
 * The benchmark from the scheme and the values of the firms it is taken over (the list or the
 * group, ranked firms with the data only): published, mean, Σ÷Σ, k × prior-year mean, or min–max.
 */
export function benchmarkOf(ind: SchemeIndicator, members: readonly { value: Dec; numerator: Dec; denominator: Dec | null }[], documents: SchemeDocuments): Benchmark {
  const b = ind.benchmark;
  switch (b.method) {
    case "published":
      return { kind: "ratio", value: figureValue(b.value), how: { zh: "公布基准值", en: "published benchmark" }, citation: citationText(b.value, documents) };
    case "priorMean": {
      const k = figureValue(b.k);
      return { kind: "ratio", value: k.times(figureValue(b.priorMean)), how: { zh: `${k.toFixed()} × 上年均值 ${figureValue(b.priorMean).toFixed()}`, en: `${k.toFixed()} × prior-year mean ${figureValue(b.priorMean).toFixed()}` }, citation: citationText(b.priorMean, documents) };
    }
    case "mean": {
      const value = members.length === 0 ? null : members.reduce((s, m) => s.plus(m.value), ZERO).div(members.length);
      return { kind: "ratio", value, how: { zh: `${members.length} 家均值`, en: `mean of ${members.length}` }, citation: citationText(b.cite, documents) };
    }
    case "aggregate": {
      const num = members.reduce((s, m) => s.plus(m.numerator), ZERO);
      const den = members.reduce((s, m) => s.plus(m.denominator ?? 1), ZERO);
      return { kind: "ratio", value: members.length === 0 ? null : num.div(den), how: { zh: `${members.length} 家总量之比`, en: `aggregate of ${members.length}` }, citation: citationText(b.cite, documents) };
    }
    case "minmax": {
      let min: Dec | null = null;
      let max: Dec | null = null;
      for (const m of members) {
        if (min === null || m.value.lt(min)) min = m.value;
        if (max === null || m.value.gt(max)) max = m.value;
      }
      return { kind: "minmax", min, max, how: { zh: `${members.length} 家最小–最大值`, en: `min–max of ${members.length}` }, citation: citationText(b.base, documents) };
    }
  }
}

/** Whether the benchmark can score anyone (a ratio benchmark must be above 0; min–max needs data). */
export function usable(bm: Benchmark): boolean {
  return bm.kind === "ratio" ? bm.value !== null && bm.value.gt(0) : bm.min !== null;
}

/**
 * The indicator's points for a value: weight × value ÷ benchmark (higher is better) or
 * weight × benchmark ÷ value (lower); min–max (旌德): weight × [base + span × (x − min) ÷ (max − min)] ÷ 100,
 * with (max − x) for lower is better, and every firm at base + span when all values are equal
 * (assumed: nobody is behind). Then the indicator's cap, if any. Exact.
 */
export function indicatorPoints(ind: SchemeIndicator, bm: Benchmark, value: Dec): Dec {
  const weight = figureValue(ind.weight);
  let points: Dec;
  if (bm.kind === "ratio") points = ind.direction === "higher" ? weight.times(value).div(bm.value!) : weight.times(bm.value!).div(value);
  else {
    if (ind.benchmark.method !== "minmax") throw new Error("min–max benchmark without a min–max method");
    const [base, span] = [figureValue(ind.benchmark.base), figureValue(ind.benchmark.span)];
    const range = bm.max!.minus(bm.min!);
    const position = range.isZero() ? dec(1) : (ind.direction === "higher" ? value.minus(bm.min!) : bm.max!.minus(value)).div(range);
    points = weight.times(base.plus(span.times(position))).div(HUNDRED);
  }
  return ind.cap ? decMin(points, figureValue(ind.cap)) : points;
}

/**
 * An adjustment's points for the count in its column (blank: none): `first` for the first unit
 * and `eachFurther` for each one after it (温岭 2022 出租 deductions), or `each` per unit;
 * then its cap. Signed: a deduction is negative.
 */
export function adjustmentPoints(adj: SchemeAdjustment, values: RowValues): { count: Dec | null; points: Dec } {
  const count = fieldNumber(values, adj.field);
  let points = ZERO;
  if (count !== null && count.gt(0)) {
    const units = count.floor();
    points = "each" in adj.points ? figureValue(adj.points.each).times(units) : figureValue(adj.points.first).plus(figureValue(adj.points.eachFurther).times(units.minus(1)));
  }
  if (!("none" in adj.cap)) points = decMin(points, figureValue(adj.cap));
  return { count, points: adj.kind === "deduction" && !points.isZero() ? points.negated() : points };
}
