// Which cells a job reads: the active sheet, a sheet the analyst picks, or a range (the
// selection, or the region around it). A job never reads a sheet this product wrote: its tier
// sheets and check reports are refused by name, so a second click cannot rank its own output.
import type { RawCell } from "../policies/workbook/cells";
import { gridOf, isOutputSheet, type CellValue } from "./sheets";

export type TableSource = { kind: "active" } | { kind: "sheet"; sheet: string } | { kind: "range"; sheet: string; address: string };

export interface SheetInfo {
  name: string;
  /** Written by this product (a tier sheet, a check report): never read as a table. */
  product: boolean;
}

/** Where a job reads, resolved: the sheet, the range's A1 address on it (no sheet name), and its size. */
export interface ResolvedSource {
  sheet: string;
  /** e.g. `A1:F301`; "" for an empty sheet. */
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** The whole used range of the sheet (true), or a range the analyst chose. */
  wholeSheet: boolean;
}

/** A job refused before it read anything; the message is for the analyst. */
export class SourceError extends Error {
  constructor(readonly text: { zh: string; en: string }) {
    super(`${text.zh} / ${text.en}`);
    this.name = "SourceError";
  }
}

/** The workbook's sheets in tab order, each marked if it is one of ours. */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const out: SheetInfo[] = [];
  for (const s of sheets.items) out.push(await isOutputSheet(context, s.name));
  return out;
}

function addressOnSheet(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** The selected range (or, with `region`, the current region around it: Ctrl+A in Excel). */
export async function selectionSource(context: Excel.RequestContext, region: boolean): Promise<TableSource> {
  let range = context.workbook.getSelectedRange();
  if (region) range = range.getSurroundingRegion();
  range.load("address");
  range.worksheet.load("name");
  await context.sync();
  return { kind: "range", sheet: range.worksheet.name, address: addressOnSheet(range.address) };
}

function refuseProduct(name: string): never {
  throw new SourceError({
    zh: `“${name}”是本插件生成的工作表（分档表或核查报告），不能作为企业数据表读取；请选择原始数据所在的工作表`,
    en: `"${name}" is a sheet this add-in wrote (a tier sheet or check report) and is not read as an enterprise table; pick the sheet with the original data`,
  });
}

/** Resolves a source to a sheet and range, refusing a sheet this product wrote or one that does not exist. */
export async function resolveSource(context: Excel.RequestContext, source: TableSource): Promise<ResolvedSource> {
  const sheet = source.kind === "active" ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItemOrNullObject(source.sheet);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) throw new SourceError({ zh: `工作表“${source.kind === "active" ? "" : source.sheet}”不存在`, en: `no worksheet named "${source.kind === "active" ? "" : source.sheet}"` });
  if ((await isOutputSheet(context, sheet.name)).product) refuseProduct(sheet.name);
  const range = source.kind === "range" ? sheet.getRange(source.address) : sheet.getUsedRangeOrNullObject(true);
  range.load("address,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (range.isNullObject) return { sheet: sheet.name, address: "", rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, wholeSheet: true };
  return {
    sheet: sheet.name,
    address: addressOnSheet(range.address),
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
    wholeSheet: source.kind !== "range",
  };
}

/**
 * The first `rows` rows of the source as the pure layer reads a sheet (anchored at A1), for
 * finding the header row and showing the detected mapping without reading the whole table.
 */
export async function readHeaderRows(context: Excel.RequestContext, source: ResolvedSource, rows = 12): Promise<RawCell[][]> {
  if (!source.address) return [];
  const sheet = context.workbook.worksheets.getItem(source.sheet);
  const range = sheet.getRangeByIndexes(source.rowIndex, source.columnIndex, Math.min(rows, source.rowCount), source.columnCount);
  range.load("values,valueTypes");
  await context.sync();
  return gridOf({ sheet: source.sheet, address: source.address, rowIndex: source.rowIndex, columnIndex: source.columnIndex, values: range.values as CellValue[][], valueTypes: range.valueTypes as string[][] });
}

/** Where a source reads, as the analyst reads it: `企业!A1:F301`. */
export function sourceLabel(source: ResolvedSource): string {
  return source.address ? `${source.sheet}!${source.address}` : source.sheet;
}

