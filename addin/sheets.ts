// Range I/O for the task pane. The product never overwrites the analyst's data: it reads used
// ranges, writes its outputs to sheets it marks as its own (and replaces only those), and marks
// offending cells in a way it can undo exactly, leaving every value and every fill or comment
// it did not make alone.
import { excelApiSupported, readSetting, writeSetting } from "./settings";

export type CellValue = string | number | boolean;

export interface UsedRange {
  sheet: string;
  /** A1 address of the used range, e.g. `企业!A1:F21`; "" for an empty sheet. */
  address: string;
  /** 0-based row and column of the used range's top-left cell on the sheet. */
  rowIndex: number;
  columnIndex: number;
  values: CellValue[][];
  /** Excel's type of each value ("Error" marks an error value such as #N/A). */
  valueTypes: string[][];
}

/** Bilingual message for an error that reaches the analyst. */
function sheetError(zh: string, en: string): Error {
  return new Error(`${zh} / ${en}`);
}

async function worksheetNamed(context: Excel.RequestContext, name: string | undefined): Promise<Excel.Worksheet> {
  const sheet = name === undefined ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) throw sheetError(`工作表“${name}”不存在`, `no worksheet named "${name}"`);
  return sheet;
}

/** The values of a sheet's used range (the active sheet when no name is given). */
export async function readUsedRange(context: Excel.RequestContext, sheetName?: string): Promise<UsedRange> {
  const sheet = await worksheetNamed(context, sheetName);
  const range = sheet.getUsedRangeOrNullObject(true);
  range.load("address,values,valueTypes,rowIndex,columnIndex");
  await context.sync();
  if (range.isNullObject) return { sheet: sheet.name, address: "", rowIndex: 0, columnIndex: 0, values: [], valueTypes: [] };
  return {
    sheet: sheet.name,
    address: range.address,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    values: range.values as CellValue[][],
    valueTypes: range.valueTypes as string[][],
  };
}

// ---------------------------------------------------------------------------------------------
// Output sheets

/** Worksheet custom property that marks a sheet as written by this product; its value is the output's key. */
export const OUTPUT_MARK = "landrules.output";

export interface OutputSheet {
  /** Sheet name wanted, and the key that identifies this output on later runs. */
  name: string;
  rows: ReadonlyArray<ReadonlyArray<CellValue | null | undefined>>;
  /** Rows shown bold (title, column headings). */
  boldRows?: readonly number[];
  /** Rows kept in view when scrolling. */
  freezeRows?: number;
  /** Column widths in characters; columns are autofitted when absent. */
  columnWidths?: readonly number[];
  /** The table under the header block: its heading row gets a filter, its columns their number formats. */
  table?: { headerRow: number; numberFormats: Readonly<Record<number, string>> };
  /** Whether a sheet's A1 shows another writer of this product made it (the CLI marks A1, not properties). */
  isProductA1?: (a1: unknown) => boolean;
}

export interface WrittenSheet {
  name: string;
  /** True when an earlier output of this product was replaced. */
  replaced: boolean;
}

/** Rows per write call: keeps each request well under Excel on the web's payload limit. */
export const WRITE_CHUNK_ROWS = 2000;
/** Excel's default column is 8.43 characters and 48 points wide. */
const POINTS_PER_CHARACTER = 48 / 8.43;

const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;

/** A legal sheet name: no \ / ? * [ ] :, not blank, at most 31 characters. */
export function legalSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN_IN_SHEET_NAME, "_").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "landrules").slice(0, 31);
}

/** `name`, or `name (2)`, `name (3)`, … whichever is not taken (sheet names compare case-insensitively). */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const base = legalSheetName(name);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A cell value Excel will store as written: text that Excel would read as a formula (leading
 * `=`) gets the apostrophe prefix; null/undefined become blank; numbers must be finite.
 */
export function cellForWrite(value: CellValue | null | undefined, row: number, column: number): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && !Number.isFinite(value))
    throw sheetError(`第 ${row + 1} 行第 ${column + 1} 列不是有限数值`, `row ${row + 1}, column ${column + 1} is not a finite number`);
  if (typeof value === "string" && value.startsWith("=")) return `'${value}`;
  return value;
}

/**
 * The sheet this output replaces: one carrying our mark with this key (even if renamed), or one
 * of that name whose A1 shows the CLI wrote it. Null when there is none.
 */
async function findOutputSheet(context: Excel.RequestContext, key: string, isProductA1: OutputSheet["isProductA1"]): Promise<{ own: Excel.Worksheet | null; names: string[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const probes = sheets.items.map((sheet) => {
    const mark = sheet.customProperties.getItemOrNullObject(OUTPUT_MARK);
    mark.load("value");
    const a1 = isProductA1 && sheet.name.toLowerCase() === key.toLowerCase() ? sheet.getRange("A1").load("values") : null;
    return { sheet, mark, a1 };
  });
  await context.sync();
  const own =
    probes.find(({ mark }) => !mark.isNullObject && mark.value === key) ??
    probes.find(({ mark, a1 }) => mark.isNullObject && a1 !== null && isProductA1!(a1.values[0]?.[0]));
  return { own: own?.sheet ?? null, names: sheets.items.map((s) => s.name) };
}

async function writeValues(context: Excel.RequestContext, sheet: Excel.Worksheet, output: OutputSheet, width: number): Promise<void> {
  const formats = Object.entries(output.table?.numberFormats ?? {}).map(([c, f]) => [Number(c), f] as const);
  const firstFormatted = (output.table?.headerRow ?? Infinity) + 1;
  for (let start = 0; start < output.rows.length; start += WRITE_CHUNK_ROWS) {
    const block = output.rows
      .slice(start, start + WRITE_CHUNK_ROWS)
      .map((row, i) => Array.from({ length: width }, (_, c) => cellForWrite(row[c], start + i, c)));
    sheet.getRangeByIndexes(start, 0, block.length, width).values = block;
    const from = Math.max(start, firstFormatted);
    const to = start + block.length;
    if (from < to) for (const [c, format] of formats) sheet.getRangeByIndexes(from, c, to - from, 1).numberFormat = Array.from({ length: to - from }, () => [format]);
    await context.sync();
  }
}

/**
 * Writes `output` to a sheet of its own. A sheet this product wrote earlier under the same key
 * is cleared and reused; any other sheet is left alone and a free name is chosen instead.
 */
export async function writeOutputSheet(context: Excel.RequestContext, output: OutputSheet): Promise<WrittenSheet> {
  const key = legalSheetName(output.name);
  const { own, names } = await findOutputSheet(context, key, output.isProductA1);
  let sheet: Excel.Worksheet;
  if (own) {
    sheet = own;
    sheet.autoFilter.remove();
    sheet.getRange().clear("All");
    sheet.freezePanes.unfreeze();
  } else sheet = context.workbook.worksheets.add(freeSheetName(key, names));
  sheet.customProperties.add(OUTPUT_MARK, key);
  sheet.load("name");
  await context.sync();

  const width = Math.max(1, ...output.rows.map((r) => r.length));
  await writeValues(context, sheet, output, width);
  for (const row of output.boldRows ?? []) sheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
  if (output.freezeRows) sheet.freezePanes.freezeRows(output.freezeRows);
  const table = output.table;
  if (table && table.headerRow < output.rows.length)
    sheet.autoFilter.apply(sheet.getRangeByIndexes(table.headerRow, 0, output.rows.length - table.headerRow, width));
  if (output.columnWidths)
    output.columnWidths.forEach((chars, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = chars * POINTS_PER_CHARACTER));
  else if (output.rows.length) sheet.getRangeByIndexes(0, 0, output.rows.length, width).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return { name: sheet.name, replaced: own !== null };
}

// ---------------------------------------------------------------------------------------------
// Cell marks

/** The fill of a marked cell (a light amber, readable under black text). */
export const MARK_FILL = "#FFD966";
/** Comments this product adds start with this tag, so only they are ever removed. */
export const MARK_TAG = "〔landrules〕";
export const MARKS_SETTING = "landrules.marks";

export interface CellMark {
  sheet: string;
  /** 0-based, relative to the sheet's A1. */
  row: number;
  column: number;
  /** One line, Chinese first then English (rule id and clause included by the caller). */
  message: string;
}

/** What was there before a mark, so clearing restores exactly that. */
export interface MarkRecord {
  sheetId: string;
  sheet: string;
  address: string;
  /** The cell's fill colour before the mark; null when it had none (or plain white). */
  priorFill: string | null;
  commentId: string | null;
}

/** Where the mark records live; the workbook's settings by default, so marks can be cleared after reopening. */
export interface MarkLedger {
  read(): MarkRecord[];
  write(records: MarkRecord[]): Promise<void>;
}

/** The mark records kept in the workbook's settings. */
export function workbookMarkLedger(): MarkLedger {
  return {
    read: () => {
      const stored = readSetting(MARKS_SETTING);
      return Array.isArray(stored) ? (stored as MarkRecord[]).map((r) => ({ ...r })) : [];
    },
    write: (records) => writeSetting(MARKS_SETTING, records),
  };
}

const sameColour = (a: string | null | undefined, b: string) => (a ?? "").toUpperCase() === b.toUpperCase();

/** The fill to restore: none when the cell had none (Excel reports no fill as white). */
function priorFillOf(colour: string | null | undefined): string | null {
  return !colour || sameColour(colour, "#FFFFFF") ? null : colour;
}

/** Addresses of the cells on these sheets that already carry a comment (one thread per cell). */
async function commentedAddresses(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<Set<string>> {
  for (const sheet of sheets) sheet.comments.load("items/id");
  await context.sync();
  const locations = sheets.flatMap((sheet) => sheet.comments.items.map((c) => c.getLocation().load("address")));
  await context.sync();
  return new Set(locations.map((r) => r.address));
}

/**
 * Fills each offending cell and, where the Excel version has comments and the cell has none,
 * adds a tagged comment with the message. Marking a cell twice keeps its original fill on
 * record. Returns how many cells were marked.
 */
export async function markCells(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  ledger: MarkLedger = workbookMarkLedger(),
  withComments = excelApiSupported("1.10"),
): Promise<number> {
  if (!marks.length) return 0;
  const names = [...new Set(marks.map((m) => m.sheet))];
  const sheets = new Map<string, Excel.Worksheet>();
  for (const name of names) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("id,name");
    sheets.set(name, sheet);
  }
  await context.sync();
  const missing = names.filter((n) => sheets.get(n)!.isNullObject);
  if (missing.length) throw sheetError(`工作表“${missing.join("”、“")}”不存在`, `no worksheet named ${missing.map((m) => `"${m}"`).join(", ")}`);
  const cells = marks.map((mark) => {
    const cell = sheets.get(mark.sheet)!.getCell(mark.row, mark.column);
    cell.load("address");
    cell.format.fill.load("color");
    return { mark, cell };
  });
  await context.sync();

  const commented = withComments ? await commentedAddresses(context, [...sheets.values()]) : new Set<string>();
  const records = ledger.read();
  const byAddress = new Map(records.map((r) => [r.address, r]));
  const added: { record: MarkRecord; comment: Excel.Comment }[] = [];
  for (const { mark, cell } of cells) {
    let record = byAddress.get(cell.address);
    if (!record) {
      const sheet = sheets.get(mark.sheet)!;
      record = { sheetId: sheet.id, sheet: sheet.name, address: cell.address, priorFill: priorFillOf(cell.format.fill.color), commentId: null };
      byAddress.set(cell.address, record);
      records.push(record);
    }
    cell.format.fill.color = MARK_FILL;
    if (withComments && !record.commentId && !commented.has(cell.address)) {
      const comment = context.workbook.comments.add(cell, `${MARK_TAG}${mark.message}`);
      comment.load("id");
      added.push({ record, comment });
      commented.add(cell.address);
    }
  }
  await context.sync();
  for (const { record, comment } of added) record.commentId = comment.id;
  await ledger.write(records);
  return cells.length;
}

/**
 * Removes this product's marks: restores each cell's earlier fill if the cell still has the
 * mark fill (an analyst's later recolouring is kept), and deletes only comments that carry the
 * tag. Values are never touched. Returns how many marks were cleared.
 */
export async function clearMarks(context: Excel.RequestContext, ledger: MarkLedger = workbookMarkLedger()): Promise<number> {
  const records = ledger.read();
  if (!records.length) return 0;
  const found = records.map((record) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(record.sheetId);
    sheet.load("name");
    const comment = record.commentId ? context.workbook.comments.getItemOrNullObject(record.commentId) : null;
    comment?.load("content");
    return { record, sheet, comment };
  });
  await context.sync();
  const cells = found
    .filter(({ sheet }) => !sheet.isNullObject)
    .map((entry) => {
      const local = entry.record.address.slice(entry.record.address.lastIndexOf("!") + 1);
      const cell = entry.sheet.getRange(local);
      cell.format.fill.load("color");
      return { ...entry, cell };
    });
  await context.sync();
  for (const { record, cell } of cells) {
    if (!sameColour(cell.format.fill.color, MARK_FILL)) continue;
    if (record.priorFill) cell.format.fill.color = record.priorFill;
    else cell.format.fill.clear();
  }
  for (const { comment } of found)
    if (comment && !comment.isNullObject && comment.content.startsWith(MARK_TAG)) comment.delete();
  await context.sync();
  await ledger.write([]);
  return records.length;
}
