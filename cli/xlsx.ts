import { existsSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { isProductSheet } from "../policies/workbook/layout";
import { UsageError } from "./errors";
import type { RawCell } from "../policies/workbook/cells";
import { packZip } from "./zip";

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
  const bytes = await packZip(stored, stamp);
  const tmp = resolve(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, out);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new UsageError(`无法写入 ${out}：${(e as Error).message}`, `cannot write ${out}: ${(e as Error).message}`);
  }
}
