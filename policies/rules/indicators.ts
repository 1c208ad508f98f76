import type { Dec } from "../engine/decimal";
import type { Bilingual } from "../schema";
import { fieldShown } from "../citations";

/** The numeric enterprise-table fields (WORKBOOK.md vocabulary) that indicators are made of. */
export const ENTERPRISE_NUMBER_FIELDS = [
  "area_mu", "tax", "value_added", "output", "revenue", "energy_tce", "emissions_t", "employees", "rd", "retrofit", "certifications",
] as const;
export type EnterpriseNumberField = (typeof ENTERPRISE_NUMBER_FIELDS)[number];

/** One enterprise's numbers; a blank cell is null (missing), never 0. */
export type EnterpriseFields = Readonly<Partial<Record<EnterpriseNumberField, Dec | null>>>;

export interface IndicatorSpec {
  numerator: EnterpriseNumberField;
  /** null: the field itself is the indicator (a count, e.g. certifications). */
  denominator: EnterpriseNumberField | null;
  label: Bilingual;
  unit: string;
}

/**
 * Every indicator a profile may weight (`weights.<key>`). 增城 二(一)2 names 亩均产出、单位能耗、
 * 研究费用支出、技改投资、各级各类认定; the Zhejiang set is the common county one (ZJ-EVAL).
 * 单位能耗 is scored as output per tonne of coal equivalent so that higher is better.
 */
export const INDICATORS = {
  output_per_mu: { numerator: "output", denominator: "area_mu", label: { zh: "亩均产出", en: "output per mu" }, unit: "万元/亩" },
  output_per_energy: { numerator: "output", denominator: "energy_tce", label: { zh: "单位能耗产出", en: "output per tce" }, unit: "万元/吨标煤" },
  rd_ratio: { numerator: "rd", denominator: "revenue", label: { zh: "研究费用支出占营业收入比重", en: "R&D share of revenue" }, unit: "fraction" },
  retrofit_per_mu: { numerator: "retrofit", denominator: "area_mu", label: { zh: "亩均技改投资", en: "retrofit investment per mu" }, unit: "万元/亩" },
  certifications: { numerator: "certifications", denominator: null, label: { zh: "各级各类认定", en: "certifications" }, unit: "项" },
  tax_per_mu: { numerator: "tax", denominator: "area_mu", label: { zh: "亩均税收", en: "tax per mu" }, unit: "万元/亩" },
  value_added_per_mu: { numerator: "value_added", denominator: "area_mu", label: { zh: "亩均增加值", en: "value added per mu" }, unit: "万元/亩" },
  value_added_per_energy: { numerator: "value_added", denominator: "energy_tce", label: { zh: "单位能耗增加值", en: "value added per tce" }, unit: "万元/吨标煤" },
  value_added_per_emission: { numerator: "value_added", denominator: "emissions_t", label: { zh: "单位排放增加值", en: "value added per tonne emitted" }, unit: "万元/吨" },
  labour_productivity: { numerator: "value_added", denominator: "employees", label: { zh: "全员劳动生产率", en: "value added per employee" }, unit: "万元/人" },
} as const satisfies Record<string, IndicatorSpec>;

export type IndicatorKey = keyof typeof INDICATORS;

export function isIndicatorKey(key: string): key is IndicatorKey {
  return Object.hasOwn(INDICATORS, key);
}

/** An indicator's value for one enterprise, or why it has none (a blank or zero never becomes 0). */
export type IndicatorOutcome =
  | { ok: true; value: Dec; numerator: Dec; denominator: Dec | null }
  | { ok: false; field: EnterpriseNumberField; shown: string; expected: string; why: Bilingual };

function unusable(field: EnterpriseNumberField, x: Dec | null | undefined, asDenominator: boolean): IndicatorOutcome | null {
  // The analyst reads the column's label (主营业务收入 为空), never the field id (revenue 为空).
  const name = fieldShown(field);
  if (x === null || x === undefined) return { ok: false, field, shown: "", expected: "非空数值 / a number", why: { zh: `${name.zh}为空（缺数据，不按 0 计）`, en: `${name.en} is blank (missing, not taken as 0)` } };
  if (x.isNegative() && !x.isZero()) return { ok: false, field, shown: x.toFixed(), expected: "≥ 0", why: { zh: `${name.zh}为负数`, en: `${name.en} is negative` } };
  if (asDenominator && x.isZero()) return { ok: false, field, shown: "0", expected: "> 0", why: { zh: `${name.zh}为 0，无法作除数`, en: `${name.en} is 0 and cannot divide` } };
  return null;
}

export type IndicatorProblem = Extract<IndicatorOutcome, { ok: false }>;

/** Why the enterprise has no value for the indicator (a blank, negative or zero-divisor field), or null when it has one; nothing is divided. */
export function indicatorProblem(key: IndicatorKey, fields: EnterpriseFields): IndicatorProblem | null {
  const spec: IndicatorSpec = INDICATORS[key];
  const bad = unusable(spec.numerator, fields[spec.numerator], false);
  if (bad || spec.denominator === null) return bad as IndicatorProblem | null;
  return unusable(spec.denominator, fields[spec.denominator], true) as IndicatorProblem | null;
}

/** numerator ÷ denominator for one enterprise, exact; blank, negative or zero-divisor fields are reported. */
export function indicatorValue(key: IndicatorKey, fields: EnterpriseFields): IndicatorOutcome {
  const problem = indicatorProblem(key, fields);
  if (problem) return problem;
  const spec: IndicatorSpec = INDICATORS[key];
  const num = fields[spec.numerator]!;
  if (spec.denominator === null) return { ok: true, value: num, numerator: num, denominator: null };
  const den = fields[spec.denominator]!;
  return { ok: true, value: num.div(den), numerator: num, denominator: den };
}
