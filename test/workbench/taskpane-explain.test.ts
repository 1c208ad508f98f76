// Journey (issue 11): the explain tab. A LAND cell's trace comes from the function's own adapter
// (the one Excel calls) with the values its arguments read; a tier-sheet line's score is broken
// down indicator by indicator (Σ weight × value ÷ benchmark) and adds up to the sheet's score.
import { openWorkbench, type Workbench } from "./harness";

jest.setTimeout(600_000);

describe("workbench: explain a LAND cell and a tier-sheet line", () => {
  let wb: Workbench;
  const explain = () => wb.pane.getByTestId("panel-explain");
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
    await wb.pane.getByTestId("profile-select").selectOption("zengcheng");
  });
  afterAll(async () => {
    await wb?.close();
  });

  // 增城 二(二)5 applies 闲置土地处置办法 第十四条: 满一年 (EDATE(start, 12)) → 20% of the land price; 1000 万元 → 200 (README).
  test("=LAND.IDLEFEE(P2, \"2023-03-15\", \"2024-03-15\") with P2 = 1000: result 200, the rule, its clause and quote, the 20% sourced, the deciding step", async () => {
    await wb.typeInCell("P2", "1000");
    await wb.typeInCell("Q2", '=LAND.IDLEFEE(P2, "2023-03-15", "2024-03-15")');
    expect(await wb.cellText("Q2")).toBe("200");
    await wb.pane.getByRole("tab", { name: "解释" }).click();
    await wb.select("Q2");
    await explain().getByTestId("explain-cell").getByText(/企业数据!Q2/).waitFor();
    const card = explain().getByTestId("explain-formula");
    await card.waitFor();
    await expect(explain().getByTestId("explain-result").textContent()).resolves.toBe("200");
    await expect(card.textContent()).resolves.toMatch(/^LAND\.IDLEFEE/);
    await expect(explain().getByTestId("explain-clause").textContent()).resolves.toBe("《增城存量工业用地办法（征求意见稿）》二(二)5");
    const params = (await explain().getByTestId("explain-params").textContent()) ?? "";
    expect(params).toMatch(/20%.*有原文依据/);
    expect(params).toMatch(/“[^”]+”/); // the clause's own words
    expect(await explain().getByTestId("explain-deciding").count()).toBe(1);
    expect((await card.textContent()) ?? "").not.toMatch(/\.txt/);
    await wb.screenshot("taskpane-explain-land-cell");
  });

  test("a tier-sheet line: the firm's indicators, weights, benchmarks and points, adding up to its score", async () => {
    await wb.pane.getByRole("tab", { name: "分档" }).click();
    await wb.pane.getByTestId("panel-tiers").getByTestId("tier-generate").click();
    await wb.pane.getByTestId("panel-tiers").getByTestId("tier-result").waitFor({ timeout: 60_000 });
    await wb.pane.getByRole("tab", { name: "解释" }).click();
    // The tier sheet's table: its heading row (22), then the firms in rank order.
    await wb.select("C23");
    await explain().getByTestId("explain-tier-row").waitFor();
    const firm = await wb.cellText("C23");
    await expect(explain().getByTestId("explain-tier-row").locator("h1,h2,h3,h4,span").first().textContent()).resolves.toBe(firm);
    await expect(explain().getByTestId("explain-tier").textContent()).resolves.toMatch(/^[ABCD]（第 \d+ 名）$/);
    const rows = await explain().getByTestId("explain-breakdown").locator("tbody tr").count();
    expect(rows).toBe(6); // 增城's five weighted indicators + the total
    await expect(explain().getByTestId("explain-total").textContent()).resolves.toBe((await explain().getByTestId("explain-score").textContent()) ?? "");
    await wb.screenshot("taskpane-explain-tier-row");
  });
});
