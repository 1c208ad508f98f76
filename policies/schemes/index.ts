import type { IsoDate } from "../engine/dates";
import { valueError } from "../engine/errors";
import type { Context } from "../engine/evaluation";
import type { Profile } from "../registry";
import { defaultScheme } from "./default-scheme";
import { evaluationWithDefaults } from "./defaults";
import { evaluateScheme, type SchemeResult, type SchemeRowInput, type ScopeAnswer } from "./evaluate";
import type { SchemeDocuments } from "./figures";
import type { EvaluationData, Scheme } from "./schema";
import { scopeOf } from "./scope";
import type { RowValues } from "../workbook/table";

export * from "./bands";
export * from "./default-scheme";
export * from "./evaluate";
export * from "./figures";
export * from "./points";
// Types only: the zod schema itself is for loading files (Node) and stays out of the add-in bundle.
export type * from "./schema";
export * from "./scope";

/** The profile's evaluation member (policies/schemes/schema.ts), when it has one. */
export function evaluationData(profile: Profile): EvaluationData | undefined {
  const raw = (profile as { evaluation?: EvaluationData }).evaluation;
  return raw && evaluationWithDefaults(raw);
}

/** The evaluation years the profile publishes schemes for (empty: its tier rule serves every year). */
export function schemeYears(profile: Profile): number[] {
  return (evaluationData(profile)?.schemes ?? []).map((s) => s.year).sort((a, b) => a - b);
}

/** The evaluation year: the one asked for, else the year before the as-of date (results for 2022 are published in 2023). */
export function evaluationYear(asOf: IsoDate, year?: number | null): number {
  if (year === undefined || year === null) return Number(asOf.slice(0, 4)) - 1;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw valueError("year", `评价年度应为 2000–2100 之间的整数（收到 ${year}）`, `the evaluation year must be a whole number 2000–2100 (got ${year})`);
  return year;
}

export interface ProfileScheme {
  scheme: Scheme;
  documents: SchemeDocuments;
  year: number;
  /** "scheme": the profile's own scheme for the year; "default": its ZC-TIER / ZJ-EVAL parameters. */
  kind: "scheme" | "default";
  scope: ((values: RowValues) => ScopeAnswer) | null;
}

/** The scheme a profile applies in an evaluation year; a year it has no scheme for → #VALUE! naming year, listing the years. */
export function profileScheme(ctx: Context, year: number): ProfileScheme {
  const data = evaluationData(ctx.profile);
  const scope = scopeOf(ctx, data?.scope?.rule, year);
  if (!data || data.schemes.length === 0) return { ...defaultScheme(ctx, year), year, kind: "default", scope };
  const scheme = data.schemes.find((s) => s.year === year);
  if (!scheme) {
    const years = schemeYears(ctx.profile).join("、");
    throw valueError("year", `政策配置 ${ctx.profile.id}（${ctx.profile.names.short}）没有 ${year} 年度的评价方案；可选年度：${years}`, `profile ${ctx.profile.id} has no evaluation scheme for ${year}; years: ${years}`);
  }
  return { scheme, documents: data.documents, year, kind: "scheme", scope };
}

/** A profile's evaluation of the rows for a year: result i belongs to row i. */
export function evaluateProfile(ctx: Context, rows: readonly SchemeRowInput[], year: number): { applied: ProfileScheme; result: SchemeResult } {
  const applied = profileScheme(ctx, year);
  const result = evaluateScheme(applied.scheme, rows, { documents: applied.documents, ...(applied.scope ? { scope: applied.scope } : {}) });
  return { applied, result };
}
