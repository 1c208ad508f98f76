// Range I/O for the task pane. The product never overwrites the analyst's data: it reads used
// ranges, writes its outputs to sheets it marks as its own (and replaces only those), and marks
// offending cells in a way it can undo exactly, leaving every value and every fill or comment
// it did not make alone.
import type { RawCell } from "../policies/workbook/cells";
import type { OutCell } from "../policies/workbook/layout";
import {
  MARK_TAG,
  excelWouldConvert,
  freeSheetName,
  isProductTitle,
  legalSheetName,
  LOOKS,
  planSheet,
  PRODUCT_FONT,
  SEVERITY_LOOK,
  type Look,
  type PlannedRow,
  type ProductSheet,
  type Severity,
  type SheetPlan,
  type TextCut,
} from "../policies/workbook/product-sheet";
import type { Bilingual } from "../policies/schema";
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

/** The used range as the pure layer reads a sheet: anchored at A1, errors as { error }. (Here, not in enterpriseJobs: the pane's table picker reads with it without loading the jobs.) */
export function gridOf(used: UsedRange): RawCell[][] {
  const lead = Array.from({ length: used.columnIndex }, (): RawCell => null);
  const rows = used.values.map((row, r) => [...lead, ...row.map((v, c): RawCell => (used.valueTypes[r]?.[c] === "Error" ? { error: String(v) } : v === "" ? null : v))]);
  return [...Array.from({ length: used.rowIndex }, (): RawCell[] => []), ...rows];
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

/**
 * The values of a sheet's used range (the active sheet when no name is given), or of `range`
 * (an A1 address on the sheet), read in requests of READ_CHUNK_CELLS cells so each stays under
 * Excel's 5 MB payload limit; progress is reported and a cancel stops between requests.
 */
export async function readUsedRange(context: Excel.RequestContext, sheetName?: string, options: { range?: string } & JobControl = {}): Promise<UsedRange> {
  const sheet = await worksheetNamed(context, sheetName);
  const range = options.range ? sheet.getRange(options.range) : sheet.getUsedRangeOrNullObject(true);
  range.load("address,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (range.isNullObject) return { sheet: sheet.name, address: "", rowIndex: 0, columnIndex: 0, values: [], valueTypes: [] };
  const { rowIndex, columnIndex, rowCount, columnCount } = range;
  const step = Math.max(1, Math.floor(READ_CHUNK_CELLS / Math.max(1, columnCount)));
  const values: CellValue[][] = [];
  const valueTypes: string[][] = [];
  const phase = { zh: `正在读取“${sheet.name}”`, en: `Reading "${sheet.name}"` };
  for (let start = 0; start < rowCount; start += step) {
    throwIfCancelled(options);
    const part = sheet.getRangeByIndexes(rowIndex + start, columnIndex, Math.min(step, rowCount - start), columnCount);
    part.load("values,valueTypes");
    await context.sync();
    for (const row of part.values as CellValue[][]) values.push(row);
    for (const row of part.valueTypes as string[][]) valueTypes.push(row);
    options.onProgress?.({ phase, done: Math.min(rowCount, start + step), total: rowCount });
  }
  return { sheet: sheet.name, address: range.address, rowIndex, columnIndex, values, valueTypes };
}

/** Whether a sheet was written by this product: our custom property, or the CLI's marker in A1. */
export async function isOutputSheet(context: Excel.RequestContext, sheetName: string | undefined): Promise<{ name: string; product: boolean }> {
  const sheet = await worksheetNamed(context, sheetName);
  const mark = sheet.customProperties.getItemOrNullObject(OUTPUT_MARK);
  mark.load("value");
  const a1 = sheet.getRange("A1").load("values");
  await context.sync();
  return { name: sheet.name, product: !mark.isNullObject || isProductTitle(a1.values[0]?.[0]) };
}

// ---------------------------------------------------------------------------------------------
// Output sheets

/** Worksheet custom property that marks a sheet as written by this product; its value is the output's key. */
export const OUTPUT_MARK = "landrules.output";
/** The mark of a sheet being written under a temporary name: `pending:<key>` until it replaces the old one. */
const PENDING = "pending:";

export interface WrittenSheet {
  name: string;
  /** True when an earlier output of this product was replaced. */
  replaced: boolean;
}

/** How far a job has got: what it is doing and, where it can count, how much of it is done. */
export interface JobProgress {
  phase: Bilingual;
  done: number;
  total: number;
}

/** What a long read or write is given: a signal that the analyst cancelled, and where to report progress. */
export interface JobControl {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

/** The analyst cancelled: nothing half-done is left behind. */
export function cancelled(): Error {
  const e = new Error("已取消 / cancelled");
  e.name = "AbortError";
  return e;
}

export function throwIfCancelled(control: JobControl | undefined): void {
  if (control?.signal?.aborted) throw cancelled();
}

/**
 * Excel refuses a request whose payload passes 5 MB (Excel on the web, and desktop through the
 * shared runtime). Writes are cut so each sync's estimated payload stays under this; reads by cells.
 */
export const PAYLOAD_BUDGET_BYTES = 2 * 2 ** 20;
/** Cells read per request: 20,000 cells of long text stay well under 5 MB. */
export const READ_CHUNK_CELLS = 20000;
/** Rows per write request at most, whatever their size. */
export const WRITE_CHUNK_ROWS = 5000;
/** Excel's default column is 8.43 characters and 48 points wide. */
const POINTS_PER_CHARACTER = 48 / 8.43;

export { freeSheetName, legalSheetName };

/**
 * A cell value Excel will store as written: text Excel would turn into something else (a
 * formula from = + - @, a number, date or boolean, a leading tab or CR) gets the apostrophe
 * prefix, which Excel keeps as the cell's prefix and does not show; null/undefined become
 * blank; numbers must be finite.
 */
export function cellForWrite(value: CellValue | null | undefined, row: number, column: number): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && !Number.isFinite(value))
    throw sheetError(`第 ${row + 1} 行第 ${column + 1} 列不是有限数值`, `row ${row + 1}, column ${column + 1} is not a finite number`);
  if (typeof value === "string" && excelWouldConvert(value)) return `'${value}`;
  return value;
}

/** The sheets of the workbook with our mark (key or pending key) and, for a sheet named like the key, its A1. */
async function probeOutputs(context: Excel.RequestContext, key: string): Promise<{ own: Excel.Worksheet | null; pending: Excel.Worksheet[]; names: string[]; position: number }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position");
  await context.sync();
  const probes = sheets.items.map((sheet) => {
    const mark = sheet.customProperties.getItemOrNullObject(OUTPUT_MARK);
    mark.load("value");
    const a1 = sheet.name.toLowerCase() === key.toLowerCase() ? sheet.getRange("A1").load("values") : null;
    return { sheet, mark, a1 };
  });
  await context.sync();
  const own =
    probes.find(({ mark }) => !mark.isNullObject && mark.value === key) ??
    probes.find(({ mark, a1 }) => mark.isNullObject && a1 !== null && isProductTitle(a1.values[0]?.[0]));
  const pending = probes.filter(({ mark }) => !mark.isNullObject && mark.value === `${PENDING}${key}`).map((p) => p.sheet);
  return { own: own?.sheet ?? null, pending, names: sheets.items.map((s) => s.name), position: own ? own.sheet.position : sheets.items.length };
}

/** A row's estimated share of a request: text as UTF-8 in JSON, a number or format as a few dozen bytes. */
function rowBytes(cells: readonly OutCell[]): number {
  let n = 16;
  for (const v of cells) n += typeof v === "string" ? v.length * 3 + 8 : 24;
  return n;
}

function applyLook(range: Excel.Range, look: Look): void {
  if (look.bold) range.format.font.bold = true;
  if (look.size) range.format.font.size = look.size;
  if (look.fontColor) range.format.font.color = `#${look.fontColor}`;
  if (look.fill) range.format.fill.color = `#${look.fill}`;
}

/** One request's worth of rows: values, then the looks of the rows that are not table body, then the body's column formats. */
function writeChunk(sheet: Excel.Worksheet, rows: readonly PlannedRow[], first: number, width: number): void {
  const values = Array.from({ length: rows[rows.length - 1]!.index - first + 1 }, (): CellValue[] => Array.from({ length: width }, () => ""));
  for (const r of rows) r.cells.forEach((v, c) => (values[r.index - first]![c] = cellForWrite(v as CellValue | null, r.index, c)));
  sheet.getRangeByIndexes(first, 0, values.length, width).values = values;
  for (const r of rows) {
    if (r.kind === "body") continue;
    r.styles.forEach((style, c) => {
      const look = LOOKS[style];
      if (look.bold || look.size || look.fontColor || look.fill) applyLook(sheet.getRangeByIndexes(r.index, c, 1, 1), look);
    });
  }
  // Body rows of one table share their styles array: each run of them gets its column formats in one call per column.
  for (let i = 0; i < rows.length; ) {
    const start = rows[i]!;
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]!.kind === "body" && rows[j + 1]!.styles === start.styles && rows[j + 1]!.index === rows[j]!.index + 1) j++;
    if (start.kind === "body") {
      const height = j - i + 1;
      start.styles.forEach((style, c) => {
        const format = LOOKS[style].numberFormat;
        if (format) sheet.getRangeByIndexes(start.index, c, height, 1).numberFormat = Array.from({ length: height }, () => [format]);
      });
    }
    i = j + 1;
  }
}

/** Writes the plan's rows into the sheet in requests under the payload budget, reporting progress. */
async function writeRows(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: SheetPlan, control: JobControl | undefined): Promise<void> {
  const phase = { zh: `正在写入“${plan.name}”`, en: `Writing "${plan.name}"` };
  let chunk: PlannedRow[] = [];
  let bytes = 0;
  let first = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    throwIfCancelled(control);
    writeChunk(sheet, chunk, first, plan.width);
    await context.sync();
    control?.onProgress?.({ phase, done: chunk[chunk.length - 1]!.index + 1, total: plan.height });
    chunk = [];
    bytes = 0;
  };
  for (const row of plan.rows()) {
    const size = rowBytes(row.cells);
    if (chunk.length > 0 && (bytes + size > PAYLOAD_BUDGET_BYTES || chunk.length >= WRITE_CHUNK_ROWS)) await flush();
    if (chunk.length === 0) first = row.index;
    chunk.push(row);
    bytes += size;
  }
  await flush();
}

export interface WrittenProductSheet extends WrittenSheet {
  /** Cells whose text was cut to Excel's 32,767 characters. */
  cuts: TextCut[];
}

/**
 * Writes a product sheet (policies/workbook/product-sheet.ts) the way the CLI writes it into
 * a file: same cells, looks, widths, frozen table header and filter. The new sheet is written
 * in full under a temporary name first; only then is the earlier output of this product (same
 * key, even renamed, or the CLI's A1 marker) deleted and the new one renamed into its place,
 * so a failed or cancelled write never leaves an emptied sheet. An analyst's sheet of the same
 * name is never touched; the output takes a free name instead.
 */
export async function writeProductSheet(context: Excel.RequestContext, product: ProductSheet, control?: JobControl): Promise<WrittenProductSheet> {
  const key = legalSheetName(product.name);
  const found = await probeOutputs(context, key);
  // A temporary sheet left by a write that never finished (Excel closed mid-way) is ours to remove.
  for (const stale of found.pending) stale.delete();
  const finalName = found.own ? found.own.name : freeSheetName(key, found.names);
  const temporary = context.workbook.worksheets.add(freeSheetName(`~${key}`, [...found.names, finalName]));
  temporary.customProperties.add(OUTPUT_MARK, `${PENDING}${key}`);
  temporary.load("name");
  await context.sync();
  const plan = planSheet({ ...product, name: finalName });
  try {
    await writeRows(context, temporary, plan, control);
    throwIfCancelled(control);
    const all = temporary.getRangeByIndexes(0, 0, Math.max(1, plan.height), plan.width);
    all.format.font.name = PRODUCT_FONT.name;
    plan.columnWidths.forEach((chars, c) => (temporary.getRangeByIndexes(0, c, 1, 1).format.columnWidth = chars * POINTS_PER_CHARACTER));
    if (plan.table) {
      temporary.freezePanes.freezeRows(plan.table.headerRow + 1);
      temporary.autoFilter.apply(temporary.getRangeByIndexes(plan.table.headerRow, 0, plan.table.lastRow - plan.table.headerRow + 1, plan.table.width));
    }
    await context.sync();
  } catch (e) {
    // The earlier output is untouched; the half-written sheet goes.
    temporary.delete();
    await context.sync().catch(() => undefined);
    throw e;
  }
  if (found.own) found.own.delete();
  temporary.name = finalName;
  temporary.customProperties.add(OUTPUT_MARK, key);
  if (found.own) temporary.position = found.position;
  temporary.activate();
  await context.sync();
  return { name: finalName, replaced: found.own !== null, cuts: plan.cuts };
}

// ---------------------------------------------------------------------------------------------
// Cell marks

/** The fill of a marked cell by severity (the job model's colours, as the CLI writes them). */
export const MARK_FILLS: Readonly<Record<Severity, string>> = { violation: `#${SEVERITY_LOOK.violation.fill}`, notice: `#${SEVERITY_LOOK.notice.fill}` };
/** A violation's fill. */
export const MARK_FILL = MARK_FILLS.violation;
/** Comments this product adds start with this tag, so only they are ever removed. */
export { MARK_TAG };
export const MARKS_SETTING = "landrules.marks";

export interface CellMark {
  sheet: string;
  /** 0-based, relative to the sheet's A1. */
  row: number;
  column: number;
  /** One line, Chinese first then English (rule id and clause included by the caller). */
  message: string;
  /** The fill's colour; a violation when absent. */
  severity?: Severity;
}

/** What was there before a mark, so clearing restores exactly that. */
export interface MarkRecord {
  sheetId: string;
  sheet: string;
  address: string;
  /** The cell's fill colour before the mark; null when it had none (or plain white). */
  priorFill: string | null;
  commentId: string | null;
  /** Our reply on an analyst's comment thread (their comment is never replaced), and that thread. */
  replyId?: string | null;
  threadId?: string | null;
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
const isMarkFill = (colour: string | null | undefined) => Object.values(MARK_FILLS).some((f) => sameColour(colour, f));

/** The fill to restore: none when the cell had none (Excel reports no fill as white). */
function priorFillOf(colour: string | null | undefined): string | null {
  return !colour || sameColour(colour, "#FFFFFF") ? null : colour;
}

/** The comment on each commented cell of these sheets, by address (one thread per cell). */
async function commentedAddresses(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Promise<Map<string, string>> {
  for (const sheet of sheets) sheet.comments.load("items/id");
  await context.sync();
  const located = sheets.flatMap((sheet) => sheet.comments.items.map((c) => ({ id: c.id, where: c.getLocation().load("address") })));
  await context.sync();
  return new Map(located.map((l) => [l.where.address, l.id]));
}

/** Marks per request: each is a few small operations, so thousands fit well under the payload limit. */
export const MARK_CHUNK = 2000;

/**
 * Fills each offending cell with its severity's colour and, where the Excel version has
 * comments, adds the message: a new tagged comment on a cell without one, or a tagged reply on
 * the analyst's own comment thread (their comment is never replaced). Marking a cell twice keeps
 * its original fill on record. Returns how many cells were marked.
 */
export async function markCells(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  ledger: MarkLedger = workbookMarkLedger(),
  withComments = excelApiSupported("1.10"),
  control?: JobControl,
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
  const commented = withComments ? await commentedAddresses(context, [...sheets.values()]) : new Map<string, string>();
  const records = ledger.read();
  const byAddress = new Map(records.map((r) => [r.address, r]));
  const phase = { zh: "正在标出问题单元格", en: "Marking the cells" };
  for (let start = 0; start < marks.length; start += MARK_CHUNK) {
    throwIfCancelled(control);
    const cells = marks.slice(start, start + MARK_CHUNK).map((mark) => {
      const cell = sheets.get(mark.sheet)!.getCell(mark.row, mark.column);
      cell.load("address");
      cell.format.fill.load("color");
      return { mark, cell };
    });
    await context.sync();
    const added: { record: MarkRecord; comment: Excel.Comment }[] = [];
    const replied: { record: MarkRecord; reply: Excel.CommentReply }[] = [];
    for (const { mark, cell } of cells) {
      let record = byAddress.get(cell.address);
      if (!record) {
        const sheet = sheets.get(mark.sheet)!;
        record = { sheetId: sheet.id, sheet: sheet.name, address: cell.address, priorFill: priorFillOf(cell.format.fill.color), commentId: null, replyId: null };
        byAddress.set(cell.address, record);
        records.push(record);
      }
      cell.format.fill.color = MARK_FILLS[mark.severity ?? "violation"];
      if (!withComments || record.commentId || record.replyId) continue;
      const thread = commented.get(cell.address);
      if (thread) {
        const reply = context.workbook.comments.getItem(thread).replies.add(`${MARK_TAG}${mark.message}`);
        reply.load("id");
        replied.push({ record, reply });
        record.threadId = thread;
      } else {
        const comment = context.workbook.comments.add(cell, `${MARK_TAG}${mark.message}`);
        comment.load("id");
        added.push({ record, comment });
        commented.set(cell.address, "");
      }
    }
    await context.sync();
    for (const { record, comment } of added) record.commentId = comment.id;
    for (const { record, reply } of replied) record.replyId = reply.id;
    control?.onProgress?.({ phase, done: Math.min(marks.length, start + MARK_CHUNK), total: marks.length });
  }
  await ledger.write(records);
  return marks.length;
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
    const thread = record.replyId && record.threadId ? context.workbook.comments.getItemOrNullObject(record.threadId) : null;
    thread?.load("id");
    return { record, sheet, comment, thread };
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
    if (!isMarkFill(cell.format.fill.color)) continue;
    if (record.priorFill) cell.format.fill.color = record.priorFill;
    else cell.format.fill.clear();
  }
  for (const { comment } of found)
    if (comment && !comment.isNullObject && comment.content.startsWith(MARK_TAG)) comment.delete();
  // Our replies on the analyst's threads: only a reply still carrying our tag is removed, never their comment.
  const replies = found
    .filter(({ thread }) => thread && !thread.isNullObject)
    .map(({ record, thread }) => {
      const reply = thread!.replies.getItemOrNullObject(record.replyId!);
      reply.load("content");
      return reply;
    });
  await context.sync();
  for (const reply of replies) if (!reply.isNullObject && reply.content.startsWith(MARK_TAG)) reply.delete();
  await context.sync();
  await ledger.write([]);
  return records.length;
}
