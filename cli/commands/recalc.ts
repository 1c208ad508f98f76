import { readFileSync } from "node:fs";
import { CellType, DetailedCellError, type HyperFormula, type SimpleCellAddress } from "hyperformula";
import { fixedHost } from "../../functions/host";
import { buildLandHyperFormula } from "../../functions/hyperformula";
import { columnLetter } from "../../policies/workbook/cells";
import { EXIT, UsageError } from "../errors";
import { progress, type Io } from "../io";
import { ACTIVE_PROFILE_SETTING, savedAddinSettings } from "../addin-settings";
import { callsLand, toEngineFormula } from "../formula-text";
import { arrayTail, packageEngineInput, unevaluableFormula, type FormulaCell } from "../hyperformula-sheets";
import { asOfOption, productVersion, profileOption, stampOf } from "../options";
import { checkOutPath, NODE_DEFLATER, packageInput, partBytes, saveBytes } from "../output";
import { checkInflation, InflateBudget, openWorkbookPackage, PackageError, type WorkbookPackage } from "../../policies/workbook/package/read";
import { cellKey, replaceParts, sheetWithCachedValues, type CachedValue, type CachedValues, type FormulaResult } from "../../policies/workbook/package/write-cached";
import { packageUsageError, readInputFile } from "./table";

export interface RecalcOptions {
  profile?: string;
  "as-of"?: string;
  out?: string;
  force?: boolean;
}

// Error codes an .xlsx can hold as a cached result; HyperFormula's own (#ERROR!, #CYCLE!, …) are not.
const EXCEL_ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);

function cachedOf(v: unknown): CachedValue | undefined {
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

/** Per sheet: the formula cells' results and the cells their arrays spill into. */
type Results = Map<string, { formulas: Map<string, FormulaResult>; spills: Map<string, CachedValue> }>;

function resultsOf(results: Results, sheet: string): { formulas: Map<string, FormulaResult>; spills: Map<string, CachedValue> } {
  let r = results.get(sheet);
  if (!r) results.set(sheet, (r = { formulas: new Map(), spills: new Map() }));
  return r;
}

/** One formula's computed value as its cached result (the formula text stays as stored); an array's results spill as values. */
function recordResult(results: Results, hf: HyperFormula, f: FormulaCell, at: SimpleCellAddress): CachedValue | undefined {
  const sheet = resultsOf(results, f.sheet);
  const result = cachedOf(hf.getCellValue(at));
  const { width, height } = spillSize(hf, at);
  const spills = width * height > 1;
  sheet.formulas.set(cellKey(f.row, f.col), {
    value: result ?? null,
    ...(spills ? { arrayRef: `${columnLetter(f.col)}${f.row + 1}:${columnLetter(f.col + width - 1)}${f.row + height}` } : {}),
  });
  // What an earlier spill wrote beyond this one is cleared (ours, never the analyst's: the file's array range says so).
  for (const [r, c] of f.arrayRef ? arrayTail(f.arrayRef) : []) if (r >= f.row + height || c >= f.col + width) sheet.spills.set(cellKey(r, c), null);
  if (spills)
    for (let r = 0; r < height; r++)
      for (let c = 0; c < width; c++) {
        if (r === 0 && c === 0) continue;
        sheet.spills.set(cellKey(f.row + r, f.col + c), cachedOf(hf.getCellValue({ ...at, row: at.row + r, col: at.col + c })) ?? null);
      }
  return result;
}

/**
 * Shared formulas' dependent cells: the group's first formula pasted into each, so references
 * shift as Excel's do. Each paste recomputes only what depends on that cell; the first formula is
 * copied once per group.
 */
function pasteSharedFormulas(hf: HyperFormula, formulas: readonly FormulaCell[], refused: ReadonlyMap<FormulaCell, unknown>): void {
  let copied = "";
  for (const f of formulas) {
    if (!f.sharedFrom || refused.has(f)) continue;
    const sheet = hf.getSheetId(f.sheet)!;
    const from = { sheet, row: f.sharedFrom.row, col: f.sharedFrom.col };
    const key = `${sheet}!${from.row},${from.col}`;
    if (key !== copied) {
      hf.copy({ start: from, end: from });
      copied = key;
    }
    hf.paste({ sheet, row: f.row, col: f.col });
  }
}

/** The input package, opened by the reader; other formats are named and a bomb is refused, in one line. */
function openInput(input: string): WorkbookPackage {
  const bytes = readInputFile(input);
  try {
    const pkg = openWorkbookPackage(bytes);
    checkInflation(bytes, new InflateBudget(bytes.length));
    return pkg;
  } catch (e) {
    if (e instanceof PackageError) throw packageUsageError(input, e);
    throw e;
  }
}

/** Runs a step of reading or writing the package; a part the reader refuses (damaged, too large) is one line naming the file. */
function readingPackage<T>(input: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof PackageError) throw packageUsageError(input, e);
    throw e;
  }
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
 * or as Excel stores them), results written as the cells' cached values, formulas kept. Read
 * through the package reader and written by splicing the cached values into the sheets that have
 * formulas (package/write-cached.ts): every other part is the input's, byte for byte, so charts,
 * comments, images and the rest survive (exceljs, used before, could not open such files).
 */
export async function recalcCommand(io: Io, input: string, options: RecalcOptions): Promise<number> {
  const asOf = asOfOption(options["as-of"], io);
  // Never the input, never a folder, and an existing file only when it is an output of ours
  // (the copy carries the landrules.output property) or with --force.
  const out = checkOutPath(input, options.out, options.force === true);
  const pkg = openInput(input);
  const profile = profileFor(io, options, input);
  const { sheets, formulas, kept } = readingPackage(input, () => packageEngineInput(pkg));
  // A formula the engine cannot take (too long, too deep: its stack overflows) is kept out of the
  // engine and becomes #VALUE! in its own cell; every other formula evaluates. A shared formula's
  // dependent cells go with their group's first formula.
  const refused = new Map<FormulaCell, { zh: string; en: string }>();
  const refusedAt = new Map<string, { zh: string; en: string }>();
  for (const f of formulas) {
    const why = f.sharedFrom ? refusedAt.get(`${f.sheet}!${cellKey(f.sharedFrom.row, f.sharedFrom.col)}`) : unevaluableFormula(`=${toEngineFormula(f.stored)}`);
    if (!why) continue;
    refused.set(f, why);
    refusedAt.set(`${f.sheet}!${cellKey(f.row, f.col)}`, why);
    sheets[f.sheet]![f.row]![f.col] = null;
  }
  let hf: ReturnType<typeof buildLandHyperFormula>;
  try {
    hf = buildLandHyperFormula(sheets, fixedHost(profile, asOf));
    pasteSharedFormulas(hf, formulas, refused);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new UsageError("公式之间的引用链过深，计算引擎无法计算此工作簿", "the chain of references between formulas is too deep for the formula engine to calculate this workbook");
  }
  const results: Results = new Map();
  const bar = progress(io, "重算 / recalculating", formulas.length);
  const errors = new Map<string, string[]>();
  let land = 0;
  formulas.forEach((f, i) => {
    const why = refused.get(f);
    if (why) {
      if (callsLand(f.stored)) land++;
      resultsOf(results, f.sheet).formulas.set(cellKey(f.row, f.col), { value: { error: "#VALUE!" } });
      const list = errors.get("#VALUE!") ?? [];
      list.push(`${f.sheet}!${columnLetter(f.col)}${f.row + 1} ${why.zh} / ${why.en}`);
      errors.set("#VALUE!", list);
      bar.tick(i + 1);
      return;
    }
    const at = { sheet: hf.getSheetId(f.sheet)!, row: f.row, col: f.col };
    const raw = hf.getCellValue(at);
    const result = recordResult(results, hf, f, at);
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
  // Only the sheets with formulas are rewritten, and in them only the formula cells' cached values.
  // The archive itself where it can be: the parts recalc does not rewrite are copied as their compressed bytes.
  const entries = readingPackage(input, () => packageInput(pkg));
  const parts = new Map<string, string>();
  for (const sheet of pkg.sheets) {
    const values: CachedValues | undefined = results.get(sheet.name);
    if (values) parts.set(sheet.part, sheetWithCachedValues(readingPackage(input, () => partBytes(entries, sheet.part)), values));
  }
  saveBytes(out, replaceParts(entries, parts, stampOf(asOf), NODE_DEFLATER, `landrules ${productVersion()}`));
  io.out(`已写入 / wrote ${out}`);
  io.out(`公式 / formulas ${formulas.length}（LAND ${land}）；评价日 / as of ${asOf}；配置 / profile ${profile ?? "—"}`);
  if (kept.length > 0) io.out(`  保留已保存的结果 / saved results kept × ${kept.length}`);
  for (const k of kept.slice(0, 10)) io.out(`    ${k.sheet}!${columnLetter(k.col)}${k.row + 1} ${k.why.zh} / ${k.why.en}`);
  if (kept.length > 10) io.out(`    … 另有 / and ${kept.length - 10} more`);
  for (const [code, where] of errors) {
    io.out(`  ${code} × ${where.length}`);
    for (const w of where.slice(0, 10)) io.out(`    ${w}`);
    if (where.length > 10) io.out(`    … 另有 / and ${where.length - 10} more`);
  }
  return EXIT.ok;
}
