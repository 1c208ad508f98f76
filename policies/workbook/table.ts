import type { Dec } from "../engine/decimal";
import { RuleError } from "../engine/errors";
import { parseZone, type Zone } from "../rules/supervision";
import { parseTier } from "../rules/ningbo-siting";
import { parseDataStatus, type DataStatus, type Tier } from "../rules/tiers";
import type { IsoDate } from "../engine/dates";
import type { Bilingual } from "../schema";
import { cellSign, columnLetter, isErrorCell, parseCellNumber, parseDateCell, parseFlagCell, parseTextCell, scaleCellNumber, showCell, type CellNumber, type RawCell } from "./cells";
import { TableNumbers } from "./table-numbers";
import { decimalParts } from "../engine/double-double";
import type { CellRange } from "./package/read-sheet";
import {
  FIELDS,
  fieldSpec,
  findField,
  isNumberField,
  normalizeHeader,
  readHeader,
  SIGNED_FIELDS,
  splitHeader,
  unitFactor,
  type FieldId,
  type DateField,
  type FieldSpec,
  type FlagField,
  type NumberField,
  type TextField,
} from "./vocabulary";

/** A column the product reads, and how it was recognised. */
export interface MappedColumn {
  field: FieldId;
  /** 0-based column index. */
  index: number;
  letter: string;
  header: string;
  /** Multiplier from the header's unit to the field's unit (元 → 万元 is 1/10000). */
  factor: Dec;
  byHand: boolean;
}

export interface HeaderProblem {
  kind: "unmapped" | "ambiguous" | "bad-unit";
  columns: { letter: string; header: string }[];
  field: FieldId | null;
  message: Bilingual;
}

export interface HeaderMapping {
  /** 1-based sheet row of the headers. */
  headerRow: number;
  columns: Partial<Record<FieldId, MappedColumn>>;
  problems: HeaderProblem[];
}

/** The analyst's mapping or table cannot be used as given (the CLI exits 2 on this). */
export class MappingError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "MappingError";
  }
}

const fieldList = () => FIELDS.map((f) => `${f.id}（${f.label.zh}）`).join(", ");

function columnsHeaded(headers: readonly RawCell[], wanted: string): number[] {
  const key = normalizeHeader(wanted);
  const exact = headers.flatMap((h, i) => (normalizeHeader(showCell(h)) === key ? [i] : []));
  if (exact.length > 0) return exact;
  return headers.flatMap((h, i) => (splitHeader(showCell(h)).name === splitHeader(wanted).name ? [i] : []));
}

/** `--map field=Header` (or the task pane's hand mapping) → field and column. */
function manualColumns(headers: readonly RawCell[], manual: Readonly<Record<string, string>>): MappedColumn[] {
  return Object.entries(manual).map(([name, header]) => {
    const field = findField(name);
    if (!field) throw new MappingError(`未知字段“${name}”；可用字段：${fieldList()}`, `unknown field "${name}"; fields are ${fieldList()}`);
    const found = columnsHeaded(headers, header);
    const shown = headers.map(showCell).filter((h) => h.trim() !== "").join("、");
    if (found.length === 0) throw new MappingError(`表头中没有“${header}”（用于 ${field.id}）；现有表头：${shown}`, `no column headed "${header}" (for ${field.id}); headers are: ${shown}`);
    if (found.length > 1)
      throw new MappingError(
        `表头“${header}”出现在多列（${found.map(columnLetter).join("、")}），无法确定 ${field.id}`,
        `"${header}" heads several columns (${found.map(columnLetter).join(", ")}); cannot tell which is ${field.id}`,
      );
    const index = found[0]!;
    const text = showCell(headers[index]);
    // The analyst said what the column is; a recognised unit still converts, anything else is taken as the field's unit.
    const factor = unitFactor(field, splitHeader(text).unit) ?? unitFactor(field, null)!;
    return { field: field.id, index, letter: columnLetter(index), header: text, factor, byHand: true };
  });
}

/** Maps one header row: exact vocabulary only; two columns naming one field are reported, neither used. */
export function mapHeaders(headers: readonly RawCell[], manual: Readonly<Record<string, string>> = {}, headerRow = 1): HeaderMapping {
  const columns: Partial<Record<FieldId, MappedColumn>> = {};
  const problems: HeaderProblem[] = [];
  const byHand = manualColumns(headers, manual);
  for (const c of byHand) columns[c.field] = c;
  const taken = new Set(byHand.map((c) => c.index));
  const candidates = new Map<FieldId, MappedColumn[]>();
  headers.forEach((cell, index) => {
    const header = showCell(cell).trim();
    if (header === "" || taken.has(index)) return;
    const letter = columnLetter(index);
    const reading = readHeader(header);
    if (reading.kind === "unknown") {
      problems.push({ kind: "unmapped", columns: [{ letter, header }], field: null, message: { zh: `未识别的表头“${header}”（${letter} 列），已忽略`, en: `header "${header}" (column ${letter}) not recognised; left alone` } });
      return;
    }
    if (reading.kind === "bad-unit") {
      const f = reading.field;
      problems.push({
        kind: "bad-unit",
        columns: [{ letter, header }],
        field: f.id,
        message: { zh: `“${header}”（${letter} 列）的单位“${reading.unit}”无法换算为 ${f.unit || "该字段"}，未使用；可用 --map ${f.id}=… 指定`, en: `"${header}" (column ${letter}): unit "${reading.unit}" cannot be converted to ${f.unit || f.id}; not used (use --map ${f.id}=… to assign it)` },
      });
      return;
    }
    if (columns[reading.field.id]) return; // mapped by hand; this column is left alone
    const list = candidates.get(reading.field.id) ?? [];
    list.push({ field: reading.field.id, index, letter, header, factor: reading.factor, byHand: false });
    candidates.set(reading.field.id, list);
  });
  for (const [field, list] of candidates) {
    if (list.length === 1) {
      columns[field] = list[0]!;
      continue;
    }
    const where = list.map((c) => `${c.letter}“${c.header}”`).join("、");
    problems.push({
      kind: "ambiguous",
      columns: list.map((c) => ({ letter: c.letter, header: c.header })),
      field,
      message: { zh: `多列都可作为 ${fieldSpec(field).label.zh}（${where}），均未使用；请用 --map ${field}=表头 指定`, en: `several columns could be ${field} (${list.map((c) => `${c.letter} "${c.header}"`).join(", ")}); none used — pick one with --map ${field}=Header` },
    });
  }
  return { headerRow, columns, problems };
}

function recognised(row: readonly RawCell[]): number {
  return row.filter((c) => readHeader(showCell(c)).kind !== "unknown").length;
}

/**
 * The header row: the one among the first rows with the most recognised headers (a title
 * line above the table is common). At least two must be recognised, or the manual ones found.
 */
export function findHeaderRow(grid: readonly (readonly RawCell[])[], manual: Readonly<Record<string, string>> = {}): number {
  let best = -1;
  let bestCount = 0;
  grid.slice(0, 10).forEach((row, i) => {
    const manualHits = Object.values(manual).filter((h) => columnsHeaded(row, h).length > 0).length;
    const count = recognised(row) + manualHits;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  if (best < 0 || bestCount < 2)
    throw new MappingError("前 10 行中找不到表头行（至少需识别两个字段，如 企业名称、用地面积）", "no header row in the first 10 rows (at least two known fields, e.g. 企业名称 and 用地面积, are needed)");
  return best + 1;
}

export interface RowValues
  extends Partial<Record<NumberField, Dec>>, Partial<Record<TextField, string>>, Partial<Record<FlagField, boolean>>, Partial<Record<DateField, IsoDate>> {
  zone?: Zone;
  data_status?: DataStatus;
  last_year_tier?: Tier;
}

export interface TableRow {
  /** 1-based sheet row. */
  row: number;
  values: RowValues;
  /** What a mapped field's cell shows, for reports (undefined when the field is not mapped). */
  shown(field: FieldId): string | undefined;
  /** Fields whose cell could not be read (each has an InputIssue). */
  invalid: ReadonlySet<FieldId>;
}

/** A cell that is not what its column needs: a finding for its row and column. */
export interface InputIssue {
  row: number;
  column: string;
  field: FieldId;
  enterprise: string;
  value: string;
  message: Bilingual;
}

export interface EnterpriseTable {
  mapping: HeaderMapping;
  rows: TableRow[];
  issues: InputIssue[];
  /** Rows left out on purpose (total lines), with why. */
  skipped: { row: number; why: Bilingual }[];
  /** The number columns as doubles (row i of `rows` is row i here); what rows[i].values gives as decimals. */
  numbers?: TableNumbers;
}

const TOTAL_ROW = /^(合计|总计|小计|total|subtotal|sum)$/i;

type CellOutcome = { value: RowValues[keyof RowValues] } | { number: CellNumber } | { blank: true } | { invalid: Bilingual };

function errorText(e: unknown): Bilingual {
  if (e instanceof RuleError) return { zh: e.zh, en: e.en };
  throw e;
}

/** A mapped column as the row loop uses it, looked up once per table rather than once per cell. */
interface ReadColumn {
  column: MappedColumn;
  spec: FieldSpec;
  number: boolean;
  /** The header's unit is the field's own (factor 1): the number is taken as it is. */
  sameUnit: boolean;
  /** The factor as an integer × 10^e, when it is that short (every factor of the vocabulary is). */
  factorParts: { m: number; e: number } | null;
}

// tsx compiles an imported function to a getter on its module's exports: the per-cell path calls local copies.
const parseNumber = parseCellNumber;
const signOf = cellSign;
const scaleNumber = scaleCellNumber;

function readCell({ spec, column, number, sameUnit, factorParts }: ReadColumn, cell: RawCell): CellOutcome {
  if (number) {
    const n = parseNumber(cell);
    if (n.kind === "blank") return { blank: true };
    if (n.kind === "invalid") return { invalid: n.why };
    const sign = signOf(n.number);
    if (sign < 0 && !SIGNED_FIELDS.has(spec.id)) return { invalid: { zh: `${spec.label.zh}不能为负数`, en: `${spec.label.en} cannot be negative` } };
    // `20%` in a cell is already a fraction; only shares may be written so.
    if (n.percent && spec.dimension !== "share") return { invalid: { zh: `${spec.label.zh}不应为百分数（收到 ${showCell(cell)}）`, en: `${spec.label.en} is not a percentage (got ${showCell(cell)})` } };
    if (n.percent) return { number: n.number };
    // Every per-亩 figure divides by the land area.
    if (spec.id === "area_mu" && sign === 0) return { invalid: { zh: "用地面积须大于 0", en: "land area must be greater than 0" } };
    return { number: sameUnit ? n.number : scaleNumber(n.number, column.factor, factorParts) };
  }
  if (spec.dimension === "flag") {
    const f = parseFlagCell(cell);
    return f.kind === "flag" ? { value: f.value } : f.kind === "blank" ? { blank: true } : { invalid: f.why };
  }
  if (spec.dimension === "date") {
    const d = parseDateCell(cell);
    return d.kind === "date" ? { value: d.value } : d.kind === "blank" ? { blank: true } : { invalid: d.why };
  }
  // A formula saved without a result that could not be evaluated is never read as a blank.
  if (isErrorCell(cell) && cell.formula !== undefined) {
    const unread = parseCellNumber(cell);
    if (unread.kind === "invalid") return { invalid: unread.why };
  }
  const text = parseTextCell(cell);
  if (spec.dimension === "status") {
    try {
      return { value: parseDataStatus(text, spec.id) };
    } catch (e) {
      return { invalid: errorText(e) };
    }
  }
  if (text === null) return { blank: true };
  const parser = spec.dimension === "zone" ? parseZone : spec.dimension === "tier" ? parseTier : null;
  if (parser) {
    try {
      return { value: parser(text, spec.id) ?? undefined };
    } catch (e) {
      return { invalid: errorText(e) };
    }
  }
  return { value: text };
}

export interface ReadOptions {
  /** field → header, as given by `--map` or by hand in the task pane. */
  map?: Readonly<Record<string, string>>;
  /** 1-based; found automatically when omitted. */
  headerRow?: number;
  /** The sheet's merged ranges, 0-based (the package reader gives them; a grid from Office.js may not). */
  merges?: readonly CellRange[];
}

const NO_INVALID: ReadonlySet<FieldId> = new Set();

const INDEX = Symbol("row index");

/**
 * What a table's rows' `values` inherit: a getter per number column that makes the exact
 * decimal from the table's numbers when read (a row keeps no decimal of its own).
 */
function valuesPrototype(numbers: TableNumbers, fields: readonly NumberField[]): object {
  const proto = {};
  for (const field of fields)
    Object.defineProperty(proto, field, {
      enumerable: true,
      get(this: { [INDEX]: number }) {
        return numbers.decimal(field, this[INDEX]);
      },
    });
  return proto;
}

/** A row of the table; what its cells showed is worked out when a report asks, from the cells it keeps. */
class SheetRow implements TableRow {
  invalid: ReadonlySet<FieldId> = NO_INVALID;
  values: RowValues;

  constructor(
    readonly row: number,
    private readonly cells: readonly RawCell[],
    private readonly columns: Readonly<Partial<Record<FieldId, MappedColumn>>>,
    prototype: object,
    index: number,
  ) {
    this.values = Object.create(prototype) as RowValues;
    (this.values as { [INDEX]: number })[INDEX] = index;
  }

  shown(field: FieldId): string | undefined {
    const column = this.columns[field];
    return column ? showCell(this.cells[column.index]) : undefined;
  }
}

const isBlankCell = (c: RawCell) => c === null || c === undefined || (typeof c === "string" && c.trim() === "");

/**
 * The grid with each merged value where it belongs: a value merged down a column is each
 * covered row's (WORKBOOK.md v2: a 镇街 or 行业 over several firms), and a header merged over
 * two header rows is both rows'. Merges across columns leave the value in the first column;
 * they are returned by row, widest first, so a row merged across the table can be told.
 */
function spreadMerges(grid: readonly (readonly RawCell[])[], merges: readonly CellRange[]): { rows: RawCell[][]; across: Map<number, number> } {
  const rows = grid as RawCell[][];
  const across = new Map<number, number>();
  for (const m of merges) {
    if (m.right > m.left) across.set(m.top, Math.max(across.get(m.top) ?? 0, m.right - m.left + 1));
    if (m.bottom === m.top) continue;
    const value = grid[m.top]?.[m.left];
    if (isBlankCell(value)) continue;
    // The caller's rows are left as they were: a covered row is copied, then filled.
    for (let r = m.top + 1; r <= m.bottom; r++) {
      const row = (rows[r] = rows[r] ? [...rows[r]!] : []);
      if (isBlankCell(row[m.left])) row[m.left] = value;
    }
  }
  return { rows, across };
}

/** Where the header block is: the header row, and the rows above it merged into it (a two-level header). */
function headerBlock(headerRow: number, merges: readonly CellRange[]): { top: number; bottom: number } {
  const h = headerRow - 1;
  let top = h;
  let bottom = h;
  for (const m of merges) {
    if (m.bottom > m.top && m.top <= h && m.bottom >= h) {
      top = Math.min(top, m.top);
      bottom = Math.max(bottom, m.bottom);
    }
  }
  return { top, bottom };
}

/**
 * One header per column of a two-level header: the lower cell, or the group above it joined
 * to it when only together they name a field (税收 over （万元）); a group alone over its columns
 * is only a group.
 */
function blockHeaders(rows: readonly (readonly RawCell[])[], block: { top: number; bottom: number }, merges: readonly CellRange[]): RawCell[] {
  if (block.top === block.bottom) return [...(rows[block.top] ?? [])];
  // A group cell merged across columns reaches each column it covers.
  const group = (r: number, c: number): RawCell => {
    const direct = rows[r]?.[c];
    if (!isBlankCell(direct)) return direct;
    const m = merges.find((x) => x.top <= r && x.bottom >= r && x.left <= c && x.right >= c);
    return m ? rows[m.top]?.[m.left] : null;
  };
  const width = Math.max(...Array.from({ length: block.bottom - block.top + 1 }, (_, i) => rows[block.top + i]?.length ?? 0));
  return Array.from({ length: width }, (_, c) => {
    const texts: string[] = [];
    for (let r = block.top; r <= block.bottom; r++) {
      const t = showCell(group(r, c)).trim();
      if (t !== "" && texts[texts.length - 1] !== t) texts.push(t);
    }
    if (texts.length === 0) return null;
    const lower = texts[texts.length - 1]!;
    if (readHeader(lower).kind !== "unknown" || texts.length === 1) return lower;
    const joined = texts.slice(-2).join("");
    return readHeader(joined).kind !== "unknown" ? joined : lower;
  });
}

// Lines below a table that are not enterprises (WORKBOOK.md v2): footnotes and signature lines.
const FOOTNOTE = /^(注|备注|说明|附注|注释|资料来源|数据来源)\s*\d*\s*[:：]|^注\s*\d+[.、．]/;
const SIGNATURE = /^(审核人|审核|复核人|复核|审批人|填表人|填报人|制表人|制表|统计员|统计负责人|单位负责人|负责人|联系人|联系电话|填表日期|填报日期|制表日期|报出日期)\s*[:：]/;

/** The row's first text, NFKC-normalized for matching (full-width colons as `:`), or as written for showing. */
function firstText(cells: readonly RawCell[], normalized = true): string {
  for (const c of cells) if (!isBlankCell(c) && !isErrorCell(c)) return normalized ? String(c).trim().normalize("NFKC") : String(c).trim();
  return "";
}

// The first characters a footnote or signature label can start with: most cells are tested by one lookup.
// By char code: no one-character string is made per cell of a 100,000-row table.
const LABEL_START = new Set([..."注备说附资数审复填制统单负联"].map((ch) => ch.charCodeAt(0)));
const mayBeLabel = (c: RawCell): c is string => typeof c === "string" && LABEL_START.has(c.trimStart().charCodeAt(0));

/** A skipped line's first text as its message shows it. */
function shownFirst(cells: readonly RawCell[]): string {
  return (firstText(cells, false) || "").slice(0, 20);
}

/** A footnote or signature line: the table ends there. */
function belowTable(cells: readonly RawCell[]): Bilingual | null {
  const first = cells.find((c) => !isBlankCell(c));
  if (mayBeLabel(first) && FOOTNOTE.test(first.trim().normalize("NFKC"))) return { zh: "脚注", en: "a footnote" };
  for (const c of cells) if (mayBeLabel(c) && SIGNATURE.test(c.trim().normalize("NFKC"))) return { zh: "签署行", en: "a signature line" };
  return null;
}

/** The enterprise table of a sheet: mapped columns, one typed row per enterprise, and every cell problem. */
export function readEnterpriseTable(grid: readonly (readonly RawCell[])[], options: ReadOptions = {}): EnterpriseTable {
  const manual = options.map ?? {};
  const merges = options.merges ?? [];
  const { rows: filled, across } = merges.length > 0 ? spreadMerges([...grid] as RawCell[][], merges) : { rows: grid as RawCell[][], across: new Map<number, number>() };
  const headerRow = options.headerRow ?? findHeaderRow(filled, manual);
  const block = headerBlock(headerRow, merges);
  const mapping = mapHeaders(blockHeaders(filled, block, merges), manual, block.bottom + 1);
  const reads: ReadColumn[] = (Object.values(mapping.columns) as MappedColumn[]).map((column) => ({
    column,
    spec: fieldSpec(column.field),
    number: isNumberField(column.field),
    sameUnit: column.factor.eq(1),
    factorParts: decimalParts(column.factor),
  }));
  const numberFields = reads.filter((r) => r.number).map((r) => r.column.field as NumberField);
  const numbers = new TableNumbers(numberFields, Math.max(0, filled.length - block.bottom - 1));
  const prototype = valuesPrototype(numbers, numberFields);
  // A row merged over at least half the table (and three columns) is a section or note line.
  const headerWidth = (filled[block.bottom] ?? []).filter((c) => !isBlankCell(c)).length;
  const acrossTable = Math.max(3, Math.ceil(headerWidth / 2));
  const rows: TableRow[] = [];
  const issues: InputIssue[] = [];
  const skipped: EnterpriseTable["skipped"] = [];
  let below: { row: number; what: Bilingual } | null = null;
  for (let r = block.bottom + 1; r < filled.length; r++) {
    const cells = filled[r] ?? [];
    if (cells.every(isBlankCell)) continue;
    const sheetRow = r + 1;
    const end = belowTable(cells);
    if (below && !end) {
      skipped.push({ row: sheetRow, why: { zh: `第 ${sheetRow} 行在第 ${below.row} 行${below.what.zh}之下，不是企业，未计入`, en: `row ${sheetRow} is below ${below.what.en} (row ${below.row}), not an enterprise; left out` } });
      continue;
    }
    const name = mapping.columns.enterprise ? (parseTextCell(cells[mapping.columns.enterprise.index]) ?? "") : "";
    const first = name === "" ? firstText(cells) : "";
    if (TOTAL_ROW.test(name.replace(/\s/g, "")) || (name === "" && TOTAL_ROW.test(first.replace(/\s/g, "")))) {
      skipped.push({ row: sheetRow, why: { zh: `第 ${sheetRow} 行为合计行（${name || first}），未计入`, en: `row ${sheetRow} is a total line (${name || first}); left out` } });
      continue;
    }
    if (end) {
      below = { row: sheetRow, what: end };
      skipped.push({ row: sheetRow, why: { zh: `第 ${sheetRow} 行为${end.zh}（${shownFirst(cells)}），不是企业，未计入`, en: `row ${sheetRow} is ${end.en} (${shownFirst(cells)}), not an enterprise; left out` } });
      continue;
    }
    if ((across.get(r) ?? 0) >= acrossTable) {
      skipped.push({ row: sheetRow, why: { zh: `第 ${sheetRow} 行为跨列合并的分节或说明行（${shownFirst(cells)}），不是企业，未计入`, en: `row ${sheetRow} is merged across the table, a section or note line (${shownFirst(cells)}); left out` } });
      continue;
    }
    const index = rows.length;
    const row = new SheetRow(sheetRow, cells, mapping.columns, prototype, index);
    for (const read of reads) {
      const cell = cells[read.column.index];
      const outcome = readCell(read, cell);
      if ("number" in outcome) numbers.set(read.column.field as NumberField, index, outcome.number);
      else if ("value" in outcome) (row.values as Record<string, unknown>)[read.column.field] = outcome.value;
      else if ("invalid" in outcome) {
        row.invalid = new Set(row.invalid).add(read.column.field);
        issues.push({ row: sheetRow, column: read.column.letter, field: read.column.field, enterprise: name, value: showCell(cell), message: outcome.invalid });
      }
    }
    rows.push(row);
  }
  return { mapping, rows, issues, skipped, numbers };
}

/**
 * Where a sheet row is among the table's rows (rows are in sheet order), or −1: a binary search
 * over the row numbers, for lookups that would otherwise need a map of every row.
 */
export function rowIndexOf(rowNumbers: Int32Array, sheetRow: number): number {
  let lo = 0;
  let hi = rowNumbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rowNumbers[mid]! < sheetRow) lo = mid + 1;
    else hi = mid;
  }
  return lo < rowNumbers.length && rowNumbers[lo] === sheetRow ? lo : -1;
}

/** The table's sheet row numbers, in order (what rowIndexOf searches). */
export function rowNumbersOf(table: EnterpriseTable): Int32Array {
  return Int32Array.from(table.rows, (r) => r.row);
}

/** Fields missing from the mapping among those a command needs. */
export function missingFields(mapping: HeaderMapping, needed: readonly FieldId[]): FieldId[] {
  return needed.filter((f) => !mapping.columns[f]);
}
