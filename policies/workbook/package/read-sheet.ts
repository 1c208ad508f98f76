// One worksheet part read as it inflates (ECMA-376 Part 1 §18.3): cell values as the pure
// layer takes them, merged ranges, and the formulas saved without a result (to be evaluated
// by whoever can, or reported). Nothing else of the sheet is kept.
import { fromExcelSerial, toExcelSerial, type IsoDate } from "../../engine/dates";
import type { RawCell } from "../cells";
import { inflateOne, StringItemText, type WorkbookPackage, type SheetEntry } from "./read-workbook";
import { OWN_BATCH, ownStrings, xmlSink } from "./read-xml";

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A formula cell the file saved without a result. */
export interface PendingFormula {
  row: number;
  col: number;
  /** The formula text without `=`; empty for a shared formula's dependent cell. */
  formula: string;
  /** A shared formula's group (`si`), when the cell is part of one. */
  shared?: string;
}

/** A formula cell as the file stores it (every one, with or without a saved result). */
export interface SheetFormula {
  row: number;
  col: number;
  /** The formula text without `=`; empty for a shared formula's dependent cell. */
  formula: string;
  shared?: string;
  /** A legacy array formula's range (`E2:E21`), from `<f t="array" ref>`. */
  arrayRef?: string;
}

export interface SheetCells {
  sheet: string;
  /** 0-based rows of 0-based cells; a row or cell the file leaves out is empty. */
  rows: RawCell[][];
  merges: CellRange[];
  /** Formulas without a saved result; their cells hold a `{ error, formula }` until evaluated. */
  pending: PendingFormula[];
  /** Each shared formula's text, by group, from its first cell (ECMA-376 §18.3.1.40). */
  sharedFormulas: Map<string, { row: number; col: number; formula: string }>;
  /** Every formula cell, when read with `formulas: true` (recalc). */
  formulas?: SheetFormula[];
}

/** `AB12` → column 27 (0-based), row 11 (0-based). */
export function parseRef(ref: string): { row: number; col: number } {
  let row = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
  }
  return { row: row - 1, col: columnOf(ref) };
}

/** `AB12` → column 27 (0-based), `$` ignored: no object made, as it runs once per cell. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break; // `$`
  }
  return col - 1;
}

export function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(":");
  if (!a) return null;
  const from = parseRef(a);
  const to = b ? parseRef(b) : from;
  if (from.row < 0 || from.col < 0 || to.row < 0 || to.col < 0) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

// Serial of 1904-01-01 in the 1900 system: a 1904-system serial plus this is the 1900 serial.
const DATE1904_OFFSET = 1462;

/** A formula cell without a saved result, until it is evaluated: an error cell naming the formula. */
export function unevaluated(formula: string): RawCell {
  return { error: "#N/A", formula: `=${formula}` };
}

/** `2024-03-15T00:00:00` (a `t="d"` cell, ISO 8601) → `2024-03-15`; anything else stays as written. */
function isoDateCell(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(T|$)/.exec(text.trim());
  return m ? m[1]! : text;
}

export interface ReadSheetOptions {
  /** Stop after this many rows (peeking at A1 to tell a product sheet). */
  maxRows?: number;
  /** Also list every formula cell, with or without a saved result (recalc). */
  formulas?: boolean;
  /** Dates as the serials Excel computes with: a date-styled number stays a number, an ISO date cell (`t="d"`) becomes its serial. */
  serials?: boolean;
}

/** Reads one worksheet of an open package, streaming its part through saxes. */
export function readSheetCells(pkg: WorkbookPackage, sheet: SheetEntry, options: ReadSheetOptions = {}): SheetCells {
  const rows: RawCell[][] = [];
  const merges: CellRange[] = [];
  const pending: PendingFormula[] = [];
  const sharedFormulas: SheetCells["sharedFormulas"] = new Map();
  const formulas: SheetFormula[] | undefined = options.formulas ? [] : undefined;
  const serials = options.serials === true;
  const strings = pkg.sharedStrings;
  const dates = pkg.dateStyles;
  const maxRows = options.maxRows ?? Infinity;
  let rowsSeen = 0;

  // The row and cell being read.
  let row: RawCell[] = [];
  let rowIndex = -1;
  let col = -1;
  let type = "n";
  let style = 0;
  let value: string | null = null;
  let formula: string | null = null;
  let formulaShared: string | undefined;
  let formulaRef: string | undefined;
  let formulaArray = false;
  let inValue = false;
  let inFormula = false;
  let inInline = false;
  const inline = new StringItemText();
  // Text kept from the sheet itself (inline strings, formula strings), and where it went: copied
  // free of the parsed text in batches (ownStrings), else each would keep its chunk of the sheet.
  const kept: string[] = [];
  const keptAt: { row: RawCell[]; col: number }[] = [];
  let rowKeptFrom = 0;
  const ownKept = () => {
    ownStrings(kept, 0);
    for (let i = 0; i < kept.length; i++) keptAt[i]!.row[keptAt[i]!.col] = kept[i]!;
    kept.length = 0;
    keptAt.length = 0;
  };

  const cellValue = (): RawCell => {
    if (type === "inlineStr") return inline.take();
    if (value === null) return null;
    switch (type) {
      case "s":
        return strings[Number(value)] ?? null;
      case "str":
        return value;
      case "b":
        return value === "1" || value === "true";
      case "e":
        return { error: value };
      case "d": {
        const iso = isoDateCell(value);
        if (!serials || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
        const serial = toExcelSerial(iso as IsoDate);
        return pkg.date1904 ? serial - DATE1904_OFFSET : serial;
      }
      default: {
        if (value === "") return null;
        const n = Number(value);
        if (Number.isNaN(n)) return value;
        if (dates[style] === 1 && !serials) {
          try {
            return fromExcelSerial(pkg.date1904 ? n + DATE1904_OFFSET : n);
          } catch {
            return n;
          }
        }
        return n;
      }
    }
  };

  const sink = xmlSink(
    sheet.part,
    {
      open(tag, a) {
        switch (tag) {
          case "c": {
            const ref = a.r;
            col = ref ? columnOf(ref) : col + 1;
            type = a.t ?? "n";
            style = a.s ? Number(a.s) : 0;
            value = null;
            formula = null;
            formulaShared = undefined;
            formulaRef = undefined;
            formulaArray = false;
            return;
          }
          case "v":
            inValue = true;
            value = "";
            return;
          case "f":
            inFormula = true;
            formula = "";
            formulaShared = a.t === "shared" ? a.si : undefined;
            formulaRef = a.ref;
            formulaArray = a.t === "array";
            return;
          case "is":
            inInline = true;
            return;
          case "row":
            rowIndex = a.r ? Number(a.r) - 1 : rowIndex + 1;
            row = [];
            rowKeptFrom = kept.length;
            col = -1;
            return;
          case "mergeCell": {
            const range = a.ref ? parseRange(a.ref) : null;
            if (range) merges.push(range);
            return;
          }
          default:
            if (inInline) inline.open(tag);
        }
      },
      close(tag) {
        switch (tag) {
          case "v":
            inValue = false;
            return;
          case "f":
            inFormula = false;
            return;
          case "is":
            inInline = false;
            return;
          case "c": {
            if (formulas && formula !== null)
              formulas.push({ row: rowIndex, col, formula, ...(formulaShared !== undefined ? { shared: formulaShared } : {}), ...(formulaArray && formulaRef ? { arrayRef: formulaRef } : {}) });
            const noResult = formula !== null && (value === null || (value === "" && type !== "str")) && type !== "inlineStr";
            if (noResult) {
              const text = formula ?? "";
              if (formulaShared !== undefined && text !== "" && !sharedFormulas.has(formulaShared)) sharedFormulas.set(formulaShared, { row: rowIndex, col, formula: text });
              pending.push({ row: rowIndex, col, formula: text, ...(formulaShared !== undefined ? { shared: formulaShared } : {}) });
              row[col] = unevaluated(text);
            } else {
              if (formulaShared !== undefined && formula && formulaRef && !sharedFormulas.has(formulaShared)) sharedFormulas.set(formulaShared, { row: rowIndex, col, formula });
              const v = cellValue();
              if (v !== null) row[col] = v;
              // V8 copies a slice under 13 characters anyway; shared strings are owned already.
              if (typeof v === "string" && v.length >= 13 && type !== "s") {
                kept.push(v);
                keptAt.push({ row, col });
              }
            }
            return;
          }
          case "row":
            // A copy of exactly its length: a row grown cell by cell has room for half as many again.
            if (row.length > 0) {
              const exact = row.slice();
              for (let i = rowKeptFrom; i < keptAt.length; i++) keptAt[i]!.row = exact;
              rows[rowIndex] = exact;
            }
            if (kept.length >= OWN_BATCH) ownKept();
            rowsSeen++;
            return;
          default:
            if (inInline) inline.close(tag);
        }
      },
      text(t) {
        if (inValue) value += t;
        else if (inFormula) formula += t;
        else if (inInline) inline.text(t);
      },
    },
    () => rowsSeen >= maxRows,
  );
  inflateOne(pkg, sheet.part, sink);
  ownKept();
  // Rows the file leaves out are empty rows, not holes.
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { sheet: sheet.name, rows, merges, pending, sharedFormulas, ...(formulas ? { formulas } : {}) };
}
