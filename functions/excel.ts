// Excel's side of a call: Excel values in, CustomFunctions.Error out. No HyperFormula here.
import { CellError, ErrorValue, type CellResult, type RawArg } from "./cells";
import { functionSpec } from "./descriptors";
import type { FunctionHost } from "./host";
import { invoke } from "./invoke";

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

/** Calls LAND.<id> for Excel; a contract error is thrown as CustomFunctions.Error. */
export function excelCall(id: string, args: unknown[], host: FunctionHost): ExcelValue | ExcelValue[][] {
  let value: CellResult;
  try {
    value = invoke(functionSpec(id), args.map(fromExcel), host);
  } catch (e) {
    throw excelError(e instanceof CellError ? e : new CellError("#VALUE!", String(e)));
  }
  return toExcel(value);
}
