// Formula-level: workbooks of real LAND formulas evaluated by HyperFormula with the same adapters.
import { DetailedCellError, type CellValue, type HyperFormula, type RawCellContent } from "hyperformula";
import { FUNCTIONS, type ExampleResult } from "../../functions/descriptors";
import { fixedHost } from "../../functions/host";
import { buildLandHyperFormula, EXPLAIN_ROWS } from "../../functions/hyperformula";
import { activeZengcheng, noProfile, TODAY } from "./helpers";

function valueOf(hf: HyperFormula, row: number, col: number, sheet = 0): CellValue {
  return hf.getCellValue({ sheet, row, col });
}

function errorCode(v: CellValue): string | null {
  return v instanceof DetailedCellError ? v.value : null;
}

/** The block of cells an example's expected table covers, top-left at A1. */
function block(hf: HyperFormula, expected: unknown[][]): unknown[][] {
  return expected.map((row, r) => row.map((_, c) => valueOf(hf, r, c)));
}

function evaluateExample(formula: string, expected: ExampleResult): void {
  const hf = buildLandHyperFormula({ Sheet1: [[formula]] }, noProfile);
  if (Array.isArray(expected)) expect(block(hf, expected)).toEqual(expected);
  else if (typeof expected === "object") expect(errorCode(valueOf(hf, 0, 0))).toBe(expected.error);
  else expect(valueOf(hf, 0, 0)).toBe(expected);
  hf.destroy();
}

describe("every example in the function table, FUNCTIONS.md's pinned ones included, as a formula", () => {
  const examples = FUNCTIONS.flatMap((f) => f.examples.map((e) => [`LAND.${f.id}${f.pinned ? " (pinned)" : ""}`, e.formula, e.result] as const));
  test.each(examples)("%s: %s", (_name, formula, result) => evaluateExample(formula, result));

  test("the pinned examples of FUNCTIONS.md are all among them", () => {
    const formulas = examples.map(([, f]) => f).join("\n");
    for (const needle of [
      "LAND.TIER(17, SEQUENCE(20)",
      "LAND.TIERS(SEQUENCE(20)",
      "LAND.SCORE({30,100,2,5000,20,0.03}",
      '"2023-03-15", "2024-03-14"',
      '"2023-03-15", "2024-03-15"',
      "LAND.BREACHPENALTY(30, 25, 10",
      'LAND.SUBSIDY("rent", 1000, 12, 100, , "zengcheng")',
      'LAND.MINTAX("town", TRUE()',
      "LAND.BUILDMONTHS(100000",
      "LAND.BUILDMONTHS(200000",
      "LAND.COMPENSATION(",
      "LAND.MU(",
    ])
      expect(formulas).toContain(needle);
  });
});

describe("a tier sheet: =LAND.TIER(B2,B$2:B$21) filled down (ZC-TIER 二(一)2)", () => {
  const rows: RawCellContent[][] = [["企业", "得分", "档次"]];
  for (let i = 1; i <= 20; i++) rows.push([`企业${i}`, i, `=LAND.TIER(B${i + 1},B$2:B$21)`]);

  test("with the active profile zengcheng: 17–20 A, 5–16 B, 2–4 C, 1 D", () => {
    const hf = buildLandHyperFormula({ 评价: rows }, activeZengcheng);
    const tiers = Array.from({ length: 20 }, (_, i) => valueOf(hf, i + 1, 2)).join("");
    expect(tiers).toBe("DCCCBBBBBBBBBBBBAAAA");
    hf.destroy();
  });

  test("with no profile anywhere: #N/A saying what to do", () => {
    const hf = buildLandHyperFormula({ 评价: rows }, noProfile);
    const v = valueOf(hf, 1, 2) as DetailedCellError;
    expect(v.value).toBe("#N/A");
    expect(v.message).toContain("task pane");
    hf.destroy();
  });

  test("changing a score re-ranks the sheet", () => {
    const hf = buildLandHyperFormula({ 评价: rows }, activeZengcheng);
    hf.setCellContents({ sheet: 0, row: 1, col: 1 }, [[100]]);
    expect(valueOf(hf, 1, 2)).toBe("A");
    expect(valueOf(hf, 17, 2)).toBe("B");
    hf.destroy();
  });
});

describe("=LAND.TIERS(B2:B10001) spilling", () => {
  const n = 10_000;
  const sheet: RawCellContent[][] = [["得分", "档次", "逐格"]];
  for (let i = 0; i < n; i++) sheet.push([((i * 7919) % 1000) / 10]);
  sheet[1]![1] = "=LAND.TIERS(B2:B10001)".replace(/B/g, "A");
  for (let r = 1; r <= n; r += 499) sheet[r]![2] = `=LAND.TIER(A${r + 1},A$2:A$10001)`;

  test("one formula spills 10,000 tiers, equal to LAND.TIER where both are computed", () => {
    const hf = buildLandHyperFormula({ S: sheet }, activeZengcheng);
    const spilled = hf.getRangeValues({ start: { sheet: 0, row: 1, col: 1 }, end: { sheet: 0, row: n, col: 1 } }).map((r) => r[0]);
    expect(spilled.every((t) => t === "A" || t === "B" || t === "C" || t === "D")).toBe(true);
    for (let r = 1; r <= n; r += 499) expect(spilled[r - 1]).toBe(valueOf(hf, r, 2));
    expect(spilled.filter((t) => t === "A").length).toBeLessThanOrEqual(n * 0.2);
    hf.destroy();
  });
});

describe("cells as analysts fill them", () => {
  test("ZC-IDLE 二(二)5: dates typed into cells, text amounts with separators", () => {
    const hf = buildLandHyperFormula(
      { S: [["1,000", "2023-03-15", "2024-03-15", "=LAND.IDLEFEE(A1,B1,C1)", "=LAND.IDLEFEE(A1,B1,C1-1)", "=LAND.IDLEFEE(A1,DATE(2023,3,15),DATE(2024,3,15),\"政府\")"]] },
      activeZengcheng,
    );
    expect([valueOf(hf, 0, 3), valueOf(hf, 0, 4), valueOf(hf, 0, 5)]).toEqual([200, 0, 0]);
    hf.destroy();
  });

  test("an empty cell where a number is needed → #VALUE! naming the argument", () => {
    const hf = buildLandHyperFormula({ S: [[null, "=LAND.MU(A1)", '=LAND.BREACHPENALTY(30,25,A1,"wenzhou")']] }, noProfile);
    expect((valueOf(hf, 0, 1) as DetailedCellError).message).toMatch(/^square_metres：/);
    expect((valueOf(hf, 0, 2) as DetailedCellError).message).toMatch(/^area_mu：/);
    hf.destroy();
  });

  test("an error in an argument stays that error", () => {
    const hf = buildLandHyperFormula({ S: [["=1/0", "=LAND.MU(A1)"]] }, noProfile);
    expect(errorCode(valueOf(hf, 0, 1))).toBe("#DIV/0!");
    hf.destroy();
  });

  test("too many arguments is HyperFormula's own #N/A", () => {
    const hf = buildLandHyperFormula({ S: [["=LAND.MU(1,2)"]] }, noProfile);
    expect(errorCode(valueOf(hf, 0, 0))).toBe("#N/A");
    hf.destroy();
  });

  test("names are case-insensitive in formulas", () => {
    const hf = buildLandHyperFormula({ S: [['=land.buildmonths(150000,"WenZhou")']] }, noProfile);
    expect(valueOf(hf, 0, 0)).toBe(30);
    hf.destroy();
  });
});

describe("checks over a table, filled down (NB-MICRO 二(十一), ZS-INTEREST 二(七)1)", () => {
  test("=LAND.MICROPARKOK(B2,C2,D2,E2) per park with the active profile: 70% by count and by area, inclusive", () => {
    const rows: RawCellContent[][] = [["园区", "制造类", "企业数", "制造面积", "总面积", "达标"]];
    const parks: [string, number, number, number, number][] = [["甲", 7, 10, 700, 1000], ["乙", 6, 10, 900, 1000], ["丙", 14, 20, 1399, 2000]];
    parks.forEach((p, i) => rows.push([...p, `=LAND.MICROPARKOK(B${i + 2},C${i + 2},D${i + 2},E${i + 2})`]));
    const hf = buildLandHyperFormula({ 园区: rows }, fixedHost("zhejiang", TODAY));
    expect([1, 2, 3].map((r) => valueOf(hf, r, 5))).toEqual([true, false, false]);
    hf.setCellContents({ sheet: 0, row: 3, col: 3 }, [[1400]]);
    expect(valueOf(hf, 3, 5)).toBe(true);
    hf.destroy();
  });

  test("=LAND.INTERESTSUBSIDY with dates typed into cells: completion on 2023-02-28 counts that day (59 of 365)", () => {
    const hf = buildLandHyperFormula(
      { S: [["banking", 100, "2023-01-01", "2024-01-01", "2022-03-01", "2023-02-28", '=LAND.INTERESTSUBSIDY(A1,B1,C1,D1,E1,F1,"中山")']] },
      noProfile,
    );
    expect(valueOf(hf, 0, 6)).toBe((100 * 59) / 365);
    hf.destroy();
  });
});

describe("LAND.EXPLAIN and LAND.STATUS in a sheet", () => {
  test("EXPLAIN spills a fixed block of 40 × 3, padded with blanks", () => {
    const hf = buildLandHyperFormula({ S: [['=LAND.EXPLAIN("IDLEFEE", 1000, "2023-03-15", "2024-03-15", , "zengcheng")']] }, noProfile);
    const table = hf.getRangeValues({ start: { sheet: 0, row: 0, col: 0 }, end: { sheet: 0, row: EXPLAIN_ROWS - 1, col: 2 } });
    expect(table[1]).toEqual(["结果 result", 200, ""]);
    expect(table.find((r) => r[0] === "规则 rule")![1]).toBe("ZC-IDLE");
    expect(table.some((r) => r[0] === "⚠ 警告 warning")).toBe(true);
    expect(table[EXPLAIN_ROWS - 1]).toEqual([null, null, null]);
    hf.destroy();
  });

  test("STATUS with no arguments: the host's profile on the host's today", () => {
    const hf = buildLandHyperFormula({ S: [["=LAND.STATUS()"]] }, fixedHost("wenzhou", TODAY));
    expect(valueOf(hf, 0, 0)).toBe("有效 in force");
    hf.destroy();
  });
});
