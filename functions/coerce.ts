// Excel-shaped values → engine inputs. Every reader names the argument in its error message.
import { dec, type Dec } from "../policies/engine/decimal";
import { fromExcelSerial, parseIsoDate, type IsoDate } from "../policies/engine/dates";
import { CellError, ErrorValue, numFault, valueFault, type RawArg, type Scalar } from "./cells";

/** A cell read from a range: its value, or the error it holds. */
export type Cell = Scalar | ErrorValue;

export function isBlank(v: RawArg): v is null | undefined | "" {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** An error cell where a value is needed: the same code when the contract has it, else #VALUE!. */
export function errorCellFault(argument: string, e: ErrorValue, where = ""): CellError {
  const code = e.code === "#NUM!" || e.code === "#N/A" ? e.code : "#VALUE!";
  const zh = `${where}单元格为错误值 ${e.code}`;
  const en = `${where ? where + ": " : ""}the cell holds the error ${e.code}`;
  return new CellError(code, `${argument}：${zh} / ${argument}: ${en}`);
}

/** One value: a 1×1 range is its cell; a larger range where one value is expected is #VALUE!. */
export function single(v: RawArg, argument: string): Cell {
  if (v === undefined) return null;
  if (!Array.isArray(v)) return v;
  const rows = v.length;
  const cols = rows ? (v[0]?.length ?? 0) : 0;
  if (rows === 1 && cols === 1) return single(v[0]![0], argument);
  throw valueFault(argument, `应为单个值，收到 ${rows}×${cols} 的区域`, `expected a single value, got a ${rows}×${cols} range`);
}

/** The cells of a range in reading order (row by row); a single value is a range of one. */
export function cellsOf(v: RawArg, argument: string): Cell[] {
  if (!Array.isArray(v)) return [v === undefined ? null : v];
  const out: Cell[] = [];
  for (const row of v) {
    if (!Array.isArray(row)) throw valueFault(argument, "区域的格式不正确", "malformed range");
    for (const c of row) {
      if (Array.isArray(c)) throw valueFault(argument, "区域的格式不正确", "malformed range");
      out.push(c === undefined ? null : c);
    }
  }
  return out;
}

/** Full-width digits, letters and punctuation (１２３，．－) as ASCII; trimmed. */
export function normalizeText(s: string): string {
  return s.normalize("NFKC").replace(/[\u2212\u2012-\u2015]/g, "-").trim();
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Numeric text as an exact decimal: thousands separators, full-width digits, a trailing %. */
export function parseNumericText(text: string): Dec | null {
  let t = normalizeText(text).replace(/\s+/g, "");
  const percent = t.endsWith("%");
  if (percent) t = t.slice(0, -1);
  if (GROUPED.test(t)) t = t.replace(/,/g, "");
  if (!NUMBER.test(t)) return null;
  const x = dec(t);
  return percent ? x.div(100) : x;
}

function describe(v: Cell): string {
  if (typeof v === "string") return `"${v}"`;
  return String(v).toUpperCase();
}

function blankFault(argument: string): CellError {
  return valueFault(argument, "缺少取值（单元格为空）", "missing (blank cell)");
}

/** A number (exact decimal), or null for a blank. */
export function optionalDec(v: RawArg, argument: string): Dec | null {
  const c = single(v, argument);
  if (c instanceof ErrorValue) throw errorCellFault(argument, c);
  if (isBlank(c)) return null;
  if (typeof c === "number") {
    if (!Number.isFinite(c)) throw valueFault(argument, "应为有限数值", "expected a finite number");
    return dec(c);
  }
  if (typeof c === "string") {
    const x = parseNumericText(c);
    if (x) return x;
  }
  throw valueFault(argument, `应为数字，收到 ${describe(c)}`, `expected a number, got ${describe(c)}`);
}

export function readDec(v: RawArg, argument: string, fallback?: Dec): Dec {
  const x = optionalDec(v, argument);
  if (x) return x;
  if (fallback) return fallback;
  throw blankFault(argument);
}

/** A number as a double, for engine inputs that are counts or scores. */
export function readNumber(v: RawArg, argument: string): number {
  const x = readDec(v, argument).toNumber();
  if (!Number.isFinite(x)) throw numFault(argument, "数值超出范围", "number out of range");
  return x;
}

/** Text (full-width folded to ASCII, trimmed), or null for a blank. Numbers and flags come as their text. */
export function readText(v: RawArg, argument: string): string | null {
  const c = single(v, argument);
  if (c instanceof ErrorValue) throw errorCellFault(argument, c);
  if (isBlank(c)) return null;
  return typeof c === "string" ? normalizeText(c) : describe(c);
}

export function requireText(v: RawArg, argument: string): string {
  const t = readText(v, argument);
  if (t === null) throw blankFault(argument);
  return t;
}

const TRUE_WORDS = new Set(["TRUE", "是", "Y", "YES", "1", "真"]);
const FALSE_WORDS = new Set(["FALSE", "否", "N", "NO", "0", "假"]);

/** TRUE/FALSE, 1/0, 是/否; a blank is the default. */
export function readFlag(v: RawArg, argument: string, fallback: boolean): boolean {
  const c = single(v, argument);
  if (c instanceof ErrorValue) throw errorCellFault(argument, c);
  if (isBlank(c)) return fallback;
  if (typeof c === "boolean") return c;
  if (c === 1 || c === 0) return c === 1;
  const t = typeof c === "string" ? normalizeText(c).toUpperCase() : "";
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  throw valueFault(argument, `应为 TRUE/FALSE（是/否），收到 ${describe(c)}`, `expected TRUE/FALSE (是/否), got ${describe(c)}`);
}

/** TRUE/FALSE as readFlag, or null for a blank (when "not said" differs from FALSE). */
export function optionalFlag(v: RawArg, argument: string): boolean | null {
  return isBlank(single(v, argument)) ? null : readFlag(v, argument, false);
}

const SLASHED = /^(\d{4})[/.\-年](\d{1,2})[/.\-月](\d{1,2})日?$/;

/** A date: an Excel serial, or text such as 2024-03-15, 2024/3/15, 2024年3月15日. */
export function readDate(v: RawArg, argument: string): IsoDate {
  const c = single(v, argument);
  if (c instanceof ErrorValue) throw errorCellFault(argument, c);
  if (isBlank(c)) throw blankFault(argument);
  if (typeof c === "number") return fromExcelSerial(c, argument);
  if (typeof c === "string") {
    const t = normalizeText(c);
    const m = SLASHED.exec(t);
    if (m) return parseIsoDate(`${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`, argument);
    const serial = parseNumericText(t);
    if (serial) return fromExcelSerial(serial.toNumber(), argument);
  }
  throw valueFault(argument, `应为日期（Excel 日期或 2024-03-15 形式的文本），收到 ${describe(c)}`, `expected a date (an Excel date or text such as 2024-03-15), got ${describe(c)}`);
}

/** A whole number such as a year; a fraction is out of domain (#NUM!). */
export function readWhole(v: RawArg, argument: string, fallback?: number): number {
  const x = readDec(v, argument, fallback === undefined ? undefined : dec(fallback));
  if (!x.isInteger()) throw numFault(argument, `应为整数，收到 ${x.toFixed()}`, `must be a whole number, got ${x.toFixed()}`);
  return readNumber(x.toFixed(), argument);
}

/** A date, or null for a blank. */
export function optionalDate(v: RawArg, argument: string): IsoDate | null {
  return isBlank(single(v, argument)) ? null : readDate(v, argument);
}

/** Every cell of a range as an exact number, each named by its place (values[2]). */
export function decsOf(arg: RawArg, argument: string): Dec[] {
  return cellsOf(arg, argument).map((c, i) => readDec(c, `${argument}[${i + 1}]`));
}

/** The non-blank cells of a range, as exact numbers (blanks are rows not filled in); `check` sees each with its cell's name. */
export function filledDecs(arg: RawArg, argument: string, check: (x: Dec, cell: string) => Dec = (x) => x): Dec[] {
  return cellsOf(arg, argument)
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !isBlank(c))
    .map(({ c, i }) => check(readDec(c, `${argument}[${i + 1}]`), `${argument}[${i + 1}]`));
}

/** A number the other arguments make necessary: a blank says why it is needed. */
export function neededDec(v: RawArg, argument: string, why: { zh: string; en: string }): Dec {
  if (isBlank(single(v, argument))) throw valueFault(argument, why.zh, why.en);
  return readDec(v, argument);
}
