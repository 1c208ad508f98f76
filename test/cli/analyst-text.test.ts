// The standard (TEAM.md): the analyst is shown the document's short title and clause, never a
// file name, a path or a field id. This walks what the analyst reads — every LAND function's
// EXPLAIN card on its documented examples (functions/land/*.ts), the check report and tier
// sheet the CLI writes from examples/*.xlsx, and the CLI's summary lines — and fails on any
// `.txt` / `.md` / `.json` file, a path, or a field id of the table vocabulary.
import { join } from "node:path";
import { DetailedCellError, type CellValue } from "hyperformula";
import { citationLine, citationShown, fieldShown } from "../../policies/citations";
import { FUNCTIONS } from "../../functions/descriptors";
import { buildLandHyperFormula, EXPLAIN_ROWS } from "../../functions/hyperformula";
import { getProfile } from "../../policies/profiles";
import { parseProfileData } from "../../policies/schema";
import { FIELDS } from "../../policies/workbook/vocabulary";
import { readFileSync } from "node:fs";
import { noProfile } from "../functions/helpers";
import { cli, example, open, ROOT, rowsOf, scratch } from "./helpers";

const FILE_NAME = /[\w\u4e00-\u9fff-]+\.(txt|md|json|ts|js)\b/;
const PATH = /\b(policies|sources|docs|spec|test|examples|functions)\/|[A-Za-z]:\\|\/work\//;
const FIELD_IDS = FIELDS.map((f) => f.id as string).filter((id) => id.includes("_"));
const FIELD_ID = new RegExp(`(?<![A-Za-z0-9_])(${FIELD_IDS.join("|")}|tax_per_mu|output_per_mu|investment_per_mu)(?![A-Za-z0-9_])`);

/** What in one piece of analyst-facing text breaks the standard, or null. */
function fault(text: string): string | null {
  const m = FILE_NAME.exec(text) ?? PATH.exec(text) ?? FIELD_ID.exec(text);
  return m ? m[0] : null;
}

/** Every text cell that breaks the standard, with where it is. */
function faults(where: string, cells: readonly unknown[]): string[] {
  return cells.flatMap((c) => {
    const text = c instanceof DetailedCellError ? (c.message ?? "") : typeof c === "string" ? c : "";
    const bad = fault(text);
    return bad ? [`${where}: “${bad}” in “${text.slice(0, 160)}”`] : [];
  });
}

describe("the shown form", () => {
  test("a file citation reads as the document's short title and clause, both languages (ZC-TIER 二(一)2)", () => {
    expect(citationShown("zengcheng-2022-draft.txt 二(四)10")).toEqual({ zh: "《增城存量工业用地办法（征求意见稿）》二(四)10", en: "Zengcheng stock industrial land measures (draft) 二(四)10" });
    expect(citationShown("wenzhou-2020-53.txt 三(四)10").zh).toBe("《温州工业用地全周期管理意见》三(四)10");
    expect(citationShown("闲置土地处置办法 第十四条").zh).toBe("《闲置土地处置办法》第十四条");
    expect(citationLine("WORKBOOK.md 输入：企业数据表")).toBe("表格格式 / table format");
    expect(citationShown("my-county override of zengcheng-2022-draft.txt 二(一)2").zh).toBe("假设情景（原为 《增城存量工业用地办法（征求意见稿）》二(一)2）");
  });

  test("a field id reads as its label from the table vocabulary", () => {
    expect(fieldShown("area_mu").zh).toBe("用地面积");
    expect(fieldShown("revenue").zh).toBe("主营业务收入");
  });

  test("every shipped document has a short title, and a profile without one is refused", () => {
    for (const id of ["national", "zengcheng", "wenzhou", "zhongshan", "ningbo", "zhejiang"]) {
      const d = getProfile(id).document;
      expect(d.short.zh.length).toBeGreaterThan(0);
      expect(fault(d.short.zh) ?? fault(d.short.en)).toBeNull();
    }
    const json = JSON.parse(readFileSync(join(ROOT, "policies", "profiles", "zengcheng.json"), "utf8")) as { document: Record<string, unknown> };
    delete json.document.short;
    expect(() => parseProfileData(json, "zengcheng")).toThrow(/zengcheng\.document/);
  });

  test("a trace keeps the file citation (data, audit) and carries the shown one", () => {
    const hf = buildLandHyperFormula({ Sheet1: [['=LAND.EXPLAIN("TIER", 17, SEQUENCE(20), , "zengcheng")']] }, noProfile);
    const rows = Array.from({ length: EXPLAIN_ROWS }, (_, r) => [0, 1, 2].map((c) => hf.getCellValue({ sheet: 0, row: r, col: c })));
    expect(rows.find((r) => r[0] === "条款 clause")).toEqual(["条款 clause", "二(一)2", "《增城存量工业用地办法（征求意见稿）》二(一)2 / Zengcheng stock industrial land measures (draft) 二(一)2"]);
    hf.destroy();
  });
});

test("the help Excel shows for every function and argument names no file (the table format in words)", () => {
  const texts = FUNCTIONS.flatMap((f) => [f.summary.zh, f.summary.en, f.returns.help.zh, f.returns.help.en, ...f.params.flatMap((p) => [p.help.zh, p.help.en])]);
  expect(faults("help", texts)).toEqual([]);
});

/** `=LAND.X(args)` → `=LAND.EXPLAIN("X", args)`; null for an example that is not one call. */
function explainOf(formula: string): string | null {
  const m = /^=LAND\.([A-Z]+)\((.*)\)$/.exec(formula.trim());
  if (!m || m[1] === "EXPLAIN") return null;
  return `=LAND.EXPLAIN("${m[1]}"${m[2]!.trim() ? `, ${m[2]}` : ""})`;
}

describe("LAND.EXPLAIN on every function's documented examples", () => {
  const cases = FUNCTIONS.flatMap((f) => f.examples.map((e) => [f.id, e.formula, explainOf(e.formula)] as const)).filter(([, , x]) => x !== null);

  test("there are examples of most functions to walk", () => {
    expect(new Set(cases.map(([id]) => id)).size).toBeGreaterThan(50);
  });

  test.each(cases)("LAND.%s: %s", (_id, formula, explain) => {
    const hf = buildLandHyperFormula({ Sheet1: [[explain!]] }, noProfile);
    const cells: CellValue[] = [];
    for (let r = 0; r < EXPLAIN_ROWS; r++) for (let c = 0; c < 3; c++) cells.push(hf.getCellValue({ sheet: 0, row: r, col: c }));
    hf.destroy();
    // The card ran the function (its first row names it), and nothing in it names a file or field id.
    expect(cells[0]).toBe("函数 function");
    expect(faults(formula, cells)).toEqual([]);
  });
});

describe("the check report, tier sheet and CLI lines from examples/*.xlsx", () => {
  const dir = scratch();
  const runs: [string, string, string, ...string[]][] = [
    ["check", "enterprises-zengcheng.xlsx", "zengcheng"],
    ["check", "submissions-zengcheng.xlsx", "zengcheng"],
    ["check", "transfers-wenzhou.xlsx", "wenzhou"],
    ["check", "enterprises-ningbo.xlsx", "ningbo"],
    ["check", "enterprises-zhongshan.xlsx", "zhongshan"],
    ["check", "enterprises-zhejiang.xlsx", "zhejiang"],
    ["check", "enterprises-wenzhou.xlsx", "wenzhou"],
    ["check", "enterprises-huangyan.xlsx", "huangyan"],
    ["tiers", "enterprises-zengcheng.xlsx", "zengcheng"],
    ["tiers", "enterprises-ningbo.xlsx", "ningbo"],
    ["tiers", "enterprises-wenzhou.xlsx", "wenzhou"],
    ["tiers", "enterprises-huangyan.xlsx", "huangyan", "--year", "2022"],
    ["tiers", "enterprises-wenling.xlsx", "wenling", "--year", "2022"],
    ["tiers", "enterprises-zhejiang.xlsx", "zhejiang"],
    ["tiers", "enterprises-jingde.xlsx", "jingde"],
  ];

  test("landrules profiles: the documents by title, 文号 and short title", async () => {
    const r = await cli("profiles");
    expect(r.out.join("\n")).toContain("《增城存量工业用地办法（征求意见稿）》为征求意见稿");
    expect(faults("profiles lines", [...r.out, ...r.err])).toEqual([]);
  });

  test.each(runs)("landrules %s %s --profile %s: the written sheet and the lines", async (command, input, profile, ...more) => {
    const out = join(dir, `${command}-${profile}-${input}`);
    const r = await cli(command, example(input), "--profile", profile, "--as-of", "2024-03-15", ...more, "--out", out);
    expect([0, 1]).toContain(r.code);
    // The analyst's own files (the input and the --out they named) may be named in the lines.
    const lines = [...r.out, ...r.err].map((l) => l.split(out).join("«out»").split(example(input)).join("«in»"));
    expect(faults(`${command} lines`, lines)).toEqual([]);
    const wb = await open(out);
    const ours = wb.worksheets.filter((ws) => /核查报告|分档|评价/.test(ws.name));
    expect(ours.length).toBe(1);
    const cells = rowsOf(ours[0]!).flat();
    expect(cells.length).toBeGreaterThan(20);
    expect(faults(`${command} sheet ${ours[0]!.name}`, cells)).toEqual([]);
  });
});
