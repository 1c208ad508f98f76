// Journey: a county profile with evaluation schemes by year (issue 8). 黄岩 publishes its 2021 and
// 2022 schemes (2022: 黄岩区 2023-09-25 评价结果公示; 2021: the same formulas with the 2021
// benchmarks), so the pane offers those years and the tier sheet is that year's evaluation.
import { eventually, openWorkbench, type Workbench } from "./harness";

jest.setTimeout(600_000);

describe("workbench: the evaluation year of a county scheme", () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-huangyan.xlsx" });
  });
  afterAll(async () => {
    await wb?.close();
  });

  test("黄岩: the years are the scheme's (2022 by default, the latest), and 2021 chosen gives the 2021 tier sheet", async () => {
    await wb.pane.getByTestId("tab-profile").click();
    await wb.pane.getByTestId("profile-select").selectOption("huangyan");
    await wb.pane.getByTestId("tab-tiers").click();
    const year = wb.pane.getByTestId("tier-year");
    await year.waitFor();
    // As of today there is no 2025 scheme, so the latest published one is offered first.
    expect(await year.inputValue()).toBe("2022");
    expect(await year.locator("option").allTextContents()).toEqual(["2021", "2022"]);

    await year.selectOption("2021");
    await wb.screenshot("tiers-year-2021");
    await wb.pane.getByTestId("tier-generate").click();
    await wb.pane.getByTestId("tier-result").waitFor({ timeout: 120_000 });
    const tab = await eventually(async () => {
      const active = await wb.activeSheet();
      expect(active).toMatch(/^亩均评价2021/);
      return active!;
    });
    const sheet = (await wb.sheetValues(tab))!;
    const yearLine = sheet.values.find((row) => row[0] === "评价年度 / Evaluation year");
    expect(yearLine?.[1]).toBe(2021);
    await wb.screenshot("tiers-year-2021-sheet");
  });

  test("a profile without schemes (增城) shows no year choice: its tier rule serves every year", async () => {
    await wb.pane.getByTestId("tab-profile").click();
    await wb.pane.getByTestId("profile-select").selectOption("zengcheng");
    await wb.pane.getByTestId("tab-tiers").click();
    await wb.pane.getByTestId("tier-generate").waitFor();
    expect(await wb.pane.getByTestId("tier-year").count()).toBe(0);
  });
});
