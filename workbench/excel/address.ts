// A1 addresses as Excel writes them: columns A…XFD, rows 1…1,048,576, a sheet name quoted when
// it is not a plain word. Shared by the Excel stand-in, the workbook model and the grid.

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells, 0-based. */
export interface Rect {
  row: number;
  column: number;
  height: number;
  width: number;
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The sheet name as an address prefix: quoted (with '' for ') unless it is a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u3400-\u9fff][\w.\u3400-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** `A1`, `A1:C3`, or `A:C` / `1:3` for whole columns or rows. */
export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.row, rect.column);
  const lastRow = rect.row + rect.height - 1;
  const lastColumn = rect.column + rect.width - 1;
  if (rect.row === 0 && rect.height === MAX_ROWS) return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  if (rect.column === 0 && rect.width === MAX_COLUMNS) return `${rect.row + 1}:${lastRow + 1}`;
  if (rect.height === 1 && rect.width === 1) return first;
  return `${first}:${cellAddress(lastRow, lastColumn)}`;
}

export function qualifiedAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect)}`;
}

export interface ParsedAddress {
  /** The sheet named in front of `!`, if any. */
  sheet?: string;
  rect: Rect;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function corner(part: string): { row?: number; column?: number } | null {
  const p = part.trim().toUpperCase();
  let m = CELL.exec(p);
  if (m) return { column: columnNumber(m[1]!), row: Number(m[2]) - 1 };
  m = COLUMN.exec(p);
  if (m) return { column: columnNumber(m[1]!) };
  m = ROW.exec(p);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

/** Parses `A1`, `$A$1:C3`, `A:A`, `2:2`, `Sheet!A1`, `'My sheet'!B2:C4`; null when it is none of these. */
export function parseAddress(address: string): ParsedAddress | null {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const prefix = text.slice(0, bang);
    sheet = /^'.*'$/.test(prefix) ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
    text = text.slice(bang + 1);
  }
  const parts = text.split(":");
  if (parts.length > 2 || !parts[0]) return null;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]!) : a;
  if (!a || !b) return null;
  // Both corners must be of one kind: cells, whole columns or whole rows.
  const kind = (c: { row?: number; column?: number }) => (c.row === undefined ? "column" : c.column === undefined ? "row" : "cell");
  if (kind(a) !== kind(b) || (parts.length === 1 && kind(a) !== "cell")) return null;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.column ?? 0;
  const c2 = b.column ?? MAX_COLUMNS - 1;
  const rect = { row: Math.min(r1, r2), column: Math.min(c1, c2), height: Math.abs(r2 - r1) + 1, width: Math.abs(c2 - c1) + 1 };
  if (rect.row + rect.height > MAX_ROWS || rect.column + rect.width > MAX_COLUMNS) return null;
  return sheet === undefined ? { rect } : { sheet, rect };
}
