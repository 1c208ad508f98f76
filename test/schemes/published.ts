import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ZERO, type Dec } from "../../policies/engine/decimal";
import { readTableSheet } from "../../policies/workbook/package/read";
import { readEnterpriseTable, type EnterpriseTable, type TableRow } from "../../policies/workbook/table";

// The 黄岩 formulas as published (黄岩 2022 年度评价公示 2023-09-25; the 2021 benchmarks), worked
// here independently of policies/schemes, to check the engine and the CLI against.

export function exampleTable(file: string): EnterpriseTable {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "../../examples", file)));
  const { cells } = readTableSheet(bytes);
  return readEnterpriseTable(cells.rows, { merges: cells.merges });
}

const BENCHMARKS: Record<number, { above: string[]; below: string[] }> = {
  2022: { above: ["24.097", "136.16", "2.694", "4929.81", "18.14", "0.0302"], below: ["11.5932", "0.2352"] },
  2021: { above: ["26.01", "132.27", "2.54", "4861.08", "17.45", "0.0305"], below: ["16.601058", "0.236565"] },
};

/** One term of the published formula: value ÷ benchmark × weight; null when the value cannot be formed. */
function term(num: Dec | undefined, den: Dec | undefined | null, benchmark: string, weight: number): Dec | null {
  if (num === undefined) return null;
  if (den === null) return num.div(benchmark).times(weight);
  if (den === undefined || !den.gt(0)) return null;
  return num.div(den).div(benchmark).times(weight);
}

/** The published 黄岩 score of every row, the missing-emission rule included; null: no score (forced D or missing data). */
export function published(table: EnterpriseTable, year: number): (Dec | null)[] {
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

