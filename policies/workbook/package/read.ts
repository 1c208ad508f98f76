// The package reader's front door: bytes of a workbook in, the enterprise table's sheet out, as
// cells the table reader takes (WORKBOOK.md v2). Bytes in and no Node APIs, so the CLI and the
// workbench (in a browser) read files the same way. Formulas saved without a result go to an
// evaluator the caller injects (the CLI's is HyperFormula; this layer never imports it).
import { isProductTitle } from "../product-sheet";
import { PackageError } from "./read-errors";
import { readSheetCells, type SheetCells } from "./read-sheet";
import { openWorkbookPackage, type SheetEntry, type WorkbookPackage } from "./read-workbook";
import type { InflateLimits } from "./read-zip";

export { PackageError } from "./read-errors";
export type { PackageProblem } from "./read-errors";
export { openWorkbookPackage, type SheetEntry, type WorkbookPackage } from "./read-workbook";
export { readSheetCells, parseRef, parseRange, type CellRange, type PendingFormula, type SheetCells, type SheetFormula } from "./read-sheet";
export { checkInflation, DEFAULT_LIMITS, InflateBudget, inflatePart, inflateParts, listParts, type InflateLimits, type PartSink } from "./read-zip";

/**
 * Computes the formulas a sheet was saved with but without results, writing each value into
 * `cells.rows`; a formula it cannot compute becomes an error cell naming it (never a blank).
 */
export type FormulaEvaluator = (pkg: WorkbookPackage, cells: SheetCells) => void;

const isValue = (v: unknown) => v !== null && v !== undefined && v !== "";

/** Whether a sheet holds any value: a chart tab (LibreOffice saves one as a sheet with only the chart) cannot be the table. */
const hasValues = (cells: SheetCells) => cells.rows.some((row) => row?.some(isValue));

/** The sheet named, or the first visible sheet with values the product did not write; an unknown name lists the sheets. */
export function pickSheet(pkg: WorkbookPackage, name: string | undefined): SheetEntry {
  const names = pkg.sheets.map((s) => s.name);
  if (name !== undefined) {
    const found = pkg.sheets.find((s) => s.name === name) ?? pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new PackageError("no-sheet", { zh: `没有名为“${name}”的工作表；现有：${names.join("、")}`, en: `no sheet named "${name}"; sheets are: ${names.join(", ")}` });
    return found;
  }
  for (const sheet of pkg.sheets) {
    if (sheet.hidden) continue;
    const first = readSheetCells(pkg, sheet, { maxRows: 1 }).rows[0];
    if (isProductTitle(first?.[0])) continue;
    if (first?.some(isValue) || hasValues(readSheetCells(pkg, sheet))) return sheet;
  }
  throw new PackageError("no-sheet", { zh: "工作簿中没有数据工作表", en: "the workbook has no data sheet" });
}

/** The first visible sheet with values the product did not write, read whole (usually the first sheet: one pass, no peek). */
function firstDataSheet(pkg: WorkbookPackage): SheetCells {
  for (const sheet of pkg.sheets) {
    if (sheet.hidden) continue;
    const cells = readSheetCells(pkg, sheet);
    if (!isProductTitle(cells.rows[0]?.[0]) && hasValues(cells)) return cells;
  }
  throw new PackageError("no-sheet", { zh: "工作簿中没有数据工作表", en: "the workbook has no data sheet" });
}

export interface ReadTableSheetOptions {
  sheet?: string;
  evaluate?: FormulaEvaluator;
  limits?: InflateLimits;
}

/** Opens the package, picks the sheet and reads its cells; pending formulas are evaluated when an evaluator is given. */
export function readTableSheet(bytes: Uint8Array, options: ReadTableSheetOptions = {}): { pkg: WorkbookPackage; cells: SheetCells } {
  const pkg = openWorkbookPackage(bytes, options.limits);
  const cells = options.sheet !== undefined ? readSheetCells(pkg, pickSheet(pkg, options.sheet)) : firstDataSheet(pkg);
  if (cells.pending.length > 0 && options.evaluate) options.evaluate(pkg, cells);
  return { pkg, cells };
}
