import type ExcelJS from "exceljs";
import type { RawCellContent } from "hyperformula";
import { hasLostFunction, toEngineFormula } from "./formula-text";

/** A formula cell of the workbook: where it is and the text as stored in the file. */
export interface FormulaCell {
  sheet: string;
  /** 0-based, as HyperFormula addresses cells. */
  row: number;
  col: number;
  stored: string;
  /** The file holds it as a legacy array formula over this range (A1:B3). */
  arrayRef?: string;
  lost: boolean;
}

export interface EngineInput {
  sheets: Record<string, RawCellContent[][]>;
  formulas: FormulaCell[];
}

// Serial 25569 is 1970-01-01 in Excel's 1900 date system.
const UNIX_EPOCH_SERIAL = 25569;

function excelSerial(d: Date): number {
  return d.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL;
}

/** `B2:C4` → its cells other than the top-left (those hold the array's results, not input). */
function arrayTail(ref: string): [number, number][] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return [];
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, r1, c2, r2] = [col(m[1]!), Number(m[2]) - 1, col(m[3]!), Number(m[4]) - 1];
  const out: [number, number][] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) out.push([r, c]);
  return out;
}

/** A non-formula cell as HyperFormula content; text keeps a leading apostrophe so it stays text. */
function contentOf(v: ExcelJS.CellValue): RawCellContent {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return `'${v}`;
  if (v instanceof Date) return excelSerial(v);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return `'${v.richText.map((t) => t.text).join("")}`;
    if ("text" in v) return `'${String((v as { text: unknown }).text)}`;
  }
  return `'${String(v)}`;
}

/** Every sheet as HyperFormula input, and every formula cell with its stored text. */
export function engineInput(wb: ExcelJS.Workbook): EngineInput {
  const sheets: Record<string, RawCellContent[][]> = {};
  const formulas: FormulaCell[] = [];
  for (const ws of wb.worksheets) {
    const grid: RawCellContent[][] = [];
    const results = new Set<string>();
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const at = [r - 1, c - 1] as const;
        (grid[at[0]] ??= [])[at[1]] = null;
        if (cell.type !== 6 /* ValueType.Formula */) {
          grid[at[0]]![at[1]] = contentOf(cell.value);
          return;
        }
        const stored = cell.formula;
        const v = cell.value as { shareType?: string; ref?: string };
        const arrayRef = v.shareType === "array" ? v.ref : undefined;
        if (arrayRef) for (const [rr, cc] of arrayTail(arrayRef)) results.add(`${rr},${cc}`);
        grid[at[0]]![at[1]] = `=${toEngineFormula(stored)}`;
        formulas.push({ sheet: ws.name, row: at[0], col: at[1], stored, ...(arrayRef ? { arrayRef } : {}), lost: hasLostFunction(stored) });
      });
    });
    // An earlier array formula's results are outputs, not inputs: cleared so it can spill again.
    for (const key of results) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (grid[r]?.[c] !== undefined && !formulas.some((f) => f.sheet === ws.name && f.row === r && f.col === c)) grid[r]![c] = null;
    }
    sheets[ws.name] = Array.from(grid, (row) => Array.from(row ?? [], (x) => x ?? null));
  }
  return { sheets, formulas };
}
