// The package reader (policies/workbook/package/read*.ts) on packages written part by part:
// ECMA-376 Part 1 §18.3.1.4 cell types (s, inlineStr, str, b, e, d, n), §18.4 rich text and
// phonetic runs, §18.3.1.40 shared formulas, §18.8.30 date formats; WORKBOOK.md v2 layouts.
import { strToU8, zipSync } from "fflate";
import { evaluatePending } from "../../cli/hyperformula-sheets";
import { PackageError, openWorkbookPackage, pickSheet, readSheetCells, readTableSheet } from "../../policies/workbook/package/read";
import { isDateFormat } from "../../policies/workbook/package/read-workbook";
import { readEnterpriseTable } from "../../policies/workbook/table";
import { c, fixture, row, zipBomb } from "./package-fixtures";

const HEADER = row(1, ["企业名称", "用地面积（亩）", "税收（万元）", "转让日期"]);

function problemOf(bytes: Uint8Array): string {
  try {
    openWorkbookPackage(bytes);
  } catch (e) {
    if (e instanceof PackageError) return `${e.problem}: ${e.en}`;
    throw e;
  }
  return "opened";
}

describe("cell values as the file holds them", () => {
  const bytes = fixture({
    strings: ["甲公司", "<r><t>乙</t></r><r><rPr><b/></rPr><t>公司</t></r><rPh sb=\"0\" eb=\"1\"><t>yi</t></rPh>", "line_x000D_break"],
    styles: '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs>',
    sheets: [
      {
        name: "数据",
        rows: [
          HEADER,
          `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>1E+20</v></c><c r="C2" t="inlineStr"><is><t>1E+20</t></is></c><c r="D2" t="d"><v>2024-03-15T00:00:00</v></c></row>`,
          `<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>10</v></c><c r="C3" t="e"><v>#DIV/0!</v></c><c r="D3" s="1"><v>45366</v></c></row>`,
          `<row r="4"><c r="A4" t="inlineStr"><is><r><t>丙</t></r><r><t>公司</t></r></is></c><c r="B4" t="b"><v>1</v></c><c r="D4" s="2"><v>45366</v></c></row>`,
          `<row r="5"><c r="A5" t="s"><v>2</v></c><c r="B5" t="str"><f>"7"</f><v>7</v></c></row>`,
        ].join(""),
      },
    ],
  });
  const { cells } = readTableSheet(bytes);

  test("shared, rich (phonetic guide left out), inline and escaped strings", () => {
    expect(cells.rows.map((r) => r[0])).toEqual(["企业名称", "甲公司", "乙公司", "丙公司", "line\rbreak"]);
  });

  test("1E+20 as a number and as text both read as 10^20 (Excel's number forms)", () => {
    const t = readEnterpriseTable(cells.rows);
    expect(t.rows[0]!.values.area_mu!.toFixed()).toBe("100000000000000000000");
    expect(t.rows[0]!.values.tax!.toFixed()).toBe("100000000000000000000");
  });

  test('an ISO date cell (t="d") is a date, not a number: a transfer date stays a date (WZ-PREEMPT)', () => {
    expect(cells.rows[1]![3]).toBe("2024-03-15");
    const t = readEnterpriseTable(cells.rows);
    expect(t.rows[0]!.values.transfer_date).toBe("2024-03-15");
  });

  test("a serial under a date format (built-in 14, custom 年月日) is that date; under General it stays a number", () => {
    expect(cells.rows[2]![3]).toBe("2024-03-15");
    expect(cells.rows[3]![3]).toBe("2024-03-15");
    expect(cells.rows[1]![1]).toBe(1e20);
  });

  test("error cells, booleans and string results are what they are; an error where a number is needed is a finding", () => {
    expect(cells.rows[2]![2]).toEqual({ error: "#DIV/0!" });
    expect(cells.rows[3]![1]).toBe(true);
    expect(cells.rows[4]![1]).toBe("7");
    const t = readEnterpriseTable(cells.rows);
    expect(t.issues.map((i) => [i.row, i.column])).toEqual(expect.arrayContaining([[3, "C"], [4, "B"]]));
  });

  test.each([
    ["yyyy-mm-dd", true],
    ['yyyy"年"m"月"d"日"', true],
    ["[$-804]yyyy/m/d;@", true],
    ["0.00", false],
    ["#,##0.00_);[Red](#,##0.00)", false],
    ["h:mm:ss", false],
    ['0.0"d"', false],
  ])("date format %p → %p", (code, date) => expect(isDateFormat(code)).toBe(date));
});

describe("formulas saved without a result (openpyxl and other scripts save none)", () => {
  const long = Array.from({ length: 3000 }, () => "1").join("+"); // 5,999 characters: Excel takes it, HyperFormula's stack does not
  const bytes = fixture({
    sheets: [
      {
        name: "数据",
        rows: [
          HEADER,
          row(2, ["甲", 10, 5]),
          `<row r="3">${c("A3", "乙")}${c("B3", 20)}<c r="C3"><f t="shared" ref="C3:C5" si="0">B3*2</f></c></row>`,
          `<row r="4">${c("A4", "丙")}${c("B4", 30)}<c r="C4"><f t="shared" si="0"/></c></row>`,
          `<row r="5">${c("A5", "丁")}${c("B5", 40)}<c r="C5"><f t="shared" si="0"/><v></v></c></row>`,
          `<row r="6">${c("A6", "戊")}<c r="B6"><f>${long}</f></c><c r="C6"><f>SUM(C2:C5)</f></c></row>`,
          `<row r="7">${c("A7", "己")}${c("B7", 1)}<c r="C7"><f>NOSUCHFUNCTION(1)</f></c></row>`,
        ].join(""),
      },
    ],
  });

  test("without an evaluator they are error cells naming the formula, never blanks", () => {
    const { cells } = readTableSheet(bytes);
    expect(cells.pending.map((p) => `${p.row},${p.col}`)).toEqual(["2,2", "3,2", "4,2", "5,1", "5,2", "6,2"]);
    const t = readEnterpriseTable(cells.rows);
    const c3 = t.issues.find((i) => i.row === 3 && i.column === "C")!;
    expect(c3.message.en).toContain("=B3*2");
    expect(c3.message.en).toContain("no saved result");
  });

  test("with the CLI's evaluator: computed, shared formulas shifted per row; the 6,000-character one is its own cell's finding while the rest evaluates", () => {
    const { cells } = readTableSheet(bytes, { evaluate: evaluatePending });
    expect([2, 3, 4].map((r) => cells.rows[r]![2])).toEqual([40, 60, 80]);
    expect(cells.rows[5]![2]).toBe(185);
    expect(cells.rows[5]![1]).toMatchObject({ formula: `=${long}` });
    const t = readEnterpriseTable(cells.rows);
    expect(t.issues.map((i) => `${i.row}${i.column}`)).toEqual(["6B", "7C"]);
    expect(t.issues[0]!.message.en).toContain("could not be evaluated");
    expect(t.rows.find((r) => r.row === 4)!.values.tax!.toFixed()).toBe("60");
  });
});

describe("WORKBOOK.md v2 layouts: only enterprise rows are enterprises", () => {
  // Title, note, a two-level header (企业名称 and 用地面积 merged over rows 3–4, a group over C3:D3),
  // 所在区域 merged down over firms, a section line merged across, 合计 merged over A:B, a footnote, signatures.
  const grid = [
    ["2023年度某县工业企业亩均效益评价表"],
    ["填报单位：县经信局　　金额单位：万元"],
    ["企业名称", "用地面积（亩）", "经济指标", null, "所在区域"],
    [null, null, "税收（万元）", "工业总产值（万元）", null],
    ["一、规上企业"],
    ["甲公司", 10, 50, 800, "开发区核心区"],
    ["乙公司", 12, 30, 500, null],
    ["丙公司", 8, 20, 300, null],
    ["丁公司", 5, 10, 100, "其他镇街"],
    ["合计", null, 110, 1700, null],
    ["注：数据来源于县统计局。"],
    ["审核人：王五", null, "填表人：赵六", null, "制表：2024-03-01"],
  ];
  const merges = [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 1, left: 0, bottom: 1, right: 4 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 3 },
    { top: 2, left: 4, bottom: 3, right: 4 },
    { top: 4, left: 0, bottom: 4, right: 4 },
    { top: 5, left: 4, bottom: 7, right: 4 },
    { top: 9, left: 0, bottom: 9, right: 1 },
    { top: 10, left: 0, bottom: 10, right: 4 },
  ];
  const t = readEnterpriseTable(grid, { merges });

  test("the two-level header maps each column; the table starts under its lower row", () => {
    expect(t.mapping.headerRow).toBe(4);
    expect(Object.fromEntries(Object.entries(t.mapping.columns).map(([f, m]) => [f, m!.letter]))).toEqual({ enterprise: "A", area_mu: "B", tax: "C", output: "D", zone: "E" });
  });

  test("4 firms: the section line, 合计, the footnote and the signature line are not enterprises, and each is said", () => {
    expect(t.rows.map((r) => r.row)).toEqual([6, 7, 8, 9]);
    expect(t.skipped.map((s) => s.row)).toEqual([5, 10, 11, 12]);
    expect(t.skipped.map((s) => s.why.en).join(" | ")).toMatch(/merged across the table.*total line.*footnote.*signature line/);
  });

  test("a value merged down a column belongs to each firm it covers", () => {
    expect(t.rows.map((r) => r.values.zone)).toEqual(["core", "core", "core", "town"]);
  });

  test("the caller's grid is not changed", () => {
    expect(grid[6]![4]).toBeNull();
  });

  test("a footnote's later lines, even unmarked, stay below the table", () => {
    const more = readEnterpriseTable([["企业名称", "用地面积"], ["甲", 1], ["注：1. 口径说明"], ["2. 以统计局数据为准"]]);
    expect(more.rows.map((r) => r.row)).toEqual([2]);
    expect(more.skipped.map((s) => s.row)).toEqual([3, 4]);
  });

  test("a firm whose name contains 制表 or 注 is still a firm (the labels need their colon)", () => {
    const firms = readEnterpriseTable([["企业名称", "用地面积"], ["制表厂有限公司", 1], ["注塑科技有限公司", 2]]);
    expect(firms.rows).toHaveLength(2);
  });
});

describe("files that are not a workbook, refused in one line naming what they are", () => {
  test("Excel 97-2003 .xls (a compound file)", () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(strToU8("W\0o\0r\0k\0b\0o\0o\0k\0"), 1024);
    expect(problemOf(cfb)).toMatch(/^xls: .*\.xls/);
  });

  test("an encrypted OOXML workbook (a compound file with EncryptionInfo and EncryptedPackage)", () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(strToU8("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0"), 1024);
    cfb.set(strToU8("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"), 1152);
    expect(problemOf(cfb)).toMatch(/^encrypted: .*encrypted/);
  });

  test("an OpenDocument spreadsheet (.ods)", () => {
    const ods = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }], "content.xml": strToU8("<office:document-content/>") });
    expect(problemOf(ods)).toMatch(/^ods: .*\.ods/);
  });

  test("an Excel binary workbook (.xlsb: the workbook part is workbook.bin)", () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>';
    expect(problemOf(zipSync({ "_rels/.rels": strToU8(rels), "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00]) }))).toMatch(/^xlsb: .*\.xlsb/);
  });

  test("a CSV file", () => {
    expect(problemOf(strToU8("企业名称,用地面积\n甲,10\n"))).toMatch(/^csv: .*CSV/);
  });

  test("a zip without a workbook part", () => {
    expect(problemOf(zipSync({ "readme.txt": strToU8("hello") }))).toMatch(/^no-workbook-part: .*workbook part/);
  });

  test("a workbook part that is not XML", () => {
    const bytes = fixture({ sheets: [{ name: "数据", rows: HEADER }], extra: { "xl/workbook.xml": "<workbook><sheets><sheet" } });
    expect(problemOf(bytes)).toMatch(/^malformed: .*xl\/workbook\.xml/);
  });

  test("a sheet cut short is malformed, naming the part", () => {
    const cut = fixture({ sheets: [{ name: "数据", rows: HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>甲' }] });
    expect(() => readTableSheet(cut)).toThrow(/xl\/worksheets\/sheet1\.xml/);
    expect(() => readTableSheet(fixture({ sheets: [{ name: "数据", rows: HEADER }] }))).not.toThrow();
  });

  test(
    "a ~4 MB zip bomb is refused once what it inflates passes the budget, counted while streaming (its declared size lies)",
    async () => {
      const bomb = await zipBomb();
      expect(bomb.length).toBeLessThan(5 * 2 ** 20);
      const before = process.memoryUsage().rss;
      let error: unknown;
      try {
        readTableSheet(bomb);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PackageError);
      expect((error as PackageError).problem).toBe("too-large");
      expect((error as PackageError).en).toContain("zip bomb");
      // Streamed: nowhere near the 4 GB it would inflate to is ever held.
      expect(process.memoryUsage().rss - before).toBeLessThan(512 * 2 ** 20);
    },
    120_000,
  );
});

describe("which sheet", () => {
  const bytes = fixture({
    sheets: [
      { name: "【landrules】亩均评价", rows: row(1, ["【landrules】亩均评价 / tier sheet"]) },
      { name: "企业数据", rows: HEADER + row(2, ["甲", 1, 2]) },
    ],
  });
  const pkg = openWorkbookPackage(bytes);

  test("the first sheet the product did not write", () => {
    expect(pickSheet(pkg, undefined).name).toBe("企业数据");
    expect(readSheetCells(pkg, pickSheet(pkg, undefined)).rows).toHaveLength(2);
  });

  test("an unknown name lists the sheets there are", () => {
    expect(() => pickSheet(pkg, "Sheet9")).toThrow(/Sheet9.*企业数据/);
  });
});
