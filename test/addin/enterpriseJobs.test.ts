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
import { MARK_FILL, OUTPUT_MARK, clearMarks } from "../../addin/sheets";
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
    expect(marks).toEqual([{ sheet: "s", row: 2, column: 27, severity: "violation", message: "R1（《增城存量工业用地办法（征求意见稿）》二(一)2 / Zengcheng stock industrial land measures (draft) 二(一)2）：一 / one\nR2（《增城存量工业用地办法（征求意见稿）》二(一)2 / Zengcheng stock industrial land measures (draft) 二(一)2）：二 / two" }]);
    expect([columnIndex("A"), columnIndex("Z"), columnIndex("AA"), columnIndex("XFD")]).toEqual([0, 25, 26, 16383]);
  });
});

describe("what the pane is given", () => {
  test("a job never reads one of the product's own sheets (pressing a job twice)", async () => {
    const { book } = bookWithTable();
    const first = await writeTierSheet(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book), { sheet: "企业数据" }));
    // The tier sheet is now the active sheet: a second press would read it.
    await expect(loadEnterpriseSheet(fakeContext(book))).rejects.toThrow(/本插件生成的工作表.*a sheet this add-in wrote/);
    await expect(loadEnterpriseSheet(fakeContext(book), { sheet: first.written.name })).rejects.toThrow(JobError);
  });

  test("the counts add up: A + B + C + D + unscored = enterprises (a firm with no figures is counted, not dropped)", async () => {
    const rows = enterpriseRows();
    rows[3]![3] = ""; // 企业4 has no 工业总产值: unscored, not ranked, still counted
    const { book } = bookWithTable(rows);
    const outcome = await writeTierSheet(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book), { sheet: "企业数据" }));
    const n = outcome.counts;
    expect(n.unscored).toBe(1);
    expect(n.A + n.B + n.C + n.D + n.unscored).toBe(outcome.enterprises);
    expect(outcome.summary[0]).toBe(`企业 / enterprises 10 = A ${n.A} + B ${n.B} + C ${n.C} + D ${n.D} + 未评分 / unscored 1`);
  });

  test("findings come with the cell address to select; an analyst's comment gets our reply, never replaced, and clearing removes only the reply", async () => {
    const rows = enterpriseRows();
    rows[2]![2] = "十二亩";
    const { book, data } = bookWithTable(rows);
    book.addComment(data, 6, 4, "分析员：面积待核实");
    // An Excel with comments (ExcelApi 1.10).
    const host = globalThis as { Office?: unknown; Excel?: unknown };
    [host.Office, host.Excel] = [{ context: { requirements: { isSetSupported: () => true } } }, {}];
    const progress: string[] = [];
    const outcome = await writeCheckReport(fakeContext(book), ctx, await loadEnterpriseSheet(fakeContext(book), { sheet: "企业数据" }), { mark: true, onProgress: (p) => progress.push(p.phase.en) }).finally(
      () => ([host.Office, host.Excel] = [undefined, undefined]),
    );
    expect(outcome.findings.find((f) => f.rule === "INPUT")).toMatchObject({ sheet: "企业数据", address: "E7", enterprise: "企业3", value: "十二亩" });
    const comment = book.comments.find((c) => c.row === 6 && c.column === 4)!;
    expect(comment.content).toBe("分析员：面积待核实");
    expect(comment.replies).toEqual([expect.objectContaining({ content: expect.stringMatching(/^〔landrules〕INPUT/) })]);
    expect(progress).toContain("Marking the cells");
    await clearMarks(fakeContext(book));
    expect(book.comments.find((c) => c.row === 6 && c.column === 4)).toMatchObject({ content: "分析员：面积待核实", replies: [] });
  });
});
