// landrules check, end to end: on every example workbook with planted violations, the report
// read back must list exactly the planted violations (row, rule, field), and nothing on the
// rows placed exactly on an inclusive boundary (以上/以下/不低于/不超过 include the number).
import { fieldShown } from "../../policies/citations";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { AS_OF, cli, example, open, scratch, sha256, tableOf } from "./helpers";

/** A note as exceljs reads it: plain text, or rich text in runs. */
function noteText(note: unknown): string {
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts;
  return texts ? texts.map((t) => t.text).join("") : "";
}

interface Manifest {
  sheet: string;
  profile: string;
  violations: { row: number; rule: string; field: string; why: string }[];
  boundaryPasses: { row: number; why: string }[];
}

const PLANTED = JSON.parse(readFileSync(example("planted.json"), "utf8")) as Record<string, Manifest>;

describe.each(Object.entries(PLANTED))("landrules check examples/%s", (file, m) => {
  const out = join(scratch(), "check.xlsx");
  let code: number;
  let stdout: string[];
  let findings: Record<string, unknown>[];
  let before: string;

  beforeAll(async () => {
    before = sha256(example(file));
    const ran = await cli("check", example(file), "--profile", m.profile, "--as-of", AS_OF, "--out", out);
    code = ran.code;
    stdout = ran.out;
    const wb = await open(out);
    findings = tableOf(wb.getWorksheet(`核查报告_${m.profile}`)!, "行 / Row");
  });

  test("exit 1 (findings exist); the input is unchanged", () => {
    expect(code).toBe(1);
    expect(sha256(example(file))).toBe(before);
  });

  test("the violations are exactly the planted ones (row, rule, field)", () => {
    const found = findings.filter((f) => f["类别 / Severity"] === "违规 / violation").map((f) => `${f["行 / Row"]} ${f["规则 / Rule"]} ${f["字段 / Field"]}`);
    // The sheet names the field by its label (the planted manifest by its id).
    const planted = m.violations.map((v) => `${v.row} ${v.rule} ${fieldShown(v.field).zh}`);
    expect(found.sort()).toEqual(planted.sort());
  });

  test("rows exactly on an inclusive boundary pass", () => {
    for (const b of m.boundaryPasses) expect([b.why, findings.filter((f) => f["行 / Row"] === b.row && f["类别 / Severity"] === "违规 / violation")]).toEqual([b.why, []]);
  });

  test("each finding names its column, rule clause and a Chinese and English message", () => {
    for (const f of findings) {
      expect(f["列 / Column"]).toMatch(/^[A-Z]+$/);
      // The document's short title and clause (or the table format), never its file.
      expect(String(f["条款 / Clause"])).toMatch(/^(《[^》]+》\S+ \/ .+ \S+|表格格式 \/ table format)$/);
      expect(String(f["条款 / Clause"])).not.toMatch(/\.txt|\.md/);
      expect(f["说明 / Message"]).toBeTruthy();
      expect(f["Message (en)"]).toBeTruthy();
    }
  });

  test("the summary is printed: rows checked and findings by rule", () => {
    expect(stdout.join("\n")).toMatch(/rows checked \d+/);
    for (const rule of new Set(m.violations.map((v) => v.rule))) expect(stdout.join("\n")).toContain(rule);
  });
});

describe("check on a table with nothing wrong", () => {
  test("exit 0 and an empty findings table", async () => {
    const src = join(scratch(), "clean.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("项目");
    ws.addRow(["企业名称", "项目类型", "所在区域", "是否试点", "用地面积（亩）", "税收（万元）", "容积率"]);
    ws.addRow(["甲", "工改工", "其他镇街", "否", 10, 275, 2.0]); // 二(六)17: 27.5 万元/亩 and FAR 2.0 exactly
    await wb.xlsx.writeFile(src);
    const out = join(scratch(), "clean-out.xlsx");
    const ran = await cli("check", src, "--profile", "zengcheng", "--as-of", AS_OF, "--out", out);
    expect(ran.code).toBe(0);
    expect(tableOf((await open(out)).getWorksheet("核查报告_zengcheng")!, "行 / Row")).toEqual([]);
  });
});

describe("check --mark", () => {
  test("the cells findings point at get a fill and a note in the copy; their values are unchanged", async () => {
    const m = PLANTED["submissions-zengcheng.xlsx"]!;
    const out = join(scratch(), "marked.xlsx");
    const ran = await cli("check", example("submissions-zengcheng.xlsx"), "--profile", "zengcheng", "--as-of", AS_OF, "--out", out, "--mark");
    expect(ran.code).toBe(1);
    const [marked, original] = [await open(out), await open(example("submissions-zengcheng.xlsx"))];
    const report = tableOf(marked.getWorksheet("核查报告_zengcheng")!, "行 / Row");
    for (const f of report.filter((x) => x["类别 / Severity"] === "违规 / violation")) {
      const address = `${f["列 / Column"]}${f["行 / Row"]}`;
      const cell = marked.getWorksheet(m.sheet)!.getCell(address);
      expect([address, noteText(cell.note)]).toEqual([address, expect.stringContaining(String(f["规则 / Rule"]))]);
      expect(cell.value).toEqual(original.getWorksheet(m.sheet)!.getCell(address).value);
    }
  });
});

describe("check --mark leaves the other cells alone", () => {
  // exceljs gives every cell read with one format the same style object: filling one in place
  // filled them all (温州's date columns, on every row). Only cells with a finding get a fill.
  test("WZ-PREEMPT 三(五)14 on examples/transfers-wenzhou.xlsx: every filled cell carries a note, and no other cell changes style", async () => {
    const m = PLANTED["transfers-wenzhou.xlsx"]!;
    const out = join(scratch(), "marked.xlsx");
    const ran = await cli("check", example("transfers-wenzhou.xlsx"), "--profile", m.profile, "--as-of", AS_OF, "--out", out, "--mark");
    const marked = Number(/: (\d+) 个单元格/.exec(ran.out.join("\n"))?.[1]);
    const [copy, original] = [await open(out), await open(example("transfers-wenzhou.xlsx"))];
    const filled: string[] = [];
    const restyled: string[] = [];
    copy.getWorksheet(m.sheet)!.eachRow((row) =>
      row.eachCell((cell) => {
        const before = original.getWorksheet(m.sheet)!.getCell(cell.address);
        if (cell.note) return void filled.push(cell.address);
        if (JSON.stringify(cell.style) !== JSON.stringify(before.style)) restyled.push(cell.address);
      }),
    );
    expect(marked).toBeGreaterThan(0);
    expect(filled).toHaveLength(marked);
    expect(restyled).toEqual([]);
  });
});
