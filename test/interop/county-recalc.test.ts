// `landrules recalc` on a workbook this project did not generate (issue 9): the county analyst's
// table written by openpyxl (test/interop/county_workbook.py: a chart, an image, comments,
// validation, defined names, custom properties, formulas saved without results). exceljs could
// not open it ("reading 'anchors'"); the package reader does. The copy keeps every part but the
// sheet with formulas byte for byte, and in that sheet only the formulas' cached values change.
// openpyxl reads the results back (test/interop/recalc_values.py), as another program would.
// Needs /usr/bin/python3 with python3-openpyxl (.ci/run installs it).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import Decimal from "decimal.js";
import { cli, scratch } from "../cli/helpers";
import { entries, python, same, withoutCachedValues } from "./parts";

const VALUES = join(__dirname, "recalc_values.py");
const SHEET = "xl/worksheets/sheet1.xml";
const FIRST = 5;
const LAST = 18;

interface SheetBack {
  cells: Record<string, unknown>;
  cached: Record<string, unknown>;
  comments: Record<string, string>;
  validations: string[];
  merged: string[];
}
interface Back {
  sheets: Record<string, SheetBack>;
  names: string[];
}

const readBack = (path: string): Back => JSON.parse(execFileSync("/usr/bin/python3", [VALUES, path], { encoding: "utf8" })) as Back;
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());

let input: string;
let output: string;
let ran: Awaited<ReturnType<typeof cli>>;
let before: Back;
let after: Back;

beforeAll(async () => {
  const dir = scratch();
  input = join(dir, "county.xlsx");
  output = join(dir, "county-recalc.xlsx");
  python("county_workbook.py", input);
  ran = await cli("recalc", input, "--profile", "zengcheng", "--as-of", "2024-03-15", "--out", output);
  before = readBack(input);
  after = readBack(output);
}, 120_000);

describe("landrules recalc on the openpyxl county workbook (charts, comments, validation, defined names)", () => {
  test("exit 0; all 22 formulas (14 × ROUND, 8 × SUM in 合计) computed, none in error", () => {
    expect([ran.code, ran.err]).toEqual([0, []]);
    expect(ran.out.join("\n")).toMatch(/formulas 22（LAND 0）/);
    expect(ran.out.join("\n")).not.toMatch(/#[A-Z/0!?]+ ×/);
  });

  test("every part but the sheet with formulas is byte for byte the input's: chart, image, comments, workbook; the analyst's custom properties kept beside our output mark", () => {
    const a = entries(input);
    const b = entries(output);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    const changed = Object.keys(a).filter((name) => !same(a[name]!, b[name]!));
    expect(changed.sort()).toEqual(["docProps/custom.xml", SHEET].sort());
    const theirs = text(a["docProps/custom.xml"]).match(/<property\b[^>]*>.*?<\/property>/g) ?? [];
    expect(theirs.length).toBeGreaterThan(0);
    const ours = text(b["docProps/custom.xml"]);
    for (const p of theirs) expect(ours).toContain(p);
    expect(ours).toContain('name="landrules.output"');
    expect(Object.keys(a)).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/media/image1.png", "docProps/custom.xml"]));
    expect(Object.keys(a).some((n) => /comments/i.test(n))).toBe(true);
  });

  test("in the sheet, only the formula cells' cached values (and their type) differ", () => {
    const a = text(entries(input)[SHEET]);
    const b = text(entries(output)[SHEET]);
    expect(b).not.toBe(a);
    expect(withoutCachedValues(b)).toBe(withoutCachedValues(a));
    // The input held no results (openpyxl computes none): the output's are all there.
    expect(a).toContain('<c r="G5"><f>ROUND(F5*0.96,1)</f><v></v></c>');
    expect(b).toContain('<c r="G5"><f>ROUND(F5*0.96,1)</f><v>4915.2</v></c>');
  });

  test("openpyxl reads the same cells, formulas, comments, validation, merges and defined names back", () => {
    expect(after.names).toEqual(before.names);
    expect(after.names).toEqual(expect.arrayContaining(["企业名单"]));
    for (const [name, sheet] of Object.entries(before.sheets)) {
      const back = after.sheets[name]!;
      expect([name, back.cells]).toEqual([name, sheet.cells]);
      expect(back.comments).toEqual(sheet.comments);
      expect(back.validations).toEqual(sheet.validations);
      expect(back.merged).toEqual(sheet.merged);
    }
    expect(after.sheets["企业数据"]!.comments.B5).toContain("龙头企业，核实产值口径");
  });

  test("the results openpyxl reads (data_only=True): 主营业务收入 = ROUND(产值 × 0.96, 1) per firm, 合计 the column sums", () => {
    const cells = before.sheets["企业数据"]!.cells;
    const cached = after.sheets["企业数据"]!.cached;
    // openpyxl saved no results: every formula cell read back blank from the input.
    expect(before.sheets["企业数据"]!.cached.G5).toBeNull();
    const revenue: number[] = [];
    for (let r = FIRST; r <= LAST; r++) {
      expect(cells[`G${r}`]).toBe(`=ROUND(F${r}*0.96,1)`);
      // ROUND rounds half away from zero, computed exactly here.
      const expected = new Decimal(cells[`F${r}`] as number).times("0.96").toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber();
      expect([r, cached[`G${r}`]]).toEqual([r, expected]);
      revenue.push(expected);
    }
    // 增城恒达五金: 5120 × 0.96 = 4915.2.
    expect(cached.G5).toBe(4915.2);
    for (const col of ["E", "F", "G", "H", "I", "J", "K", "L"]) {
      expect(cells[`${col}19`]).toBe(`=SUM(${col}${FIRST}:${col}${LAST})`);
      const column = col === "G" ? revenue : Array.from({ length: LAST - FIRST + 1 }, (_, i) => Number(cells[`${col}${FIRST + i}`] ?? 0));
      expect([col, cached[`${col}19`] as number]).toEqual([col, expect.closeTo(column.reduce((s, x) => s + x, 0), 6)]);
    }
    // The other cells' values are as they were.
    for (const [ref, v] of Object.entries(before.sheets["企业数据"]!.cached)) if (typeof cells[ref] !== "string" || !String(cells[ref]).startsWith("=")) expect([ref, cached[ref]]).toEqual([ref, v]);
  });
});
