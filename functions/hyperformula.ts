// The LAND.* functions in HyperFormula (GPL-3.0; CLI, workbench and tests only, never the Excel
// bundle): the same table and adapters as Excel, registered as one FunctionPlugin.
import {
  ArraySize,
  CellError as HfCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import { localToday } from "../policies/engine/dates";
import { CellError, ErrorValue, toCellError, type CellResult, type OutCell, type RawArg } from "./cells";
import { FUNCTIONS, type FunctionSpec } from "./descriptors";
import type { FunctionHost } from "./host";
import { invoke } from "./invoke";
import type { Spill } from "./spec";

export { EXPLAIN_ROWS } from "./explain";

const HF_CODE: Record<ErrorType, string> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.LIC]: "#LIC!",
  [ErrorType.ERROR]: "#ERROR!",
};

const HF_TYPE = { "#VALUE!": ErrorType.VALUE, "#NUM!": ErrorType.NUM, "#N/A": ErrorType.NA } as const;

type HfScalar = number | string | boolean | HfCellError | typeof EmptyValue;

/** A HyperFormula value as the adapters expect an Excel value. */
function fromHf(v: unknown): RawArg {
  if (v === undefined || v === EmptyValue) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(fromHf));
  if (v instanceof HfCellError) return new ErrorValue(HF_CODE[v.type]);
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // a dated or % number
  return new ErrorValue("#VALUE!");
}

function hfError(e: CellError): HfCellError {
  return new HfCellError(HF_TYPE[e.code], e.message);
}

function hfCell(c: OutCell): HfScalar {
  return c instanceof CellError ? hfError(c) : c;
}

/** A fixed block: cut to size (the last row says how many more), padded with blanks. */
function fixedBlock(value: OutCell[][], rows: number, columns: number): HfScalar[][] {
  const out: HfScalar[][] = value.slice(0, rows).map((r) => Array.from({ length: columns }, (_, i) => (i < r.length ? hfCell(r[i]!) : EmptyValue)));
  const more = value.length - rows + 1;
  const note: HfScalar[] = ["…", `另有 ${more} 行 / ${more} more rows`, "Excel 中可见全部 / all shown in Excel"];
  if (value.length > rows) out[rows - 1] = Array.from({ length: columns }, (_, i) => note[i] ?? EmptyValue);
  while (out.length < rows) out.push(Array.from({ length: columns }, () => EmptyValue));
  return out;
}

function toHf(spec: FunctionSpec, value: CellResult): InterpreterValue {
  if (!Array.isArray(value)) return value;
  const spill = spec.returns.type === "table" ? spec.returns.spill : null;
  if (spill && "rows" in spill) return SimpleRangeValue.onlyValues(fixedBlock(value, spill.rows, spill.columns));
  if (value.length === 1 && value[0]!.length === 1) return hfCell(value[0]![0]!);
  return SimpleRangeValue.onlyValues(value.map((r) => r.map(hfCell)));
}

const FALLBACK_HOST: FunctionHost = { activeProfile: () => null, today: () => localToday() };

// HyperFormula does not export its AST and interpreter types; take them from the plugin API.
type Ast = Parameters<FunctionPlugin["evaluateAst"]>[0];
type InterpreterState = Parameters<FunctionPlugin["evaluateAst"]>[1];
type InterpreterValue = ReturnType<FunctionPlugin["evaluateAst"]>;
type ProcedureAst = { args: Ast[] };

class LandPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FUNCTIONS.map((f) => [
      `LAND.${f.id}`,
      {
        method: `land${f.id}`,
        ...(f.returns.type === "table" ? { sizeOfResultArrayMethod: `size${f.id}` } : {}),
        parameters: f.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, ...(p.optional ? { optionalArg: true } : {}) })),
        vectorizationForbidden: true,
        ...(f.volatile ? { isVolatile: true } : {}),
      },
    ]),
  );

  /** Evaluates one LAND call: HyperFormula values → adapter → HyperFormula value or error. */
  evaluateLand(spec: FunctionSpec, ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata(`LAND.${spec.id}`), (...args: unknown[]) => {
      const host = (this.config.context as FunctionHost | undefined) ?? FALLBACK_HOST;
      try {
        return toHf(spec, invoke(spec, args.map(fromHf), host));
      } catch (e) {
        return hfError(toCellError(e));
      }
    });
  }

  /** The size of a spilled result, as its descriptor declares it (HyperFormula sizes arrays before evaluating). */
  sizeOf(spec: FunctionSpec, spill: Spill, ast: ProcedureAst, state: InterpreterState): ArraySize {
    if ("rows" in spill) return new ArraySize(spill.columns, spill.rows);
    const like = ast.args[spec.params.findIndex((p) => p.name === spill.rowsLike)];
    if (!like) return ArraySize.error();
    const s = this.arraySizeForAst(like, state);
    // A range reference counts as "scalar" (isRef) in HyperFormula's predictor: use its cells.
    return s.width * s.height === 1 ? ArraySize.scalar() : new ArraySize(1, s.width * s.height);
  }
}

for (const f of FUNCTIONS) {
  Object.defineProperty(LandPlugin.prototype, `land${f.id}`, {
    value(this: LandPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.evaluateLand(f, ast, state);
    },
  });
  const returns = f.returns;
  if (returns.type === "table")
    Object.defineProperty(LandPlugin.prototype, `size${f.id}`, {
      value(this: LandPlugin, ast: ProcedureAst, state: InterpreterState) {
        return this.sizeOf(f, returns.spill, ast, state);
      },
    });
}

/** The same LAND.* names in every language HyperFormula has registered so far. */
function translations(): Record<string, Record<string, string>> {
  const names = Object.fromEntries(FUNCTIONS.map((f) => [`LAND.${f.id}`, `LAND.${f.id}`]));
  return Object.fromEntries(HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, names]));
}

/** Registers the LAND.* plugin with HyperFormula once per process. */
export function registerLandFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("LAND.TIER")) return;
  HyperFormula.registerFunctionPlugin(LandPlugin, translations());
}

/**
 * A HyperFormula engine with the LAND.* functions, Excel's date system (serials as in Excel,
 * ISO dates typed into cells read as dates), unrounded numbers, and the host's active profile
 * and today.
 */
export function buildLandHyperFormula(sheets: Record<string, RawCellContent[][]>, host: FunctionHost): HyperFormula {
  registerLandFunctions();
  return HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    context: host,
    dateFormats: ["YYYY-MM-DD", "YYYY/MM/DD", "DD/MM/YYYY"],
    nullDate: { year: 1899, month: 12, day: 31 },
    leapYear1900: true,
    // Cells show the exact double a LAND function returned, not a 10-digit rounding of it.
    smartRounding: false,
    // Excel's sheet size, not HyperFormula's default 40,000 rows: a county table can be 100,000 firms.
    maxRows: 1_048_576,
    maxColumns: 16_384,
  });
}
