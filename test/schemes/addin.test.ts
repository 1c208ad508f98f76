import { loadEnterpriseSheet, PRODUCT_VERSION, writeTierSheet } from "../../addin/enterpriseJobs";
import { resetMemorySettings } from "../../addin/settings";
import { parseIsoDate } from "../../policies/engine/dates";
import { getProfile } from "../../policies/profiles";
import { sheetGrid } from "../../policies/workbook/product-sheet";
import { schemeTierJob } from "../../policies/workbook/scheme-sheet";
import { readEnterpriseTable } from "../../policies/workbook/table";
import { FakeWorkbook, fakeContext, type Value } from "../addin/fakeExcel";

// The add-in's tier job for a profile with schemes writes the sheet the CLI writes (the shared
// job model): 黄岩 2022 规下 (黄岩 2022 年度评价公示 2023-09-25: 亩均税收 ÷ 11.5932 × 50 + 单位电耗税收 ÷ 0.2352 × 50).

beforeEach(() => resetMemorySettings());

test("黄岩 in the add-in: the year before the as-of date (2022), the scheme's sheet cell for cell, counts adding up", async () => {
  const ctx = { profile: getProfile("huangyan"), asOf: parseIsoDate("2023-09-25") };
  const rows: Value[][] = [
    ["企业名称", "企业规模", "用地面积（亩）", "实缴税金（万元）", "用电量（万千瓦时）"],
    ["甲", "规下", 0.2352, 2.72672064, 11.5932],
    ["乙", "规下", 0.2352, 5.45344128, 11.5932],
  ];
  const book = new FakeWorkbook();
  const data = book.addSheet("企业数据");
  rows.forEach((r, i) => r.forEach((v, j) => (data.cell(i, j).value = v)));
  const outcome = await writeTierSheet(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book)));
  expect(outcome.written.name).toBe("亩均评价2022_huangyan");
  expect(outcome.counts).toEqual({ A: 0, B: 1, C: 1, D: 0, forced: 0, unscored: 0 });
  const want = sheetGrid(schemeTierJob(ctx, readEnterpriseTable(rows), 2022, PRODUCT_VERSION).sheet).rows;
  const out = book.sheetNamed("亩均评价2022_huangyan")!;
  const width = Math.max(...want.map((r) => r.length));
  expect(out.values(0, 0, want.length, width)).toEqual(want.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")));
});
