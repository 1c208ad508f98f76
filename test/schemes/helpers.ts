import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dec, type Dec } from "../../policies/engine/decimal";
import { evaluationSchema, type EvaluationData, type Scheme } from "../../policies/schemes/schema";
import type { RowValues } from "../../policies/workbook/table";
import type { SchemeRowInput } from "../../policies/schemes/evaluate";

/** A county profile's evaluation member, parsed by the scheme schema. */
export function evaluationOf(profile: string): EvaluationData {
  const json = JSON.parse(readFileSync(join(__dirname, "../../policies/profiles", `${profile}.json`), "utf8"));
  return evaluationSchema.parse(json.evaluation);
}

export function schemeOf(profile: string, year: number): { scheme: Scheme; documents: EvaluationData["documents"] } {
  const e = evaluationOf(profile);
  const scheme = e.schemes.find((s) => s.year === year);
  if (!scheme) throw new Error(`${profile} has no ${year} scheme`);
  return { scheme, documents: e.documents };
}

export const d = (x: number | string): Dec => dec(x);

/** A table row from plain values: numbers become exact decimals, text stays text. */
export function row(values: Record<string, number | string | null>): SchemeRowInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null) out[k] = typeof v === "number" || /^-?\d+(\.\d+)?$/.test(v) && !["scale", "industry", "enterprise"].includes(k) ? dec(v) : v;
  return { values: out as RowValues };
}
