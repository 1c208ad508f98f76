// The task pane's two jobs on an enterprise table, in Excel: the ranked tier sheet and the check
// report (WORKBOOK.md). The table reading, ranking, checks and sheet layouts are the CLI's
// pure models in policies/workbook; this file only moves cells between them and the workbook.
import type { Context } from "../policies/engine/evaluation";
import { buildCheckReport, checkProductSheet, checkSummaryLines, type CheckReport, type ReportFinding } from "../policies/workbook/check-report";
import { cellMarks, MARK_TAG, type TextCut } from "../policies/workbook/product-sheet";
import { MappingError, readEnterpriseTable, type EnterpriseTable } from "../policies/workbook/table";
import { rankTable, scoringFields, tierCounts, tierProductSheet, tierSummaryLines } from "../policies/workbook/tier-sheet";
import { jobUsesScheme, MissingColumns, schemeTierJob } from "../policies/workbook/scheme-sheet";
import { evaluationYear } from "../policies/schemes";
import { fieldSpec, type FieldId } from "../policies/workbook/vocabulary";
import type { Tier } from "../policies/rules/tiers";
import type { Bilingual } from "../policies/schema";
import packageJson from "../package.json";
import { clearMarks, gridOf, isOutputSheet, markCells, readUsedRange, throwIfCancelled, writeProductSheet, type CellMark, type JobControl, type WrittenSheet } from "./sheets";

// gridOf lives in sheets.ts (the pane's table picker uses it without the jobs); still exported here.
export { gridOf } from "./sheets";

export type { JobControl, JobProgress } from "./sheets";
import { excelApiSupported } from "./settings";

export const PRODUCT_VERSION: string = packageJson.version;
/** Above this many marked cells only fills are set: thousands of comment threads slow Excel down. */
export const MAX_COMMENTED_MARKS = 500;

/** A job that cannot run as asked; the message is for the analyst. */
export class JobError extends Error {
  constructor(readonly text: Bilingual) {
    super(`${text.zh} / ${text.en}`);
    this.name = "JobError";
  }
}

export interface LoadedSheet {
  sheet: string;
  /** Where the table was read (`企业!A1:F301`), when loadEnterpriseSheet read it. */
  address?: string;
  table: EnterpriseTable;
}

export interface LoadOptions extends JobControl {
  sheet?: string;
  /** An A1 range on the sheet (the selection, or the region around it); the used range when absent. */
  range?: string;
  map?: Readonly<Record<string, string>>;
}

/**
 * Reads the enterprise table on a sheet (the active one by default), in chunks, with any
 * hand-made column mapping. A sheet this product wrote (a tier sheet, a check report) is never
 * read as a table: pressing a job twice must not rank its own output.
 */
export async function loadEnterpriseSheet(context: Excel.RequestContext, options: LoadOptions = {}): Promise<LoadedSheet> {
  const probe = await isOutputSheet(context, options.sheet);
  if (probe.product)
    throw new JobError({
      zh: `“${probe.name}”是本插件生成的工作表（分档表或核查报告），不能作为企业数据表读取；请选择原始数据所在的工作表`,
      en: `"${probe.name}" is a sheet this add-in wrote (a tier sheet or check report) and is not read as an enterprise table; pick the sheet with the original data`,
    });
  const used = await readUsedRange(context, probe.name, { range: options.range, signal: options.signal, onProgress: options.onProgress });
  throwIfCancelled(options);
  let table: EnterpriseTable;
  try {
    table = readEnterpriseTable(gridOf(used), { map: options.map ?? {} });
  } catch (e) {
    if (e instanceof MappingError) throw new JobError({ zh: `工作表“${used.sheet}”：${e.zh}`, en: `sheet "${used.sheet}": ${e.en}` });
    throw e;
  }
  if (table.rows.length === 0) throw new JobError({ zh: `工作表“${used.sheet}”表头下没有数据行`, en: `sheet "${used.sheet}" has no data rows under its headers` });
  return { sheet: used.sheet, address: used.address, table };
}

/** The fields a job needs that the table's mapping lacks. */
export function missingColumns(table: EnterpriseTable, needed: readonly FieldId[]): FieldId[] {
  return needed.filter((f) => !table.mapping.columns[f]);
}

function requireColumns(loaded: LoadedSheet, needed: readonly FieldId[], purpose: Bilingual): void {
  const missing = missingColumns(loaded.table, needed);
  if (missing.length === 0) return;
  throw new JobError({
    zh: `工作表“${loaded.sheet}”缺少${purpose.zh}所需的列：${missing.map((f) => fieldSpec(f).label.zh).join("、")}；如表头名称不同，请在“列映射”中指定`,
    en: `sheet "${loaded.sheet}" lacks the columns ${purpose.en} needs: ${missing.map((f) => fieldSpec(f).label.en).join(", ")}; map them by hand under "Column mapping"`,
  });
}

export interface TierOutcome {
  written: WrittenSheet;
  enterprises: number;
  /** A + B + C + D + unscored = enterprises (forced is the part of D the data status put there). */
  counts: Record<Tier | "forced" | "unscored", number>;
  /** Cells that could not be read and were treated as missing. */
  inputIssues: number;
  /** The job model's summary lines, as the CLI prints them. */
  summary: string[];
  /** Cells whose text was cut to Excel's 32,767 characters. */
  cuts: TextCut[];
}

/** Ranks the table with the profile's indicators and quotas and writes the tier sheet (the job model's, as the CLI writes it). */
export async function writeTierSheet(context: Excel.RequestContext, ctx: Context, loaded: LoadedSheet, control: JobControl = {}, year?: number): Promise<TierOutcome> {
  // A profile with evaluation schemes (黄岩, 温岭, …) or a chosen year: the year's scheme, as the CLI writes it (issue 8).
  if (jobUsesScheme(ctx.profile, year)) return writeSchemeTierSheet(context, ctx, loaded, control, year ?? evaluationYear(ctx.asOf));
  requireColumns(loaded, scoringFields(ctx), { zh: "评分", en: "scoring" });
  control.onProgress?.({ phase: { zh: "正在评分", en: "Scoring" }, done: 0, total: loaded.table.rows.length });
  const ranked = rankTable(ctx, loaded.table);
  throwIfCancelled(control);
  const written = await writeProductSheet(context, tierProductSheet(ctx, ranked, PRODUCT_VERSION), control);
  return {
    written: { name: written.name, replaced: written.replaced },
    enterprises: loaded.table.rows.length,
    counts: tierCounts(ranked.result.value),
    inputIssues: loaded.table.issues.length,
    summary: tierSummaryLines(ranked),
    cuts: written.cuts,
  };
}

/** The scheme's tier job (policies/workbook/scheme-sheet.ts schemeTierJob), written through the same sheet writer. */
async function writeSchemeTierSheet(context: Excel.RequestContext, ctx: Context, loaded: LoadedSheet, control: JobControl, year: number): Promise<TierOutcome> {
  control.onProgress?.({ phase: { zh: "正在评分", en: "Scoring" }, done: 0, total: loaded.table.rows.length });
  let job;
  try {
    job = schemeTierJob(ctx, loaded.table, year, PRODUCT_VERSION);
  } catch (e) {
    if (e instanceof MissingColumns) requireColumns(loaded, e.fields, e.purpose);
    throw e;
  }
  throwIfCancelled(control);
  const written = await writeProductSheet(context, job.sheet, control);
  return { written: { name: written.name, replaced: written.replaced }, enterprises: loaded.table.rows.length, counts: job.counts, inputIssues: loaded.table.issues.length, summary: job.summary, cuts: written.cuts };
}

/** Column letters (A, …, Z, AA, …) → 0-based index. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The job model's marks (one per offending cell, severity and note) placed on a sheet for Office.js. */
export function marksOf(sheet: string, findings: readonly ReportFinding[]): CellMark[] {
  return cellMarks(findings).map((m) => ({ sheet, row: m.row - 1, column: columnIndex(m.column), message: m.note.slice(MARK_TAG.length), severity: m.severity }));
}

/** A finding as the pane lists it: where it is (for click-to-select), the document's short title and clause, value and threshold. */
export interface ListedFinding {
  /** Sheet and A1 address of the offending cell, e.g. 企业数据 / E7 (empty address when the finding names no column). */
  sheet: string;
  address: string;
  rule: string;
  citation: string;
  severity: ReportFinding["severity"];
  enterprise: string;
  field: string;
  value: string;
  threshold: string;
  message: Bilingual;
}

/** The report's findings with their cell addresses on the data sheet, in row order. */
export function listFindings(sheet: string, report: CheckReport): ListedFinding[] {
  return report.findings.map((f) => ({
    sheet,
    address: /^[A-Z]{1,3}$/.test(f.column) ? `${f.column}${f.row}` : "",
    rule: f.rule,
    citation: f.citation,
    severity: f.severity,
    enterprise: f.enterprise,
    field: f.field,
    value: f.value,
    threshold: f.threshold,
    message: f.message,
  }));
}

export interface CheckOutcome {
  written: WrittenSheet;
  report: CheckReport;
  marked: number;
  /** The findings with their cell addresses, for the pane's list. */
  findings: ListedFinding[];
  /** The job model's summary lines, as the CLI prints them. */
  summary: string[];
  cuts: TextCut[];
}

export interface CheckOptions extends JobControl {
  mark: boolean;
}

/**
 * Runs every check the profile has and the table's columns allow, writes the check report and,
 * if asked, marks the offending cells (earlier marks are cleared first, so fixed cells lose theirs).
 */
export async function writeCheckReport(context: Excel.RequestContext, ctx: Context, loaded: LoadedSheet, options: CheckOptions): Promise<CheckOutcome> {
  const canRank = missingColumns(loaded.table, scoringFields(ctx)).length === 0;
  const total = loaded.table.rows.length;
  const phase = { zh: "正在核查", en: "Checking" };
  const report = buildCheckReport(ctx, loaded.table, canRank ? rankTable(ctx, loaded.table).facts : null, (done) => {
    if (done % 5000 === 0) options.onProgress?.({ phase, done, total });
  });
  throwIfCancelled(options);
  const written = await writeProductSheet(context, checkProductSheet(ctx, report, PRODUCT_VERSION), options);
  let marked = 0;
  if (options.mark) {
    await clearMarks(context);
    const marks = marksOf(loaded.sheet, report.findings);
    marked = await markCells(context, marks, undefined, excelApiSupported("1.10") && marks.length <= MAX_COMMENTED_MARKS, options);
  }
  return {
    written: { name: written.name, replaced: written.replaced },
    report,
    marked,
    findings: listFindings(loaded.sheet, report),
    summary: checkSummaryLines(report),
    cuts: written.cuts,
  };
}
