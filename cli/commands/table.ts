import { bilingualText } from "../../policies/citations";
import { both } from "../../policies/workbook/layout";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { Context } from "../../policies/engine/evaluation";
import { writePackage, type WriteRequest, type WriteResult } from "../../policies/workbook/package/write";
import { PackageError, readTableSheet, type SheetCells, type WorkbookPackage } from "../../policies/workbook/package/read";
import { MappingError, readEnterpriseTable, type EnterpriseTable } from "../../policies/workbook/table";
import { fieldSpec, type FieldId } from "../../policies/workbook/vocabulary";
import { UsageError } from "../errors";
import type { Io } from "../io";
import { headerRowOption, mapOption, stampOf } from "../options";
import { inputSource, NODE_DEFLATER, type InputSource, type OutputFile } from "../output";
import { stage } from "../stages";

export interface TableOptions {
  sheet?: string;
  map?: string[];
  "header-row"?: string;
}

export interface LoadedTable {
  /** The input file's bytes and the package as the reader opened it: the writer copies from these. */
  bytes: Uint8Array;
  pkg: WorkbookPackage;
  sheet: string;
  table: EnterpriseTable;
}

/** The input file's bytes; a missing file or a folder is a usage error (exit 2). */
export function readInputFile(path: string): Uint8Array {
  if (!existsSync(path)) throw new UsageError(`找不到文件 ${path}`, `file not found: ${path}`);
  if (statSync(path).isDirectory()) throw new UsageError(`${path} 是目录，不是 .xlsx 文件`, `${path} is a directory, not an .xlsx file`);
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** A file the package reader refuses, as one line naming the file (exit 2). */
export function packageUsageError(path: string, e: PackageError): UsageError {
  return new UsageError(`无法读取 ${path}：${e.zh}`, `cannot read ${path}: ${e.en}`);
}

/**
 * The table's sheet read from the file with the package reader (policies/workbook/package),
 * formulas saved without a result evaluated by HyperFormula (loaded only when there are some).
 */
export async function readSheet(input: string, sheet: string | undefined): Promise<{ bytes: Uint8Array; pkg: WorkbookPackage; cells: SheetCells }> {
  const bytes = readInputFile(input);
  try {
    const { pkg, cells } = readTableSheet(bytes, { sheet });
    if (cells.pending.length > 0) {
      // HyperFormula is loaded only for a table that needs it (tiers and check otherwise never load it).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { evaluatePending } = require("../hyperformula-sheets") as typeof import("../hyperformula-sheets");
      evaluatePending(pkg, cells);
    }
    return { bytes, pkg, cells };
  } catch (e) {
    if (e instanceof PackageError) {
      if (e.problem === "no-sheet") throw new UsageError(e.zh, e.en);
      throw packageUsageError(input, e);
    }
    throw e;
  }
}

/** Reads the enterprise table of a workbook; header problems go to stderr, one line each. */
// `_need` is kept for callers that still say they want no exceljs workbook: none is ever loaded now (the package writer copies from `pkg`).
export async function loadTable(io: Io, input: string, options: TableOptions, _need: { workbook?: false } = {}): Promise<LoadedTable> {
  const read = { map: mapOption(options.map), headerRow: headerRowOption(options["header-row"]) };
  const { bytes, pkg, cells } = await stage("read the sheet", () => readSheet(input, options.sheet));
  let table: EnterpriseTable;
  try {
    table = stage("build the table", () => readEnterpriseTable(cells.rows, { ...read, merges: cells.merges }));
  } catch (e) {
    if (e instanceof MappingError) throw new UsageError(`工作表“${cells.sheet}”：${e.zh}`, `sheet "${cells.sheet}": ${e.en}`);
    throw e;
  }
  for (const p of table.mapping.problems) io.err(`提示 / note: ${both(bilingualText(p.message))}`);
  for (const s of table.skipped) io.err(`提示 / note: ${s.why.zh} / ${s.why.en}`);
  if (table.rows.length === 0) throw new UsageError(`工作表“${cells.sheet}”表头下没有数据行`, `sheet "${cells.sheet}" has no data rows under its headers`);
  return { bytes, pkg, sheet: cells.sheet, table };
}

/**
 * The table read, with where the writer will copy the input's parts from (the input file, when
 * its central directory is sound): the input's bytes are garbage once this returns, not held
 * while the table is ranked and the output written. `source.close()` once written.
 */
export async function loadTableToWrite(io: Io, input: string, options: TableOptions): Promise<{ sheet: string; table: EnterpriseTable; source: InputSource }> {
  const loaded = await loadTable(io, input, options);
  return { sheet: loaded.sheet, table: loaded.table, source: inputSource(input, loaded.pkg) };
}

/** The needed columns the table lacks, as one usage error naming them and how to map them. */
export function requireColumns(loaded: Pick<LoadedTable, "sheet" | "table">, needed: readonly FieldId[], purpose: { zh: string; en: string }): void {
  const missing = needed.filter((f) => !loaded.table.mapping.columns[f]);
  if (missing.length === 0) return;
  const zh = missing.map((f) => `${f}（${fieldSpec(f).label.zh}）`).join("、");
  const en = missing.map((f) => f).join(", ");
  throw new UsageError(
    `工作表“${loaded.sheet}”缺少${purpose.zh}所需的列：${zh}；如表头名称不同，请用 --map 字段=表头 指定`,
    `sheet "${loaded.sheet}" lacks the columns ${purpose.en} needs: ${en}; if a header is named differently, use --map field=Header`,
  );
}

export function contextLine(ctx: Context): string {
  return `${ctx.profile.id}（${ctx.profile.names.zh}），评价日 / as of ${ctx.asOf}`;
}

/**
 * Writes the input's package with what `add` gives (our sheet, marks) into `file` as it is made,
 * the input's other parts copied from `source`, then closes the source. The sheet's rows are made
 * as the zip is written and the zip goes to disk as it is made: the stage includes both.
 */
export function writeToFile(source: InputSource, file: OutputFile, ctx: Context, version: string, add: () => Pick<WriteRequest, "sheets" | "marks" | "clearMarks">): WriteResult {
  try {
    return stage("write the package", () => writePackage(source.input(), { ...add(), producer: `landrules ${version}`, stamp: stampOf(ctx.asOf), deflater: NODE_DEFLATER, onChunk: file.write }));
  } finally {
    source.close();
  }
}
