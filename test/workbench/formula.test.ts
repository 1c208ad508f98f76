// Journey: an analyst types LAND formulas into the workbench grid and sees the value, or the
// error with the message that names the argument.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { openWorkbench, PANE_WIDTH, workbenchBuild, type Workbench } from "./harness";

jest.setTimeout(600_000);

describe("workbench: typing LAND formulas", () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
  });
  afterAll(async () => {
    await wb?.close();
  });

  test("HyperFormula is in the workbench page only: the pane's bundles (what ships to Excel) have none", async () => {
    const dir = await workbenchBuild();
    const scripts = (sub: string) => readdirSync(join(dir, sub)).filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(dir, sub, f), "utf8"));
    const hyperformula = /node_modules[\\/]hyperformula[\\/]/;
    expect(scripts(".").some((js) => hyperformula.test(js))).toBe(true); // the probe is real
    expect(scripts("pane").length).toBeGreaterThan(1);
    expect(scripts("pane").filter((js) => hyperformula.test(js))).toEqual([]);
  });

  test("the task pane sits beside the grid at Excel's 350 px", async () => {
    const box = await wb.page.getByTestId("pane").boundingBox();
    const grid = await wb.page.getByTestId("grid").boundingBox();
    expect(await wb.pane.locator("html").evaluate(() => window.innerWidth)).toBe(PANE_WIDTH);
    expect(grid!.x + grid!.width).toBeLessThanOrEqual(box!.x);
    // The pane's page carries the real custom functions: their bundle associated every LAND function.
    expect(Number((await wb.page.getByTestId("associated").textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(40);
    expect(await wb.activeSheet()).toBe("企业数据");
  });

  // 666.67 ㎡ × 15 ÷ 10000 = 1.000005 亩 (1 亩 = 10000/15 ㎡, FUNCTIONS.md LAND.MU), exact.
  test("=LAND.MU(666.67) shows 1.000005", async () => {
    await wb.typeInCell("P4", "=LAND.MU(666.67)");
    expect(await wb.cellText("P4")).toBe("1.000005");
    await wb.select("P4");
    await expect(wb.page.getByTestId("formula-bar").inputValue()).resolves.toBe("=LAND.MU(666.67)");
    await wb.screenshot("formula-land-mu");
  });

  test("typing straight onto a selected cell enters it too (1500 ㎡ = 2.25 亩)", async () => {
    await wb.select("P6");
    await wb.page.keyboard.type("=LAND.MU(1500)");
    await wb.page.keyboard.press("Enter");
    expect(await wb.cellText("P6")).toBe("2.25");
  });

  test("a bad argument shows #VALUE! with the message naming it", async () => {
    await wb.typeInCell("P5", '=LAND.MU("一千")');
    const cell = await wb.cell("P5");
    expect(cell.text).toBe("#VALUE!");
    expect(cell.title).toMatch(/square_metres/);
    await wb.select("P5");
    expect(await wb.errorLine()).toMatch(/^#VALUE!.*square_metres/);
    await wb.screenshot("formula-error-message");
  });
});
