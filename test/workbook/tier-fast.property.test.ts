// ZC-TIER 增城 二(一)2 / ZJ-EVAL: the tier sheet of a table computed in doubles (rules/tiers-fast.ts,
// what rankTable runs) is the exact 50-digit path's (rules/tiers.ts tierSheet), number for number:
// the same ranks and tiers (ties never split), the same cells, notes and forced D, on random tables
// with exact ties, near ties, blanks, zeros, negative and unreadable cells, units to convert and long
// decimal texts.
import fc from "fast-check";
import { dec, type Dec } from "../../policies/engine/decimal";
import { parseIsoDate } from "../../policies/engine/dates";
import type { Context } from "../../policies/engine/evaluation";
import { createRegistry, getProfile } from "../../policies/profiles";
import { ENTERPRISE_NUMBER_FIELDS, type EnterpriseNumberField } from "../../policies/rules/indicators";
import { tierSheet, type EnterpriseRow } from "../../policies/rules/tiers";
import { cellDecimal, parseCellNumber, scaleCellNumber, type RawCell } from "../../policies/workbook/cells";
import Decimal from "decimal.js";
import { DD, decimalParts, nearestDouble } from "../../policies/engine/double-double";
import { readEnterpriseTable, type TableRow } from "../../policies/workbook/table";
import { rankTable } from "../../policies/workbook/tier-sheet";

const asOf = parseIsoDate("2024-03-15");
// 增城 and 浙江 as shipped (mean benchmarks), and 增城 with benchmarkMethod aggregate (Σ numerator ÷ Σ denominator).
const aggregate = createRegistry().derive({
  id: "zc-aggregate",
  extends: "zengcheng",
  names: { zh: "增城（总量比基准）", en: "Zengcheng, aggregate benchmarks" },
  reason: "what-if",
  overrides: { "ZC-TIER.benchmarkMethod": { value: "aggregate", reason: "county uses district totals" } },
});
const contexts: Context[] = [...["zengcheng", "zhejiang"].map((p) => ({ profile: getProfile(p), asOf })), { profile: aggregate, asOf }];

/** The exact path's input: every number field as the table's exact decimal. */
function exactRow(row: TableRow): EnterpriseRow {
  const fields: Partial<Record<EnterpriseNumberField, Dec | null>> = {};
  for (const f of ENTERPRISE_NUMBER_FIELDS) fields[f] = row.values[f] ?? null;
  return { fields, status: row.values.data_status ?? "ok" };
}

// A few values per table and column, so rows repeat them (exact ties) or differ from them in the
// 10th–12th digit (near ties); some cells are blank, zero, negative, text, or an error value.
const base = fc.tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 4 })).map(([m, k]) => m / 10 ** k);
// …and a formula's result (x ÷ 3: 16–17 digits, as a computed cell holds it).
const pool = fc.array(base, { minLength: 1, maxLength: 4 }).map((xs) => [...xs, ...xs.map((x) => Number((x * (1 + 1e-9)).toPrecision(12))), ...xs.map((x) => x / 3)]);
type Pick = { kind: "pool"; i: number } | { kind: "cell"; cell: RawCell };
const pick: fc.Arbitrary<Pick> = fc.oneof(
  { weight: 20, arbitrary: fc.nat().map((i): Pick => ({ kind: "pool", i })) },
  { weight: 1, arbitrary: fc.constantFrom<RawCell>(null, "-", "", 0, "-0", -5, "1,234.5", "１２３", "12 345", "20%", "n/a", { error: "#N/A" }).map((cell): Pick => ({ kind: "cell", cell })) },
);
const LONG = ["123.45678901234567890123", "0.1000000000000000000001", "98765432109876543.21"];

const HEADERS: Record<string, readonly string[]> = {
  area_mu: ["用地面积（亩）", "用地面积（平方米）"],
  output: ["工业总产值（万元）", "工业总产值（元）"],
  revenue: ["主营业务收入（万元）"],
  energy_tce: ["综合能耗（吨标煤）"],
  rd: ["研发费用（万元）", "研发费用（千元）"],
  retrofit: ["技改投资（万元）"],
  certifications: ["各级各类认定"],
  tax: ["税收（万元）", "税收（元）"],
  value_added: ["工业增加值（万元）"],
  emissions_t: ["主要污染物排放量（吨）", "主要污染物排放量（千克）"],
  employees: ["年平均职工人数"],
};
const COLUMNS = Object.keys(HEADERS);

const table = fc
  .record({
    units: fc.array(fc.nat(1), { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
    pools: fc.array(pool, { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
    rows: fc.array(fc.tuple(fc.array(pick, { minLength: COLUMNS.length, maxLength: COLUMNS.length }), fc.constantFrom<RawCell>(null, null, null, null, null, null, "未上传", "造假")), { minLength: 1, maxLength: 40 }),
    // Some tables have a cell with more digits than a double holds (the exact path decides those).
    long: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...LONG)) }),
  })
  .map(({ units, pools, rows, long }) => {
    const head = ["企业名称", ...COLUMNS.map((c, j) => HEADERS[c]![units[j]! % HEADERS[c]!.length]!), "数据状态"];
    const body = rows.map(([picks, status], r) => [`企业${r + 1}`, ...picks.map((p, j) => (p.kind === "pool" ? pools[j]![p.i % pools[j]!.length]! : p.cell)), status]);
    if (long) body[long[0] % body.length]![1 + (long[1] % COLUMNS.length)] = long[2];
    return [head, ...body] as RawCell[][];
  });

describe("ZC-TIER 二(一)2 / ZJ-EVAL: the tier sheet in doubles equals the exact path", () => {
  test("same ranks, tiers, score and indicator cells, benchmarks, notes and forced D; decimals read from it are the exact ones", () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.constantFrom(...contexts), table, fc.nat(), (ctx, grid, probe) => {
        const t = readEnterpriseTable(grid);
        const ranked = rankTable(ctx, t).result;
        const exact = tierSheet(ctx, t.rows.map(exactRow)).value;
        const got = ranked.value;
        runs++;
        if (ranked.trace.decidedBy.some((s) => s.startsWith("computed in doubles"))) fast++;
        expect(got.quotas).toEqual(exact.quotas);
        expect(got.notes).toEqual(exact.notes);
        expect(got.indicators.map((i) => [i.key, i.weight.toFixed(), i.benchmarkCell])).toEqual(exact.indicators.map((i) => [i.key, i.weight.toFixed(), i.benchmarkCell]));
        got.rows.forEach((r, i) => {
          const e = exact.rows[i]!;
          expect([r.rank, r.tier, r.scoreCell, r.indicatorCells, r.forcedReason, r.notes]).toEqual([e.rank, e.tier, e.scoreCell, e.indicatorCells, e.forcedReason, e.notes]);
        });
        // What a caller reads as decimals is made exactly, on demand.
        const i = probe % got.rows.length;
        expect(got.rows[i]!.score?.toFixed() ?? null).toBe(exact.rows[i]!.score?.toFixed() ?? null);
        const shown = (x: Partial<Record<string, Dec | null>>) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v?.toFixed() ?? null]));
        expect(shown(got.rows[i]!.indicators)).toEqual(shown(exact.rows[i]!.indicators));
        expect(got.indicators.map((b) => b.benchmark?.toFixed() ?? null)).toEqual(exact.indicators.map((b) => b.benchmark?.toFixed() ?? null));
      }),
      { numRuns: 150 },
    );
    // The doubles decided nearly every table (the rest: a decimal beyond a double-double's 31 digits or 10^±22).
    expect(fast).toBeGreaterThan(runs * 0.8);
  });

  test("ZC-TIER 二(一)2: firms with the same figures tie in doubles exactly as in decimals (ties never split)", () => {
    const ctx = contexts[0]!;
    const head = ["企业名称", "用地面积（亩）", "工业总产值（万元）", "主营业务收入（万元）", "综合能耗（吨标煤）", "研发费用（万元）", "技改投资（万元）", "各级各类认定"];
    // 0.1 + 0.2 style figures: 10 firms at one score, the 11th a hair above it in the 15th digit.
    const rows: RawCell[][] = [head];
    for (let k = 0; k < 10; k++) rows.push([`企业${k}`, 0.3, 0.1, 0.7, 0.3, 0.1, 0.2, 1]);
    rows.push(["企业X", 0.3, 0.100000000000001, 0.7, 0.3, 0.1, 0.2, 1]);
    for (let k = 0; k < 9; k++) rows.push([`企业Y${k}`, 3, 1 + k, 7, 3, 1, 2, 1]);
    const t = readEnterpriseTable(rows);
    const got = rankTable(ctx, t).result.value;
    const exact = tierSheet(ctx, t.rows.map(exactRow)).value;
    expect(got.rows.map((r) => [r.rank, r.tier, r.scoreCell])).toEqual(exact.rows.map((r) => [r.rank, r.tier, r.scoreCell]));
    const tied = new Set(got.rows.slice(0, 10).map((r) => `${r.rank}${r.tier}`));
    expect(tied.size).toBe(1);
    expect(got.rows[10]!.rank).toBeLessThan(got.rows[0]!.rank!);
  });
});

describe("WORKBOOK.md input numbers: a table keeps the double, and the exact decimal where the double would lose it", () => {
  const texts = fc.oneof(
    fc.tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: 0, max: 8 })).map(([m, k]) => (m / 10 ** k).toFixed(k)),
    fc.constantFrom("1E+20", "1.5e-3", "-0", "0.000", "007.50", "12345678901234567890", "0.12345678901234567", ...LONG),
  );
  test("a text's number is decimal.js's reading of it, a percent ÷ 100, and its double the nearest", () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, percent) => {
        const n = parseCellNumber(percent ? `${text}%` : text);
        if (n.kind !== "number") throw new Error(`not a number: ${text}`);
        const want = percent ? dec(text).div(100) : dec(text);
        expect(cellDecimal(n.number).eq(want)).toBe(true);
        expect(n.number.d).toBe(want.toNumber());
      }),
    );
  });

  test("a unit factor (元 → 万元, 平方米 → 亩, 千克 → 吨) gives the exact product, and its nearest double", () => {
    const factors = [dec(1).div(10000), dec(15).div(10000), dec(1).div(1000), dec(10000), dec(1).div(10)];
    fc.assert(
      // a text cell, or a number cell as the reader hands it over (any double)
      fc.property(fc.oneof(texts, fc.double({ min: -1e12, max: 1e12, noNaN: true })), fc.constantFrom(...factors), (cell, factor) => {
        const n = parseCellNumber(cell);
        if (n.kind !== "number") throw new Error(`not a number: ${String(cell)}`);
        const scaled = scaleCellNumber(n.number, factor, decimalParts(factor));
        const want = cellDecimal(n.number).times(factor);
        expect(cellDecimal(scaled).eq(want)).toBe(true);
        expect(scaled.d).toBe(want.toNumber());
      }),
    );
  });
});

describe("engine/double-double: a double is read off a double-double only when no midpoint is within the bound", () => {
  // Wide enough for the exact sum of two doubles between 2⁻²⁰ and 2³⁰.
  const Wide = Decimal.clone({ precision: 200 });
  const exact = (x: number) => new Wide(x.toPrecision(100));

  test("hand cases: one ulp apart, and half an ulp toward zero from a power of two", () => {
    expect(nearestDouble(1, 1.1e-16, 0)).toBe(1); // ulp(1) = 2.2e-16 above
    expect(nearestDouble(1, -1e-16, 0)).toBeNaN(); // below 1 the doubles are 1.1e-16 apart
    expect(nearestDouble(1.5, -1.1e-16, 0)).toBe(1.5);
    expect(nearestDouble(1.5, 1.2e-16, 0)).toBeNaN();
    expect(nearestDouble(-1, 1e-16, 0)).toBeNaN();
    expect(nearestDouble(3, 0, 1e-300)).toBe(3);
  });

  test("when it answers, the answer is the nearest double of the exact hi + lo + any error within the bound", () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** -20, max: 2 ** 30, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (x, l, e, where) => {
        const dd = new DD().set(x, l * x * 2 ** -53);
        const err = e * x * 2 ** -54;
        const got = nearestDouble(dd.hi, dd.lo, err);
        if (Number.isNaN(got)) return;
        const value = exact(dd.hi).plus(exact(dd.lo)).plus(exact(err * where));
        expect(got).toBe(value.toNumber());
      }),
      { numRuns: 2000 },
    );
  });
});
