import { fromExcelSerial, parseIsoDate, type IsoDate } from "../engine/dates";
import { dec, type Dec } from "../engine/decimal";
import { decimalPlaces, MAX_MANTISSA, mantissa, scaled } from "../engine/double-double";
import { RuleError } from "../engine/errors";
import type { Bilingual } from "../schema";

/**
 * A cell as the surfaces hand it over: exceljs and Office.js both reduce to these. Dates
 * arrive as ISO text, error values as `{ error: "#N/A" }`.
 */
export type RawCell = string | number | boolean | null | undefined | { error: string; formula?: string };

export type ParsedNumber =
  | { kind: "number"; value: Dec; percent: boolean }
  | { kind: "blank" }
  | { kind: "invalid"; shown: string; why: Bilingual };

/**
 * A number as a table keeps it: its nearest double, and its exact decimal text only when
 * decimal.js would not read the same value back from the double (more than 15 significant
 * digits, which a cell's own double never has). The exact value is dec(exact ?? d).
 */
export interface CellNumber {
  d: number;
  exact: string | null;
}

export type ParsedCellNumber = { kind: "number"; number: CellNumber; percent: boolean } | { kind: "blank" } | { kind: "invalid"; shown: string; why: Bilingual };

/** The exact value of a table number. */
export function cellDecimal(n: CellNumber): Dec {
  return dec(n.exact ?? n.d);
}

/** −1, 0 or 1 by the exact value (a double that underflowed keeps its text's sign). */
export function cellSign(n: CellNumber): number {
  if (n.exact === null) return n.d > 0 ? 1 : n.d < 0 ? -1 : 0;
  const x = dec(n.exact);
  return x.isZero() ? 0 : x.isNegative() ? -1 : 1;
}

/** A number from its exact value: the double, plus the text when the double does not give it back. */
function fromDecimal(x: Dec): CellNumber {
  const d = x.toNumber();
  return { d, exact: dec(d).eq(x) ? null : x.toString() };
}

// A short decimal (≤ 15 significant digits) is exact as m × 10^e; Number() of it is the nearest double.
const DIGITS = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * n × factor, exact: by integer mantissas when both are short decimals (the product is then a
 * short decimal too, so its nearest double gives it back), else through decimal.js.
 */
export function scaleCellNumber(n: CellNumber, factor: Dec, factorParts: { m: number; e: number } | null): CellNumber {
  const p = n.exact === null && factorParts ? decimalPlaces(n.d) : -1;
  if (p >= 0) {
    const m = mantissa(n.d, p) * factorParts!.m;
    const e = factorParts!.e - p;
    if (Math.abs(m) < MAX_MANTISSA && Math.abs(e) <= 22) return { d: scaled(m, e), exact: null };
  }
  return fromDecimal(cellDecimal(n).times(factor));
}

/** Plain number text (no separators) as a table number: short texts without decimal.js. */
function textNumber(text: string, percent: boolean): CellNumber {
  const m = DIGITS.exec(text);
  if (m) {
    const [, sign, whole = "", fraction = "", exp = "0"] = m;
    const all = (whole + fraction).replace(/^0+/, "");
    const digits = all.replace(/0+$/, "");
    const e = Number(exp) - fraction.length - (percent ? 2 : 0) + (all.length - digits.length);
    if (digits.length <= 15 && Math.abs(e) <= 22) return { d: scaled(Number(`${sign}${digits || "0"}`), e), exact: null };
  }
  const x = dec(text);
  return fromDecimal(percent ? x.div(100) : x);
}

// WORKBOOK.md: blanks are missing, not zero. A lone dash is how Chinese statistical tables
// write "no figure", so it is read as blank too, never as 0.
const BLANK_MARKS = new Set(["", "-", "—", "–", "－", "/", "／"]);
// Excel's number forms include an exponent: 1E+20, 1.5e-3.
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

function errorValue(cell: { error: string; formula?: string }): { kind: "invalid"; shown: string; why: Bilingual } {
  // A formula the file saved without a result, that could not be evaluated either.
  if (cell.formula !== undefined)
    return { kind: "invalid", shown: cell.formula, why: { zh: `公式 ${cell.formula} 没有保存的结果，且无法计算（${cell.error}）`, en: `the formula ${cell.formula} has no saved result and could not be evaluated (${cell.error})` } };
  return { kind: "invalid", shown: cell.error, why: { zh: `单元格为错误值 ${cell.error}`, en: `the cell holds the error ${cell.error}` } };
}

export function isErrorCell(cell: RawCell): cell is { error: string; formula?: string } {
  return typeof cell === "object" && cell !== null && "error" in cell;
}

/** What the cell shows, for reports. */
export function showCell(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  if (isErrorCell(cell)) return cell.error;
  return String(cell);
}

/** Full-width digits, commas and points to ASCII (NFKC), spaces dropped. */
function asciiNumberText(text: string): string {
  return text.normalize("NFKC").replace(/[\s\u00a0\u3000]/g, "").replace(/[，、]/g, ",").replace(/[。]/g, ".");
}

function plainText(text: string): string | null {
  if (PLAIN.test(text)) return text;
  if (GROUPED.test(text)) return text.replace(/,/g, "");
  return null;
}

/**
 * A number from a cell: numbers as they are; text with thousands separators (1,234.5) or
 * full-width digits (１２３) parsed exactly; `20%` as 0.2 (flagged as a percent); anything
 * else is invalid, with the reason.
 */
export function parseNumberCell(cell: RawCell): ParsedNumber {
  const n = parseCellNumber(cell);
  return n.kind === "number" ? { kind: "number", value: cellDecimal(n.number), percent: n.percent } : n;
}

/** parseNumberCell, as the double a table keeps (and the exact text only where the double would lose digits). */
export function parseCellNumber(cell: RawCell): ParsedCellNumber {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (isErrorCell(cell)) return errorValue(cell);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "invalid", shown: String(cell), why: { zh: "不是有限数值", en: "not a finite number" } };
    // decimal.js reads a number by its shortest text, which is what dec(d) gives back.
    return { kind: "number", number: { d: cell, exact: null }, percent: false };
  }
  if (typeof cell === "boolean")
    return { kind: "invalid", shown: String(cell), why: { zh: "应为数值，收到逻辑值", en: "expected a number, got TRUE/FALSE" } };
  const text = asciiNumberText(cell);
  if (BLANK_MARKS.has(text)) return { kind: "blank" };
  const percent = text.endsWith("%");
  const plain = plainText(percent ? text.slice(0, -1) : text);
  if (plain !== null) return { kind: "number", number: textNumber(plain, percent), percent };
  return { kind: "invalid", shown: cell, why: { zh: `应为数值，收到文本“${cell}”`, en: `expected a number, got the text "${cell}"` } };
}

/** Text of a text cell, trimmed; blank → null. Numbers (e.g. an all-digit code) become text. */
export function parseTextCell(cell: RawCell): string | null {
  if (cell === null || cell === undefined || isErrorCell(cell)) return null;
  const t = String(cell).trim();
  return t === "" ? null : t;
}

const YES = new Set(["是", "y", "yes", "true", "1", "√", "✓", "试点"]);
const NO = new Set(["否", "n", "no", "false", "0", "×", "非试点"]);

export type ParsedFlag = { kind: "flag"; value: boolean } | { kind: "blank" } | { kind: "invalid"; shown: string; why: Bilingual };

/** 是/否, TRUE/FALSE, Y/N, 1/0. */
export function parseFlagCell(cell: RawCell): ParsedFlag {
  if (typeof cell === "boolean") return { kind: "flag", value: cell };
  if (isErrorCell(cell)) return errorValue(cell);
  const t = parseTextCell(cell);
  if (t === null) return { kind: "blank" };
  const key = t.normalize("NFKC").toLowerCase();
  if (YES.has(key)) return { kind: "flag", value: true };
  if (NO.has(key)) return { kind: "flag", value: false };
  return { kind: "invalid", shown: t, why: { zh: `应为 是/否，收到“${t}”`, en: `expected yes/no (是/否), got "${t}"` } };
}

export type ParsedDate = { kind: "date"; value: IsoDate } | { kind: "blank" } | { kind: "invalid"; shown: string; why: Bilingual };

// 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日.
const DATE_TEXT = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/** A date cell: an ISO date (how the surfaces hand over date cells), an Excel serial, or text as above. */
export function parseDateCell(cell: RawCell): ParsedDate {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (isErrorCell(cell)) return errorValue(cell);
  const invalid = (why: Bilingual): ParsedDate => ({ kind: "invalid", shown: showCell(cell), why });
  try {
    if (typeof cell === "number") return { kind: "date", value: fromExcelSerial(cell) };
    const text = String(cell).normalize("NFKC").trim();
    if (text === "") return { kind: "blank" };
    const m = DATE_TEXT.exec(text);
    if (!m) return invalid({ zh: `应为日期（如 2024-03-15），收到“${text}”`, en: `expected a date such as 2024-03-15, got "${text}"` });
    return { kind: "date", value: parseIsoDate(`${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`) };
  } catch (e) {
    if (e instanceof RuleError) return invalid({ zh: e.zh, en: e.en });
    throw e;
  }
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
