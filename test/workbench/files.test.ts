// Journey: the analyst opens a local .xlsx in the workbench, works in it, and downloads the
// result: sheets, values and formulas come back as Excel stores them (LAND.X as _xldudf_LAND_X,
// with the computed result cached).
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openWorkbench, type Workbench } from "./harness";

jest.setTimeout(600_000);

const FORMULAS = join(__dirname, "../../examples/formulas.xlsx");

describe("workbench: open a local .xlsx, download the result", () => {
  let wb: Workbench;
  const scratch = mkdtempSync(join(tmpdir(), "landrules-download-"));
  beforeAll(async () => {
    wb = await openWorkbench();
  });
  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await wb?.close();
  });

  test("opening examples/formulas.xlsx from disk shows its sheets and computes its LAND formulas", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(FORMULAS);
    await wb.openFile(FORMULAS);
    expect(await wb.sheetTabs()).toEqual(original.worksheets.map((w) => w.name));
    // 函数示例: the Result column (C, the formula itself) shows what the Expected column (D) says.
    for (const row of [2, 3, 4]) expect(await wb.cellText(`C${row}`)).toBe(await wb.cellText(`D${row}`));
    await wb.screenshot("files-opened");
  });

  test("the downloaded workbook keeps every sheet, and a typed LAND formula as Excel stores it, with its result", async () => {
    await wb.activateSheet("函数示例");
    await wb.typeInCell("G2", "=LAND.MU(666.67)");
    expect(await wb.cellText("G2")).toBe("1.000005");
    const [download] = await Promise.all([wb.page.waitForEvent("download"), wb.page.getByTestId("download").click()]);
    expect(download.suggestedFilename()).toBe("formulas-workbench.xlsx");
    const file = join(scratch, download.suggestedFilename());
    await download.saveAs(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(FORMULAS);
    expect(back.worksheets.map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
    const g2 = back.getWorksheet("函数示例")!.getCell("G2").value as ExcelJS.CellFormulaValue;
    expect(g2.formula).toBe("_xldudf_LAND_MU(666.67)");
    expect(g2.result).toBe(1.000005);
    // The analyst's cells are all there: the header row of the first sheet, as in the file opened.
    const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1, 6);
    expect(header(back.getWorksheet("函数示例")!)).toEqual(header(original.getWorksheet("函数示例")!));
  });
});
