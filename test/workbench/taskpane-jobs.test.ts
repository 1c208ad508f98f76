// Journeys (issue 11): a long job shows progress and can be cancelled, leaving the earlier
// output as it was; firm names Excel would read as formulas are written as text.
import { openWorkbench, type Workbench } from "./harness";
import { paneFrame } from "./taskpane-helpers";

jest.setTimeout(600_000);

const TIER_SHEET = "亩均评价_zengcheng";
let wb: Workbench;
const tiers = () => wb.pane.getByTestId("panel-tiers");

/** Writes a table onto a new sheet through the pane's Excel (in blocks under the 5 MB request limit). */
async function addSheet(name: string, rows: (string | number)[][]): Promise<void> {
  const frame = await paneFrame(wb);
  await frame.evaluate(
    async ([sheetName, table]) => {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add(sheetName);
        const width = table[0]!.length;
        for (let start = 0; start < table.length; start += 2000) {
          const block = table.slice(start, start + 2000);
          sheet.getRangeByIndexes(start, 0, block.length, width).values = block;
          await context.sync();
        }
      });
    },
    [name, rows] as const,
  );
}

const HEADER = ["企业名称", "用地面积（亩）", "工业总产值（万元）", "主营业务收入（万元）", "综合能耗（吨标煤）", "研发费用（万元）", "技改投资（万元）", "各级各类认定（项）"];

/** `n` made-up firms with every indicator the 增城 tier rule scores (values vary with i). */
function firms(n: number, name: (i: number) => string = (i) => `测试企业${i + 1}`): (string | number)[][] {
  return [HEADER, ...Array.from({ length: n }, (_, i) => [name(i), 10 + (i % 37), 1000 + ((i * 7919) % 50000), 1100 + ((i * 104729) % 50000), 100 + ((i * 31) % 4000), (i * 13) % 900, (i * 17) % 500, i % 4])];
}

describe("workbench: a long job can be cancelled", () => {
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
    await wb.pane.getByTestId("profile-select").selectOption("zengcheng");
    await addSheet("小表", firms(20));
    await addSheet("大表", firms(30_000));
    await wb.pane.getByRole("tab", { name: "分档" }).click();
  });
  afterAll(async () => {
    await wb?.close();
  });

  test("a first tier sheet from 小表: 20 firms", async () => {
    await tiers().getByTestId("source-sheet").focus();
    await tiers().getByTestId("source-sheet").locator("option", { hasText: "小表" }).waitFor({ state: "attached" });
    await tiers().getByTestId("source-sheet").selectOption("小表");
    await tiers().getByTestId("tier-generate").click();
    await tiers().getByTestId("tier-result").getByText(/读取 小表!A1:H21.*共 20 家企业/).waitFor({ timeout: 60_000 });
    expect(await wb.cellText(`'${TIER_SHEET}'!B9`)).toBe("20");
  });

  /** Watches the tier job's progress line in the pane; with `cancelAt`, presses cancel the first time the line matches it. */
  async function watchProgress(cancelAt?: RegExp): Promise<void> {
    const frame = await paneFrame(wb);
    await frame.evaluate((pattern) => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      const cancelAt = pattern ? new RegExp(pattern) : null;
      let pressed = false;
      const observer = new MutationObserver(() => {
        const line = document.querySelector('[data-testid="panel-tiers"] [data-testid="tier-progress"]')?.textContent ?? "";
        if (line && seen[seen.length - 1] !== line) seen.push(line);
        if (cancelAt && !pressed && cancelAt.test(line)) {
          pressed = true;
          (document.querySelector('[data-testid="panel-tiers"] [data-testid="tier-cancel"]') as HTMLButtonElement | null)?.click();
        }
        if (document.querySelector('[data-testid="panel-tiers"] [data-testid="tier-result"], [data-testid="panel-tiers"] [data-testid="tier-cancelled"]')) observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, cancelAt?.source ?? null);
  }

  async function progressSeen(): Promise<string[]> {
    return (await paneFrame(wb)).evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  }

  test("30,000 firms from 大表: the job reports its progress as it reads, scores and writes", async () => {
    await wb.activateSheet("企业数据");
    await tiers().getByTestId("source-sheet").selectOption("大表");
    await tiers().getByTestId("source-where").getByText("大表!A1:H30001").waitFor();
    await watchProgress();
    await tiers().getByTestId("tier-generate").click();
    await tiers().getByTestId("tier-result").getByText(/读取 大表!A1:H30001.*（替换了上次的结果）：共 30000 家企业/).waitFor({ timeout: 120_000 });
    const seen = await progressSeen();
    expect(seen.some((l) => /正在读取.*：\d+ \/ 30001/.test(l))).toBe(true);
    expect(seen.some((l) => /正在评分/.test(l))).toBe(true);
    expect(await wb.cellText(`'${TIER_SHEET}'!B9`)).toBe("30000");
  });

  test("back to 小表's 20 firms, then 大表 again cancelled while it reads: nothing written, the earlier tier sheet untouched", async () => {
    await tiers().getByTestId("source-sheet").selectOption("小表");
    await tiers().getByTestId("tier-generate").click();
    await tiers().getByTestId("tier-result").getByText(/共 20 家企业/).waitFor({ timeout: 60_000 });
    await wb.activateSheet("企业数据");
    await tiers().getByTestId("source-sheet").selectOption("大表");
    await tiers().getByTestId("source-where").getByText("大表!A1:H30001").waitFor();
    // The analyst presses cancel once some of the table has been read.
    await watchProgress(/正在读取.*：[1-9]\d* \/ 30001/);
    await tiers().getByTestId("tier-generate").click();
    await tiers().getByTestId("tier-cancelled").waitFor({ timeout: 60_000 });
    expect((await progressSeen()).some((l) => /正在读取.*：[1-9]\d* \/ 30001/.test(l))).toBe(true);
    await expect(tiers().getByTestId("tier-cancelled").textContent()).resolves.toBe("已取消：未写入任何结果，原有工作表保持不变。");
    expect(await tiers().getByTestId("tier-result").count()).toBe(0);
    // Write-then-replace: no half-written sheet, the earlier output still shows its 20 firms.
    expect((await wb.sheetTabs()).filter((t) => t.includes("亩均评价"))).toEqual([TIER_SHEET]);
    await wb.activateSheet(TIER_SHEET);
    expect(await wb.cellText("B9")).toBe("20");
    await wb.screenshot("taskpane-job-cancelled");
  });
});

describe("workbench: names Excel would read as formulas are written as text", () => {
  // A firm name is the analyst's text: =1+1, +86, -5 and @SUM(A1) must reach the tier sheet as typed.
  const NAMES = ["=1+1", "+86", "-5", "@SUM(A1)"];
  beforeAll(async () => {
    wb = await openWorkbench({ example: "enterprises-zengcheng.xlsx" });
    await wb.pane.getByTestId("profile-select").selectOption("zengcheng");
    const frame = await paneFrame(wb);
    // Written as Excel would keep them typed with an apostrophe: text, not formulas.
    await frame.evaluate(
      async ([header, names]) => {
        await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.add("名称");
          const rows = names.map((n, i) => [`'${n}`, 10 + i, 1000 * (i + 1), 1100 * (i + 1), 100 + i, 10 * i, 5 * i, i]);
          sheet.getRangeByIndexes(0, 0, 1 + rows.length, header.length).values = [header, ...rows];
          await context.sync();
        });
      },
      [HEADER, NAMES] as const,
    );
    await wb.pane.getByRole("tab", { name: "分档" }).click();
  });
  afterAll(async () => {
    await wb?.close();
  });

  test("the source sheet holds them as text", async () => {
    await wb.activateSheet("名称");
    expect(await wb.cellText("A2")).toBe("=1+1");
    expect(await wb.cellText("A3")).toBe("+86");
  });

  test("the tier sheet shows each name as typed, none evaluated", async () => {
    await tiers().getByTestId("source-sheet").focus();
    await tiers().getByTestId("source-sheet").locator("option", { hasText: "名称" }).waitFor({ state: "attached" });
    await tiers().getByTestId("source-sheet").selectOption("名称");
    await tiers().getByTestId("tier-generate").click();
    await tiers().getByTestId("tier-result").getByText(/共 4 家企业/).waitFor({ timeout: 60_000 });
    await wb.activateSheet(TIER_SHEET);
    const frame = await paneFrame(wb);
    const written = await frame.evaluate(async () =>
      Excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem("亩均评价_zengcheng").getUsedRange(true);
        used.load("values,valueTypes");
        await context.sync();
        const at = used.values.findIndex((r) => r[0] === "排名 / Rank");
        return used.values.slice(at + 1).map((r, i) => ({ value: r[2], type: used.valueTypes[at + 1 + i]![2] }));
      }),
    );
    expect(written.map((w) => w.value).sort()).toEqual([...NAMES].sort());
    // Read as formulas they would be 2, 86, -5 and a reference's value: numbers, not the text typed.
    expect(written.map((w) => w.type)).toEqual(["String", "String", "String", "String"]);
    for (const name of NAMES) await wb.page.locator(`[data-cell]`, { hasText: name }).first().waitFor();
    await wb.screenshot("taskpane-injection-names");
  });
});
