import { firm, type Firm } from "../examples/firms";
import { Random } from "../examples/random";
import { dec, ENTERPRISE_NUMBER_FIELDS, getProfile, parseIsoDate, tierSheet, type EnterpriseRow } from "../policies";
import { INDICATORS, type IndicatorKey } from "../policies/rules/indicators";
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
  // Goal: the exact decimal model (indicators, benchmarks, scores, ranks, tiers, notes) stays within a small multiple of doing the arithmetic in doubles.
  const model = measure(`tierSheet() over ${N} rows`, () => tierSheet(ctx, rows), 3, 1);
  const doubles = measure(`the same scores in doubles, sorted`, () => doubleScores(firms, weights), 3, 1);
  report("Tier-sheet model vs plain-double arithmetic of the same scores", model, doubles, "goal ≤ 30×: exact decimals, traces and notes on top of the arithmetic");
}
