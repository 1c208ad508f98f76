import Decimal from "decimal.js";
import type { Dec } from "../../policies/engine/decimal";
import { evaluateScheme } from "../../policies/schemes/evaluate";
import { schemeRows } from "../../policies/workbook/scheme-sheet";
import { schemeOf } from "./helpers";
import { exampleTable, published } from "./published";

// The example tables scored by the schemes, checked against the published formulas worked
// independently in ./published.ts (黄岩 2022 年度评价公示 2023-09-25 and the 2021 benchmarks, as quoted in issue 8).

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
