import { toCellError, type CellResult, type RawArg } from "./cells";
import type { FunctionSpec } from "./descriptors";
import type { FunctionHost } from "./host";

/**
 * One call of a LAND function as any host makes it: omitted arguments are blanks, and the
 * result is a cell value or a thrown CellError — never NaN, Infinity or a stray exception.
 */
export function invoke(spec: FunctionSpec, args: readonly RawArg[], host: FunctionHost): CellResult {
  try {
    return spec.adapter(spec.params.map((_, i) => args[i] ?? null), host).value;
  } catch (e) {
    throw toCellError(e);
  }
}
