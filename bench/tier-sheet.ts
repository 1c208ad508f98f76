import { firm, type Firm } from "../examples/firms";
import { Random } from "../examples/random";
import { dec, ENTERPRISE_NUMBER_FIELDS, getProfile, parseIsoDate, tierSheet, type EnterpriseRow } from "../policies";
import { INDICATORS, type IndicatorKey } from "../policies/rules/indicators";
import { tierSheetOfColumns, type TierColumns } from "../policies/rules/tiers-fast";
import { measure, report } from "./harness";

const N = 100_000;
const ctx = { profile: getProfile("zengcheng"), asOf: parseIsoDate("2026-11-21") };

/** 100,000 firms as the examples draw them; 3% 未上传 and 1% 造假, as the example tables. */
export function seededFirms(n: number): { firm: Firm; status: "ok" | "missing" | "falsified" }[] {
  const r = new Random(2023_0183);
  return Array.from({ length: n }, (_, i) => {
    const status = r.chance(0.03) ? "missing" : r.chance(0.01) ? "falsified" : "ok";
    return { firm: firm(r, `firm ${i}`, ""), status };
  });
}

/** The rows as the table hands them to the ranking: one double per cell, by column (every example figure is a double's text). */
function columnsOf(rows: readonly EnterpriseRow[], firms: readonly { firm: Firm }[]): TierColumns {
  const columns = new Map(ENTERPRISE_NUMBER_FIELDS.map((k) => [k, Float64Array.from(firms, ({ firm: f }) => f[k])]));
  return { length: rows.length, column: (field) => columns.get(field) ?? null, text: () => null, status: (i) => rows[i]!.status ?? "ok", row: (i) => rows[i]! };
}

/** The baseline: the same composite score, Σ weight × value ÷ mean, in doubles. */
function doubleScores(firms: readonly { firm: Firm; status: string }[], weights: readonly { key: IndicatorKey; weight: number }[]): Float64Array {
  const values = weights.map(({ key }) => {
    const spec = INDICATORS[key];
    return Float64Array.from(firms, ({ firm: f }) => (spec.denominator ? f[spec.numerator] / f[spec.denominator] : f[spec.numerator]));
  });
  const counted = firms.map((f) => f.status === "ok");
  const means = values.map((v) => v.reduce((s, x, i) => (counted[i] ? s + x : s), 0) / counted.filter(Boolean).length);
  const scores = new Float64Array(firms.length);
  for (let i = 0; i < firms.length; i++) for (let k = 0; k < weights.length; k++) scores[i]! += (weights[k]!.weight * values[k]![i]!) / means[k]!;
  return Float64Array.from(scores).sort();
}

export function benchTierSheet(): void {
  const firms = seededFirms(N);
  const rows: EnterpriseRow[] = firms.map(({ firm: f, status }) => ({
    fields: Object.fromEntries(ENTERPRISE_NUMBER_FIELDS.map((k) => [k, dec(f[k])])),
    status,
  }));
  const rule = ctx.profile.rules.get("ZC-TIER")!;
  const weights = Object.entries(rule.params)
    .filter(([name]) => name.startsWith("weights."))
    .map(([name, p]) => ({ key: name.slice("weights.".length) as IndicatorKey, weight: Number(p.value) }));
  const doubles = measure(`the same scores in doubles, sorted`, () => doubleScores(firms, weights), 3, 1);
  // What the CLI and the pane run: doubles where they decide as the exact decimals would, the exact path otherwise.
  const columns = columnsOf(rows, firms);
  const exactTiers = tierSheet(ctx, rows).value.rows.map((r) => r.tier);
  if (tierSheetOfColumns(ctx, columns).value.rows.some((r, i) => r.tier !== exactTiers[i])) throw new Error("the tier sheet in doubles differs from the exact one");
  const fast = measure(`tier sheet in doubles (tierSheetOfColumns) over ${N} rows`, () => tierSheetOfColumns(ctx, columns), 3, 1);
  report("Tier-sheet model (the CLI's and the pane's path) vs plain-double arithmetic of the same scores", fast, doubles, "goal ≤ 10×: indicators, benchmarks, ranks, tiers and notes as the exact model decides them");
  // The exact model, the fallback when a double could round either way, and what a formula's trace reads.
  const model = measure(`tierSheet() over ${N} rows`, () => tierSheet(ctx, rows), 3, 1);
  report("Exact tier-sheet model (the fallback) vs plain-double arithmetic of the same scores", model, doubles, "goal ≤ 30×: exact decimals, traces and notes on top of the arithmetic");
}
