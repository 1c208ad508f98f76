import { join } from "node:path";
import ExcelJS from "exceljs";
import { toCellNumber } from "../../policies/engine/decimal";
import { cached, cli, example, open, scratch, sha256 } from "../cli/helpers";
import { exampleTable, published } from "./published";

// `landrules tiers … --profile huangyan --year 2022 / 2021` and the 温岭 example end to end:
// the sheet read back is checked against the published formulas (./published.ts, 黄岩 2022
// 年度评价公示 2023-09-25 and the 2021 benchmarks) and the 温岭 2022 rules (issue 8).

/** Every row of a sheet, blank rows included (they end a table). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells: unknown[] = [];
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => (cells[c - 1] = cached(cell)));
    rows.push(cells);
  }
  return rows;
}

/** The firm tables of a scheme sheet: rows under each header row that starts 组 / Group, 组内排名 / Rank, keyed by header. */
function firmTables(ws: ExcelJS.Worksheet): Record<string, unknown>[][] {
  const rows = rowsOf(ws);
  const tables: Record<string, unknown>[][] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]![0] !== "组 / Group" || rows[i]![1] !== "组内排名 / Rank") continue;
    const headers = rows[i]!.map(String);
    const body: Record<string, unknown>[] = [];
    for (let j = i + 1; j < rows.length && rows[j]!.some((c) => c !== undefined && c !== null); j++) body.push(Object.fromEntries(headers.map((h, k) => [h, rows[j]![k] ?? null])));
    tables.push(body);
  }
  return tables;
}

/** The header block's value for a label. */
function line(ws: ExcelJS.Worksheet, label: string): unknown {
  return rowsOf(ws).find((r) => r[0] === label)?.[1];
}

describe("landrules tiers --profile huangyan --year (黄岩 2022 年度评价公示 2023-09-25)", () => {
  const input = example("enterprises-huangyan.xlsx");
  const table = exampleTable("enterprises-huangyan.xlsx");

  test.each([2022, 2021])("--year %i: every firm scored exactly as the published formula (the missing-emission rule included); the header states scheme and year", async (year) => {
    const before = sha256(input);
    const out = join(scratch(), `hy${year}.xlsx`);
    const ran = await cli("tiers", input, "--profile", "huangyan", "--year", String(year), "--as-of", "2023-09-25", "--out", out);
    expect(ran.code).toBe(0);
    expect(sha256(input)).toBe(before);
    expect(ran.out.join("\n")).toContain(`评价年度 / evaluation year ${year}`);
    const ws = (await open(out)).getWorksheet(`亩均评价${year}_huangyan`)!;
    expect(line(ws, "评价年度 / Evaluation year")).toBe(year);
    expect(String(line(ws, "评价方案 / Scheme"))).toContain(`黄岩区 ${year} 年度`);
    const want = published(table, year);
    const bySourceRow = new Map(table.rows.map((r, i) => [r.row, want[i]!]));
    const firms = firmTables(ws).flat();
    expect(firms.length).toBe(table.rows.length);
    let missingEmission = 0;
    for (const f of firms) {
      const expected = bySourceRow.get(f["源行 / Row"] as number);
      const row = f["源行 / Row"];
      // Ranked: the cell is the published score; otherwise (未上传/造假 → D, or missing data) the formula gives none either.
      if (f["状态 / Status"] === "参与排名 / ranked") expect([row, f["综合得分 / Total"]]).toEqual([row, toCellNumber(expected!)]);
      else expect([row, expected, f["综合得分 / Total"]]).toEqual([row, null, null]);
      if (String(f["说明 / Reason"] ?? "").includes("取规上企业该项平均得分")) missingEmission++;
    }
    expect(missingEmission).toBeGreaterThanOrEqual(3);
  });

  test("without --year the evaluation year is the one before the as-of date (2023-09-25 → 2022)", async () => {
    const out = join(scratch(), "default.xlsx");
    const ran = await cli("tiers", input, "--profile", "huangyan", "--as-of", "2023-09-25", "--out", out);
    expect(ran.code).toBe(0);
    expect(ran.out.join("\n")).toContain("评价年度 / evaluation year 2022");
  });

  test("a year without a scheme → exit 2, one line naming the years there are", async () => {
    const ran = await cli("tiers", input, "--profile", "huangyan", "--year", "2020", "--as-of", "2023-09-25", "--out", join(scratch(), "x.xlsx"));
    expect(ran.code).toBe(2);
    expect(ran.err.join("\n")).toContain("2021、2022");
    const bad = await cli("tiers", input, "--profile", "huangyan", "--year", "二〇二二", "--out", join(scratch(), "y.xlsx"));
    expect(bad.code).toBe(2);
  });
});

describe("landrules tiers --profile wenling (温岭 2022 年度评价)", () => {
  const input = example("enterprises-wenling.xlsx");
  const table = exampleTable("enterprises-wenling.xlsx");
  let ws: ExcelJS.Worksheet;
  let tables: Record<string, unknown>[][];

  beforeAll(async () => {
    const out = join(scratch(), "wl.xlsx");
    const ran = await cli("tiers", input, "--profile", "wenling", "--as-of", "2023-09-25", "--out", out);
    expect(ran.code).toBe(0);
    ws = (await open(out)).getWorksheet("亩均评价2022_wenling")!;
    tables = firmTables(ws);
  });

  test("a section each for 规上 and 规下, each with its own quota lines per industry group (规上 A 20 %, 规下 A 5 %)", () => {
    expect(tables).toHaveLength(2);
    const rows = rowsOf(ws);
    const quotaLines = rows.filter((r) => String(r[0]).endsWith("分档名额 / quotas")).map((r) => String(r[1]));
    expect(quotaLines).toHaveLength(10);
    expect(quotaLines[0]).toMatch(/A 前 \d+ 名（20% × N/);
    expect(quotaLines[5]).toMatch(/A 前 \d+ 名（5% × N/);
  });

  test("ranks run from 1 within each industry group of each list; ties share rank", () => {
    for (const t of tables) {
      const groups = new Map<string, number[]>();
      for (const f of t) if (f["状态 / Status"] === "参与排名 / ranked") groups.set(String(f["组 / Group"]), [...(groups.get(String(f["组 / Group"])) ?? []), f["组内排名 / Rank"] as number]);
      expect(groups.size).toBe(5);
      for (const ranks of groups.values()) expect(Math.min(...ranks)).toBe(1);
    }
  });

  test("tenant deductions per firm: 规上 0 for one, −5 for each further; 规下 −10 for the first, −5 for each further", () => {
    const tenantsOf = new Map(table.rows.map((r) => [r.row, r.values.tenants?.toNumber() ?? 0]));
    const [above, below] = tables;
    for (const [firms, first] of [[above!, 0], [below!, 10]] as const)
      for (const f of firms) {
        const n = tenantsOf.get(f["源行 / Row"] as number)!;
        expect([n, f["出租扣分分值"]]).toEqual([n, n === 0 ? 0 : 0 - (first + 5 * (n - 1))]);
      }
  });
});

describe("landrules tiers --profile zengcheng --year: ZC-SCOPE 增城 一(三)1 decides who is evaluated in which year", () => {
  let input: string;
  const firms: [string, string, string, number][] = [
    ["规上甲", "规上", "否", 5],
    ["规上乙", "规上", "是", 8],
    ["区块大", "规下", "是", 20],
    ["区块十亩", "规下", "是", 10],
    ["区块小", "规下", "是", 5],
    ["区块外", "规下", "否", 30],
  ];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("企业数据");
    ws.addRow(["企业名称", "企业规模", "位于工业产业区块", "用地面积（亩）", "工业总产值（万元）", "主营业务收入（万元）", "综合能耗（吨标煤）", "研发费用（万元）", "技改投资（万元）", "各级各类认定（项）"]);
    firms.forEach(([name, scale, block, mu], i) => ws.addRow([name, scale, block, mu, 1000 + 100 * i, 1000, 50, 20, 10, 1]));
    input = join(scratch(), "zc-scope.xlsx");
    await wb.xlsx.writeFile(input);
  });

  test.each([
    [2023, ["规上甲", "规上乙"]],
    [2024, ["规上甲", "规上乙", "区块大", "区块十亩"]],
    [2025, ["规上甲", "规上乙", "区块大", "区块十亩", "区块小"]],
  ])("%i: evaluated %j; the others listed as not evaluated with the clause, never ranked", async (year, evaluated) => {
    const out = join(scratch(), `zc${year}.xlsx`);
    const ran = await cli("tiers", input, "--profile", "zengcheng", "--year", String(year), "--as-of", "2025-06-30", "--out", out);
    expect(ran.code).toBe(0);
    const rows = rowsOf((await open(out)).getWorksheet(`亩均评价${year}_zengcheng`)!);
    const ranked = firmTables((await open(out)).getWorksheet(`亩均评价${year}_zengcheng`)!)[0]!.map((f) => f["企业 / Enterprise"]);
    expect(ranked.sort()).toEqual([...evaluated].sort());
    const notEvaluated = rows.filter((r) => firms.some(([name]) => r[0] === name) && !evaluated.includes(String(r[0])));
    expect(notEvaluated.map((r) => r[0]).sort()).toEqual(firms.map(([n]) => n).filter((n) => !evaluated.includes(n)).sort());
    for (const r of notEvaluated) expect(String(r[3])).toContain("一(三)1");
  });

  test("a table without the size-class and block columns → exit 2 naming them (a blank scope is never guessed)", async () => {
    const ran = await cli("tiers", example("enterprises-zengcheng.xlsx"), "--profile", "zengcheng", "--year", "2023", "--out", join(scratch(), "nocols.xlsx"));
    expect(ran.code).toBe(2);
    expect(ran.err.join("\n")).toMatch(/scale.*inside_block/);
  });
});
