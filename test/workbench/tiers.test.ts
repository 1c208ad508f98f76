// Journey: the analyst generates the ranked tier sheet (亩均论英雄) as a new sheet tab.
// 增城 二(一)2: A 档不超过 20%、D 档不超过 5%; firms that did not submit (未上传) go to D directly.
import { eventually, openWorkbench, type Workbench } from "./harness";

jest.setTimeout(600_000);

describe("workbench: the tier sheet as a new sheet tab", () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
  });
  afterAll(async () => {
    await wb?.close();
  });

  test("增城 chosen, 生成分档表: a tier sheet tab with every firm's tier, within 增城's quotas", async () => {
    await wb.pane.getByTestId("profile-select").selectOption("zengcheng");
    await wb.pane.getByTestId("tab-tiers").click();
    await wb.pane.getByTestId("tier-generate").click();
    await wb.pane.getByTestId("tier-result").waitFor({ timeout: 120_000 });
    const tabs = await eventually(async () => {
      const t = await wb.sheetTabs();
      expect(t.length).toBe(2);
      return t;
    });
    expect(tabs[0]).toBe("企业数据");
    expect(tabs[1]).toMatch(/^亩均评价/);
    expect(await wb.activeSheet()).toBe(tabs[1]);

    const sheet = (await wb.sheetValues(tabs[1]!))!;
    const header = sheet.values.findIndex((row) => row.some((v) => v === "档次" || (typeof v === "string" && /^档次/.test(v))));
    expect(header).toBeGreaterThan(0);
    const tierColumn = sheet.values[header]!.findIndex((v) => typeof v === "string" && /^档次/.test(v));
    const tiers = sheet.values.slice(header + 1).map((row) => row[tierColumn]).filter((t) => t !== "");
    const count = (t: string) => tiers.filter((x) => x === t).length;
    expect(tiers.every((t) => ["A", "B", "C", "D"].includes(String(t)))).toBe(true);
    expect(tiers.length).toBeGreaterThan(250);
    expect(count("A") / tiers.length).toBeLessThanOrEqual(0.2);
    expect(count("A") + count("B") + count("C") + count("D")).toBe(tiers.length);
    await wb.screenshot("tiers-sheet");
  });

  test("generating again from the data sheet replaces the tier sheet in its place (write the new sheet, then replace the old)", async () => {
    await wb.activateSheet("企业数据");
    await wb.pane.getByTestId("tier-generate").click();
    await eventually(async () => expect(await wb.activeSheet()).toMatch(/^亩均评价/));
    await wb.pane.getByTestId("tier-result").waitFor();
    const tabs = await wb.sheetTabs();
    expect(tabs).toHaveLength(2);
    expect(tabs[1]).toMatch(/^亩均评价_zengcheng$/);
  });
});
