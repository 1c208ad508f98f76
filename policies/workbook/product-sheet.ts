// What a job writes, as one pure description: the sheet (name, title, blocks of lines and
// tables, column kinds), the cell marks on the analyst's sheet, and the looks they use. The CLI
// (package/write.ts, zip level) and the add-in (addin/sheets.ts, Office.js) only translate it,
// so both write the same names, cells, number formats, fonts, colours, frozen row and filter.
import { bilingualText, citationLine } from "../citations";
import type { Bilingual } from "../schema";
import type { OutCell } from "./layout";
import { columnLetter } from "./cells";

export type Severity = "violation" | "notice";

// ── Looks ──────────────────────────────────────────────────────────────────────────────────

/** The font every product cell uses: Excel's default for Chinese workbooks, named so LibreOffice and WPS pick the same. */
export const PRODUCT_FONT = { name: "等线", size: 11 } as const;

/** A named look; every writer knows each by name. */
export type CellStyle = "title" | "heading" | "label" | "value" | "warning" | "header" | "text" | "integer" | "decimal" | "score" | "percent" | "general";

export interface Look {
  bold?: boolean;
  /** Points; PRODUCT_FONT.size when absent. */
  size?: number;
  /** RRGGBB. */
  fontColor?: string;
  /** RRGGBB, solid. */
  fill?: string;
  /** Excel number format; General when absent. */
  numberFormat?: string;
  wrap?: boolean;
}

/** Counts are whole numbers; money and per-亩 figures two decimals; scores three; shares as percent. */
export const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 13 },
  heading: { bold: true },
  label: { fontColor: "595959" },
  value: {},
  warning: { bold: true, fontColor: "9C5700", fill: "FFEB9C" },
  header: { bold: true, fill: "DDEBF7" },
  text: {},
  integer: { numberFormat: "0" },
  decimal: { numberFormat: "#,##0.00" },
  score: { numberFormat: "0.000" },
  percent: { numberFormat: "0.00%" },
  // A finding's value: General shows what fits and rounds a long fraction for display.
  general: {},
};

/** A marked cell's colours by severity: Excel's own “Bad” and “Neutral” cell styles. */
export const SEVERITY_LOOK: Readonly<Record<Severity, { fill: string; fontColor: string }>> = {
  violation: { fill: "FFC7CE", fontColor: "9C0006" },
  notice: { fill: "FFEB9C", fontColor: "9C5700" },
};

// ── The description ────────────────────────────────────────────────────────────────────────

/** A column of a table: its header and what its values are (which gives the look and format). */
export type ColumnKind = "text" | "integer" | "decimal" | "score" | "percent" | "general";

export interface ProductColumn {
  header: string;
  kind: ColumnKind;
  /** Characters; at least what the header needs. */
  width?: number;
}

/** A label and its value, e.g. 评价日 / Evaluation date · 2024-03-15. */
export interface SheetLine {
  label: string;
  value?: OutCell;
  /** A warning line (draft or expired document, derived profile) stands out. */
  warning?: boolean;
}

export interface LinesBlock {
  kind: "lines";
  heading?: string;
  lines: readonly SheetLine[];
}

export interface TableBlock {
  kind: "table";
  heading?: string;
  columns: readonly ProductColumn[];
  rows: readonly (readonly OutCell[])[];
  /**
   * The body rows made one at a time as the sheet is walked, instead of held (a 1,048,575-row
   * tier sheet); each at most as wide as the columns. When given, the writers read these and
   * `rows` is the same rows made on demand.
   */
  lines?: TableLines;
  /** The sheet's main table: its header row is frozen and filtered. At most one per sheet. */
  primary?: boolean;
}

/** Body rows made when walked: how many, and the i-th. */
export interface TableLines {
  count: number;
  at(i: number): readonly OutCell[];
}

/** A table block whose rows are made as the sheet is walked; `rows` makes them all once, if something reads it. */
export function linesTable(block: Omit<TableBlock, "rows" | "lines">, lines: TableLines): TableBlock {
  let rows: (readonly OutCell[])[] | null = null;
  return {
    ...block,
    lines,
    get rows() {
      rows ??= Array.from({ length: lines.count }, (_, i) => lines.at(i));
      return rows;
    },
  };
}

const bodyCount = (t: TableBlock) => t.lines?.count ?? t.rows.length;

/** A titled group of blocks (a list, an industry group): how a multi-section sheet is made. */
export interface SectionBlock {
  kind: "section";
  heading: string;
  blocks: readonly (LinesBlock | TableBlock)[];
}

export type SheetBlock = LinesBlock | TableBlock | SectionBlock;

/** A sheet the product writes. Its A1 is the title behind SHEET_MARKER, which is how a re-run knows it. */
export interface ProductSheet {
  /** From productSheetName: legal, at most 31 characters. */
  name: string;
  title: string;
  blocks: readonly SheetBlock[];
}

// ── Sheet names ────────────────────────────────────────────────────────────────────────────

export const SHEET_MARKER = "【landrules】";
export const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g;

/** A legal sheet name: none of \ / ? * [ ] :, no apostrophe at either end, not blank or “History” (reserved), at most 31 characters. */
export function legalSheetName(name: string): string {
  let cleaned = name.replace(FORBIDDEN_IN_SHEET_NAME, "_").replace(/^'+|'+$/g, "").trim();
  if (cleaned.toLowerCase() === "history") cleaned = `${cleaned}_`;
  return ([...(cleaned || "landrules")].slice(0, MAX_SHEET_NAME).join("").replace(/'+$/, "") || "landrules");
}

/** A product sheet's name: `<base>_<profile>`, made legal. */
export function productSheetName(base: string, profileId: string): string {
  return legalSheetName(`${base}_${profileId}`);
}

/** `name`, or `name (2)`, `name (3)`, … whichever is not taken (sheet names compare case-insensitively). */
export function freeSheetName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  const base = legalSheetName(name);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join("") + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

export function isProductTitle(a1: unknown): boolean {
  return typeof a1 === "string" && a1.startsWith(SHEET_MARKER);
}

// ── Text as text ───────────────────────────────────────────────────────────────────────────

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32767;

/**
 * Whether Excel, given this text as typed input (Office.js `values`), would store something
 * other than the text: a formula (= + - @), a number, date, percent or boolean it parses, an
 * error value (#…), or a leading apostrophe it would swallow; a leading tab or CR is refused
 * too (CSV formula injection). Such text is written behind an apostrophe, which Excel keeps
 * as the cell's prefix and does not show.
 */
export function excelWouldConvert(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@\t\r'#(.\d\uff10-\uff19\uff0b\uff0d\uff1d\uff20]/.test(text)) return true;
  return /^(true|false)$/i.test(text.trim());
}

/** Text cut to Excel's 32,767 characters, never between the halves of a surrogate pair. */
export function cutToCell(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const end = /[\ud800-\udbff]/.test(text[MAX_CELL_TEXT - 1]!) ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
  return text.slice(0, end);
}

/** A cell whose text was cut to fit Excel's limit: a finding for the job's summary. */
export interface TextCut {
  sheet: string;
  /** A1 address on the product sheet. */
  address: string;
  length: number;
  message: Bilingual;
}

function textCut(sheet: string, row: number, column: number, length: number): TextCut {
  const address = `${columnLetter(column)}${row + 1}`;
  return {
    sheet,
    address,
    length,
    message: {
      zh: `工作表“${sheet}”${address} 的文本有 ${length} 个字符，超过 Excel 单元格上限 ${MAX_CELL_TEXT}，已截断`,
      en: `sheet "${sheet}" ${address}: the text has ${length} characters, more than Excel's ${MAX_CELL_TEXT} per cell; it was cut`,
    },
  };
}

// ── The sheet as rows: what every writer walks ─────────────────────────────────────────────

export interface PlannedRow {
  /** 0-based sheet row. */
  index: number;
  /** What the row is: a table's body rows share their column looks (writers format them by column). */
  kind: "title" | "heading" | "line" | "header" | "body";
  cells: readonly OutCell[];
  /** The look of each cell (shared among a table's rows). */
  styles: readonly CellStyle[];
}

export interface SheetPlan {
  name: string;
  /** Rows and columns the sheet uses. */
  height: number;
  width: number;
  /** Characters per column. */
  columnWidths: number[];
  /** The primary table: header row (frozen under it, filtered from it) and its extent; null when the sheet has none. */
  table: { headerRow: number; lastRow: number; width: number } | null;
  /** The rows, top to bottom, made as they are walked (a 100,000-row table is not copied). Text is cut to the cell limit. */
  rows(): Generator<PlannedRow>;
  /** Cells whose text was cut, known once rows() has been walked. */
  cuts: TextCut[];
}

const KIND_STYLE: Readonly<Record<ColumnKind, CellStyle>> = { text: "text", integer: "integer", decimal: "decimal", score: "score", percent: "percent", general: "general" };

/** Columns a header needs: a CJK character counts two, plus a margin for the filter button. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const FILTER_BUTTON = 3;

type Item =
  | { kind: "blank" }
  | { kind: "heading"; text: string; style: CellStyle }
  | { kind: "lines"; lines: readonly SheetLine[] }
  | { kind: "header"; table: TableBlock }
  | { kind: "body"; table: TableBlock };

function flatten(blocks: readonly SheetBlock[], out: Item[]): void {
  blocks.forEach((b, i) => {
    if (i > 0) out.push({ kind: "blank" });
    if (b.kind === "section") {
      out.push({ kind: "heading", text: b.heading, style: "heading" });
      flatten(b.blocks, out);
      return;
    }
    if (b.heading) out.push({ kind: "heading", text: b.heading, style: "heading" });
    if (b.kind === "lines") out.push({ kind: "lines", lines: b.lines });
    else out.push({ kind: "header", table: b }, { kind: "body", table: b });
  });
}

function itemHeight(item: Item): number {
  if (item.kind === "lines") return item.lines.length;
  if (item.kind === "body") return bodyCount(item.table);
  return 1;
}

const isInteger = (v: OutCell) => typeof v === "number" && Number.isInteger(v);

/**
 * The sheet laid out row by row: the title in A1, then each block (a blank row between
 * blocks), a section's heading before its blocks. Both writers walk this, so the cells, looks,
 * widths, frozen row and filter are the same in a file and in Excel.
 */
export function planSheet(sheet: ProductSheet): SheetPlan {
  const items: Item[] = [{ kind: "heading", text: `${SHEET_MARKER}${sheet.title}`, style: "title" }];
  if (sheet.blocks.length > 0) items.push({ kind: "blank" });
  flatten(sheet.blocks, items);
  const tables = items.filter((i): i is Extract<Item, { kind: "header" }> => i.kind === "header").map((i) => i.table);
  const primaries = tables.filter((t) => t.primary);
  if (primaries.length > 1) throw new Error(`product sheet ${sheet.name}: ${primaries.length} primary tables; a sheet has one frozen, filtered table`);

  let height = 0;
  let table: SheetPlan["table"] = null;
  const widths: number[] = [];
  const widen = (c: number, w: number) => (widths[c] = Math.max(widths[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, w)));
  for (const item of items) {
    if (item.kind === "header") {
      item.table.columns.forEach((col, c) => widen(c, Math.max(col.width ?? 0, textWidth(col.header) + (item.table.primary ? FILTER_BUTTON : 1))));
      if (item.table.primary) table = { headerRow: height, lastRow: height + bodyCount(item.table), width: item.table.columns.length };
    }
    if (item.kind === "lines") for (const l of item.lines) widen(0, textWidth(l.label) + 1);
    height += itemHeight(item);
  }
  // A loop, not Math.max(...rows): a spread of a million rows overflows the stack.
  let width = Math.max(1, widths.length);
  for (const i of items) {
    if (i.kind === "lines") width = Math.max(width, 2);
    if (i.kind === "body" && i.table.lines) width = Math.max(width, i.table.columns.length);
    else if (i.kind === "body") for (const r of i.table.rows) if (r.length > width) width = r.length;
  }
  for (let c = 0; c < width; c++) widen(c, 0);

  const cuts: TextCut[] = [];
  const safe = (v: OutCell, row: number, column: number): OutCell => {
    if (typeof v !== "string" || v.length <= MAX_CELL_TEXT) return v;
    cuts.push(textCut(sheet.name, row, column, v.length));
    return cutToCell(v);
  };
  const safeRow = (cells: readonly OutCell[], row: number): readonly OutCell[] =>
    cells.some((v) => typeof v === "string" && v.length > MAX_CELL_TEXT) ? cells.map((v, c) => safe(v, row, c)) : cells;

  function* rows(): Generator<PlannedRow> {
    cuts.length = 0;
    let index = 0;
    for (const item of items) {
      switch (item.kind) {
        case "blank":
          index++;
          break;
        case "heading":
          yield { index, kind: item.style === "title" ? "title" : "heading", cells: safeRow([item.text], index), styles: [item.style] };
          index++;
          break;
        case "lines":
          for (const l of item.lines) {
            const value = l.value ?? null;
            yield { index, kind: "line", cells: safeRow([l.label, value], index), styles: [l.warning ? "warning" : "label", l.warning ? "warning" : isInteger(value) ? "integer" : "value"] };
            index++;
          }
          break;
        case "header":
          yield { index, kind: "header", cells: safeRow(item.table.columns.map((c) => c.header), index), styles: item.table.columns.map(() => "header") };
          index++;
          break;
        case "body": {
          const styles = item.table.columns.map((c) => KIND_STYLE[c.kind]);
          const lines = item.table.lines;
          if (lines)
            for (let i = 0; i < lines.count; i++) {
              yield { index, kind: "body", cells: safeRow(lines.at(i), index), styles };
              index++;
            }
          else
            for (const cells of item.table.rows) {
              yield { index, kind: "body", cells: safeRow(cells, index), styles };
              index++;
            }
          break;
        }
      }
    }
  }
  return { name: sheet.name, height, width, columnWidths: widths, table, rows, cuts };
}

// ── Cell marks on the analyst's sheet ──────────────────────────────────────────────────────

/** Notes this product writes start with this tag, so only they are ever removed. */
export const MARK_TAG = "〔landrules〕";

/** A cell of the analyst's sheet a finding points at, and what its note says. */
export interface CellMark {
  /** 1-based sheet row and column letters, as findings name them. */
  row: number;
  column: string;
  severity: Severity;
  /** The note's lines (rule, clause, message in Chinese and English), behind MARK_TAG. */
  note: string;
}

/** What a mark is made from: a placed finding (ReportFinding has these). */
export interface MarkSource {
  row: number;
  column: string;
  severity: Severity;
  rule: string;
  citation: string;
  message: Bilingual;
}

/** The line a finding adds to its cell's note. */
export function markLine(f: MarkSource): string {
  const message = bilingualText(f.message);
  return `${f.rule}（${citationLine(f.citation)}）：${message.zh} / ${message.en}`;
}

/** One mark per cell the findings point at: their lines in one note, the violation's colour winning over a notice's. */
export function cellMarks(findings: readonly MarkSource[]): CellMark[] {
  const byCell = new Map<string, { row: number; column: string; severity: Severity; lines: string[] }>();
  for (const f of findings) {
    if (!/^[A-Z]{1,3}$/.test(f.column) || !(f.row >= 1)) continue;
    const key = `${f.column}${f.row}`;
    const m = byCell.get(key) ?? { row: f.row, column: f.column, severity: f.severity, lines: [] };
    if (f.severity === "violation") m.severity = "violation";
    const line = markLine(f);
    if (!m.lines.includes(line)) m.lines.push(line);
    byCell.set(key, m);
  }
  return [...byCell.values()].map((m) => ({ row: m.row, column: m.column, severity: m.severity, note: `${MARK_TAG}${m.lines.join("\n")}` }));
}

/** The sheet as a grid of cells, row 0 first (blank rows empty): for small sheets and tests; writers walk plan.rows(). */
export function sheetGrid(sheet: ProductSheet): { rows: OutCell[][]; tableHeader: number | null } {
  const plan = planSheet(sheet);
  const rows: OutCell[][] = Array.from({ length: plan.height }, () => []);
  for (const r of plan.rows()) rows[r.index] = [...r.cells];
  return { rows, tableHeader: plan.table?.headerRow ?? null };
}
