import { toCellError, type CellResult, type RawArg } from "./cells";
import type { FunctionHost } from "./host";
import type { Outcome } from "./outcome";
import type { FunctionSpec } from "./spec";

/** The arguments of a call, given in order, by the names the descriptor gives them (omitted → null). */
export function argsByName(spec: FunctionSpec, args: readonly RawArg[]): Record<string, RawArg> {
  return Object.fromEntries(spec.params.map((p, i) => [p.name, args[i] ?? null]));
}

/** One call with its trace, for LAND.EXPLAIN: the adapter's outcome, or what it threw. */
export function evaluate(spec: FunctionSpec, args: readonly RawArg[], host: FunctionHost): Outcome {
  return spec.adapter(argsByName(spec, args), host);
}

/**
 * One call of a LAND function as any host makes it: arguments in order, omitted ones blank, and
 * the result is a cell value or a thrown CellError — never NaN, Infinity or a stray exception.
 */
export function invoke(spec: FunctionSpec, args: readonly RawArg[], host: FunctionHost): CellResult {
  try {
    return evaluate(spec, args, host).value;
  } catch (e) {
    throw toCellError(e);
  }
}
