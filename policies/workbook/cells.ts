import { fromExcelSerial, parseIsoDate, type IsoDate } from "../engine/dates";
import { dec, type Dec } from "../engine/decimal";
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

function plainNumber(text: string): Dec | null {
  if (PLAIN.test(text)) return dec(text);
  if (GROUPED.test(text)) return dec(text.replace(/,/g, ""));
  return null;
}

/**
 * A number from a cell: numbers as they are; text with thousands separators (1,234.5) or
 * full-width digits (１２３) parsed exactly; `20%` as 0.2 (flagged as a percent); anything
 * else is invalid, with the reason.
 */
export function parseNumberCell(cell: RawCell): ParsedNumber {
  if (cell === null || cell === undefined) return { kind: "blank" };
  if (isErrorCell(cell)) return errorValue(cell);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "invalid", shown: String(cell), why: { zh: "不是有限数值", en: "not a finite number" } };
    return { kind: "number", value: dec(cell), percent: false };
  }
  if (typeof cell === "boolean")
    return { kind: "invalid", shown: String(cell), why: { zh: "应为数值，收到逻辑值", en: "expected a number, got TRUE/FALSE" } };
  const text = asciiNumberText(cell);
  if (BLANK_MARKS.has(text)) return { kind: "blank" };
  const percent = text.endsWith("%");
  const value = plainNumber(percent ? text.slice(0, -1) : text);
  if (value !== null) return { kind: "number", value: percent ? value.div(100) : value, percent };
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
