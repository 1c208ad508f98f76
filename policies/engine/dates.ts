import { numError, valueError } from "./errors";

// Calendar dates as dates (issue 7 item 6). A date is ISO text YYYY-MM-DD with a year from
// 1900 to 9999 (Excel's range); arithmetic goes through a day number computed from the civil
// calendar (no Date.UTC, which reads years 0–99 as 1900–1999), comparisons through that day
// number or compareIsoDates, and a result past 9999-12-31 is an error, never a 5-digit year.

/** A calendar date as ISO text `YYYY-MM-DD`, year 1900–9999 (made only by parseIsoDate and the functions here). */
export type IsoDate = string & { readonly __isoDate: unique symbol };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` as IsoDate;
}

function split(text: string): [number, number, number] | null {
  const m = ISO.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Whether the text is a real calendar date YYYY-MM-DD with a year from 1900 to 9999. */
export function isIsoDate(text: string): boolean {
  const p = split(text);
  if (!p) return false;
  const [y, mo, d] = p;
  return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function parseIsoDate(text: string, argument = "date"): IsoDate {
  const t = text.trim();
  if (isIsoDate(t)) return t as IsoDate;
  const p = split(t);
  if (p && (p[0] < MIN_YEAR || p[0] > MAX_YEAR))
    throw valueError(argument, `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间，收到 "${text}"`, `the year must be from ${MIN_YEAR} to ${MAX_YEAR}, got "${text}"`);
  if (p) throw valueError(argument, `不存在的日期 "${text}"`, `"${text}" is not a calendar date`);
  throw valueError(argument, `应为日期（如 2024-03-15），收到 "${text}"`, `expected a date such as 2024-03-15, got "${text}"`);
}

/** A date from its year, month and day; refused (naming the argument) when it is not a calendar day in 1900–9999. */
export function isoDateOf(year: number, month: number, day: number, argument = "date"): IsoDate {
  if (![year, month, day].every(Number.isInteger)) throw valueError(argument, "年、月、日应为整数", "year, month and day must be whole numbers");
  const text = format(year, month, day);
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw numError(argument, `日期 ${text} 超出 ${MIN_YEAR}–${MAX_YEAR} 年`, `the date ${text} is outside the years ${MIN_YEAR}–${MAX_YEAR}`);
  return parseIsoDate(text, argument);
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil; exact for any year). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** The date's day number (days since 1970-01-01): dates compare and subtract through it. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return daysFromCivil(y, m, d);
}

/** The date of a day number; past 9999-12-31 or before 1900-01-01 is a #NUM! error naming the argument. */
export function fromDayNumber(days: number, argument = "date"): IsoDate {
  const [y, m, d] = civilFromDays(days);
  return isoDateOf(y, m, d, argument);
}

/** Negative when a is earlier, 0 on the same day, positive when later. */
export function compareIsoDates(a: string, b: string): number {
  const [pa, pb] = [split(a), split(b)];
  if (!pa || !pb) throw new Error(`not ISO dates: ${a}, ${b}`);
  return daysFromCivil(...pa) - daysFromCivil(...pb);
}

export const isBeforeDate = (a: IsoDate, b: IsoDate): boolean => dayNumber(a) < dayNumber(b);
export const isOnOrAfter = (a: IsoDate, b: IsoDate): boolean => dayNumber(a) >= dayNumber(b);
export const isAfterDate = (a: IsoDate, b: IsoDate): boolean => dayNumber(a) > dayNumber(b);

/** The date `days` later (earlier when negative). */
export function addDays(date: IsoDate, days: number, argument = "date"): IsoDate {
  return fromDayNumber(dayNumber(date) + days, argument);
}

/**
 * Excel's EDATE: the same day `months` later; no such day → the last day of that month.
 * This is how 民法典 第201–202条 count "满 N 年" (RULES.md, reading conventions).
 * A result past 9999-12-31 is a #NUM! error naming the argument.
 */
export function edate(date: IsoDate, months: number, argument = "date"): IsoDate {
  if (!Number.isInteger(months)) throw numError(argument, `月数应为整数（${months}）`, `a number of months must be whole (${months})`);
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  if (ty < MIN_YEAR || ty > MAX_YEAR)
    throw numError(argument, `${date} 加 ${months} 个月超出 ${MIN_YEAR}–${MAX_YEAR} 年`, `${date} plus ${months} months is outside the years ${MIN_YEAR}–${MAX_YEAR}`);
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

// Excel's 1900 date system: serial 1 = 1900-01-01, and serial 60 is the non-existent
// 1900-02-29 that Excel keeps for Lotus compatibility.
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);
const MAX_SERIAL = 2958465; // 9999-12-31

export function fromExcelSerial(serial: number, argument = "date"): IsoDate {
  if (!Number.isFinite(serial)) throw valueError(argument, "应为日期", "expected a date");
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL) throw numError(argument, `日期序列号 ${serial} 超出 Excel 日期范围（1900-01-01 … 9999-12-31）`, `date serial ${serial} is outside Excel's date range (1900-01-01 … 9999-12-31)`);
  if (whole === 60) throw numError(argument, "1900-02-29 不存在", "1900-02-29 does not exist");
  const days = whole < 60 ? whole + 1 : whole;
  const [y, m, d] = civilFromDays(EXCEL_EPOCH + days);
  return format(y, m, d);
}

export function toExcelSerial(date: IsoDate): number {
  const days = dayNumber(date) - EXCEL_EPOCH;
  return days < 61 ? days - 1 : days;
}

/** Today on the machine's local calendar (what Excel's TODAY() shows the analyst). */
export function localToday(now = new Date()): IsoDate {
  return format(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
