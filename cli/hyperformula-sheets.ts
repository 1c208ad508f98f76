import type ExcelJS from "exceljs";
import { DetailedCellError, ErrorType, HyperFormula, type RawCellContent } from "hyperformula";
import type { RawCell } from "../policies/workbook/cells";
import { readSheetCells, type FormulaEvaluator, type PendingFormula, type WorkbookPackage } from "../policies/workbook/package/read";
import { registerLandFunctions } from "../functions/hyperformula";
import { hasLostFunction, refersToOtherWorkbook, toEngineFormula, unknownFunctions } from "./formula-text";

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
  /** A shared formula's dependent cell: the group's first cell, to be pasted here (references shift as Excel's do). */
  sharedFrom?: { row: number; col: number };
}

/** A formula left out of the recalculation, its saved result kept: where it is and why. */
export interface KeptFormula {
  sheet: string;
  row: number;
  col: number;
  why: { zh: string; en: string };
}

export interface EngineInput {
  sheets: Record<string, RawCellContent[][]>;
  formulas: FormulaCell[];
  /** Formulas with a saved result the engine cannot recompute (a link to another workbook, a function it does not have). */
  kept: KeptFormula[];
}

// Serial 25569 is 1970-01-01 in Excel's 1900 date system.
const UNIX_EPOCH_SERIAL = 25569;

function excelSerial(d: Date): number {
  return d.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL;
}

/** `B2:C4` → its cells other than the top-left (those hold the array's results, not input). */
export function arrayTail(ref: string): [number, number][] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return [];
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, r1, c2, r2] = [col(m[1]!), Number(m[2]) - 1, col(m[3]!), Number(m[4]) - 1];
  const out: [number, number][] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) out.push([r, c]);
  return out;
}

/**
 * A formula's references to sheets HyperFormula reads only when quoted: Excel writes `数据!A1`
 * bare (CJK names are letters to it), HyperFormula parses `'数据'!A1`. Quoted names and string
 * literals are left as they are.
 */
export function quoteSheetNames(formula: string, names: readonly string[]): string {
  if (!formula.includes("!")) return formula;
  const bare = names.filter((n) => !/^[A-Za-z0-9_]+$/.test(n)).sort((a, b) => b.length - a.length);
  if (bare.length === 0) return formula;
  const alternatives = bare.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const reference = new RegExp(`"(?:[^"]|"")*"|(?<=^|[\\s(,;+\\-*/^&=<>{}:%])(${alternatives})!`, "g");
  return formula.replace(reference, (m: string, name: string | undefined) => (name === undefined ? m : `'${name.replace(/'/g, "''")}'!`));
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
  return { sheets, formulas, kept: [] };
}

/** Why a formula with a saved result keeps it instead of being recomputed, or null when the engine can recompute it. */
function keepsSavedResult(stored: string, known: ReadonlySet<string>): { zh: string; en: string } | null {
  // A link to another workbook, which is not here: Excel keeps the saved result until the link is updated.
  if (refersToOtherWorkbook(stored)) return { zh: "引用其他工作簿（外部链接），保留已保存的结果", en: "refers to another workbook (an external link); its saved result kept" };
  // A function only another program computes (WPS's DISPIMG, …): its saved result is that program's answer, not #NAME?.
  const unknown = unknownFunctions(stored, known);
  if (unknown.length > 0) return { zh: `计算引擎没有函数 ${unknown.join("、")}，保留已保存的结果`, en: `the formula engine has no function ${unknown.join(", ")}; its saved result kept` };
  return null;
}

/** A package cell (read with serials) as HyperFormula content; text keeps a leading apostrophe so it stays text. */
function packageContent(cell: RawCell): RawCellContent {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (typeof cell === "string") return `'${cell}`;
  return cell.error;
}

/**
 * Every sheet of a package as HyperFormula input, read by the package reader (dates as serials),
 * and every formula cell with its stored text. A shared formula's dependent cell is left empty
 * here and names the group's first cell, which the caller pastes into it once the engine is built.
 */
export function packageEngineInput(pkg: WorkbookPackage): EngineInput {
  const sheets: Record<string, RawCellContent[][]> = {};
  const formulas: FormulaCell[] = [];
  const kept: KeptFormula[] = [];
  const names = pkg.sheets.map((s) => s.name);
  registerLandFunctions();
  const known = new Set(HyperFormula.getRegisteredFunctionNames("enGB").map((n) => n.toUpperCase()));
  for (const entry of pkg.sheets) {
    const read = readSheetCells(pkg, entry, { formulas: true, serials: true });
    const grid = read.rows.map((row) => Array.from(row, packageContent));
    const isFormula = new Set(read.formulas!.map((f) => `${f.row},${f.col}`));
    const pending = new Set(read.pending.map((p) => `${p.row},${p.col}`));
    for (const f of read.formulas!) {
      const master = f.shared !== undefined && f.formula === "" ? read.sharedFormulas.get(f.shared) : undefined;
      const stored = master ? master.formula : f.formula;
      if (stored === "") continue; // a dependent cell whose group's first formula the file lacks: left as saved
      // A formula the engine cannot recompute keeps its saved result (and the formulas that read it use it).
      const keeps = pending.has(`${f.row},${f.col}`) ? null : keepsSavedResult(stored, known);
      if (keeps) {
        kept.push({ sheet: read.sheet, row: f.row, col: f.col, why: keeps });
        continue;
      }
      (grid[f.row] ??= [])[f.col] = master ? null : `=${quoteSheetNames(toEngineFormula(stored), names)}`;
      formulas.push({ sheet: read.sheet, row: f.row, col: f.col, stored, ...(f.arrayRef ? { arrayRef: f.arrayRef } : {}), lost: hasLostFunction(stored), ...(master ? { sharedFrom: { row: master.row, col: master.col } } : {}) });
      // An earlier array formula's results are outputs, not inputs: cleared so it can spill again.
      if (f.arrayRef) for (const [r, c] of arrayTail(f.arrayRef)) if (grid[r]?.[c] !== undefined && !isFormula.has(`${r},${c}`)) grid[r]![c] = null;
    }
    sheets[read.sheet] = Array.from(grid, (row) => Array.from(row ?? [], (x) => x ?? null));
  }
  return { sheets, formulas, kept };
}

// ── Formulas the engine cannot take ───────────────────────────────────────────────────────────

/** Excel's limit on a formula's length (characters). */
export const MAX_FORMULA_LENGTH = 8192;

// Formulas at least this long or this deeply nested are tried alone before the sheet is built:
// HyperFormula parses and evaluates recursively, and ~1,500 terms overflow its stack.
const SUSPECT_LENGTH = 1000;
const SUSPECT_DEPTH = 40;

function nesting(formula: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < formula.length; i++) {
    const c = formula.charCodeAt(i);
    if (c === 40) max = Math.max(max, ++depth);
    else if (c === 41) depth--;
  }
  return max;
}

/** Why HyperFormula cannot evaluate a formula (given with `=`), or null when it can. */
export function unevaluableFormula(formula: string): { zh: string; en: string } | null {
  if (formula.length > MAX_FORMULA_LENGTH + 1)
    return { zh: `公式长 ${formula.length - 1} 个字符，超过 Excel 的上限 ${MAX_FORMULA_LENGTH}`, en: `the formula is ${formula.length - 1} characters long, over Excel's limit of ${MAX_FORMULA_LENGTH}` };
  if (formula.length < SUSPECT_LENGTH && nesting(formula) < SUSPECT_DEPTH) return null;
  let hf: HyperFormula | undefined;
  try {
    hf = HyperFormula.buildFromArray([[formula]], { licenseKey: "gpl-v3" });
    hf.getCellValue({ sheet: 0, row: 0, col: 0 });
    return null;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { zh: `公式过长或嵌套过深（${formula.length - 1} 个字符），计算引擎无法计算`, en: `the formula is too long or too deeply nested (${formula.length - 1} characters) for the formula engine` };
  } finally {
    hf?.destroy();
  }
}

// ── Formulas a table was saved without results (openpyxl and other scripts write no results) ──

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// A data table's formulas are Excel's built-ins (SUM, ROUND, …): HyperFormula alone, without the
// LAND functions, which need a profile that reading a table has not. Excel's date system and size.
const TABLE_ENGINE = {
  licenseKey: "gpl-v3",
  dateFormats: ["YYYY-MM-DD"],
  nullDate: { year: 1899, month: 12, day: 31 },
  leapYear1900: true,
  smartRounding: false,
  maxRows: 1_048_576,
  maxColumns: 16_384,
};

/** A cell the package reader gave, as HyperFormula content: text stays text (a date the reader made ISO stays a date). */
function rawContent(cell: RawCell): RawCellContent {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (typeof cell === "string") return ISO_DATE.test(cell) ? cell : `'${cell}`;
  return cell.formula !== undefined ? null : cell.error;
}

function rawResult(v: unknown, formula: string): RawCell {
  if (v instanceof DetailedCellError) {
    // An error the formula itself computes (#DIV/0!) is the cell's value; one the engine raises for lack of a function is not.
    return v.type === ErrorType.NAME || v.type === ErrorType.ERROR || v.type === ErrorType.LIC ? { error: v.value, formula: `=${formula}` } : { error: v.value };
  }
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return { error: "#VALUE!", formula: `=${formula}` };
}

/**
 * The CLI's evaluator for the package reader: the sheet (and any sheet its formulas name) in
 * HyperFormula, each formula saved without a result computed into its cell. A shared formula's
 * dependent cells are the group's first formula pasted there, so references shift as Excel's do.
 */
export const evaluatePending: FormulaEvaluator = (pkg, cells) => {
  const others = cells.pending.some((p) => p.formula.includes("!")) ? pkg.sheets.filter((s) => s.name !== cells.sheet).map((s) => readSheetCells(pkg, s)) : [];
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const read of [cells, ...others]) sheets[read.sheet] = read.rows.map((row) => Array.from(row, rawContent));
  const grid = sheets[cells.sheet]!;
  const names = pkg.sheets.map((s) => s.name);
  const failed = new Map<PendingFormula, RawCell>();
  for (const p of cells.pending) {
    if (p.shared !== undefined && p.formula === "") {
      const master = cells.sharedFormulas.get(p.shared);
      // The group's first formula goes into the engine as a formula, so it can be pasted into this cell.
      if (master) (grid[master.row] ??= [])[master.col] = `=${quoteSheetNames(toEngineFormula(master.formula), names)}`;
      else failed.set(p, { error: "#N/A", formula: "=(shared)" });
      continue;
    }
    const formula = `=${quoteSheetNames(toEngineFormula(p.formula), names)}`;
    const why = unevaluableFormula(formula);
    if (why) failed.set(p, { error: "#VALUE!", formula: `=${p.formula}` });
    else (grid[p.row] ??= [])[p.col] = formula;
  }
  let hf: HyperFormula;
  try {
    hf = HyperFormula.buildFromSheets(sheets, TABLE_ENGINE);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    for (const p of cells.pending) cells.rows[p.row]![p.col] = { error: "#VALUE!", formula: `=${p.formula}` };
    return;
  }
  try {
    const sheet = hf.getSheetId(cells.sheet)!;
    for (const p of cells.pending) {
      if (failed.has(p) || p.shared === undefined || p.formula !== "") continue;
      const master = cells.sharedFormulas.get(p.shared)!;
      hf.copy({ start: { sheet, row: master.row, col: master.col }, end: { sheet, row: master.row, col: master.col } });
      hf.paste({ sheet, row: p.row, col: p.col });
    }
    for (const p of cells.pending) {
      const row = (cells.rows[p.row] ??= []);
      row[p.col] = failed.get(p) ?? rawResult(hf.getCellValue({ sheet, row: p.row, col: p.col }), p.formula || (hf.getCellFormula({ sheet, row: p.row, col: p.col }) ?? "").slice(1));
    }
  } finally {
    hf.destroy();
  }
};
