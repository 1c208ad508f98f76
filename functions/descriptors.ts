// The formula table: every LAND.* function once (functions/land/, one module each), then
// LAND.EXPLAIN, which explains any of them. The Excel entry and its metadata (en and zh-CN),
// HyperFormula's plugin and docs/FUNCTIONS-REFERENCE.md are all generated from this table.
import { explainFunction } from "./explain";
import { LAND_FUNCTIONS } from "./land";
import type { FunctionSpec } from "./spec";

export type { Bilingual, Example, ExampleResult, FunctionSpec, ParamSpec } from "./spec";

export const FUNCTIONS: readonly FunctionSpec[] = [...LAND_FUNCTIONS, explainFunction(LAND_FUNCTIONS)];

export function functionSpec(id: string): FunctionSpec {
  const f = FUNCTIONS.find((x) => x.id === id);
  if (!f) throw new Error(`no LAND.${id}`);
  return f;
}
