// Journey: the analyst checks a sheet against the active profile: the offending cells are
// marked (fill and a comment naming the rule and clause) and the check report arrives as a new
// sheet tab; the data's values are not touched. Planted findings: examples/planted.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MARK_FILLS } from "../../addin/sheets";
import { eventually, openWorkbench, type SheetValues, type Workbench } from "./harness";

jest.setTimeout(600_000);

const EXAMPLE = "submissions-zengcheng.xlsx";
const planted = JSON.parse(readFileSync(join(__dirname, "../../examples/planted.json"), "utf8"))[EXAMPLE] as {
  sheet: string;
  violations: { row: number; rule: string; field: string }[];
};

const letters = (column: number): string => (column < 26 ? "" : letters(Math.floor(column / 26) - 1)) + String.fromCharCode(65 + (column % 26));

describe("workbench: the checker marks cells and writes a report sheet", () => {
  let wb: Workbench;
  let before: SheetValues | null;
  beforeAll(async () => {
    wb = await openWorkbench({ example: EXAMPLE });
    before = await wb.sheetValues(planted.sheet);
  });
  afterAll(async () => {
    await wb?.close();
  });

  test("增城 chosen, 核查 run: a new report tab appears beside the data", async () => {
    await wb.pane.getByTestId("profile-select").selectOption("zengcheng");
    await wb.pane.getByTestId("tab-check").click();
    await wb.pane.getByTestId("check-run").click();
    await wb.pane.getByTestId("check-result").waitFor({ timeout: 120_000 });
    const tabs = await eventually(async () => {
      const t = await wb.sheetTabs();
      expect(t.length).toBe(3);
      return t;
    });
    expect(tabs.slice(0, 2)).toEqual([planted.sheet, "说明"]);
    expect(tabs[2]).toMatch(/^核查报告/);
    expect(await wb.activeSheet()).toBe(tabs[2]);
    const report = (await wb.sheetValues(tabs[2]!))!;
    expect(String(report.values[0]![0])).toMatch(/核查报告/);
    await wb.screenshot("check-report-sheet");
  });

  test("each planted ZC-GGG finding's cell is filled as a violation and carries a comment with its rule", async () => {
    await wb.activateSheet(planted.sheet);
    const header = before!.values.findIndex((row) => row.some((v) => typeof v === "string" && /容积率/.test(v)));
    expect(header).toBeGreaterThanOrEqual(0);
    const farColumn = before!.column + before!.values[header]!.findIndex((v) => typeof v === "string" && /容积率/.test(v));
    const rows = planted.violations.filter((v) => v.rule === "ZC-GGG" && v.field === "far").map((v) => v.row);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cell = await wb.cell(`${letters(farColumn)}${row}`);
      expect(cell.fill).toBe(MARK_FILLS.violation);
      expect(cell.hasComment).toBe(true);
      expect(cell.title).toMatch(/ZC-GGG/);
    }
    await wb.select(`${letters(farColumn)}${rows[0]}`);
    await wb.screenshot("check-marked-cells");
  });

  test("the data's values are as they were", async () => {
    expect(await wb.sheetValues(planted.sheet)).toEqual(before);
  });
});
