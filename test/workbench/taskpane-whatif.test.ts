// Journey (issue 11): a what-if in the task pane. 增城 二(一)2 "原则上 A 档企业不超过 20%" is
// editable (原则上); the analyst sets it to 25%, sees it marked, the LAND formulas recalculate
// with it, the change is saved in the workbook as a derived profile in the profile-model file
// form, and one click returns to the document's 20%.
import { openWorkbench, type Workbench } from "./harness";
import { cellShows, paneFrame } from "./taskpane-helpers";

jest.setTimeout(600_000);

describe("workbench: what-if saved and reverted", () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
  });
  afterAll(async () => {
    await wb?.close();
  });

  test("增城 chosen: of the scores 1…20, 16 is B (A ≤ 20% of 20 = 4 firms: 17–20)", async () => {
    await wb.pane.getByTestId("profile-select").selectOption("zengcheng");
    await wb.pane.getByTestId("active-profile").getByText("增城区推进存量工业用地高质量利用实施办法（征求意见稿）", { exact: true }).waitFor();
    await wb.typeInCell("P2", "=LAND.TIER(16, SEQUENCE(20))");
    expect(await wb.cellText("P2")).toBe("B");
  });

  test("A 档比例上限 set to 25%: marked, saved in the workbook as {id, base, names, reason, overrides}, and 16 becomes A (25% of 20 = 5 firms)", async () => {
    await wb.pane.getByTestId("rule-ZC-TIER").getByRole("button").first().click();
    const edit = wb.pane.getByTestId("edit-ZC-TIER.aShare");
    expect(await edit.inputValue()).toBe("20%");
    await edit.fill("25%");
    await edit.press("Enter");
    await wb.pane.getByTestId("changed-ZC-TIER.aShare").waitFor();
    expect(await wb.pane.getByTestId("param-ZC-TIER.aShare").getAttribute("data-changed")).toBe("yes");
    await expect(wb.pane.getByTestId("changed-ZC-TIER.aShare").textContent()).resolves.toBe("假设，原文 20%");
    expect(await wb.pane.getByTestId("profile-select").inputValue()).toBe("zengcheng-whatif");
    await expect(wb.pane.getByTestId("derived-from").textContent()).resolves.toBe("增城，改动 1 项");

    const frame = await paneFrame(wb);
    const saved = await frame.evaluate(() => ({
      files: Office.context.document.settings.get("landrules.derivedProfiles"),
      active: Office.context.document.settings.get("landrules.activeProfile"),
    }));
    expect(saved.active).toBe("zengcheng-whatif");
    expect(saved.files).toEqual([
      {
        id: "zengcheng-whatif",
        base: "zengcheng",
        names: { zh: "增城（假设情景）", en: "Zengcheng District, Guangzhou (what-if)" },
        reason: { zh: "任务窗格中的假设情景", en: "what-if set in the task pane" },
        overrides: { "ZC-TIER.aShare": 0.25 },
      },
    ]);
    await cellShows(wb, "P2", "A");
    await wb.screenshot("taskpane-whatif-saved");
  });

  test("one click returns to the document's 20%: the what-if is removed, 增城 is active again and 16 is B", async () => {
    await wb.pane.getByTestId("revert-ZC-TIER.aShare").click();
    await wb.pane.getByTestId("changed-ZC-TIER.aShare").waitFor({ state: "detached" });
    expect(await wb.pane.getByTestId("edit-ZC-TIER.aShare").inputValue()).toBe("20%");
    expect(await wb.pane.getByTestId("profile-select").inputValue()).toBe("zengcheng");
    const frame = await paneFrame(wb);
    expect(await frame.evaluate(() => Office.context.document.settings.get("landrules.derivedProfiles"))).toEqual([]);
    await cellShows(wb, "P2", "B");
    await wb.screenshot("taskpane-whatif-reverted");
  });

  test("a settings save that fails changes nothing and says so", async () => {
    const frame = await paneFrame(wb);
    await frame.evaluate(() => {
      const settings = Office.context.document.settings;
      const save = settings.saveAsync.bind(settings);
      (settings as unknown as { saveAsync: unknown }).saveAsync = (callback: (r: unknown) => void) => {
        (settings as unknown as { saveAsync: unknown }).saveAsync = save; // fail once
        callback({ status: Office.AsyncResultStatus.Failed, error: { message: "只读工作簿 read-only" } });
      };
    });
    const edit = wb.pane.getByTestId("edit-ZC-TIER.aShare");
    await edit.fill("30%");
    await edit.press("Enter");
    await wb.pane.getByText(/无法保存工作簿设置.*未作任何更改/).waitFor();
    expect(await wb.pane.getByTestId("profile-select").inputValue()).toBe("zengcheng");
    expect(await wb.pane.getByTestId("param-ZC-TIER.aShare").getAttribute("data-changed")).toBe("no");
    expect(await frame.evaluate(() => Office.context.document.settings.get("landrules.activeProfile"))).toBe("zengcheng");
    expect(await wb.cellText("P2")).toBe("B");
    await wb.screenshot("taskpane-whatif-save-failed");
  });
});
