// Journey: the analyst switches the profile in the task pane and the LAND cells that leave out
// `profile` recalculate with it (FUNCTIONS.md conventions: an omitted profile is the workbook's
// active one, stored in the workbook; the switch recalculates because F9 would not).
import { eventually, openWorkbench, type Workbench } from "./harness";

jest.setTimeout(600_000);

describe("workbench: switching the profile recalculates the LAND cells", () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
    await wb.typeInCell("P4", "=LAND.STATUS()");
    await wb.typeInCell("P5", "=LAND.BUILDMONTHS(100000)");
    await wb.typeInCell("P6", '=LAND.BUILDMONTHS(100000,"wenzhou")');
  });
  afterAll(async () => {
    await wb?.close();
  });

  const choose = (id: string) => wb.pane.getByTestId("profile-select").selectOption(id);

  test("with no profile chosen, a formula without one is #N/A and says to choose one", async () => {
    const status = await wb.cell("P4");
    expect(status.error).toBe("#N/A");
    expect(status.title).toMatch(/未选择政策配置.*no profile chosen/);
  });

  // 增城区推进存量工业用地高质量利用实施办法（征求意见稿）: a draft; it has no construction-period rule.
  test("增城: LAND.STATUS() shows the draft, LAND.BUILDMONTHS has no 增城 rule", async () => {
    await choose("zengcheng");
    await eventually(async () => expect(await wb.cellText("P4")).toBe("征求意见稿 draft"));
    const months = await wb.cell("P5");
    expect(months.error).toBe("#N/A");
    expect(months.title).toMatch(/没有开竣工期限规则/);
    await wb.screenshot("profile-zengcheng");
  });

  // 温政办〔2020〕53号 (2020-07-01 … 2025-06-30): expired now; ≤ 10 亿 planned investment → 24 months.
  test("温州: the same cells now show 温州's standing and its construction period", async () => {
    await choose("wenzhou");
    await eventually(async () => expect(await wb.cellText("P4")).toBe("已失效 expired"));
    expect(await wb.cellText("P5")).toBe(await wb.cellText("P6"));
    expect(await wb.cellText("P5")).toBe("24");
    await wb.screenshot("profile-wenzhou");
  });

  test("the choice is saved in the workbook's settings, as in Excel", async () => {
    const frame = wb.page.frames().find((f) => f.url().includes("/pane/"))!;
    expect(await frame.evaluate(() => Office.context.document.settings.get("landrules.activeProfile"))).toBe("wenzhou");
  });
});
