import { getProfile, parseIsoDate, tier, tiers } from "../policies";
import { heapDeltaMb, measure, report, seededScores } from "./harness";

const N = 100_000;
const ctx = { profile: getProfile("zengcheng"), asOf: parseIsoDate("2026-11-21") };
const scores = seededScores(N);

export function benchEngine(): void {
  // Goal: LAND.TIERS over 100,000 rows costs little more than sorting the scores once.
  const fast = measure(`tiers() over ${N} rows`, () => tiers(ctx, scores));
  const sortOnly = measure(`Float64Array sort of ${N} scores`, () => Float64Array.from(scores).sort());
  report("TIERS fast path vs the cost of one sort", fast, sortOnly, "goal ≤ 5×: ranking, quotas and traces on top of the sort");

  // Goal: the fast path is far cheaper per row than filling LAND.TIER down 100,000 rows.
  const sample = 200;
  const perCell = measure(`tier() for ${sample} cells against ${N}`, () => {
    for (let i = 0; i < sample; i++) tier(ctx, { score: scores[i]!, scores, status: "ok" });
  });
  const perRowCell = { name: "per-cell TIER, per row", medianMs: perCell.medianMs / sample };
  const perRowFast = { name: "TIERS, per row", medianMs: fast.medianMs / N };
  report("Per-row cost: TIERS vs TIER filled down (the baseline)", perRowFast, perRowCell, "goal ≤ 0.01×: the spill is the way to rank 10,000+ rows");

  // Goal: the result's memory stays within a small multiple of the input's.
  const input = heapDeltaMb(() => Float64Array.from(seededScores(N)));
  const output = heapDeltaMb(() => tiers(ctx, scores));
  console.log(`Memory: tiers() result ${output.mb.toFixed(1)} MB vs the scores as doubles ${input.mb.toFixed(1)} MB (ratio ${(output.mb / Math.max(input.mb, 0.01)).toFixed(1)}×, goal ≤ 4×: a tier, two counts and a flag per row)\n`);
}
