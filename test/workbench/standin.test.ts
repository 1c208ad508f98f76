// The Excel stand-in (workbench/excel) over the workbench workbook, in Node: the queued-load/sync
// discipline Excel enforces, its payload limit, Excel's reading of typed input, and the add-in's
// own range I/O (addin/sheets.ts) running on it unchanged.
import { readUsedRange, markCells, clearMarks, MARK_FILL } from "../../addin/sheets";
import { setActiveProfileId } from "../../addin/activeProfile";
import { parseIsoDate } from "../../policies/engine/dates";
import { PAYLOAD_LIMIT_BYTES, StandInError } from "../../workbench/excel/client";
import { installOffice } from "../../workbench/excel/office";
import { WorkbenchWorkbook } from "../../workbench/model/workbook";

function bench(rows: (string | number | null)[][] = [["企业", "面积（㎡）"], ["甲", 666.67], ["乙", "=LAND.MU(B2)"]]): WorkbenchWorkbook {
  const book = new WorkbenchWorkbook([{ name: "企业", contents: rows }], { today: parseIsoDate("2026-12-01") });
  installOffice(book);
  return book;
}

async function rejection(p: Promise<unknown>): Promise<StandInError> {
  try {
    await p;
  } catch (e) {
    return e as StandInError;
  }
  throw new Error("expected the sync to fail");
}

const sheetId = (book: WorkbenchWorkbook, name = "企业") => book.sheet(name)!.id;

describe("queued load and sync, as in Excel", () => {
  test("a property read before load and sync throws PropertyNotLoaded; after them it has the value", async () => {
    bench();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("企业").getRange("A2:B3");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(/call the load method .*"context\.sync\(\)"/);
      await context.sync();
      expect(range.values).toEqual([["甲", 666.67], ["乙", 1.000005]]);
      // What was not loaded still is not there.
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("operations run in order within a sync: a write then a load reads what was written", async () => {
    const book = bench();
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRange("C2");
      cell.values = [["=B2*2"]];
      cell.load("values,formulas,valueTypes");
      expect(book.values(sheetId(book), { row: 1, column: 2, height: 1, width: 1 })).toEqual([[""]]); // queued, not yet done
      await context.sync();
      expect(cell.values).toEqual([[1333.34]]);
      expect(cell.formulas).toEqual([["=B2*2"]]);
      expect(cell.valueTypes).toEqual([["Double"]]);
    });
  });

  test("isNullObject is known only after a sync; getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    bench();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("没有");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem("没有");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    });
  });

  test("a collection's items are there only after load and sync", async () => {
    const book = bench();
    book.addSheet("说明");
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["企业", "说明"]);
      expect(() => sheets.items[0]!.position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
});

describe("Excel's 5 MB payload limit per sync", () => {
  const block = (rows: number) => Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => `企业${r}-${c}-名称名称名称`));

  test("one request over 5 MB is refused whole (RequestPayloadSizeLimitExceeded) and writes nothing; the same rows in 2,000-row requests go through", async () => {
    const book = bench([["x"]]);
    const rows = block(20_000); // ≈ 20,000 × 10 × 30 bytes of JSON ≈ 6 MB
    expect(JSON.stringify(rows).length).toBeGreaterThan(PAYLOAD_LIMIT_BYTES / 3);
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("企业").getRangeByIndexes(1, 0, rows.length, 10).values = rows;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(book.usedRect(sheetId(book), true)).toEqual({ row: 0, column: 0, height: 1, width: 1 });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("企业");
      for (let start = 0; start < rows.length; start += 2000) {
        sheet.getRangeByIndexes(1 + start, 0, 2000, 10).values = rows.slice(start, start + 2000);
        await context.sync();
      }
    });
    expect(book.usedRect(sheetId(book), true)).toEqual({ row: 0, column: 0, height: 20_001, width: 10 });
  });

  test("reading more than 5 MB back in one sync fails with ResponsePayloadSizeLimitExceeded", async () => {
    const book = bench([["x"]]);
    book.setContents(sheetId(book), { row: 0, column: 0, height: 20_000, width: 10 }, block(20_000));
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("企业").getUsedRange().load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("typed input, read as Excel reads it", () => {
  test("'= stays text; =… is a formula; text led by +, - or @ is a formula too (so an unescaped name is not text)", async () => {
    const book = bench([["x"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("企业").getRange("A1:E1").values = [["'=SUM(1)", "=1+1", "+cmd", "-12.5", "@x"]];
      await context.sync();
    });
    const shown = book.texts(sheetId(book), { row: 0, column: 0, height: 1, width: 5 })[0]!;
    expect(shown[0]).toBe("=SUM(1)");
    expect(shown[1]).toBe("2");
    expect(shown[2]).toMatch(/^#/); // a formula error, as in Excel
    expect(shown[3]).toBe("-12.5");
    expect(shown[4]).toMatch(/^#/);
  });

  test("values of the wrong shape fail the sync with InvalidArgument", async () => {
    bench();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("企业").getRange("A1:B2").values = [["only one row"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("the add-in's own code on the stand-in", () => {
  test("readUsedRange reads the values, their types and where the table starts", async () => {
    bench([[null, null], [null, "名称"], [null, '=LAND.MU("x")']]);
    const used = await Excel.run((context) => readUsedRange(context));
    expect(used).toMatchObject({ sheet: "企业", rowIndex: 1, columnIndex: 1 });
    expect(used.values).toEqual([["名称"], ["#VALUE!"]]);
    expect(used.valueTypes).toEqual([["String"], ["Error"]]);
  });

  test("markCells fills and comments (a reply on the analyst's own thread); clearMarks restores the fill and removes only what it added", async () => {
    const book = bench();
    const id = sheetId(book);
    book.setFormat(id, { row: 1, column: 1, height: 1, width: 1 }, { fill: "#C6EFCE" });
    book.addComment(id, 2, 1, "分析员的批注 / the analyst's own note");
    const message = "ZC-GGG（增城 二(六)17）：容积率不足 / FAR too low";
    const marked = await Excel.run((context) =>
      markCells(context, [{ sheet: "企业", row: 1, column: 1, message }, { sheet: "企业", row: 2, column: 1, message }], undefined, true),
    );
    expect(marked).toBe(2);
    expect(book.format(id, 1, 1).fill).toBe(MARK_FILL);
    const threads = () => book.comments().map((c) => [c.row, c.column, c.content, c.replies.map((r) => r.content)]);
    expect(threads()).toEqual([
      [2, 1, "分析员的批注 / the analyst's own note", [expect.stringContaining("ZC-GGG")]],
      [1, 1, expect.stringContaining("ZC-GGG"), []],
    ]);
    await Excel.run((context) => clearMarks(context));
    expect(book.format(id, 1, 1).fill).toBe("#C6EFCE");
    expect(threads()).toEqual([[2, 1, "分析员的批注 / the analyst's own note", []]]);
    expect(book.values(id, { row: 1, column: 1, height: 2, width: 1 })).toEqual([[666.67], [1.000005]]);
  });

  test("a profile chosen through the add-in is saved in the workbook's settings, and the LAND cells recalculate", async () => {
    const book = bench([["=LAND.STATUS()"]]);
    const id = sheetId(book);
    expect(book.texts(id, { row: 0, column: 0, height: 1, width: 1 })).toEqual([["#N/A"]]);
    await setActiveProfileId("wenzhou");
    expect(book.settings().get("landrules.activeProfile")).toBe("wenzhou");
    // 温政办〔2020〕53号 is in force 2020-07-01 … 2025-06-30: on 2026-12-01 it has expired.
    expect(book.texts(id, { row: 0, column: 0, height: 1, width: 1 })).toEqual([["已失效 expired"]]);
  });

  test("selection: getSelectedRange follows the grid, select() moves it, and onSelectionChanged tells the add-in", async () => {
    const book = bench();
    const seen: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.onSelectionChanged.add(async () => void seen.push("changed"));
      await context.sync();
    });
    book.select(sheetId(book), { row: 2, column: 0, height: 1, width: 2 });
    const address = await Excel.run(async (context) => {
      const r = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return r.address;
    });
    expect(address).toBe("企业!A3:B3");
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(["changed"]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("企业").getRange("B2").select();
      await context.sync();
    });
    expect(book.selection().rect).toEqual({ row: 1, column: 1, height: 1, width: 1 });
  });

  test("getSurroundingRegion is the block bounded by blank rows and columns", async () => {
    bench([["标题", null, null, null], [null, null, null, null], ["a", "b", null, "z"], [1, 2, null, 9], [3, null, null, null]]);
    const address = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("企业").getRange("A4").getSurroundingRegion().load("address");
      await context.sync();
      return r.address;
    });
    expect(address).toBe("企业!A3:B5");
  });
});
