// Excel's custom-functions metadata, generated from the formula table: functions.json (English)
// and functions.zh-CN.json (the same ids, parameters and options; Chinese names and help). The
// build (webpack.config.cjs) emits both; the tests cross-check the English one against what
// Microsoft's custom-functions-metadata makes of the same table written as JSDoc.
//   npx tsx functions/metadata.ts [outDir]   → outDir/functions.json, outDir/functions.zh-CN.json
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS } from "./descriptors";
import type { FunctionSpec, ParamSpec } from "./spec";

/** One parameter: every argument is type "any" (the adapters read and check it); a range is a matrix. */
export interface MetadataParam {
  name: string;
  description: string;
  type: "any";
  dimensionality?: "matrix";
  optional?: true;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetadataParam[];
  result: { type?: "number" | "string" | "boolean" | "any"; dimensionality?: "matrix" };
  /** Only volatile is ever set: no LAND function streams, is cancelable or takes repeating arguments. */
  options?: { volatile: true };
}

export interface Metadata {
  allowCustomDataForDataTypeAny: true;
  functions: MetadataFunction[];
}

export type Locale = "en" | "zh-CN";

function parameter(p: ParamSpec, locale: Locale): MetadataParam {
  const description = locale === "en" ? p.help.en : p.unit ? `${p.help.zh}［${p.unit}］` : p.help.zh;
  return {
    name: locale === "en" ? p.name : p.zh,
    description,
    type: "any",
    ...(p.range ? { dimensionality: "matrix" as const } : {}),
    ...(p.optional ? { optional: true as const } : {}),
  };
}

function entry(f: FunctionSpec, locale: Locale): MetadataFunction {
  return {
    id: f.id,
    name: locale === "en" ? f.id : f.zh,
    description: locale === "en" ? f.summary.en : f.summary.zh,
    parameters: f.params.map((p) => parameter(p, locale)),
    result: f.returns.type === "table" ? { dimensionality: "matrix" } : { type: f.returns.type },
    ...(f.volatile ? { options: { volatile: true as const } } : {}),
  };
}

/** The metadata Excel reads for the table (ids are the same in every locale: formulas store ids). */
export function metadataOf(functions: readonly FunctionSpec[] = FUNCTIONS, locale: Locale = "en"): Metadata {
  return { allowCustomDataForDataTypeAny: true, functions: functions.map((f) => entry(f, locale)) };
}

/** functions.json and functions.zh-CN.json, as the build writes them. */
export function buildMetadata(functions: readonly FunctionSpec[] = FUNCTIONS): { en: string; zhCN: string } {
  return { en: JSON.stringify(metadataOf(functions, "en"), null, 2), zhCN: JSON.stringify(metadataOf(functions, "zh-CN"), null, 2) };
}

if (require.main === module) {
  const outDir = process.argv[2] ?? join(__dirname, "..", "dist");
  const { en, zhCN } = buildMetadata();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "functions.json"), en);
  writeFileSync(join(outDir, "functions.zh-CN.json"), zhCN);
  console.log(`wrote ${join(outDir, "functions.json")} and ${join(outDir, "functions.zh-CN.json")}`);
}
