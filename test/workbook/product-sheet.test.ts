// The job model itself: sheet-name rules, text Excel would convert, the cell-length cut, the
// layout of blocks and sections (what the CLI and the add-in both walk), and cell marks.
import {
  cellMarks,
  cutToCell,
  excelWouldConvert,
  freeSheetName,
  legalSheetName,
  MARK_TAG,
  MAX_CELL_TEXT,
  planSheet,
  productSheetName,
  sheetGrid,
  textWidth,
  type ProductSheet,
} from "../../policies/workbook/product-sheet";

describe("sheet names (Excel: at most 31 characters, none of \\ / ? * [ ] :, no apostrophe at either end, not History)", () => {
  test("forbidden characters become _, the name is cut to 31 characters, a blank name is landrules", () => {
    expect(legalSheetName("分档/结果:2024[增城]*?\\")).toBe("分档_结果_2024_增城____");
    expect([...legalSheetName("亩".repeat(40))]).toHaveLength(31);
    expect(legalSheetName("'引号'")).toBe("引号");
    expect(legalSheetName("  ")).toBe("landrules");
    expect(legalSheetName("History")).toBe("History_");
    expect(productSheetName("亩均评价", "zengcheng")).toBe("亩均评价_zengcheng");
  });

  test("a taken name (case-insensitive) gets the first free (n), still within 31 characters", () => {
    expect(freeSheetName("Tiers", ["tiers", "Tiers (2)"])).toBe("Tiers (3)");
    expect(freeSheetName("y".repeat(31), ["Y".repeat(31)])).toBe("y".repeat(27) + " (2)");
  });
});

describe("text Excel would not keep as typed (issue 11 item 7)", () => {
  test.each(["=1+1", "+86", "-5", "@SUM(A1)", "\t=1", "\r=1", "'quoted", "#N/A", "0012", "2024-03-15", "TRUE", "false", "(5)", "＝1"])("%j is guarded", (text) => expect(excelWouldConvert(text)).toBe(true));
  test.each(["甲公司", "增城区", "A档", "", "企业-5"])("%j is written as it is", (text) => expect(excelWouldConvert(text)).toBe(false));
});

describe("Excel's 32,767 characters per cell", () => {
  test("longer text is cut to the limit, never between the halves of a surrogate pair", () => {
    expect(cutToCell("a".repeat(MAX_CELL_TEXT + 5))).toHaveLength(MAX_CELL_TEXT);
    const emoji = "a".repeat(MAX_CELL_TEXT - 1) + "😀" + "b";
    expect(cutToCell(emoji)).toBe("a".repeat(MAX_CELL_TEXT - 1));
    expect(cutToCell("短")).toBe("短");
  });

  test("the plan reports each cut cell by its address", () => {
    const plan = planSheet({ name: "s", title: "t", blocks: [{ kind: "table", primary: true, columns: [{ header: "h", kind: "text" }], rows: [["x".repeat(MAX_CELL_TEXT + 1)]] }] });
    const rows = [...plan.rows()];
    expect(rows[rows.length - 1]!.cells[0]).toHaveLength(MAX_CELL_TEXT);
    expect(plan.cuts).toEqual([expect.objectContaining({ address: "A4", length: MAX_CELL_TEXT + 1 })]);
  });
});

describe("the layout both writers walk", () => {
  // A multi-section sheet as a county scheme writes it: a section per list, each with its table.
  const sheet: ProductSheet = {
    name: "分档_某县",
    title: "分档 / Tiers",
    blocks: [
      { kind: "lines", lines: [{ label: "评价日 / Evaluation date", value: "2024-03-15" }, { label: "⚠ 提示 / Warning", value: "征求意见稿", warning: true }] },
      {
        kind: "section",
        heading: "规上企业 / Above scale",
        blocks: [{ kind: "table", primary: true, columns: [{ header: "排名 / Rank", kind: "integer" }, { header: "综合得分 / Score", kind: "score" }], rows: [[1, 9.5], [2, 8.25]] }],
      },
      {
        kind: "section",
        heading: "规下企业 / Below scale",
        blocks: [{ kind: "table", columns: [{ header: "排名 / Rank", kind: "integer" }, { header: "综合得分 / Score", kind: "score" }], rows: [[1, 3]] }],
      },
    ],
  };

  test("title in A1 behind the marker, a blank row between blocks, a section's heading before its blocks", () => {
    expect(sheetGrid(sheet).rows).toEqual([
      ["【landrules】分档 / Tiers"],
      [],
      ["评价日 / Evaluation date", "2024-03-15"],
      ["⚠ 提示 / Warning", "征求意见稿"],
      [],
      ["规上企业 / Above scale"],
      ["排名 / Rank", "综合得分 / Score"],
      [1, 9.5],
      [2, 8.25],
      [],
      ["规下企业 / Below scale"],
      ["排名 / Rank", "综合得分 / Score"],
      [1, 3],
    ]);
  });

  test("the primary table is the one frozen and filtered; looks follow the column kinds; widths fit the headers", () => {
    const plan = planSheet(sheet);
    expect(plan.table).toEqual({ headerRow: 6, lastRow: 8, width: 2 });
    const rows = [...plan.rows()];
    expect(rows.find((r) => r.index === 3)!.styles).toEqual(["warning", "warning"]);
    expect(rows.find((r) => r.index === 7)!.styles).toEqual(["integer", "score"]);
    expect(rows.find((r) => r.index === 6)!.kind).toBe("header");
    expect(plan.columnWidths[1]).toBeGreaterThanOrEqual(textWidth("综合得分 / Score"));
    expect(textWidth("综合得分 / Score")).toBe(16);
  });

  test("two primary tables on one sheet are refused", () => {
    const twice: ProductSheet = { name: "x", title: "x", blocks: [sheet.blocks[1]!, sheet.blocks[1]!] };
    expect(() => planSheet(twice)).toThrow(/primary/);
  });
});

describe("cell marks", () => {
  const f = (row: number, column: string, severity: "violation" | "notice", rule: string) => ({ row, column, severity, rule, citation: "增城 二(六)17", message: { zh: `${rule} 中文`, en: `${rule} en` } });

  test("one mark per cell, its findings' lines in one note behind the tag; a violation's colour wins over a notice's", () => {
    const marks = cellMarks([f(5, "G", "notice", "A"), f(5, "G", "violation", "B"), f(6, "G", "notice", "C"), f(7, "", "violation", "D")]);
    expect(marks).toEqual([
      { row: 5, column: "G", severity: "violation", note: `${MARK_TAG}A（增城 二(六)17）：A 中文 / A en\nB（增城 二(六)17）：B 中文 / B en` },
      { row: 6, column: "G", severity: "notice", note: `${MARK_TAG}C（增城 二(六)17）：C 中文 / C en` },
    ]);
  });
});
