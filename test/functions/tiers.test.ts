// LAND.TIERS row i equals LAND.TIER(INDEX(scores,i), scores, INDEX(statuses,i)) (FUNCTIONS.md);
// a blank score gives a blank result unless its status forces D (ZC-TIER 二(一)2).
import fc from "fast-check";
import { CellError, ErrorValue, type CellResult, type OutCell, type RawArg } from "../../functions/cells";
import { functionSpec } from "../../functions/descriptors";
import { invoke } from "../../functions/invoke";
import { activeZengcheng, fault } from "./helpers";

const TIER = functionSpec("TIER");
const TIERS = functionSpec("TIERS");

/** What one cell of TIER shows: its value, or its error code. */
function perCell(score: RawArg, scores: RawArg[][], status: RawArg, profile: string): string {
  try {
    return String(invoke(TIER, [score, scores, status, profile], activeZengcheng));
  } catch (e) {
    return (e as CellError).code;
  }
}

function shown(c: OutCell): string {
  return c instanceof CellError ? c.code : String(c);
}

function isBlankScore(v: RawArg): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

const scoreCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 2, arbitrary: fc.double({ min: -100, max: 100, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom<RawArg>(null, "", "  ") },
  { weight: 1, arbitrary: fc.constantFrom<RawArg>("12", "１２", "1,000", "abc", "n/a", true, false) },
);
const statusCell = fc.constantFrom<RawArg>(null, "", "未上传", "造假", "missing", "bogus");

describe("LAND.TIERS equals LAND.TIER row by row (ZC-TIER 二(一)2 / ZJ-EVAL 三(九))", () => {
  test("FUNCTIONS.md: for arbitrary populations (ties, blanks, text, flags) and statuses", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(scoreCell, statusCell), { minLength: 1, maxLength: 60 }),
        fc.boolean(),
        fc.constantFrom("zengcheng", "zhejiang", "ningbo"),
        (rows, withStatuses, profile) => {
          const scores = rows.map(([s]) => [s]);
          const statuses = withStatuses ? rows.map(([, st]) => [st]) : null;
          let spilled: CellResult;
          try {
            spilled = invoke(TIERS, [scores, statuses, profile], activeZengcheng);
          } catch (e) {
            // Only a population without numbers fails as a whole… and then every TIER fails too.
            expect((e as CellError).code).toBe("#NUM!");
            return;
          }
          expect(spilled).toHaveLength(rows.length);
          (spilled as OutCell[][]).forEach(([got], i) => {
            const [score, status] = [rows[i]![0], withStatuses ? rows[i]![1] : null];
            const expected = perCell(score, scores, status, profile);
            if (isBlankScore(score) && expected === "#VALUE!" && shown(got!) === "") return; // blank score → blank
            expect(shown(got!)).toBe(expected);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test("FUNCTIONS.md: a blank score gives a blank result, or D when its status forces D", () => {
    const out = invoke(TIERS, [[[1], [null], [null], [3]], [[null], [null], ["未上传"], [null]], "zengcheng"], activeZengcheng) as OutCell[][];
    expect(out.map((r) => r[0])).toEqual(["C", "", "D", "B"]);
  });

  test("10,000 rows spill; sampled rows equal the per-cell formula", () => {
    const n = 10_000;
    const scores = Array.from({ length: n }, (_, i) => [((i * 7919) % 1000) / 10]);
    const out = invoke(TIERS, [scores, null, "zengcheng"], activeZengcheng) as OutCell[][];
    expect(out).toHaveLength(n);
    for (let i = 0; i < n; i += 97) expect(out[i]![0]).toBe(perCell(scores[i]![0]!, scores, null, "zengcheng"));
    const counts = { A: 0, B: 0, C: 0, D: 0 } as Record<string, number>;
    for (const [t] of out) counts[t as string]!++;
    expect(counts.A! <= n * 0.2 && counts.D! <= n * 0.05).toBe(true);
  });

  test("statuses of another size → #VALUE! naming statuses", () => {
    expect(fault(() => invoke(TIERS, [[[1], [2]], [["未上传"], [null], [null]], "zengcheng"], activeZengcheng)).message).toMatch(/^statuses：/);
  });

  test("an error cell among the scores fails the whole spill, as it fails each TIER", () => {
    expect(fault(() => invoke(TIERS, [[[1], [new ErrorValue("#REF!")]], null, "zengcheng"], activeZengcheng)).code).toBe("#VALUE!");
  });

  test("a row's bad status is that row's #VALUE!, the others still rank", () => {
    const out = invoke(TIERS, [[[1], [2], [3], [4], [5]], [[null], ["late"], [null], [null], [null]], "zengcheng"], activeZengcheng) as OutCell[][];
    expect(out.map((r) => shown(r[0]!))).toEqual(["C", "#VALUE!", "B", "B", "A"]);
  });
});
