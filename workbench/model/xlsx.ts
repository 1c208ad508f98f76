// .xlsx in and out of the workbench workbook, with exceljs (its browser build on the page; the
// CLI's own reading of formulas, cli/hyperformula-sheets.ts, turns cells into HyperFormula input).
// Until the Node-free package reader and writer (policies/workbook/package/read*, write*) land,
// exceljs does both; only this file changes when they do.
import type ExcelJS from "exceljs";
import { CellValueDetailedType, DetailedCellError } from "hyperformula";
import { engineInput } from "../../cli/hyperformula-sheets";
import { cellAddress, rectAddress, type Rect } from "../excel/address";
import type { CellFormat } from "../excel/host";
import { DEFAULT_COLUMN_POINTS, WorkbenchWorkbook, type SheetInput, type WorkbookOptions } from "./workbook";

/** Excel's default column is 8.43 characters and 48 points wide. */
const POINTS_PER_CHARACTER = 48 / 8.43;
type ExcelJSModule = typeof ExcelJS;

const argbToHex = (argb: string | undefined) => (argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined);

function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === "string") return note;
  return note.texts?.map((t) => t.text).join("") ?? undefined;
}

/** The sheets of an .xlsx as workbench input: contents, fills, bold, number formats, widths, frozen rows, notes. */
export async function readWorkbook(exceljs: ExcelJSModule, data: ArrayBuffer | Uint8Array, options: WorkbookOptions = {}): Promise<WorkbenchWorkbook> {
  const wb = new exceljs.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const { sheets } = engineInput(wb);
  const inputs: SheetInput[] = wb.worksheets.map((ws) => {
    const formats = new Map<string, CellFormat>();
    const notes = new Map<string, string>();
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const f: CellFormat = {};
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const colour = fill?.type === "pattern" && fill.pattern !== "none" ? argbToHex(fill.fgColor?.argb) : undefined;
        if (colour) f.fill = colour;
        if (cell.font?.bold) f.bold = true;
        if (cell.font?.italic) f.italic = true;
        if (cell.numFmt && cell.numFmt !== "General") f.numberFormat = cell.numFmt;
        if (Object.keys(f).length) formats.set(`${r - 1},${c - 1}`, f);
        const note = noteText(cell.note as ExcelJS.Comment | string | undefined);
        if (note) notes.set(`${r - 1},${c - 1}`, note);
      }),
    );
    const columnWidths = new Map<number, number>();
    (ws.columns ?? []).forEach((col, i) => {
      if (col?.width) columnWidths.set(i, col.width * POINTS_PER_CHARACTER);
    });
    const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
    const frozen = view?.state === "frozen";
    return {
      name: ws.name,
      contents: sheets[ws.name] ?? [],
      formats,
      columnWidths,
      frozenRows: frozen ? (view?.ySplit ?? 0) : 0,
      frozenColumns: frozen ? (view?.xSplit ?? 0) : 0,
      notes,
    };
  });
  return new WorkbenchWorkbook(inputs, options);
}

/** `LAND.X(` as Excel stores a custom function in the file (`_xldudf_LAND_X(`), string literals untouched. */
export function toStoredFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) => (i % 2 ? piece : piece.replace(/\bLAND\.([A-Z][A-Z0-9]*)\s*\(/gi, (_, name: string) => `_xldudf_LAND_${name.toUpperCase()}(`)))
    .join("");
}

/** The workbook as an .xlsx: values, formulas (as Excel stores them) with their results, formats, widths, comments as notes. */
export async function writeWorkbook(exceljs: ExcelJSModule, book: WorkbenchWorkbook): Promise<ArrayBuffer> {
  const wb = new exceljs.Workbook();
  const hf = book.hf;
  for (const info of book.sheets()) {
    const ws = wb.addWorksheet(info.name);
    const sheet = hf.getSheetId(info.name)!;
    const used = book.usedRect(info.id, false);
    const frozen = book.frozen(info.id);
    if (frozen.rows || frozen.columns) ws.views = [{ state: "frozen", ySplit: frozen.rows, xSplit: frozen.columns }];
    if (used) {
      for (let r = used.row; r < used.row + used.height; r++)
        for (let c = used.column; c < used.column + used.width; c++) {
          const at = { sheet, row: r, col: c };
          const formula = hf.getCellFormula(at);
          const value = hf.getCellValue(at);
          // A spilled result is written by its anchor's formula, not as a value of its own.
          if (formula === undefined && hf.isCellPartOfArray(at)) continue;
          const format = book.format(info.id, r, c);
          if (formula === undefined && (value === null || value === undefined) && !Object.keys(format).length) continue;
          const cell = ws.getCell(r + 1, c + 1);
          const result = value instanceof DetailedCellError ? ({ error: value.value } as ExcelJS.CellErrorValue) : (value ?? undefined);
          if (formula !== undefined) cell.value = { formula: toStoredFormula(formula.slice(1)), result } as ExcelJS.CellFormulaValue;
          else if (value !== null && value !== undefined) cell.value = result as ExcelJS.CellValue;
          let numFmt = format.numberFormat;
          if (!numFmt && typeof value === "number" && hf.getCellValueDetailedType(at) === CellValueDetailedType.NUMBER_DATE) numFmt = "yyyy-mm-dd";
          if (numFmt) cell.numFmt = numFmt;
          if (format.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${format.fill.slice(1)}` } };
          if (format.bold || format.italic || format.fontColor)
            cell.font = { ...(format.bold ? { bold: true } : {}), ...(format.italic ? { italic: true } : {}), ...(format.fontColor ? { color: { argb: `FF${format.fontColor.slice(1)}` } } : {}) };
        }
      for (let c = 0; c < used.column + used.width; c++) {
        const points = book.columnWidth(info.id, c);
        if (points !== DEFAULT_COLUMN_POINTS) ws.getColumn(c + 1).width = points / POINTS_PER_CHARACTER;
      }
    }
    const filter: Rect | null = book.autoFilter(info.id);
    if (filter) ws.autoFilter = rectAddress(filter);
    for (const comment of book.comments().filter((x) => x.sheetId === info.id)) ws.getCell(cellAddress(comment.row, comment.column)).note = [comment.content, ...comment.replies.map((r) => r.content)].join("\n");
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
