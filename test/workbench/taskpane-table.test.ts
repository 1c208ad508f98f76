// Journeys (issue 11): which table a job reads. The 增城 example sheet 企业数据 has two title
// lines, the header row 3, 300 firms (rows 4–303), a blank row and a 合计 line (305). Each job
// states the sheet and range it reads; the analyst picks a sheet, the selection or the current
// region; a job never reads one of the product's own sheets; the column mapping is shown,
// editable, and kept per sheet.
import { openWorkbench, type Workbench } from "./harness";
import { paneFrame } from "./taskpane-helpers";

jest.setTimeout(600_000);

const TIER_SHEET = "亩均评价_zengcheng";
let wb: Workbench;
/** The tier tab's panel (the check tab has its own table picker). */
const tiers = () => wb.pane.getByTestId("panel-tiers");

describe("workbench: the table a job reads", () => {
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
    await wb.pane.getByTestId("profile-select").selectOption("zengcheng");
    await wb.pane.getByRole("tab", { name: "分档" }).click();
  });
  afterAll(async () => {
    await wb?.close();
  });

  test("the tier job states what it reads: the active sheet's used range", async () => {
    await tiers().getByTestId("source-where").getByText("企业数据!A1:N305").waitFor();
    await expect(tiers().getByTestId("source-where").textContent()).resolves.toBe("读取：企业数据!A1:N305（305 行 × 14 列）");
  });

  test("the tier sheet: 300 firms read, and the counts add up (A + B + C + D + 未评分 = 300)", async () => {
    await tiers().getByTestId("tier-generate").click();
    const result = tiers().getByTestId("tier-result");
    await result.waitFor({ timeout: 60_000 });
    await expect(result.textContent()).resolves.toMatch(/^读取 企业数据!A1:N305，已写入工作表“亩均评价_zengcheng”（新建）：共 300 家企业/);
    expect(await tiers().getByTestId("tier-counts").getAttribute("data-total")).toBe("300");
    expect(await wb.sheetTabs()).toEqual(["企业数据", TIER_SHEET]);
  });

  test("with the tier sheet active, the job refuses to read it (pressing it twice never ranks its own output)", async () => {
    expect(await wb.activeSheet()).toBe(TIER_SHEET);
    // After the job the pane keeps reading the sheet it read, not the output it activated.
    await expect(tiers().getByTestId("source-where").textContent()).resolves.toBe("读取：企业数据!A1:N305（305 行 × 14 列）");
    // Asked for the active sheet, which is now the tier sheet, it refuses.
    await tiers().getByTestId("source-sheet").selectOption("");
    await tiers().getByTestId("tier-generate").click();
    await wb.pane.getByText(/“亩均评价_zengcheng”是本插件生成的工作表/).first().waitFor();
    expect(await wb.sheetTabs()).toEqual(["企业数据", TIER_SHEET]);
    const offered = await tiers().getByTestId("source-sheet").locator("option").allTextContents();
    expect(offered).toContain("企业数据");
    expect(offered).not.toContain(TIER_SHEET);
    await wb.screenshot("taskpane-table-own-sheet-refused");
  });

  test("picking the selection: header and the first 50 firms (A3:N53) → 50 firms, the earlier tier sheet replaced", async () => {
    await wb.activateSheet("企业数据");
    await wb.select("A3:N53");
    await tiers().getByTestId("source-selection").click();
    await tiers().getByTestId("source-where").getByText("企业数据!A3:N53").waitFor();
    await tiers().getByTestId("tier-generate").click();
    await tiers().getByTestId("tier-result").getByText(/共 50 家企业/).waitFor({ timeout: 60_000 });
    await expect(tiers().getByTestId("tier-result").textContent()).resolves.toMatch(/^读取 企业数据!A3:N53，已写入工作表“亩均评价_zengcheng”（替换了上次的结果）/);
    expect(await tiers().getByTestId("tier-counts").getAttribute("data-total")).toBe("50");
    await wb.screenshot("taskpane-table-pick-selection");
  });

  test("picking the current region around B10: the title lines and the table to row 303, not the 合计 line", async () => {
    await wb.activateSheet("企业数据");
    await wb.select("B10");
    await tiers().getByTestId("source-region").click();
    await tiers().getByTestId("source-where").getByText("企业数据!A1:N303").waitFor();
    await tiers().getByTestId("tier-generate").click();
    await tiers().getByTestId("tier-result").getByText(/读取 企业数据!A1:N303.*共 300 家企业/).waitFor({ timeout: 60_000 });
    await wb.screenshot("taskpane-table-pick-region");
  });

  test("picking a sheet by name", async () => {
    await tiers().getByTestId("source-sheet").selectOption("企业数据");
    await tiers().getByTestId("source-where").getByText("企业数据!A1:N305").waitFor();
  });
});

describe("workbench: a hand mapping belongs to its sheet", () => {
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
    await wb.pane.getByTestId("profile-select").selectOption("zengcheng");
    // A second table whose output column has a header the vocabulary does not know (产出合计).
    const frame = await paneFrame(wb);
    await frame.evaluate(async () => {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("表二");
        sheet.getRange("A1:H4").values = [
          ["企业名称", "用地面积（亩）", "产出合计（万元）", "主营业务收入（万元）", "综合能耗（吨标煤）", "研发费用（万元）", "技改投资（万元）", "各级各类认定（项）"],
          ["甲公司", 20, 5000, 5200, 800, 120, 0, 1],
          ["乙公司", 35, 9000, 9100, 1500, 300, 200, 2],
          ["丙公司", 12, 1500, 1600, 300, 10, 0, 0],
        ];
        await context.sync();
      });
    });
    await wb.pane.getByRole("tab", { name: "分档" }).click();
  });
  afterAll(async () => {
    await wb?.close();
  });

  test("on 表二 the mapping shows 工业总产值 missing; mapped by hand to 产出合计 it is kept for 表二", async () => {
    await tiers().getByTestId("source-sheet").focus(); // the list is read again when it is opened
    await tiers().getByTestId("source-sheet").locator("option", { hasText: "表二" }).waitFor({ state: "attached" });
    await tiers().getByTestId("source-sheet").selectOption("表二");
    await tiers().getByTestId("mapping-header").getByText(/列映射（表二）.*缺 1 列/).waitFor();
    const output = tiers().getByTestId("map-output");
    await output.locator("select").selectOption("产出合计（万元）");
    await tiers().getByTestId("mapping-header").getByText(/列映射（表二）：识别 8 列$/).waitFor();
    const frame = await paneFrame(wb);
    expect(await frame.evaluate(() => Office.context.document.settings.get("landrules.columnMaps"))).toEqual({ 表二: { output: "产出合计（万元）" } });
    await tiers().getByTestId("tier-generate").click();
    await tiers().getByTestId("tier-result").getByText(/读取 表二!A1:H4.*共 3 家企业/).waitFor({ timeout: 60_000 });
    await wb.screenshot("taskpane-mapping-edited");
  });

  test("企业数据 keeps its own detected mapping: 工业总产值 is its own header, not 表二's", async () => {
    await tiers().getByTestId("source-sheet").selectOption("企业数据");
    await tiers().getByTestId("mapping-header").getByText(/列映射（企业数据）/).waitFor();
    await tiers().getByTestId("mapping-header").click();
    expect(await tiers().getByTestId("map-output").locator("select").inputValue()).toBe("工业总产值（万元）");
    await tiers().getByTestId("mapping-reset").waitFor({ state: "detached" });
    await tiers().getByTestId("tier-generate").click();
    await tiers().getByTestId("tier-result").getByText(/读取 企业数据!A1:N305.*共 300 家企业/).waitFor({ timeout: 60_000 });
    await wb.screenshot("taskpane-mapping-other-sheet");
  });

  test("back on 表二 its hand mapping is still there", async () => {
    await tiers().getByTestId("source-sheet").selectOption("表二");
    await tiers().getByTestId("mapping-header").getByText(/列映射（表二）：识别 8 列$/).waitFor();
  });
});
