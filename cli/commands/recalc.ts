import { readFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { CellType, DetailedCellError, type HyperFormula, type SimpleCellAddress } from "hyperformula";
import { fixedHost } from "../../functions/host";
import { buildLandHyperFormula } from "../../functions/hyperformula";
import { columnLetter } from "../../policies/workbook/cells";
import { EXIT, UsageError } from "../errors";
import { progress, type Io } from "../io";
import { ACTIVE_PROFILE_SETTING, savedAddinSettings } from "../addin-settings";
import { callsLand } from "../formula-text";
import { engineInput, unevaluableFormula, type FormulaCell } from "../hyperformula-sheets";
import { asOfOption, profileOption, stampOf } from "../options";
import { checkOutPath, readWorkbook, saveWorkbook } from "../xlsx";
import { checkInflation, InflateBudget, openWorkbookPackage, PackageError } from "../../policies/workbook/package/read";
import { packageUsageError, readInputFile } from "./table";

export interface RecalcOptions {
  profile?: string;
  "as-of"?: string;
  out?: string;
}

// Error codes an .xlsx can hold as a cached result; HyperFormula's own (#ERROR!, #CYCLE!, …) are not.
const EXCEL_ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);

type Cached = number | string | boolean | null | { error: string };

function cachedOf(v: unknown): Cached | undefined {
  if (v instanceof DetailedCellError) return EXCEL_ERRORS.has(v.value) ? { error: v.value } : undefined;
  if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return undefined;
}

/** The spill of an array formula: how far its results reach right and down from the anchor. */
function spillSize(hf: HyperFormula, at: SimpleCellAddress): { width: number; height: number } {
  if (hf.getCellType(at) !== CellType.ARRAYFORMULA) return { width: 1, height: 1 };
  let width = 1;
  while (hf.getCellType({ ...at, col: at.col + width }) === CellType.ARRAY) width++;
  let height = 1;
  while (hf.getCellType({ ...at, row: at.row + height }) === CellType.ARRAY) height++;
  return { width, height };
}

/** Writes one formula's computed value as its cached result; the formula text stays as stored. */
function writeResult(ws: ExcelJS.Worksheet, hf: HyperFormula, f: FormulaCell, at: SimpleCellAddress): Cached | undefined {
  const cell = ws.getCell(f.row + 1, f.col + 1);
  const result = cachedOf(hf.getCellValue(at));
  const { width, height } = spillSize(hf, at);
  const original = cell.value as unknown as Record<string, unknown>;
  const next: Record<string, unknown> = { ...original, result: result ?? undefined };
  if (width * height > 1) {
    next.shareType = "array";
    next.ref = `${columnLetter(f.col)}${f.row + 1}:${columnLetter(f.col + width - 1)}${f.row + height}`;
    for (let r = 0; r < height; r++)
      for (let c = 0; c < width; c++) {
        if (r === 0 && c === 0) continue;
        const v = cachedOf(hf.getCellValue({ ...at, row: at.row + r, col: at.col + c }));
        ws.getCell(f.row + 1 + r, f.col + 1 + c).value = (v ?? null) as ExcelJS.CellValue;
      }
  }
  cell.value = next as unknown as ExcelJS.CellValue;
  return result;
}

function profileFor(io: Io, options: RecalcOptions, input: string): string | null {
  if (options.profile !== undefined) return profileOption(options.profile, true).id;
  const saved = savedAddinSettings(readFileSync(input))[ACTIVE_PROFILE_SETTING];
  if (typeof saved === "string") {
    const id = profileOption(saved, true).id;
    io.out(`配置 / profile: ${id}（工作簿中任务窗格保存的选择 / the choice saved by the task pane）`);
    return id;
  }
  io.err("提示 / note: 未指定 --profile，工作簿中也没有保存的配置；未写 profile 参数的 LAND 公式将返回 #N/A / no --profile and none saved in the workbook; LAND formulas without a profile argument give #N/A");
  return null;
}

/**
 * `landrules recalc`: every formula evaluated by HyperFormula with the LAND functions (as typed
 * or as Excel stores them), results written as the cells' cached values, formulas kept.
 */
export async function recalcCommand(io: Io, input: string, options: RecalcOptions): Promise<number> {
  const asOf = asOfOption(options["as-of"], io);
  const out = checkOutPath(input, options.out);
  // The package reader first: other formats are named, and a bomb is refused before exceljs holds the package.
  const bytes = readInputFile(input);
  try {
    openWorkbookPackage(bytes);
    checkInflation(bytes, new InflateBudget(bytes.length));
  } catch (e) {
    if (e instanceof PackageError) throw packageUsageError(input, e);
    throw e;
  }
  const wb = await readWorkbook(input);
  const profile = profileFor(io, options, input);
  const { sheets, formulas } = engineInput(wb);
  // A formula the engine cannot take (too long, too deep: its stack overflows) is kept out of the
  // engine and becomes #VALUE! in its own cell; every other formula evaluates.
  const refused = new Map<FormulaCell, { zh: string; en: string }>();
  for (const f of formulas) {
    const why = unevaluableFormula(String(sheets[f.sheet]![f.row]![f.col]));
    if (!why) continue;
    refused.set(f, why);
    sheets[f.sheet]![f.row]![f.col] = null;
  }
  let hf: ReturnType<typeof buildLandHyperFormula>;
  try {
    hf = buildLandHyperFormula(sheets, fixedHost(profile, asOf));
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new UsageError("公式之间的引用链过深，计算引擎无法计算此工作簿", "the chain of references between formulas is too deep for the formula engine to calculate this workbook");
  }
  const bar = progress(io, "重算 / recalculating", formulas.length);
  const errors = new Map<string, string[]>();
  let land = 0;
  formulas.forEach((f, i) => {
    const why = refused.get(f);
    if (why) {
      if (callsLand(f.stored)) land++;
      const cell = wb.getWorksheet(f.sheet)!.getCell(f.row + 1, f.col + 1);
      cell.value = { ...(cell.value as object), result: { error: "#VALUE!" } } as unknown as ExcelJS.CellValue;
      const list = errors.get("#VALUE!") ?? [];
      list.push(`${f.sheet}!${columnLetter(f.col)}${f.row + 1} ${why.zh} / ${why.en}`);
      errors.set("#VALUE!", list);
      bar.tick(i + 1);
      return;
    }
    const at = { sheet: hf.getSheetId(f.sheet)!, row: f.row, col: f.col };
    const raw = hf.getCellValue(at);
    const result = writeResult(wb.getWorksheet(f.sheet)!, hf, f, at);
    if (callsLand(f.stored)) land++;
    if (raw instanceof DetailedCellError) {
      const where = `${f.sheet}!${columnLetter(f.col)}${f.row + 1}`;
      const list = errors.get(raw.value) ?? [];
      list.push(`${where} ${f.lost ? "（Excel 保存时丢失了函数名 / Excel saved the function without its name）" : raw.message}${result === undefined ? "（未写入缓存值 / no cached value written）" : ""}`);
      errors.set(raw.value, list);
    }
    bar.tick(i + 1);
  });
  bar.end();
  hf.destroy();
  await saveWorkbook(wb, out, stampOf(asOf));
  io.out(`已写入 / wrote ${out}`);
  io.out(`公式 / formulas ${formulas.length}（LAND ${land}）；评价日 / as of ${asOf}；配置 / profile ${profile ?? "—"}`);
  for (const [code, where] of errors) {
    io.out(`  ${code} × ${where.length}`);
    for (const w of where.slice(0, 10)) io.out(`    ${w}`);
    if (where.length > 10) io.out(`    … 另有 / and ${where.length - 10} more`);
  }
  return EXIT.ok;
}
