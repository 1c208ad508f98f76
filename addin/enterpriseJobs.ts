// The task pane's two jobs on an enterprise table, in Excel: the ranked tier sheet and the check
// report (WORKBOOK.md). The table reading, ranking, checks and sheet layouts are the CLI's
// pure models in policies/workbook; this file only moves cells between them and the workbook.
import type { Context } from "../policies/engine/evaluation";
import type { RawCell } from "../policies/workbook/cells";
import { buildCheckReport, checkProductSheet, type CheckReport, type ReportFinding } from "../policies/workbook/check-report";
import { isProductSheet } from "../policies/workbook/layout";
import { planSheet, sheetGrid, type ProductSheet } from "../policies/workbook/product-sheet";
import { MappingError, readEnterpriseTable, type EnterpriseTable } from "../policies/workbook/table";
import { rankTable, scoringFields, tierCounts, tierProductSheet } from "../policies/workbook/tier-sheet";
import { fieldSpec, type FieldId } from "../policies/workbook/vocabulary";
import type { Tier } from "../policies/rules/tiers";
import type { Bilingual } from "../policies/schema";
import packageJson from "../package.json";
import { clearMarks, markCells, readUsedRange, writeOutputSheet, type CellMark, type OutputSheet, type UsedRange, type WrittenSheet } from "./sheets";
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

/** The used range as the pure layer reads a sheet: anchored at A1, errors as { error }. */
export function gridOf(used: UsedRange): RawCell[][] {
  const lead = Array.from({ length: used.columnIndex }, (): RawCell => null);
  const rows = used.values.map((row, r) => [...lead, ...row.map((v, c): RawCell => (used.valueTypes[r]?.[c] === "Error" ? { error: String(v) } : v === "" ? null : v))]);
  return [...Array.from({ length: used.rowIndex }, (): RawCell[] => []), ...rows];
}

export interface LoadedSheet {
  sheet: string;
  table: EnterpriseTable;
}

/** Reads the enterprise table on a sheet (the active one by default), with any hand-made column mapping. */
export async function loadEnterpriseSheet(context: Excel.RequestContext, options: { sheet?: string; map?: Readonly<Record<string, string>> } = {}): Promise<LoadedSheet> {
  const used = await readUsedRange(context, options.sheet);
  let table: EnterpriseTable;
  try {
    table = readEnterpriseTable(gridOf(used), { map: options.map ?? {} });
  } catch (e) {
    if (e instanceof MappingError) throw new JobError({ zh: `工作表“${used.sheet}”：${e.zh}`, en: `sheet "${used.sheet}": ${e.en}` });
    throw e;
  }
  if (table.rows.length === 0) throw new JobError({ zh: `工作表“${used.sheet}”表头下没有数据行`, en: `sheet "${used.sheet}" has no data rows under its headers` });
  return { sheet: used.sheet, table };
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

/** A layout of the pure layer as an output sheet: title and table heading bold, table filtered and formatted. */
export function outputOf(sheet: ProductSheet): OutputSheet {
  const plan = planSheet(sheet);
  const { rows } = sheetGrid(sheet);
  const headerRow = plan.table?.headerRow ?? 0;
  return {
    name: sheet.name,
    rows,
    boldRows: [0, headerRow],
    columnWidths: plan.columnWidths,
    table: { headerRow, numberFormats: {} },
    isProductA1: isProductSheet,
  };
}

export interface TierOutcome {
  written: WrittenSheet;
  enterprises: number;
  counts: Record<Tier | "forced" | "unscored", number>;
  /** Cells that could not be read and were treated as missing. */
  inputIssues: number;
}

/** Ranks the table with the profile's indicators and quotas and writes the tier sheet. */
export async function writeTierSheet(context: Excel.RequestContext, ctx: Context, loaded: LoadedSheet): Promise<TierOutcome> {
  requireColumns(loaded, scoringFields(ctx), { zh: "评分", en: "scoring" });
  const ranked = rankTable(ctx, loaded.table);
  const written = await writeOutputSheet(context, outputOf(tierProductSheet(ctx, ranked, PRODUCT_VERSION)));
  return { written, enterprises: loaded.table.rows.length, counts: tierCounts(ranked.result.value), inputIssues: loaded.table.issues.length };
}

/** Column letters (A, …, Z, AA, …) → 0-based index. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** One mark per offending cell, its findings' messages joined, each with rule and clause. */
export function marksOf(sheet: string, findings: readonly ReportFinding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    if (!/^[A-Z]+$/i.test(f.column)) continue;
    const key = `${f.row}:${f.column}`;
    const line = `${f.rule}（${f.citation}）：${f.message.zh} / ${f.message.en}`;
    const mark = byCell.get(key);
    if (mark) mark.message += `\n${line}`;
    else byCell.set(key, { sheet, row: f.row - 1, column: columnIndex(f.column), message: line });
  }
  return [...byCell.values()];
}

export interface CheckOutcome {
  written: WrittenSheet;
  report: CheckReport;
  marked: number;
}

/**
 * Runs every check the profile has and the table's columns allow, writes the check report and,
 * if asked, marks the offending cells (earlier marks are cleared first, so fixed cells lose theirs).
 */
export async function writeCheckReport(context: Excel.RequestContext, ctx: Context, loaded: LoadedSheet, options: { mark: boolean }): Promise<CheckOutcome> {
  const canRank = missingColumns(loaded.table, scoringFields(ctx)).length === 0;
  const report = buildCheckReport(ctx, loaded.table, canRank ? rankTable(ctx, loaded.table).facts : null);
  const written = await writeOutputSheet(context, outputOf(checkProductSheet(ctx, report, PRODUCT_VERSION)));
  let marked = 0;
  if (options.mark) {
    await clearMarks(context);
    const marks = marksOf(loaded.sheet, report.findings);
    marked = await markCells(context, marks, undefined, excelApiSupported("1.10") && marks.length <= MAX_COMMENTED_MARKS);
  }
  return { written, report, marked };
}
