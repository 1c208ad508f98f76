// The task pane's tier-sheet and check jobs against a fake Excel workbook: the CLI's pure
// models (policies/workbook) must see the sheet exactly as the CLI would, anchored at A1, and
// their layouts must land in the workbook unchanged.
import {
  JobError,
  PRODUCT_VERSION,
  columnIndex,
  gridOf,
  loadEnterpriseSheet,
  marksOf,
  writeCheckReport,
  writeTierSheet,
} from "../../addin/enterpriseJobs";
import { resetMemorySettings } from "../../addin/settings";
import { MARK_FILL, OUTPUT_MARK } from "../../addin/sheets";
import { parseIsoDate } from "../../policies/engine/dates";
import { getProfile } from "../../policies/profiles";
import type { RawCell } from "../../policies/workbook/cells";
import { readEnterpriseTable } from "../../policies/workbook/table";
import { rankTable, tierProductSheet } from "../../policies/workbook/tier-sheet";
import { FakeWorkbook, fakeContext, type Value } from "./fakeExcel";
import { sheetGrid, type ProductSheet } from "../../policies/workbook/product-sheet";
import type { OutCell } from "../../policies/workbook/layout";

/** The product sheet as a grid (rows, the table's header row) and its name. */
function layoutOf(sheet: ProductSheet): { name: string; rows: OutCell[][]; tableHeader: number } {
  const g = sheetGrid(sheet);
  return { name: sheet.name, rows: g.rows, tableHeader: g.tableHeader! };
}


beforeEach(() => resetMemorySettings());

const ctx = { profile: getProfile("zengcheng"), asOf: parseIsoDate("2024-03-15") };
const HEADERS = ["企业名称", "统一社会信用代码", "用地面积（亩）", "工业总产值（万元）", "主营业务收入（万元）", "综合能耗（吨标煤）", "研发经费支出（万元）", "技改投资（万元）", "各级各类认定", "数据状态"];

/** Ten enterprises of 增城; 企业10 did not upload its data (ZC-TIER: 未上传 → D). */
function enterpriseRows(): Value[][] {
  return Array.from({ length: 10 }, (_, i) => [`企业${i + 1}`, `91440183MA${String(i).padStart(8, "0")}`, 10 + i, 5000 + 900 * i, 4800 + 850 * i, 300 + 10 * i, 100 + 30 * i, 50 * i, i % 3, i === 9 ? "未上传" : ""]);
}

/** The table placed at C4 (a title and two blank rows, two margin columns), as analysts' sheets often are. */
function bookWithTable(rows = enterpriseRows()) {
  const book = new FakeWorkbook();
  const data = book.addSheet("企业数据");
  const grid: Value[][] = [["增城区企业亩均数据（2023 年度）"], [], [], ...[HEADERS, ...rows].map((r) => ["", "", ...r])];
  grid.forEach((r, i) => r.forEach((v, j) => (data.cell(i, j).value = v)));
  // Same cells anchored at A1, as the CLI's sheetGrid gives them to the pure layer.
  const expectedGrid: RawCell[][] = grid.map((r) => r.map((v) => (v === "" ? null : v)));
  return { book, data, expectedGrid };
}

describe("reading the enterprise table", () => {
  test("the used range is anchored at A1; blanks are null and error values stay errors", () => {
    const grid = gridOf({ sheet: "s", address: "s!B2:C3", rowIndex: 1, columnIndex: 1, values: [["名称", ""], ["甲", "#N/A"]], valueTypes: [["String", "Empty"], ["String", "Error"]] });
    expect(grid).toEqual([[], [null, "名称", null], [null, "甲", { error: "#N/A" }]]);
  });

  test("rows are the sheet's own row numbers, as the CLI reads them", async () => {
    const { book, expectedGrid } = bookWithTable();
    const loaded = await loadEnterpriseSheet(fakeContext(book), { sheet: "企业数据" });
    expect(loaded.table.rows.map((r) => r.row)).toEqual(readEnterpriseTable(expectedGrid).rows.map((r) => r.row));
    expect(loaded.table.rows[0]!.row).toBe(5);
    expect(loaded.table.mapping.columns.area_mu?.letter).toBe("E");
  });

  test("a sheet with headers but no data rows is refused in Chinese and English", async () => {
    const { book } = bookWithTable([]);
    await expect(loadEnterpriseSheet(fakeContext(book), { sheet: "企业数据" })).rejects.toThrow(JobError);
    await expect(loadEnterpriseSheet(fakeContext(book), { sheet: "企业数据" })).rejects.toThrow('工作表“企业数据”表头下没有数据行 / sheet "企业数据" has no data rows under its headers');
  });
});

describe("ZC-TIER 二(一)2 tier sheet", () => {
  test("the sheet written is the pure layer's layout, cell for cell, marked as this product's", async () => {
    const { book, data, expectedGrid } = bookWithTable();
    const outcome = await writeTierSheet(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book)));
    const layout = layoutOf(tierProductSheet(ctx, rankTable(ctx, readEnterpriseTable(expectedGrid)), PRODUCT_VERSION));
    expect(outcome.written).toEqual({ name: "亩均评价_zengcheng", replaced: false });
    const out = book.sheetNamed("亩均评价_zengcheng")!;
    const width = Math.max(...layout.rows.map((r) => r.length));
    expect(out.values(0, 0, layout.rows.length, width)).toEqual(layout.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")));
    expect(out.properties.get(OUTPUT_MARK)).toBe("亩均评价_zengcheng");
    expect(out.peek(layout.tableHeader, 0)!.bold).toBe(true);
    expect(outcome.enterprises).toBe(10);
    expect(outcome.counts.forced).toBe(1); // 企业10: 数据未上传 → D whatever the score
    expect(data.values(3, 2, 1, 1)).toEqual([["企业名称"]]);
  });

  test("re-running replaces the tier sheet it wrote, and nothing else", async () => {
    const { book } = bookWithTable();
    await writeTierSheet(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book)));
    const again = await writeTierSheet(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book), { sheet: "企业数据" }));
    expect(again.written.replaced).toBe(true);
    expect(book.sheets.map((s) => s.name)).toEqual(["企业数据", "亩均评价_zengcheng"]);
  });

  test("a table without the scoring columns is refused, naming the missing columns", async () => {
    const book = new FakeWorkbook();
    book.addSheet("企业").fill([["企业名称", "用地面积"], ["甲", 10]]);
    await expect(writeTierSheet(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book)))).rejects.toThrow(/缺少评分所需的列：工业总产值、综合能耗.* lacks the columns scoring needs: output, energy/);
  });
});

describe("check report and marks", () => {
  test("an unreadable cell is reported and marked where it is on the sheet; a re-check after the fix unmarks it", async () => {
    const rows = enterpriseRows();
    rows[2]![2] = "十二亩"; // 企业3's land area: not a number (WORKBOOK.md: a finding, never a silent zero)
    const { book, data } = bookWithTable(rows);
    const first = await writeCheckReport(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book), { sheet: "企业数据" }), { mark: true });
    const input = first.report.findings.find((f) => f.rule === "INPUT")!;
    expect(input).toMatchObject({ row: 7, column: "E", enterprise: "企业3", value: "十二亩" });
    expect(data.peek(6, 4)!.fill).toBe(MARK_FILL);
    expect(first.marked).toBe(marksOf("企业数据", first.report.findings).length);
    expect(book.sheetNamed("核查报告_zengcheng")).toBeDefined();

    data.cell(6, 4).value = 12;
    const second = await writeCheckReport(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book), { sheet: "企业数据" }), { mark: true });
    expect(second.report.findings.some((f) => f.rule === "INPUT")).toBe(false);
    expect(data.peek(6, 4)!.fill).toBeNull();
    expect(book.sheets.map((s) => s.name)).toEqual(["企业数据", "核查报告_zengcheng"]);
  });

  test("findings on one cell share one mark; findings without a column are not marked", () => {
    const base = { citation: "zengcheng-2022-draft.txt 二(一)2", value: "", threshold: "", severity: "violation" as const, check: "x", enterprise: "甲", creditCode: "", field: "tax" };
    const marks = marksOf("s", [
      { ...base, rule: "R1", row: 3, column: "AB", message: { zh: "一", en: "one" } },
      { ...base, rule: "R2", row: 3, column: "AB", message: { zh: "二", en: "two" } },
      { ...base, rule: "R3", row: 4, column: "", message: { zh: "三", en: "three" } },
    ]);
    expect(marks).toEqual([{ sheet: "s", row: 2, column: 27, message: "R1（zengcheng-2022-draft.txt 二(一)2）：一 / one\nR2（zengcheng-2022-draft.txt 二(一)2）：二 / two" }]);
    expect([columnIndex("A"), columnIndex("Z"), columnIndex("AA"), columnIndex("XFD")]).toEqual([0, 25, 26, 16383]);
  });
});
