// landrules tiers, end to end on the example workbooks; the output read back and held against
// the quota rule of FUNCTIONS.md LAND.TIER (ZC-TIER 二(一)2), typed here from the text.
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { AS_OF, cli, example, open, rowsOf, scratch, sha256, tableOf } from "./helpers";

// zengcheng-2022-draft.txt 二(一)2: A 档不超过 20%，D 档不超过 5%; B to the 80% line (assumed, profile default).
const A_SHARE = 0.2;
const D_SHARE = 0.05;
const B_LINE = 0.8;

type Row = Record<string, unknown>;
const SCORE = "综合得分 / Score";
const TIER = "档次 / Tier";
const REASON = "说明 / Reason";
const SOURCE_ROW = "源行 / Row";

/** FUNCTIONS.md LAND.TIER: hi = #{x ≥ s}, lo = #{x ≤ s}; A if hi ≤ ⌊a·N⌋, else D if lo ≤ ⌊d·N⌋, else B if hi ≤ ⌊b·N⌋, else C. */
function contractTier(score: number, scores: number[]): string {
  const n = scores.length;
  const hi = scores.filter((x) => x >= score).length;
  const lo = scores.filter((x) => x <= score).length;
  if (hi <= Math.floor(A_SHARE * n)) return "A";
  if (lo <= Math.floor(D_SHARE * n)) return "D";
  if (hi <= Math.floor(B_LINE * n)) return "B";
  return "C";
}

function inputRows(ws: ExcelJS.Worksheet): Map<number, Record<string, unknown>> {
  const headers = (ws.getRow(3).values as unknown[]).slice(1).map(String);
  const out = new Map<number, Record<string, unknown>>();
  rowsOf(ws, 4).forEach((cells, i) => out.set(i + 4, Object.fromEntries(headers.map((h, c) => [h, cells[c] ?? null]))));
  return out;
}

describe("landrules tiers examples/enterprises-zengcheng.xlsx --profile zengcheng", () => {
  const input = example("enterprises-zengcheng.xlsx");
  const dir = scratch();
  const out = join(dir, "tiers.xlsx");
  let before: string;
  let code: number;
  let rows: Row[];
  let data: Map<number, Record<string, unknown>>;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    before = sha256(input);
    code = (await cli("tiers", input, "--profile", "zengcheng", "--as-of", AS_OF, "--out", out)).code;
    wb = await open(out);
    rows = tableOf(wb.getWorksheet("亩均评价_zengcheng")!, "排名 / Rank");
    data = inputRows(wb.getWorksheet("企业数据")!);
  });

  test("exit 0; the tier sheet is added after the data sheet; the input file is byte for byte unchanged", () => {
    expect(code).toBe(0);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["企业数据", "亩均评价_zengcheng"]);
    expect(sha256(input)).toBe(before);
  });

  test("one line per enterprise of the input (the 合计 line left out)", () => {
    const firms = [...data.values()].filter((r) => r["企业名称"] && r["企业名称"] !== "合计");
    expect(rows).toHaveLength(firms.length);
  });

  test("ZC-TIER 二(一)2: every scored firm's tier is the contract's tier within the scored population", () => {
    const scores = rows.filter((r) => typeof r[SCORE] === "number" && !r[REASON]).map((r) => r[SCORE] as number);
    expect(scores.length).toBeGreaterThan(250);
    for (const r of rows.filter((x) => typeof x[SCORE] === "number" && !x[REASON])) expect(r[TIER]).toBe(contractTier(r[SCORE] as number, scores));
  });

  test("ZC-TIER 二(一)2: A ≤ ⌊20% N⌋ and D by quota ≤ ⌊5% N⌋", () => {
    const ranked = rows.filter((r) => typeof r[SCORE] === "number" && !r[REASON]);
    const n = ranked.length;
    expect(ranked.filter((r) => r[TIER] === "A").length).toBeLessThanOrEqual(Math.floor(A_SHARE * n));
    expect(ranked.filter((r) => r[TIER] === "D").length).toBeLessThanOrEqual(Math.floor(D_SHARE * n));
  });

  test("ZC-TIER 二(一)2: 未主动上传 or 弄虚作假 → D directly, with the clause — exactly the input's 未上传/造假 rows", () => {
    const flagged = [...data.entries()].filter(([, r]) => r["数据状态"] === "未上传" || r["数据状态"] === "造假").map(([n]) => n);
    const forced = rows.filter((r) => String(r[REASON] ?? "").includes("直接划入 D 档"));
    expect(forced.map((r) => r[SOURCE_ROW]).sort()).toEqual(flagged.sort());
    for (const r of forced) expect(r).toMatchObject({ [TIER]: "D", [REASON]: expect.stringContaining("二(一)2") });
  });

  test("ranks: 1 + the number of higher scores, in sheet order", () => {
    const ranked = rows.filter((r) => typeof r["排名 / Rank"] === "number");
    const scores = ranked.map((r) => r[SCORE] as number);
    ranked.forEach((r) => expect(r["排名 / Rank"]).toBe(1 + scores.filter((s) => s > (r[SCORE] as number)).length));
  });

  test("亩均产出 = 工业总产值 ÷ 用地面积 of the input row (where both are plain numbers)", () => {
    let checked = 0;
    for (const r of rows) {
      const src = data.get(r[SOURCE_ROW] as number)!;
      const [output, area] = [src["工业总产值（万元）"], src["用地面积（亩）"]];
      if (typeof output !== "number" || typeof area !== "number") continue;
      expect(r["亩均产出（万元/亩）"]).toBeCloseTo(output / area, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  test("a row with a stray-text figure is left unscored with the reason, never scored as 0", () => {
    const unscored = rows.filter((r) => r[TIER] === null);
    expect(unscored.length).toBeGreaterThan(0);
    for (const r of unscored) expect(r[REASON]).toEqual(expect.stringMatching(/缺|不按 0|无法计算/));
  });

  test("the sheet as written: bold title, header row bold and shaded, filter and frozen pane on it, each body number in its column's format, used range to the last line", () => {
    const ws = wb.getWorksheet("亩均评价_zengcheng")!;
    const headerRow = ws.getColumn(1).values.indexOf("排名 / Rank");
    const headers = (ws.getRow(headerRow).values as unknown[]).slice(1);
    const last = headerRow + rows.length;
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 13 });
    expect(ws.getRow(headerRow).getCell(1)).toMatchObject({ font: { bold: true }, fill: { pattern: "solid" } });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
    expect(ws.autoFilter).toBe(`A${headerRow}:${String.fromCharCode(64 + headers.length)}${last}`);
    expect(ws.dimensions.bottom).toBe(last);
    for (let r = headerRow + 1; r <= last; r++)
      ws.getRow(r).eachCell((cell, c) => {
        const indicator = c - 1 > headers.indexOf(SOURCE_ROW) && c - 1 < headers.indexOf(SCORE);
        // Counts (rank, source row) as integers; the score to three decimals; indicators rounded for display.
        const integer = headers[c - 1] === "排名 / Rank" || headers[c - 1] === SOURCE_ROW;
        const expected = headers[c - 1] === SCORE ? "0.000" : integer ? "0" : indicator ? (String(headers[c - 1]).endsWith("（%）") ? "0.00%" : "#,##0.00") : undefined;
        if (typeof cell.value === "number") expect([r, headers[c - 1], cell.numFmt]).toEqual([r, headers[c - 1], expected]);
        else expect([r, headers[c - 1], cell.numFmt]).toEqual([r, headers[c - 1], undefined]);
      });
  });

  test("the same input gives the same bytes", async () => {
    const again = join(dir, "again.xlsx");
    await cli("tiers", input, "--profile", "zengcheng", "--as-of", AS_OF, "--out", again);
    expect(sha256(again)).toBe(sha256(out));
  });

  test("re-running on its own output replaces the sheet it wrote, and only that one", async () => {
    const second = join(dir, "second.xlsx");
    expect((await cli("tiers", out, "--profile", "zengcheng", "--as-of", AS_OF, "--out", second)).code).toBe(0);
    const wb2 = await open(second);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(["企业数据", "亩均评价_zengcheng"]);
  });

  test("an analyst's own sheet named 亩均评价_zengcheng is kept; the product's goes beside it", async () => {
    const mine = join(dir, "analyst.xlsx");
    copyFileSync(input, mine);
    const w = await open(mine);
    w.addWorksheet("亩均评价_zengcheng").getCell("A1").value = "我的笔记";
    await w.xlsx.writeFile(mine);
    const result = join(dir, "analyst-out.xlsx");
    expect((await cli("tiers", mine, "--profile", "zengcheng", "--as-of", AS_OF, "--out", result)).code).toBe(0);
    const w2 = await open(result);
    expect(w2.getWorksheet("亩均评价_zengcheng")!.getCell("A1").value).toBe("我的笔记");
    expect(w2.getWorksheet("亩均评价_zengcheng (2)")).toBeDefined();
  });
});

describe("landrules tiers on other jurisdictions", () => {
  test("温州 (ZJ-EVAL via the provincial profile): 占地面积（㎡） converts at 1 亩 = 10000/15 ㎡ — 亩均税收 = 税收 ÷ (㎡ × 15 ÷ 10000)", async () => {
    const out = join(scratch(), "wz.xlsx");
    const ran = await cli("tiers", example("enterprises-wenzhou.xlsx"), "--profile", "wenzhou", "--as-of", AS_OF, "--out", out);
    expect(ran.code).toBe(0);
    const wb = await open(out);
    const rows = tableOf(wb.getWorksheet("亩均评价_wenzhou")!, "排名 / Rank");
    const data = inputRows(wb.getWorksheet("企业数据")!);
    let checked = 0;
    for (const r of rows) {
      const src = data.get(r[SOURCE_ROW] as number)!;
      const [tax, m2] = [src["税收（万元）"], src["占地面积（㎡）"]];
      if (typeof tax !== "number" || typeof m2 !== "number" || r["亩均税收（万元/亩）"] === null) continue;
      expect(r["亩均税收（万元/亩）"]).toBeCloseTo(tax / ((m2 * 15) / 10000), 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(150);
  });

  test("中山 has no tier rule: exit 2 with one line naming the profile", async () => {
    const ran = await cli("tiers", example("enterprises-zhongshan.xlsx"), "--profile", "zhongshan", "--out", join(scratch(), "zs.xlsx"));
    expect(ran.code).toBe(2);
    expect(ran.err.filter((l) => l.startsWith("landrules:"))).toHaveLength(1);
    expect(ran.err.join("\n")).toContain("zhongshan");
  });

  test("a profile's draft status is stated: 宁波 is a draft", async () => {
    const out = join(scratch(), "nb.xlsx");
    const ran = await cli("tiers", example("enterprises-ningbo.xlsx"), "--profile", "ningbo", "--as-of", AS_OF, "--out", out);
    expect(ran.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(ran.err.join("\n")).toContain("征求意见");
  });
});
