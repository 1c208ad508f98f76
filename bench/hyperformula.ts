import { fixedHost } from "../functions/host";
import { buildLandHyperFormula } from "../functions/hyperformula";
import { parseIsoDate } from "../policies";
import { measure, report, seededScores } from "./harness";

const N = 100_000;
const host = fixedHost("zengcheng", parseIsoDate("2026-11-21"));

/** Column A the scores, C2 one formula spilling down beside them; the spill read back. */
function spill(formula: string, scores: readonly number[]): unknown[] {
  const sheet = [["score", null, "result"], ...scores.map((s, i) => [s, null, i === 0 ? formula : null])];
  const hf = buildLandHyperFormula({ Sheet1: sheet }, host);
  try {
    return hf.getRangeValues({ start: { sheet: 0, row: 1, col: 2 }, end: { sheet: 0, row: N, col: 2 } }).map((r) => r[0]);
  } finally {
    hf.destroy();
  }
}

export function benchHyperFormula(): void {
  const scores = seededScores(N);
  // Goal: in HyperFormula (recalc, tests), =LAND.TIERS over 100,000 rows costs a small multiple of HyperFormula holding the sheet and spilling a trivial formula of the same shape.
  const tiers = measure(`HyperFormula =LAND.TIERS(A2:A${N + 1})`, () => spill(`=LAND.TIERS(A2:A${N + 1})`, scores), 3, 1);
  const trivial = measure(`HyperFormula =ARRAYFORMULA(A2:A${N + 1}+0)`, () => spill(`=ARRAYFORMULA(A2:A${N + 1}+0)`, scores), 3, 1);
  report("LAND.TIERS in HyperFormula vs a trivial spill of the same size", tiers, trivial, "goal ≤ 2×: the ranking is a small part of building and evaluating the sheet");
}
