import {
  MARK_FILL,
  MARK_TAG,
  OUTPUT_MARK,
  WRITE_CHUNK_ROWS,
  clearMarks,
  writeProductSheet,
  freeSheetName,
  legalSheetName,
  markCells,
  readUsedRange,
  type CellMark,
} from "../../addin/sheets";
import { resetMemorySettings } from "../../addin/settings";
import type { ProductSheet } from "../../policies/workbook/product-sheet";
import { FakeWorkbook, PAYLOAD_LIMIT, fakeContext } from "./fakeExcel";

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

/** A product sheet: a title, a header block and a table (primary: frozen and filtered). */
function product(name: string, rows: (string | number | null)[][], extra: Partial<ProductSheet> = {}): ProductSheet {
  return {
    name,
    title: "分档结果 / Tiers",
    blocks: [
      { kind: "lines", lines: [{ label: "政策配置 / Profile", value: "增城（征求意见稿）" }] },
      { kind: "table", primary: true, columns: [{ header: "企业名称", kind: "text" }, { header: "得分", kind: "score" }], rows },
    ],
    ...extra,
  };
}
// Title, blank, one line, blank, then the table's header on row 4 (0-based) and its body from row 5.
const HEADER = 4;

describe("writeProductSheet", () => {
  test("writes a new sheet marked as this product's: cells as the job model lays them out, header bold, frozen under it, filtered", async () => {
    const { book, data } = enterpriseBook();
    const written = await writeProductSheet(fakeContext(book), product("分档结果", [["甲公司", 97.98697], ["乙公司", null]]));
    expect(written).toEqual({ name: "分档结果", replaced: false, cuts: [] });
    const out = book.sheetNamed("分档结果")!;
    expect(out.properties.get(OUTPUT_MARK)).toBe("分档结果");
    expect(out.values(0, 0, 7, 2)).toEqual([
      ["【landrules】分档结果 / Tiers", ""],
      ["", ""],
      ["政策配置 / Profile", "增城（征求意见稿）"],
      ["", ""],
      ["企业名称", "得分"],
      ["甲公司", 97.98697],
      ["乙公司", ""],
    ]);
    expect([out.peek(0, 0)!.bold, out.peek(HEADER, 1)!.bold, out.peek(HEADER + 1, 1)!.bold]).toEqual([true, true, false]);
    expect(out.peek(HEADER + 1, 1)!.numberFormat).toBe("0.000");
    expect(out.peek(0, 0)!.fontName).toBe("等线");
    expect(out.frozenRows).toBe(HEADER + 1);
    expect(out.filter).toBe("分档结果!A5:B7");
    expect(book.activeSheetId).toBe(out.id);
    expect(data.values(1, 1, 1, 1)).toEqual([["企业名称"]]);
    // Widths fit the headers, in characters (Excel's default column: 8.43 characters = 48 points).
    expect(out.columnWidths.get(1)! / (48 / 8.43)).toBeGreaterThanOrEqual(8);
  });

  test("issue 11 item 7: names Excel would read as formulas or numbers are written as text (apostrophe prefix)", async () => {
    const book = new FakeWorkbook();
    const names = ["=1+1", "+86", "-5", "@SUM(A1)", "\t=2", "\r=3", "0012", "TRUE"];
    await writeProductSheet(fakeContext(book), product("注入", names.map((n) => [n, 1])));
    const out = book.sheetNamed("注入")!;
    names.forEach((n, i) => expect([out.peek(HEADER + 1 + i, 0)!.value, out.peek(HEADER + 1 + i, 0)!.formula]).toEqual([n, undefined]));
  });

  test("an analyst's sheet with the same name is left alone; the output takes a free name", async () => {
    const book = new FakeWorkbook();
    const analysts = book.addSheet("分档结果").fill([["我的笔记"]]);
    const written = await writeProductSheet(fakeContext(book), product("分档结果", [["甲", 1]]));
    expect(written.name).toBe("分档结果 (2)");
    expect(analysts.values(0, 0, 1, 1)).toEqual([["我的笔记"]]);
    expect(analysts.properties.size).toBe(0);
  });

  test("re-running replaces the sheet it wrote earlier, even renamed, in its place, and only that one", async () => {
    const book = new FakeWorkbook();
    book.addSheet("数据").fill([["x"]]);
    const first = await writeProductSheet(fakeContext(book), product("分档结果", [["甲", 1]]));
    book.sheetNamed(first.name)!.name = "改过名";
    book.addSheet("分档结果").fill([["分析员的表"]]);
    const again = await writeProductSheet(fakeContext(book), product("分档结果", [["乙", 2]]));
    expect(again).toMatchObject({ name: "改过名", replaced: true });
    expect(book.sheets.map((s) => s.name)).toEqual(["数据", "改过名", "分档结果"]);
    expect(book.sheetNamed("改过名")!.values(HEADER + 1, 0, 1, 2)).toEqual([["乙", 2]]);
    expect(book.sheetNamed("分档结果")!.values(0, 0, 1, 1)).toEqual([["分析员的表"]]);
  });

  test("a sheet of that name made by the CLI (A1 marker) is replaced; without the marker it is the analyst's", async () => {
    const book = new FakeWorkbook();
    book.addSheet("亩均评价_zengcheng").fill([["【landrules】亩均效益评价分档"], ["旧"]]);
    const again = await writeProductSheet(fakeContext(book), product("亩均评价_zengcheng", [["甲", 1]]));
    expect(again).toMatchObject({ name: "亩均评价_zengcheng", replaced: true });
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0]!.properties.get(OUTPUT_MARK)).toBe("亩均评价_zengcheng");

    const other = new FakeWorkbook();
    const analysts = other.addSheet("亩均评价_zengcheng").fill([["亩均评价（手工）"]]);
    expect((await writeProductSheet(fakeContext(other), product("亩均评价_zengcheng", [["x", 1]]))).name).toBe("亩均评价_zengcheng (2)");
    expect(analysts.values(0, 0, 1, 1)).toEqual([["亩均评价（手工）"]]);
  });

  test("a write that fails half-way leaves the earlier output sheet intact, and no half-written sheet", async () => {
    const book = new FakeWorkbook();
    await writeProductSheet(fakeContext(book), product("分档结果", [["甲", 1]]));
    const before = book.sheetNamed("分档结果")!;
    const snapshot = [...before.cells.entries()].map(([k, c]) => [k, { ...c }]);
    const many = Array.from({ length: 3 * WRITE_CHUNK_ROWS }, (_, i): (string | number)[] => [`企业${i}`, i]);
    let writes = 0;
    book.failWrite = (sheet) => sheet !== before && ++writes === 2;
    await expect(writeProductSheet(fakeContext(book), product("分档结果", many))).rejects.toThrow(/write failed/);
    expect(book.sheets).toEqual([before]);
    expect([...before.cells.entries()].map(([k, c]) => [k, { ...c }])).toEqual(snapshot);
    expect(before.properties.get(OUTPUT_MARK)).toBe("分档结果");
  });

  test("a cancel between chunks stops the write: the earlier output stays, the temporary sheet goes", async () => {
    const book = new FakeWorkbook();
    await writeProductSheet(fakeContext(book), product("分档结果", [["甲", 1]]));
    const abort = new AbortController();
    const many = Array.from({ length: 3 * WRITE_CHUNK_ROWS }, (_, i): (string | number)[] => [`企业${i}`, i]);
    const seen: number[] = [];
    const job = writeProductSheet(fakeContext(book), product("分档结果", many), { signal: abort.signal, onProgress: (p) => (seen.push(p.done), abort.abort()) });
    await expect(job).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toHaveLength(1);
    expect(book.sheets.map((s) => s.name)).toEqual(["分档结果"]);
    expect(book.sheets[0]!.values(HEADER + 1, 0, 1, 2)).toEqual([["甲", 1]]);
  });

  test("100,000 rows: every request stays under Excel's 5 MB payload, progress rises to the last row, every row arrives", async () => {
    const book = new FakeWorkbook();
    const n = 100_000;
    const rows = Array.from({ length: n }, (_, i): (string | number)[] => [`企业名称很长的一家公司第${i}号（分公司）`, i / 7]);
    const progress: number[] = [];
    await writeProductSheet(fakeContext(book), product("大表", rows), { onProgress: (p) => progress.push(p.done) });
    const out = book.sheetNamed("大表")!;
    expect(book.largestPayload).toBeGreaterThan(0);
    expect(book.largestPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(HEADER + 1 + n);
    expect(out.values(HEADER + n, 0, 1, 2)).toEqual([[rows[n - 1]![0], rows[n - 1]![1]]]);
    expect(out.peek(HEADER + n, 1)!.numberFormat).toBe("0.000");
    expect(out.filter).toBe(`大表!A5:B${HEADER + 1 + n}`);
  });

  test("a non-finite number is refused with its row and column", async () => {
    const book = new FakeWorkbook();
    await expect(writeProductSheet(fakeContext(book), product("x", [["b", Number.NaN]]))).rejects.toThrow("第 6 行第 2 列不是有限数值 / row 6, column 2 is not a finite number");
    expect(book.sheets).toEqual([]);
  });
});

describe("readUsedRange in chunks", () => {
  test("100,000 rows arrive whole, in requests under Excel's 5 MB payload, with progress", async () => {
    const book = new FakeWorkbook();
    const sheet = book.addSheet("企业");
    const n = 100_000;
    sheet.fill([["企业名称", "用地面积（亩）", "税收（万元）", "备注"]]);
    for (let i = 1; i <= n; i++) {
      sheet.cell(i, 0).value = `企业${i}有限责任公司`;
      sheet.cell(i, 1).value = 10 + (i % 7);
      sheet.cell(i, 2).value = i;
      sheet.cell(i, 3).value = "数据来源：区统计局年报，已核对";
    }
    const progress: number[] = [];
    const used = await readUsedRange(fakeContext(book), "企业", { onProgress: (p) => progress.push(p.done) });
    expect(used.values).toHaveLength(n + 1);
    expect(used.values[n]).toEqual([`企业${n}有限责任公司`, 10 + (n % 7), n, "数据来源：区统计局年报，已核对"]);
    expect(book.largestPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(progress[progress.length - 1]).toBe(n + 1);
    expect(progress.length).toBeGreaterThan(1);
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
