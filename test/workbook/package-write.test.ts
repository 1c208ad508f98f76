// The output package, checked as a user would: an analyst's workbook written by openpyxl (not
// by us, with a merged title, a footnote, a note, a chart, validation and a defined name) gets a
// product sheet and cell marks; openpyxl and LibreOffice, readers we did not write, open the
// result; every part that should be untouched is compared byte for byte; a re-run with
// --clear-marks gives the analyst's sheet, notes and note drawing back byte for byte.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { isOurOutput, writePackage, type WriteRequest } from "../../policies/workbook/package/write";
import { cellMarks, MARK_TAG, MAX_CELL_TEXT, type ProductSheet } from "../../policies/workbook/product-sheet";
import { NODE_DEFLATER } from "../../cli/output";

const FIXTURES = resolve(__dirname, "fixtures");
// Debian's python3 with python3-openpyxl (.ci/run installs it).
const PYTHON = "/usr/bin/python3";
const dir = mkdtempSync(join(tmpdir(), "landrules-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const python = (script: string, ...args: string[]) => execFileSync(PYTHON, [join(FIXTURES, script), ...args], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
const entriesOf = (bytes: Uint8Array) => new Map(Object.entries(unzipSync(bytes)));
const textOf = (entries: Map<string, Uint8Array>, part: string) => new TextDecoder().decode(entries.get(part));

const LONG = "长".repeat(MAX_CELL_TEXT + 100);
const INJECTION = ["=1+1", "+86", "-5", "@SUM(A1)", "\t=2+2", "\r=3+3"];

const report: ProductSheet = {
  name: "核查报告_zengcheng",
  title: "核查报告 / Check report",
  blocks: [
    {
      kind: "lines",
      lines: [
        { label: "评价日 / Evaluation date", value: "2024-03-15" },
        { label: "⚠ 提示 / Warning", value: "征求意见稿 / draft", warning: true },
        { label: "企业数 / Enterprises", value: 6 },
      ],
    },
    {
      kind: "table",
      primary: true,
      columns: [
        { header: "行 / Row", kind: "integer" },
        { header: "企业 / Enterprise", kind: "text" },
        { header: "取值 / Value", kind: "general" },
        { header: "综合得分 / Score", kind: "score" },
        { header: "说明 / Message", kind: "text" },
      ],
      rows: [
        [4, "甲公司", 2, 12.345678, "通过"],
        ...INJECTION.map((name, i) => [5 + i, name, 1.5, null, "名称以公式字符开头"]),
        [11, "长文本", null, null, LONG],
      ],
    },
  ],
};
// Title, blank, three lines, blank, then the table's header on row 7 and its 8 rows.
const HEADER_ROW = 7;
const LAST_ROW = HEADER_ROW + 8;

const marks = cellMarks([
  { row: 5, column: "G", severity: "violation", rule: "ZC-GGG", citation: "增城 二(六)17", message: { zh: "容积率低于 2.0", en: "FAR below 2.0" } },
  { row: 6, column: "G", severity: "notice", rule: "ZC-GGG", citation: "增城 二(六)17", message: { zh: "缺少所在区域", en: "zone missing" } },
  { row: 4, column: "H", severity: "notice", rule: "ZC-GGG", citation: "增城 二(六)17", message: { zh: "空单元格上的标记", en: "a mark on a blank cell" } },
]);

const request = (over: Partial<WriteRequest> = {}): WriteRequest => ({ sheets: [report], marks: { sheet: "企业数据", marks }, producer: "landrules 0.1.0", stamp: new Date("2024-03-15T12:00:00Z"), ...over });

// What an addition must touch: the workbook part, its relationships, content types, styles, the package relationships (the custom
// properties part), the marked sheet and its notes and note drawing. Everything else stays byte for byte.
const TOUCHED = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "_rels/.rels", "xl/worksheets/sheet1.xml", "xl/comments/comment1.xml", "xl/drawings/commentsDrawing1.vml"]);
const MARKED_PARTS = ["xl/worksheets/sheet1.xml", "xl/comments/comment1.xml", "xl/drawings/commentsDrawing1.vml"];

interface Seen {
  sheets: string[];
  definedNames: { name: string; value: string; localSheetId: number | null }[];
  product: { freeze: string; filter: string; widths: Record<string, number>; cells: Record<string, { value: unknown; type: string; format: string; font: string; bold: boolean; fill: string | null }>; maxRow: number };
  marks: Record<string, { value: unknown; note: string | null; fill: string | null }>;
}

describe("writePackage on an openpyxl workbook", () => {
  const inputPath = join(dir, "analyst.xlsx");
  const outPath = join(dir, "out.xlsx");
  let input: Map<string, Uint8Array>;
  let result: ReturnType<typeof writePackage>;
  let output: Map<string, Uint8Array>;
  let seen: Seen;

  beforeAll(() => {
    python("analyst-workbook.py", inputPath);
    input = entriesOf(new Uint8Array(readFileSync(inputPath)));
    result = writePackage(input, request());
    writeFileSync(outPath, result.bytes);
    output = entriesOf(result.bytes);
    seen = JSON.parse(python("read-output.py", outPath, report.name, "企业数据")) as Seen;
  });

  test("every input part is kept; those no addition touches are byte for byte the same", () => {
    for (const [part, bytes] of input) {
      expect([part, output.has(part)]).toEqual([part, true]);
      if (!TOUCHED.has(part)) expect([part, Buffer.from(output.get(part)!).equals(Buffer.from(bytes))]).toEqual([part, true]);
    }
  });

  test("the product sheet is added after the analyst's sheets, and openpyxl reads it", () => {
    expect(seen.sheets).toEqual(["企业数据", "说明", report.name]);
    expect(seen.product.cells.A1).toMatchObject({ value: "【landrules】核查报告 / Check report", bold: true, font: "等线" });
    expect(seen.product.cells[`B${HEADER_ROW}`]).toMatchObject({ value: "企业 / Enterprise", bold: true, fill: "FFDDEBF7" });
    expect(seen.product.maxRow).toBe(LAST_ROW);
  });

  test("the table's header row is frozen (not the header block) and filtered, with the _xlnm._FilterDatabase name", () => {
    expect(seen.product.freeze).toBe(`A${HEADER_ROW + 1}`);
    expect(seen.product.filter).toBe(`A${HEADER_ROW}:E${LAST_ROW}`);
    const workbook = textOf(output, "xl/workbook.xml");
    expect(workbook).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'${report.name}'!$A$${HEADER_ROW}:$E$${LAST_ROW}</definedName>`);
    // The analyst's own defined name is still there.
    expect(workbook).toContain("<definedName name=\"企业范围\">'企业数据'!$A$3:$G$9</definedName>");
  });

  test("text Excel would read as a formula is text in the file: =1+1, +86, -5, @SUM(A1), a leading tab or CR", () => {
    INJECTION.forEach((name, i) => expect(seen.product.cells[`B${HEADER_ROW + 2 + i}`]).toMatchObject({ value: name.replace("\r", "\n").replace(/^\n/, "\n"), type: "s" }));
  });

  test("text over 32,767 characters is cut, with a finding naming the cell", () => {
    expect(seen.product.cells[`E${LAST_ROW}`]!.value).toBe(`<${MAX_CELL_TEXT} chars>`);
    expect(result.cuts).toEqual([expect.objectContaining({ sheet: report.name, address: `E${LAST_ROW}`, length: LONG.length })]);
  });

  test("number formats: counts as integers, a score to three decimals; every cell in the named font; widths fit the headers", () => {
    expect(seen.product.cells[`A${HEADER_ROW + 1}`]).toMatchObject({ value: 4, format: "0", font: "等线" });
    expect(seen.product.cells[`D${HEADER_ROW + 1}`]).toMatchObject({ value: 12.345678, format: "0.000" });
    expect(seen.product.cells[`C${HEADER_ROW + 1}`]).toMatchObject({ format: "General" });
    for (const c of Object.values(seen.product.cells)) expect(c.font).toBe("等线");
    // 综合得分 / Score: four CJK characters (8) + 8 + the filter button.
    expect(seen.product.widths.D).toBeGreaterThanOrEqual(16);
  });

  test("a mark adds to the analyst's note and never replaces it; new notes and fills by severity", () => {
    expect(seen.marks.G5!.note).toMatch(new RegExp(`^分析员：容积率待核实\\n${MARK_TAG}ZC-GGG`));
    expect(seen.marks.G5!.fill).toBe("FFFFC7CE");
    expect(seen.marks.G6!.note).toMatch(new RegExp(`^${MARK_TAG}ZC-GGG（增城 二\\(六\\)17）：缺少所在区域`));
    expect(seen.marks.G6!.fill).toBe("FFFFEB9C");
    expect(seen.marks.H4).toMatchObject({ value: null, fill: "FFFFEB9C" });
    expect(result.marked).toBe(3);
  });

  test("the output is recognised as ours (custom property landrules.output); the input is not", () => {
    expect(isOurOutput(input)).toBe(false);
    expect(isOurOutput(output)).toBe(true);
    expect(textOf(output, "docProps/custom.xml")).toContain('name="landrules.output"><vt:lpwstr>landrules 0.1.0</vt:lpwstr>');
  });

  test("the same input gives the same bytes", () => {
    expect(Buffer.from(writePackage(input, request()).bytes).equals(Buffer.from(result.bytes))).toBe(true);
  });

  test("with the host's deflater (the CLI's zlib) the package holds the same parts, byte for byte", () => {
    const fast = entriesOf(writePackage(input, request({ deflater: NODE_DEFLATER })).bytes);
    expect([...fast.keys()]).toEqual([...output.keys()]);
    for (const [part, bytes] of output) expect([part, Buffer.from(fast.get(part)!).equals(Buffer.from(bytes))]).toEqual([part, true]);
  });

  test("a sheet streamed in many pieces through the host's deflater (sync-flushed pieces, one deflate stream) inflates to the same part", () => {
    const big: ProductSheet = { ...report, blocks: [{ kind: "table", primary: true, columns: report.blocks[1]!.kind === "table" ? report.blocks[1]!.columns : [], rows: Array.from({ length: 40_000 }, (_, i) => [i, `企业${i}`, i / 3, i / 7, "说明文字"]) }] };
    const [slow, fast] = [writePackage(input, request({ sheets: [big], marks: undefined })), writePackage(input, request({ sheets: [big], marks: undefined, deflater: NODE_DEFLATER }))];
    const part = slow.sheets[0]!.part;
    const [a, b] = [entriesOf(slow.bytes).get(part)!, entriesOf(fast.bytes).get(part)!];
    // Several of the writer's 1 MB deflate batches.
    expect(a.length).toBeGreaterThan(3 * 2 ** 20);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  test("a re-run replaces our sheet in place and re-marks without doubling a note", () => {
    const again = writePackage(output, request());
    const seen2 = entriesOf(again.bytes);
    expect(again.sheets).toEqual([{ name: report.name, part: result.sheets[0]!.part, replaced: true }]);
    expect(again.cleared).toBe(3);
    const comments = textOf(seen2, "xl/comments/comment1.xml");
    expect(comments.split("容积率低于 2.0")).toHaveLength(2);
    expect(comments.split("分析员：容积率待核实")).toHaveLength(2);
  });

  test("--clear-marks removes exactly ours: the sheet, its notes and their drawing are the input's bytes again", () => {
    const cleared = writePackage(output, request({ sheets: [], marks: undefined, clearMarks: true }));
    const back = entriesOf(cleared.bytes);
    expect(cleared.cleared).toBe(3);
    for (const part of MARKED_PARTS) expect([part, Buffer.from(back.get(part)!).equals(Buffer.from(input.get(part)!))]).toEqual([part, true]);
    // Our ledger of marks goes with the marks.
    expect([...back.keys()].filter((p) => p.startsWith("customXml/"))).toEqual([]);
  });

  test("an analyst's sheet with the product's name is kept; ours goes beside it", () => {
    const mine: ProductSheet = { ...report, name: "说明" };
    const r = writePackage(input, request({ sheets: [mine], marks: undefined }));
    expect(r.sheets[0]).toMatchObject({ name: "说明 (2)", replaced: false });
    expect(Buffer.from(entriesOf(r.bytes).get("xl/worksheets/sheet2.xml")!).equals(Buffer.from(input.get("xl/worksheets/sheet2.xml")!))).toBe(true);
  });

  // (A headless conversion has no view, so LibreOffice's frozen pane cannot be seen this way; openpyxl shows it above.)
  test("LibreOffice opens it: the filter is a database range over the table with its buttons shown; it reads the analyst's note with ours after it, and our new note", () => {
    const profile = join(dir, "lo-profile");
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "fods", "--outdir", dir, outPath], { stdio: "ignore", timeout: 110000 });
    const fods = readFileSync(join(dir, "out.fods"), "utf8");
    expect(fods).toMatch(new RegExp(`table:target-range-address="'?${report.name}'?\\.A${HEADER_ROW}:'?${report.name}'?\\.E${LAST_ROW}"[^>]*table:display-filter-buttons="true"|table:display-filter-buttons="true"[^>]*table:target-range-address="'?${report.name}'?\\.A${HEADER_ROW}:'?${report.name}'?\\.E${LAST_ROW}"`));
    const notes = [...fods.matchAll(/<office:annotation\b[\s\S]*?<\/office:annotation>/g)].map((m) => m[0].replace(/<text:s\/>/g, " ").replace(/<[^>]+>/g, "").replace(/\s+/g, ""));
    expect(notes.some((n) => /分析员：容积率待核实〔landrules〕ZC-GGG/.test(n))).toBe(true);
    expect(notes.some((n) => /^[\dT:-]*〔landrules〕ZC-GGG（增城二\(六\)17）：缺少所在区域/.test(n))).toBe(true);
  });
});
