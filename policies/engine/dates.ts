import { numError, valueError } from "./errors";

/** A calendar date as ISO text `YYYY-MM-DD`; ISO text compares in date order. */
export type IsoDate = string & { readonly __isoDate: unique symbol };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as IsoDate;
}

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function parseIsoDate(text: string, argument = "date"): IsoDate {
  const t = text.trim();
  if (!isIsoDate(t)) throw valueError(argument, `应为日期（如 2024-03-15），收到 "${text}"`, `expected a date such as 2024-03-15, got "${text}"`);
  return t as IsoDate;
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * Excel's EDATE: the same day `months` later; no such day → the last day of that month.
 * This is how 民法典 第201–202条 count "满 N 年" (RULES.md, reading conventions).
 */
export function edate(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

function utcDays(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return utcDays(b) - utcDays(a);
}

// Excel's 1900 date system: serial 1 = 1900-01-01, and serial 60 is the non-existent
// 1900-02-29 that Excel keeps for Lotus compatibility.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30) / 86_400_000;

export function fromExcelSerial(serial: number, argument = "date"): IsoDate {
  if (!Number.isFinite(serial)) throw valueError(argument, "应为日期", "expected a date");
  const whole = Math.floor(serial);
  if (whole < 1 || whole > 2958465) throw numError(argument, `日期序列号 ${serial} 超出 Excel 日期范围`, `date serial ${serial} is outside Excel's date range`);
  if (whole === 60) throw numError(argument, "1900-02-29 不存在", "1900-02-29 does not exist");
  const days = whole < 60 ? whole + 1 : whole;
  const t = new Date((EXCEL_EPOCH + days) * 86_400_000);
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function toExcelSerial(date: IsoDate): number {
  const days = utcDays(date) - EXCEL_EPOCH;
  return days < 61 ? days - 1 : days;
}

/** Today on the machine's local calendar (what Excel's TODAY() shows the analyst). */
export function localToday(now = new Date()): IsoDate {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
