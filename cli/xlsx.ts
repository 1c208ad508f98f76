import { existsSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { isProductSheet, type SheetLayout } from "../policies/workbook/layout";
import { UsageError } from "./errors";
import { columnLetter, type RawCell } from "../policies/workbook/cells";
import { spliceBody, type SheetBody } from "./sheet-body";
import { packZip, type Rewrite } from "./zip";

/** Reads an .xlsx; a missing, unreadable or corrupt file is a usage error (exit 2). */
export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new UsageError(`找不到文件 ${path}`, `file not found: ${path}`);
  if (statSync(path).isDirectory()) throw new UsageError(`${path} 是目录，不是 .xlsx 文件`, `${path} is a directory, not an .xlsx file`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new UsageError(`无法读取 ${path}：不是有效的 .xlsx 文件（${why}）`, `cannot read ${path}: not a valid .xlsx file (${why})`);
  }
  return wb;
}

/** The sheet named, or the first one; an unknown name lists the sheets there are. */
export function pickSheet(wb: ExcelJS.Workbook, name: string | undefined): ExcelJS.Worksheet {
  const names = wb.worksheets.map((w) => w.name);
  if (name === undefined) {
    const first = wb.worksheets.find((w) => !isProductSheet(w.getCell("A1").value));
    if (!first) throw new UsageError("工作簿中没有数据工作表", "the workbook has no data sheet");
    return first;
  }
  const ws = wb.getWorksheet(name);
  if (!ws) throw new UsageError(`没有名为“${name}”的工作表；现有：${names.join("、")}`, `no sheet named "${name}"; sheets are: ${names.join(", ")}`);
  return ws;
}

/** One exceljs cell value as the pure layer sees it (formulas by their cached result). */
export function rawValue(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

/** The sheet as a grid of plain values, row 1 first. */
export function sheetGrid(ws: ExcelJS.Worksheet): RawCell[][] {
  const grid: RawCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A formula by its cached result, read through `result`: exceljs's `value` drops a 0 or FALSE result.
      cells[c - 1] = cell.type === ExcelJS.ValueType.Formula ? rawValue((cell.result ?? null) as ExcelJS.CellValue) : rawValue(cell.value);
    });
    grid[r - 1] = Array.from(cells, (c) => c ?? null);
  });
  return Array.from(grid, (r) => r ?? []);
}

/**
 * Writes a product sheet into the workbook. A sheet of the same name is replaced only when
 * the product wrote it (its A1 marker); an analyst's sheet of that name is kept and the new
 * one gets a free name. Returns the name used.
 */
// exceljs keeps a sheet's tab position in `orderNo`, which its typings leave out.
type Ordered = { orderNo: number };

// Product sheets whose table body waits to be spliced into the saved file, by workbook.
const pendingBodies = new WeakMap<ExcelJS.Workbook, Map<number, SheetBody>>();

export function putLayout(wb: ExcelJS.Workbook, layout: SheetLayout): string {
  let name = layout.name;
  let orderNo: number | undefined;
  const existing = wb.getWorksheet(name);
  if (existing && isProductSheet(existing.getCell("A1").value)) {
    orderNo = (existing as unknown as Ordered).orderNo;
    wb.removeWorksheet(existing.id);
  } else if (existing) {
    for (let n = 2; wb.getWorksheet(name); n++) name = `${layout.name.slice(0, 27)} (${n})`;
  }
  const ws = wb.addWorksheet(name);
  if (orderNo !== undefined) (ws as unknown as Ordered).orderNo = orderNo;
  // exceljs writes the head (through the column headers); the body is written by sheetBody at save.
  const head = layout.rows.slice(0, layout.tableHeader + 1);
  head.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v;
    });
  });
  const body = layout.rows.slice(layout.tableHeader + 1);
  const width = layout.rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (body.length > 0) {
    // A template cell per number format the body's numbers use, so exceljs files the formats in styles.xml.
    const formatted = Object.keys(layout.numberFormats)
      .map(Number)
      .filter((c) => body.some((cells) => typeof cells[c] === "number"));
    const template = ws.getRow(layout.tableHeader + 2);
    for (const c of formatted) template.getCell(c + 1).style = { numFmt: layout.numberFormats[c]! };
    for (const c of formatted) template.getCell(c + 1).value = 0;
    pendingBodies.set(wb, (pendingBodies.get(wb) ?? new Map()).set(ws.id, { firstRow: layout.tableHeader + 2, rows: body, formatted, dimension: `A1:${columnLetter(width - 1)}${layout.rows.length}` }));
  }
  ws.getCell("A1").font = { bold: true, size: 13 };
  const header = ws.getRow(layout.tableHeader + 1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  ws.autoFilter = { from: { row: layout.tableHeader + 1, column: 1 }, to: { row: layout.rows.length, column: width } };
  ws.views = [{ state: "frozen", ySplit: layout.tableHeader + 1 }];
  layout.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  return name;
}

/** The rewrites that put each pending product-sheet body into its worksheet part. */
function bodyRewrites(wb: ExcelJS.Workbook): Map<string, Rewrite> {
  const rewrites = new Map<string, Rewrite>();
  for (const [id, body] of pendingBodies.get(wb) ?? []) {
    // A product sheet replaced since (a second putLayout of the same name) is no longer in the workbook.
    if (!wb.getWorksheet(id)) continue;
    rewrites.set(`xl/worksheets/sheet${id}.xml`, (part) => Buffer.from(spliceBody(part.toString("utf8"), body), "utf8"));
  }
  return rewrites;
}

/** A cell of the data sheet a finding points at (row, column letter) and what to say on it. */
export interface CellMark {
  row: number;
  column: string;
  severity: "violation" | "notice";
  text: string;
}

const MARK_FILL: Record<CellMark["severity"], string> = { violation: "FFFFC7CE", notice: "FFFFEB9C" };

/**
 * Marks the cells findings point at, in the copy: a fill and a note, values untouched. A
 * cell with several findings gets them all in one note; a violation's colour wins.
 */
export function markCells(ws: ExcelJS.Worksheet, marks: readonly CellMark[]): number {
  const byCell = new Map<string, CellMark[]>();
  for (const m of marks) if (m.column) byCell.set(`${m.column}${m.row}`, [...(byCell.get(`${m.column}${m.row}`) ?? []), m]);
  for (const [address, list] of byCell) {
    const cell = ws.getCell(address);
    const severity = list.some((m) => m.severity === "violation") ? "violation" : "notice";
    // A copy of the cell's style: exceljs shares one style object among the cells read with the same format.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: MARK_FILL[severity] } } };
    cell.note = `landrules\n${list.map((m) => m.text).join("\n")}`;
  }
  return byCell.size;
}

function samePath(a: string, b: string): boolean {
  const canon = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return canon(a) === canon(b);
}

/** Refuses to write over the input: the input file is never touched. */
export function checkOutPath(input: string, out: string | undefined): string {
  if (!out) throw new UsageError("缺少 --out <输出.xlsx>", "missing --out <out.xlsx>");
  if (samePath(input, out)) throw new UsageError(`--out 不能与输入文件相同（${out}）；输入文件不会被改动`, `--out must differ from the input (${out}); the input file is never modified`);
  if (!existsSync(dirname(resolve(out)))) throw new UsageError(`输出目录不存在：${dirname(resolve(out))}`, `output folder does not exist: ${dirname(resolve(out))}`);
  return out;
}

/**
 * Saves deterministically: document dates and zip entry times are the given date, so the
 * same input gives the same bytes. Written to a temporary file first, then renamed.
 */
export async function saveWorkbook(wb: ExcelJS.Workbook, out: string, stamp: Date): Promise<void> {
  wb.created = wb.created ?? stamp;
  wb.modified = stamp;
  wb.lastModifiedBy = "landrules";
  const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  const bytes = await packZip(stored, stamp, bodyRewrites(wb));
  const tmp = resolve(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, out);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new UsageError(`无法写入 ${out}：${(e as Error).message}`, `cannot write ${out}: ${(e as Error).message}`);
  }
}
