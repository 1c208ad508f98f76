import { readFileSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import { ZERO, type Dec } from "../../policies/engine/decimal";
import { evaluateScheme } from "../../policies/schemes/evaluate";
import { readTableSheet } from "../../policies/workbook/package/read";
import { schemeRows } from "../../policies/workbook/scheme-sheet";
import { readEnterpriseTable, type EnterpriseTable, type TableRow } from "../../policies/workbook/table";
import { schemeOf } from "./helpers";

// The example tables scored by the schemes, checked against the published formulas worked
// independently here (黄岩 2022 年度评价公示 2023-09-25 and the 2021 benchmarks, as quoted in issue 8).

function exampleTable(file: string): EnterpriseTable {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "../../examples", file)));
  const { cells } = readTableSheet(bytes);
  return readEnterpriseTable(cells.rows, { merges: cells.merges });
}

const BENCHMARKS: Record<number, { above: string[]; below: string[] }> = {
  2022: { above: ["24.097", "136.16", "2.694", "4929.81", "18.14", "0.0302"], below: ["11.5932", "0.2352"] },
  2021: { above: ["26.01", "132.27", "2.54", "4861.08", "17.45", "0.0305"], below: ["16.601058", "0.236565"] },
};
const ABOVE_WEIGHTS = [30, 20, 20, 10, 10, 10];

/** One term of the published formula: value ÷ benchmark × weight; null when the value cannot be formed. */
function term(num: Dec | undefined, den: Dec | undefined | null, benchmark: string, weight: number): Dec | null {
  if (num === undefined || num.isNegative()) return null;
  if (den === null) return num.div(benchmark).times(weight);
  if (den === undefined || !den.gt(0)) return null;
  return num.div(den).div(benchmark).times(weight);
}

/** The published 黄岩 score of every row, the missing-emission rule included; null: no score (forced D or missing data). */
function published(table: EnterpriseTable, year: number): (Dec | null)[] {
  const b = BENCHMARKS[year]!;
  const ok = (r: TableRow) => (r.values.data_status ?? "ok") === "ok";
  const v = (r: TableRow) => r.values;
  const aboveTerms = table.rows.map((r) =>
    v(r).scale === "规上" && ok(r)
      ? [
          term(v(r).tax, v(r).area_mu, b.above[0]!, 30),
          term(v(r).value_added, v(r).area_mu, b.above[1]!, 20),
          term(v(r).value_added, v(r).energy_tce, b.above[2]!, 20),
          term(v(r).value_added, v(r).emissions_t, b.above[3]!, 10),
          term(v(r).value_added, v(r).employees, b.above[4]!, 10),
          term(v(r).rd, v(r).revenue, b.above[5]!, 10),
        ]
      : null,
  );
  // 规上 firms without emission data take the average 规上 score of that indicator.
  const withEmission = aboveTerms.flatMap((t) => (t && t[3] ? [t[3]] : []));
  const average = withEmission.reduce((s, x) => s.plus(x), ZERO).div(withEmission.length);
  return table.rows.map((r, i) => {
    if (!ok(r)) return null;
    if (v(r).scale === "规下") {
      const t = [term(v(r).tax, v(r).area_mu, b.below[0]!, 50), term(v(r).tax, v(r).electricity, b.below[1]!, 50)];
      return t.every((x) => x !== null) ? t[0]!.plus(t[1]!) : null;
    }
    const t = [...aboveTerms[i]!];
    if (t[3] === null && v(r).emissions_t === undefined) t[3] = average;
    return t.every((x) => x !== null) ? t.reduce((s, x) => s!.plus(x!), ZERO)! : null;
  });
}

const digits = (x: Dec | null) => (x === null ? null : x.toSignificantDigits(40, Decimal.ROUND_HALF_EVEN).toFixed());

describe("examples/enterprises-huangyan.xlsx under the 黄岩 schemes", () => {
  const table = exampleTable("enterprises-huangyan.xlsx");

  test.each([2022, 2021])("%i: every firm's total is the published formula's score (to 40 digits), the missing-emission rule included", (year) => {
    const { scheme, documents } = schemeOf("huangyan", year);
    const r = evaluateScheme(scheme, schemeRows(table), { documents });
    const want = published(table, year);
    expect(r.firms.map((f) => digits(f.status === "forced" ? null : f.total))).toEqual(want.map(digits));
    // The table exercises the rule: some 规上 firms have no emission data and still get a total.
    const noEmission = table.rows.flatMap((row, i) => (row.values.scale === "规上" && row.values.emissions_t === undefined && r.firms[i]!.status === "ranked" ? [i] : []));
    expect(noEmission.length).toBeGreaterThanOrEqual(3);
    for (const i of noEmission) expect(r.firms[i]!.indicators[3]!.note!.zh).toContain("取规上企业该项平均得分");
    // Both lists are ranked with their own quotas.
    expect(r.groups.map((g) => [g.list.id, g.ranked > 10])).toEqual([["above", true], ["below", true]]);
  });

  test("the 2021 and 2022 schemes give different totals to the same firm (their benchmarks differ)", () => {
    const [a, b] = [2021, 2022].map((y) => {
      const s = schemeOf("huangyan", y);
      return evaluateScheme(s.scheme, schemeRows(table), { documents: s.documents });
    });
    const i = a!.firms.findIndex((f) => f.status === "ranked");
    expect(a!.firms[i]!.total!.eq(b!.firms[i]!.total!)).toBe(false);
  });
});

describe("examples/enterprises-wenling.xlsx under the 温岭 2022 scheme", () => {
  const table = exampleTable("enterprises-wenling.xlsx");
  const { scheme, documents } = schemeOf("wenling", 2022);
  const r = evaluateScheme(scheme, schemeRows(table), { documents });

  test("every firm is in one of the five groups; ranks run from 1 within each list and group", () => {
    expect(r.unlisted).toBe(0);
    for (const g of r.groups.filter((x) => x.ranked > 0)) {
      const ranks = r.firms.filter((f) => f.list === g.list.id && f.group === g.group!.id && f.status === "ranked").map((f) => f.rank!);
      expect(Math.min(...ranks)).toBe(1);
      expect(ranks.length).toBe(g.ranked);
    }
  });

  test("tenant deductions per firm: 规上 5 × (tenants − 1), 规下 10 + 5 × (tenants − 1), none without tenants", () => {
    let seen = 0;
    table.rows.forEach((row, i) => {
      const n = row.values.tenants?.toNumber() ?? 0;
      const f = r.firms[i]!;
      if (f.list === null) return;
      const want = n === 0 ? 0 : f.list === "above" ? 5 * (n - 1) : 10 + 5 * (n - 1);
      expect(f.adjustments[0]!.points.toNumber()).toBe(want === 0 ? 0 : -want);
      if (want > 0) seen++;
    });
    expect(seen).toBeGreaterThan(10);
  });
});
