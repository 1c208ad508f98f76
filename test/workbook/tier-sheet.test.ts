// The ranked tier sheet of WORKBOOK.md, built from an enterprise table with the profile's
// indicators, weights and quotas (ZC-TIER 二(一)2).
import { parseIsoDate } from "../../policies/engine/dates";
import type { Context } from "../../policies/engine/evaluation";
import { getProfile } from "../../policies/profiles";
import type { RawCell } from "../../policies/workbook/cells";
import { isProductSheet } from "../../policies/workbook/layout";
import { readEnterpriseTable } from "../../policies/workbook/table";
import { rankTable, scoringFields, tierCounts, tierProductSheet } from "../../policies/workbook/tier-sheet";
import { sheetGrid, type ProductSheet } from "../../policies/workbook/product-sheet";
import type { OutCell } from "../../policies/workbook/layout";

/** The product sheet as a grid (rows, the table's header row) and its name. */
function layoutOf(sheet: ProductSheet): { name: string; rows: OutCell[][]; tableHeader: number } {
  const g = sheetGrid(sheet);
  return { name: sheet.name, rows: g.rows, tableHeader: g.tableHeader! };
}


const ctx: Context = { profile: getProfile("zengcheng"), asOf: parseIsoDate("2024-03-15") };
const HEAD = ["企业名称", "统一社会信用代码", "用地面积（亩）", "工业总产值（万元）", "主营业务收入（万元）", "综合能耗（吨标煤）", "研发费用（万元）", "技改投资（万元）", "各级各类认定", "数据状态"];

/** 20 firms whose figures all scale with k, so the composite score orders them by k. */
function table(statuses: Record<number, string> = {}): RawCell[][] {
  const rows: RawCell[][] = [HEAD];
  for (let k = 1; k <= 20; k++) rows.push([`企业${k}`, `CODE${k}`, 10, 1000 * k, 1000 * k, 100, 10 * k, 10 * k, k, statuses[k] ?? null]);
  return rows;
}

test("ZC-TIER 二(一)2: the table fields the zengcheng indicators need", () => {
  expect(scoringFields(ctx).sort()).toEqual(["area_mu", "certifications", "energy_tce", "enterprise", "output", "rd", "retrofit", "revenue"].sort());
});

test("ZC-TIER 二(一)2: 20 firms → A ≤ 4 (20%), D ≤ 1 (5%), B to the 16th; counts add up", () => {
  const ranked = rankTable(ctx, readEnterpriseTable(table()));
  const q = ranked.result.value.quotas;
  expect([q.n, q.aMax, q.dMax, q.bMax]).toEqual([20, 4, 1, 16]);
  const n = tierCounts(ranked.result.value);
  expect(n.A + n.B + n.C + n.D).toBe(20);
  expect(n.A).toBeLessThanOrEqual(4);
  expect(n.D).toBeLessThanOrEqual(1);
});

test("ZC-TIER 二(一)2: 未上传 → D directly with the clause; not ranked", () => {
  const ranked = rankTable(ctx, readEnterpriseTable(table({ 20: "未上传" })));
  const row = ranked.result.value.rows[19]!;
  expect(row.tier).toBe("D");
  expect(row.rank).toBeNull();
  expect(row.forcedReason!.zh).toContain("二(一)2");
  expect(ranked.facts.tierOf(ranked.table.rows[19]!)).toBe("D");
});

test("layout: header block (profile, draft warning, date, population, quotas, version), rows in rank order, forced D last", () => {
  const ranked = rankTable(ctx, readEnterpriseTable(table({ 20: "造假" })));
  const layout = layoutOf(tierProductSheet(ctx, ranked, "1.2.3"));
  expect(isProductSheet(layout.rows[0]![0])).toBe(true);
  expect(layout.name).toBe("亩均评价_zengcheng");
  const block = layout.rows.slice(0, layout.tableHeader).map((r) => r.join(" ")).join("\n");
  for (const s of ["zengcheng", "征求意见稿", "2024-03-15", "企业数 / Enterprises 20", "N = 19", "landrules 1.2.3"]) expect(block).toContain(s);
  const body = layout.rows.slice(layout.tableHeader + 1);
  expect(body.map((r) => r[2])).toEqual([...Array.from({ length: 19 }, (_, i) => `企业${19 - i}`), "企业20"]);
  expect(body[0]!.slice(0, 2)).toEqual([1, "A"]);
  expect(body[19]![1]).toBe("D");
  expect(String(body[19]![body[19]!.length - 1])).toContain("弄虚作假");
});

test("温州 applies ZJ-EVAL from the provincial text: on 2023-01-01 温政办〔2020〕53号 is in force but the provincial text (from 2023-03-15) is not — that is stated", () => {
  const wz: Context = { profile: getProfile("wenzhou"), asOf: parseIsoDate("2023-01-01") };
  const grid: RawCell[][] = [["企业名称", "用地面积（亩）", "税收（万元）", "工业增加值（万元）", "综合能耗", "排放量", "职工人数", "R&D经费支出", "营业收入"]];
  for (let k = 1; k <= 5; k++) grid.push([`企业${k}`, 10, k, 10 * k, 5, 1, 10, k, 100]);
  const block = layoutOf(tierProductSheet(wz, rankTable(wz, readEnterpriseTable(grid)), "x"))
    .rows.map((r) => r.join(" "))
    .join("\n");
  expect(block).toContain("现行有效");
  expect(block).toContain("2023-03-15 起施行");
});
