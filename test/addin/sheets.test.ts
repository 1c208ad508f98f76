import {
  MARK_FILL,
  MARK_TAG,
  OUTPUT_MARK,
  WRITE_CHUNK_ROWS,
  clearMarks,
  freeSheetName,
  legalSheetName,
  markCells,
  readUsedRange,
  writeOutputSheet,
  type CellMark,
} from "../../addin/sheets";
import { resetMemorySettings } from "../../addin/settings";
import { FakeWorkbook, fakeContext } from "./fakeExcel";

beforeEach(() => resetMemorySettings());

function enterpriseBook() {
  const book = new FakeWorkbook();
  const data = book.addSheet("企业");
  // The table starts at B2, as analysts' sheets often do (a title row and margin column).
  data.fill([
    ["", "", "", ""],
    ["", "企业名称", "用地面积（亩）", "税收（万元）"],
    ["", "甲公司", 12.5, 300],
    ["", "乙公司", 8, "1,200"],
  ]);
  return { book, data };
}

describe("readUsedRange", () => {
  test("returns the used range's values and where it starts", async () => {
    const { book } = enterpriseBook();
    const used = await readUsedRange(fakeContext(book), "企业");
    expect(used).toEqual({
      sheet: "企业",
      address: "企业!B2:D4",
      rowIndex: 1,
      columnIndex: 1,
      values: [
        ["企业名称", "用地面积（亩）", "税收（万元）"],
        ["甲公司", 12.5, 300],
        ["乙公司", 8, "1,200"],
      ],
      valueTypes: [
        ["String", "String", "String"],
        ["String", "Double", "Double"],
        ["String", "Double", "String"],
      ],
    });
  });

  test("reads the active sheet when no name is given", async () => {
    const { book } = enterpriseBook();
    book.activeSheetId = book.addSheet("Other").fill([["x"]]).id;
    expect((await readUsedRange(fakeContext(book))).values).toEqual([["x"]]);
  });

  test("an empty sheet gives no rows, not an error", async () => {
    const book = new FakeWorkbook();
    book.addSheet("空表");
    expect(await readUsedRange(fakeContext(book), "空表")).toMatchObject({ values: [], address: "" });
  });

  test("an unknown sheet is named in a Chinese and English message", async () => {
    const { book } = enterpriseBook();
    await expect(readUsedRange(fakeContext(book), "没有")).rejects.toThrow('工作表“没有”不存在 / no worksheet named "没有"');
  });
});

describe("sheet names", () => {
  test("characters Excel forbids are replaced and the name kept to 31 characters", () => {
    expect(legalSheetName("分档/结果:2024[增城]")).toBe("分档_结果_2024_增城_");
    expect(legalSheetName("x".repeat(40))).toHaveLength(31);
    expect(legalSheetName("  ")).toBe("landrules");
  });

  test("a taken name gets the first free (n) suffix, compared case-insensitively", () => {
    expect(freeSheetName("Tiers", ["tiers", "Tiers (2)"])).toBe("Tiers (3)");
    expect(freeSheetName("y".repeat(31), ["y".repeat(31)])).toBe("y".repeat(27) + " (2)");
  });
});

describe("writeOutputSheet", () => {
  const rows = [
    ["政策配置", "增城（征求意见稿）"],
    ["企业名称", "分档"],
    ["=甲公司", "A"],
    ["乙公司", null],
  ];

  test("writes a new sheet marked as this product's, text kept as text", async () => {
    const { book, data } = enterpriseBook();
    const written = await writeOutputSheet(fakeContext(book), { name: "分档结果", rows, boldRows: [0, 1], freezeRows: 2 });
    expect(written).toEqual({ name: "分档结果", replaced: false });
    const out = book.sheetNamed("分档结果")!;
    expect(out.properties.get(OUTPUT_MARK)).toBe("分档结果");
    expect(out.values(0, 0, 4, 2)).toEqual([
      ["政策配置", "增城（征求意见稿）"],
      ["企业名称", "分档"],
      ["=甲公司", "A"],
      ["乙公司", ""],
    ]);
    expect(out.peek(2, 0)!.formula).toBeUndefined();
    expect([out.peek(1, 1)!.bold, out.peek(2, 1)!.bold]).toEqual([true, false]);
    expect(out.frozenRows).toBe(2);
    expect(book.activeSheetId).toBe(out.id);
    expect(data.values(1, 1, 1, 1)).toEqual([["企业名称"]]);
  });

  test("an analyst's sheet with the same name is left alone; the output takes a free name", async () => {
    const book = new FakeWorkbook();
    const analysts = book.addSheet("分档结果").fill([["我的笔记"]]);
    const written = await writeOutputSheet(fakeContext(book), { name: "分档结果", rows });
    expect(written.name).toBe("分档结果 (2)");
    expect(analysts.values(0, 0, 1, 1)).toEqual([["我的笔记"]]);
    expect(analysts.properties.size).toBe(0);
  });

  test("re-running replaces the sheet it wrote earlier, even renamed, and only that one", async () => {
    const book = new FakeWorkbook();
    const first = await writeOutputSheet(fakeContext(book), { name: "分档结果", rows });
    const own = book.sheetNamed(first.name)!;
    own.name = "改过名";
    const other = book.addSheet("分档结果").fill([["分析员的表"]]);
    const again = await writeOutputSheet(fakeContext(book), { name: "分档结果", rows: [["只剩一行"]] });
    expect(again).toEqual({ name: "改过名", replaced: true });
    expect(book.sheets).toHaveLength(2);
    expect(own.usedBounds()).toEqual({ row: 0, column: 0, height: 1, width: 1 });
    expect(own.values(0, 0, 1, 1)).toEqual([["只剩一行"]]);
    expect(other.values(0, 0, 1, 1)).toEqual([["分析员的表"]]);
  });

  test("a sheet of that name made by the CLI (A1 marker) is replaced; without the marker it is the analyst's", async () => {
    const isProductA1 = (a1: unknown) => typeof a1 === "string" && a1.startsWith("【landrules】");
    const book = new FakeWorkbook();
    const byCli = book.addSheet("亩均评价_zengcheng").fill([["【landrules】亩均效益评价分档"], ["旧"]]);
    const again = await writeOutputSheet(fakeContext(book), { name: "亩均评价_zengcheng", rows: [["【landrules】新"]], isProductA1 });
    expect(again).toEqual({ name: "亩均评价_zengcheng", replaced: true });
    expect(byCli.usedBounds()).toEqual({ row: 0, column: 0, height: 1, width: 1 });
    expect(byCli.properties.get(OUTPUT_MARK)).toBe("亩均评价_zengcheng");

    const other = new FakeWorkbook();
    const analysts = other.addSheet("亩均评价_zengcheng").fill([["亩均评价（手工）"]]);
    expect((await writeOutputSheet(fakeContext(other), { name: "亩均评价_zengcheng", rows: [["x"]], isProductA1 })).name).toBe("亩均评价_zengcheng (2)");
    expect(analysts.values(0, 0, 1, 1)).toEqual([["亩均评价（手工）"]]);
  });

  test("the table under the header block gets its filter and number formats; widths are set in characters", async () => {
    const book = new FakeWorkbook();
    await writeOutputSheet(fakeContext(book), {
      name: "t",
      rows: [["标题"], ["名称", "得分"], ["甲", 97.98697], ["乙", 50]],
      columnWidths: [10, 16.86],
      table: { headerRow: 1, numberFormats: { 1: "0.000" } },
    });
    const out = book.sheetNamed("t")!;
    expect(out.filter).toBe("t!A2:B4");
    expect([0, 1, 2, 3].map((r) => out.peek(r, 1)?.numberFormat ?? "General")).toEqual(["General", "General", "0.000", "0.000"]);
    // Excel's default column: 8.43 characters = 48 points.
    expect([out.columnWidths.get(0), out.columnWidths.get(1)]).toEqual([expect.closeTo((10 * 48) / 8.43, 6), expect.closeTo(96, 6)]);
  });

  test("rows beyond one write chunk all arrive, ragged rows padded blank", async () => {
    const book = new FakeWorkbook();
    const many = Array.from({ length: WRITE_CHUNK_ROWS * 2 + 7 }, (_, i) => (i % 2 ? [i] : [i, "偶"]));
    await writeOutputSheet(fakeContext(book), { name: "大表", rows: many });
    const out = book.sheetNamed("大表")!;
    expect(out.usedBounds()).toEqual({ row: 0, column: 0, height: many.length, width: 2 });
    expect(out.values(0, 0, many.length, 2)).toEqual(many.map((r) => (r.length === 2 ? r : [r[0], ""])));
  });

  test("a non-finite number is refused with its row and column", async () => {
    const book = new FakeWorkbook();
    await expect(writeOutputSheet(fakeContext(book), { name: "x", rows: [["a"], ["b", Number.NaN]] })).rejects.toThrow(
      "第 2 行第 2 列不是有限数值 / row 2, column 2 is not a finite number",
    );
  });
});

describe("markCells and clearMarks", () => {
  const GREEN = "#C6EFCE";
  const mark = (row: number, column: number, message = "ZC-TIER 二(一)2：数据缺失 / data missing"): CellMark => ({ sheet: "企业", row, column, message });

  test("marks fill and comment; clearing restores fills and removes only tagged comments, values untouched", async () => {
    const { book, data } = enterpriseBook();
    data.cell(2, 2).fill = GREEN; // the analyst's own colour on 甲公司's area
    const theirs = book.addComment(data, 3, 3, "请核对税收");
    const before = data.values(0, 0, 4, 4);

    const marked = await markCells(fakeContext(book), [mark(2, 2), mark(3, 3), mark(3, 1)], undefined, true);
    expect(marked).toBe(3);
    expect([data.peek(2, 2)!.fill, data.peek(3, 3)!.fill, data.peek(3, 1)!.fill]).toEqual([MARK_FILL, MARK_FILL, MARK_FILL]);
    // D4 already has the analyst's thread: no second one is forced onto it.
    expect(book.comments.map((c) => [c.row, c.column, c.content.startsWith(MARK_TAG)])).toEqual([
      [3, 3, false],
      [2, 2, true],
      [3, 1, true],
    ]);

    const cleared = await clearMarks(fakeContext(book));
    expect(cleared).toBe(3);
    expect([data.peek(2, 2)!.fill, data.peek(3, 3)!.fill, data.peek(3, 1)!.fill]).toEqual([GREEN, null, null]);
    expect(book.comments).toEqual([theirs]);
    expect(data.values(0, 0, 4, 4)).toEqual(before);
  });

  test("marking a cell twice still restores the analyst's original fill", async () => {
    const { book, data } = enterpriseBook();
    data.cell(2, 3).fill = GREEN;
    await markCells(fakeContext(book), [mark(2, 3)], undefined, false);
    await markCells(fakeContext(book), [mark(2, 3)], undefined, false);
    await clearMarks(fakeContext(book));
    expect(data.peek(2, 3)!.fill).toBe(GREEN);
  });

  test("a cell the analyst recoloured after marking keeps the analyst's colour", async () => {
    const { book, data } = enterpriseBook();
    await markCells(fakeContext(book), [mark(2, 1)], undefined, false);
    data.cell(2, 1).fill = "#FF0000";
    await clearMarks(fakeContext(book));
    expect(data.peek(2, 1)!.fill).toBe("#FF0000");
  });

  test("marks survive a rename of the sheet (kept by sheet id) and clear once", async () => {
    const { book, data } = enterpriseBook();
    await markCells(fakeContext(book), [mark(2, 1)], undefined, true);
    data.name = "企业名单";
    expect(await clearMarks(fakeContext(book))).toBe(1);
    expect(data.peek(2, 1)!.fill).toBeNull();
    expect(book.comments).toEqual([]);
    expect(await clearMarks(fakeContext(book))).toBe(0);
  });

  test("without comment support only the fill is set", async () => {
    const { book, data } = enterpriseBook();
    await markCells(fakeContext(book), [mark(2, 1)], undefined, false);
    expect(data.peek(2, 1)!.fill).toBe(MARK_FILL);
    expect(book.comments).toEqual([]);
  });

  test("marks on a sheet that does not exist are refused by name", async () => {
    const { book } = enterpriseBook();
    await expect(markCells(fakeContext(book), [{ sheet: "无此表", row: 0, column: 0, message: "x" }], undefined, false)).rejects.toThrow(
      '工作表“无此表”不存在 / no worksheet named "无此表"',
    );
  });
});
