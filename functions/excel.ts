// Excel's side of a call: Excel values in, CustomFunctions.Error out. No HyperFormula here.
import { CellError, ErrorValue, type CellResult, type RawArg } from "./cells";
import { FUNCTIONS } from "./descriptors";
import type { FunctionHost } from "./host";
import { invoke } from "./invoke";
import type { FunctionSpec } from "./spec";

type ExcelValue = number | string | boolean | CustomFunctions.Error;

const EXCEL_CODE = {
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#N/A": "notAvailable",
} as const;

/** Excel shows a custom message only with #VALUE! and #N/A; #NUM!'s reason is in LAND.EXPLAIN. */
export function excelError(e: CellError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[EXCEL_CODE[e.code]];
  return e.code === "#NUM!" ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, e.message);
}

function fromExcel(v: unknown): RawArg {
  if (v === null || v === undefined || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map(fromExcel) : [fromExcel(row)]));
  const code = (v as { code?: unknown }).code;
  return new ErrorValue(typeof code === "string" ? code : "#VALUE!");
}

function toExcel(value: CellResult): ExcelValue | ExcelValue[][] {
  if (!Array.isArray(value)) return value;
  return value.map((row) => row.map((c) => (c instanceof CellError ? excelError(c) : c)));
}

/** Calls a LAND function for Excel; a contract error is thrown as CustomFunctions.Error. */
export function excelCall(spec: FunctionSpec, args: readonly unknown[], host: FunctionHost): ExcelValue | ExcelValue[][] {
  let value: CellResult;
  try {
    // Excel passes the declared parameters (omitted ones as null); anything after them is not an argument.
    value = invoke(spec, args.slice(0, spec.params.length).map(fromExcel), host);
  } catch (e) {
    throw excelError(e instanceof CellError ? e : new CellError("#VALUE!", String(e)));
  }
  return toExcel(value);
}

/**
 * Registers every function of the table with Excel, once, under its metadata id: the one
 * registration path (functions.json is generated from the same table, so ids cannot drift).
 */
export function registerExcelFunctions(host: FunctionHost, functions: readonly FunctionSpec[] = FUNCTIONS): void {
  for (const spec of functions) CustomFunctions.associate(spec.id, (...args: unknown[]) => excelCall(spec, args, host));
}
