import type { Context } from "../../policies/engine/evaluation";
import type { Profile } from "../../policies/registry";
import { evaluateScheme, evaluationData, evaluationYear, profileScheme } from "../../policies/schemes";
import { writePackage } from "../../policies/workbook/package/write";
import { listsInUse, schemeFields, schemeProductSheet, schemeRows, schemeSummaryLines } from "../../policies/workbook/scheme-sheet";
import type { FieldId } from "../../policies/workbook/vocabulary";
import { UsageError } from "../errors";
import type { Io } from "../io";
import { productVersion, stampOf } from "../options";
import { packageEntries } from "../output";
import { contextLine, loadTable, requireColumns, type TableOptions } from "./table";

// `landrules tiers … --year Y` for a profile with evaluation schemes (issue 8): the year's
// scheme, lists, groups, points and tiers on the shared sheet description.

export interface SchemeTiersOptions extends TableOptions {
  year?: string;
  "clear-marks"?: boolean;
}

/**
 * Whether the tier job goes through the evaluation scheme: the profile has schemes of its own,
 * or a year was asked for. A profile with only a scope rule (增城 ZC-SCOPE) keeps its tier sheet
 * unless --year names the evaluation year whose scope applies.
 */
export function usesScheme(profile: Profile, year: string | undefined): boolean {
  return year !== undefined || (evaluationData(profile)?.schemes.length ?? 0) > 0;
}

/** The columns a scope rule reads: 增城 一(三)1 needs the size class and the industrial-block flag (and land, already required). */
const SCOPE_FIELDS: Readonly<Record<string, readonly FieldId[]>> = { "ZC-SCOPE": ["scale", "inside_block", "area_mu"] };

/** --year: a whole evaluation year; omitted, the year before the as-of date. */
export function yearOption(text: string | undefined, ctx: Context): number {
  if (text === undefined) return evaluationYear(ctx.asOf);
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(`--year 应为四位年份，如 2022（收到 ${text}）`, `--year must be a four-digit year such as 2022 (got ${text})`);
  return evaluationYear(ctx.asOf, Number(text));
}

/** Reads the table, applies the year's scheme and writes the output package; returns its bytes and the lines to print. */
export async function schemeTierPackage(io: Io, ctx: Context, input: string, options: SchemeTiersOptions, out: string): Promise<{ bytes: Uint8Array; lines: string[] }> {
  const year = yearOption(options.year, ctx);
  const loaded = await loadTable(io, input, options, { workbook: false });
  const applied = profileScheme(ctx, year);
  const scopeRule = evaluationData(ctx.profile)?.scope?.rule;
  const purpose = { zh: `${year} 年度评价方案${scopeRule ? "及评价范围" : ""}`, en: `the ${year} evaluation scheme${scopeRule ? " and its scope" : ""}` };
  requireColumns(loaded, [...new Set([...schemeFields(applied.scheme, new Set()).required, ...(scopeRule ? (SCOPE_FIELDS[scopeRule] ?? []) : [])])], purpose);
  const result = evaluateScheme(applied.scheme, schemeRows(loaded.table), { documents: applied.documents, ...(applied.scope ? { scope: applied.scope } : {}) });
  // The indicators' columns of every list that takes firms (a 规下-only table needs no 规上 columns).
  requireColumns(loaded, schemeFields(applied.scheme, listsInUse(result)).required, purpose);
  const version = productVersion();
  const written = writePackage(packageEntries(loaded.pkg), {
    sheets: [schemeProductSheet(ctx, applied, result, loaded.table, version)],
    clearMarks: options["clear-marks"] === true,
    producer: `landrules ${version}`,
    stamp: stampOf(ctx.asOf),
  });
  const lines = [contextLine(ctx), `已写入 / wrote ${out} → 工作表 / sheet “${written.sheets[0]!.name}”`, ...schemeSummaryLines(applied, result)];
  if (loaded.table.issues.length > 0) lines.push(`数据问题 / input findings: ${loaded.table.issues.length}（按缺数据处理 / treated as missing; 详见 / see landrules check）`);
  if (written.cleared > 0) lines.push(`已清除先前的标记 / cleared earlier marks: ${written.cleared}`);
  for (const cut of written.cuts) lines.push(`提示 / note: ${cut.message.zh} / ${cut.message.en}`);
  return { bytes: written.bytes, lines };
}
