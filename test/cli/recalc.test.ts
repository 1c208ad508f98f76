// landrules recalc and eval, end to end on examples/formulas.xlsx: every formula's cached
// result after recalc equals `landrules eval` of the same formula and the example's expected
// value; the form Excel stores (_xldudf_LAND_…) computes the same as the typed form.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { c, fixture, row } from "../workbook/package-fixtures";
import { quoteSheetNames } from "../../cli/hyperformula-sheets";
import { AS_OF, cached, cli, example, open, rowsOf, scratch, sha256 } from "./helpers";
import { refersToOtherWorkbook, unknownFunctions } from "../../cli/formula-text";

async function evalOf(formula: string, ...options: string[]): Promise<string> {
  const ran = await cli("eval", formula, "--as-of", AS_OF, ...options);
  return ran.out.join("\n");
}

/** What eval prints for a cached cell value. */
function shown(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

describe("landrules recalc examples/formulas.xlsx --profile zengcheng", () => {
  const input = example("formulas.xlsx");
  const out = join(scratch(), "recalc.xlsx");
  let before: string;
  let code: number;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    before = sha256(input);
    code = (await cli("recalc", input, "--profile", "zengcheng", "--as-of", AS_OF, "--out", out)).code;
    wb = await open(out);
  });

  test("exit 0; the input is unchanged; formulas are kept as they were", async () => {
    expect(code).toBe(0);
    expect(sha256(input)).toBe(before);
    const original = await open(input);
    const f = (w: ExcelJS.Workbook) => w.getWorksheet("已保存形式")!.getCell("B2").formula;
    expect(f(wb)).toBe(f(original));
    expect(f(wb)).toBe("_xldudf_LAND_MU(666.67)");
  });

  test("every example formula: the cached result is the documented result and what eval prints", async () => {
    const ws = wb.getWorksheet("函数示例")!;
    const rows = rowsOf(ws, 2);
    expect(rows.length).toBeGreaterThan(40);
    for (const [name, formula, result, expected] of rows) {
      const printed = await evalOf(String(formula));
      const value = shown(result);
      expect([name, formula, value]).toEqual([name, formula, shown(expected)]);
      // eval prints the value, or the error code followed by its message.
      expect([formula, printed.startsWith("#") ? printed.split(" ")[0] : printed]).toEqual([formula, value]);
    }
  });

  test("the stored form _xldudf_LAND_X(…) computes what the typed LAND.X(…) does", async () => {
    const rows = rowsOf(wb.getWorksheet("已保存形式")!, 2);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const [stored, result] of rows) {
      const typed = String(stored).replace(/_xldudf_LAND_/g, "LAND.").replace(/_xlfn\./g, "");
      const printed = await evalOf(`=${typed}`);
      expect([stored, printed.startsWith("#") ? printed.split(" ")[0] : printed]).toEqual([stored, shown(result)]);
    }
  });

  test("LAND.TIERS spills the same column LAND.TIER gives row by row (FUNCTIONS.md)", () => {
    const ws = wb.getWorksheet("企业分档")!;
    for (let r = 2; r <= 21; r++) expect([r, cached(ws.getCell(r, 5))]).toEqual([r, cached(ws.getCell(r, 4))]);
    // 鑫源五金制品 is 未上传 and 佳禾化工 造假: D whatever the score (二(一)2).
    expect(cached(ws.getCell(9, 4))).toBe("D");
    expect(cached(ws.getCell(15, 4))).toBe("D");
  });

  test("ordinary Excel formulas around LAND results are computed too", () => {
    const ws = wb.getWorksheet("企业分档")!;
    const tiers = Array.from({ length: 20 }, (_, i) => cached(ws.getCell(i + 2, 4)));
    expect(cached(ws.getCell("J1"))).toBe(tiers.filter((t) => t === "A").length);
    const mu = Array.from({ length: 20 }, (_, i) => ((3000 + 850 * i) * 15) / 10000);
    expect(cached(ws.getCell("J4"))).toBeCloseTo(mu.reduce((a, b) => a + b, 0), 9);
    // LAND.MINTAX("town", FALSE) = 27.5 万元/亩 (二(六)17) × the total area.
    expect(cached(ws.getCell("J5"))).toBeCloseTo(27.5 * (cached(ws.getCell("J4")) as number), 9);
  });

  test("NAT-IDLE-FEE Art. 14 with date cells: 满一年 is EDATE(start, 12); 2020-02-29 + 12 months = 2021-02-28", () => {
    const ws = wb.getWorksheet("闲置土地")!;
    expect([2, 3, 4, 5].map((r) => cached(ws.getCell(r, 4)))).toEqual([0, 200, 500, 0]);
    expect((cached(ws.getCell(4, 5)) as Date).toISOString().slice(0, 10)).toBe("2021-02-28");
  });

  test("LAND.EXPLAIN's card spills into the sheet as values", () => {
    const ws = wb.getWorksheet("计算说明")!;
    expect(cached(ws.getCell("A2"))).toBe("函数 function");
    expect(ws.getCell("B3").value).toBe(24);
  });

  test("recalculating the output again gives the same bytes (the earlier spill is cleared and spilled again)", async () => {
    const second = join(scratch(), "second.xlsx");
    const third = join(scratch(), "third.xlsx");
    await cli("recalc", out, "--profile", "zengcheng", "--as-of", AS_OF, "--out", second);
    await cli("recalc", second, "--profile", "zengcheng", "--as-of", AS_OF, "--out", third);
    expect(sha256(third)).toBe(sha256(second));
  });

  test("without --profile and none saved in the workbook, a LAND formula without a profile argument is #N/A, and it says so", async () => {
    const ran = await cli("recalc", input, "--as-of", AS_OF, "--out", join(scratch(), "none.xlsx"));
    expect(ran.code).toBe(0);
    expect(ran.err.join("\n")).toContain("--profile");
  });
});

describe("landrules recalc on the forms Excel saves: shared formulas, other sheets, ISO date cells", () => {
  // Excel saves a formula filled down as one shared formula (ECMA-376 §18.3.1.40): the first cell
  // holds the text, the others <f t="shared" si="0"/>; each is computed with its references shifted.
  // The cached values are stale (0), as in a file saved before its inputs changed.
  const sheet =
    `<row r="1">${c("A1", 10)}<c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+费率!$A$1</f><v>0</v></c><c r="C1" t="d"><v>2024-02-28T00:00:00</v></c><c r="D1"><f>C1+1</f></c></row>` +
    `<row r="2">${c("A2", 20)}<c r="B2"><f t="shared" si="0"/><v>0</v></c></row>` +
    `<row r="3">${c("A3", 30)}<c r="B3"><f t="shared" si="0"/><v>0</v></c>${c("C3", "注")}</row>`;

  test("each shared cell computed with its references shifted ($A$1 stays), 费率!$A$1 as Excel writes it (bare); the date cell is its serial; only the formulas' sheet changes", async () => {
    const dir = scratch();
    const input = join(dir, "shared.xlsx");
    const out = join(dir, "shared-out.xlsx");
    writeFileSync(input, fixture({ sheets: [{ name: "数据", rows: sheet }, { name: "费率", rows: row(1, [1]) }] }));
    const ran = await cli("recalc", input, "--as-of", AS_OF, "--out", out);
    expect(ran.code).toBe(0);
    expect(ran.out.join("\n")).toMatch(/formulas 4（LAND 0）/);
    const ws = (await open(out)).getWorksheet("数据")!;
    expect(["B1", "B2", "B3"].map((r) => cached(ws.getCell(r)))).toEqual([21, 41, 61]);
    // 2024-02-28 + 1 = 2024-02-29, serial 45351 (2024-03-15 is 45366).
    expect(cached(ws.getCell("D1"))).toBe(45351);
    const [a, b] = [unzipSync(new Uint8Array(readFileSync(input))), unzipSync(new Uint8Array(readFileSync(out)))];
    const xml = new TextDecoder().decode(b["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain('<c r="B2"><f t="shared" si="0"/><v>41</v></c>');
    expect(xml).toContain('<c r="C1" t="d"><v>2024-02-28T00:00:00</v></c>');
    const changed = Object.keys(a).filter((n) => Buffer.compare(Buffer.from(a[n]!), Buffer.from(b[n]!)) !== 0);
    // The formulas' sheet, and what marking the copy as an output of ours must touch: a new
    // custom-properties part, its content type and its package relationship.
    expect(changed.sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/worksheets/sheet1.xml"]);
    expect(Object.keys(b).filter((n) => !(n in a))).toEqual(["docProps/custom.xml"]);
    expect(new TextDecoder().decode(b["docProps/custom.xml"])).toContain('name="landrules.output"');
  });
});

describe("landrules recalc --out: an analyst's file is never replaced without --force", () => {
  test("onto an existing file that is not ours: exit 2 and the file unchanged; --force replaces it; a later run replaces our own output", async () => {
    const dir = scratch();
    const input = join(dir, "in.xlsx");
    const theirs = join(dir, "theirs.xlsx");
    writeFileSync(input, fixture({ sheets: [{ name: "数据", rows: `<row r="1">${c("A1", 2)}<c r="B1"><f>A1*3</f></c></row>` }] }));
    writeFileSync(theirs, fixture({ sheets: [{ name: "分析", rows: row(1, [42]) }] }));
    const kept = sha256(theirs);
    const refused = await cli("recalc", input, "--as-of", AS_OF, "--out", theirs);
    expect(refused.code).toBe(2);
    expect(refused.err.join("\n")).toMatch(/--force/);
    expect(sha256(theirs)).toBe(kept);
    expect((await cli("recalc", input, "--as-of", AS_OF, "--out", theirs, "--force")).code).toBe(0);
    expect(sha256(theirs)).not.toBe(kept);
    // Now it is an output of ours (landrules.output): recalculating onto it again needs no --force.
    expect((await cli("recalc", input, "--as-of", AS_OF, "--out", theirs)).code).toBe(0);
  });
});

describe("quoteSheetNames: sheet references HyperFormula parses only quoted", () => {
  test("bare CJK names are quoted; quoted names, ASCII names, string literals and external-book references are left", () => {
    const names = ["其他", "数据", "Sheet1", "O'Brien 表"];
    expect(quoteSheetNames('A1*2+其他!$A$1+SUM(数据!A1:B2)+"其他!x"&\'其他\'!A1+Sheet1!A1+[1]其他!A1', names)).toBe(
      'A1*2+\'其他\'!$A$1+SUM(\'数据\'!A1:B2)+"其他!x"&\'其他\'!A1+Sheet1!A1+[1]其他!A1',
    );
    expect(quoteSheetNames("其他!A1", names)).toBe("'其他'!A1");
    expect(quoteSheetNames("其他A1", names)).toBe("其他A1");
  });
});

describe("landrules recalc: an array formula whose spill shrank", () => {
  test("the cells of the earlier spill beyond the new one are cleared (ours, as the file's array range says); the analyst's cell next to it is kept", async () => {
    const dir = scratch();
    const input = join(dir, "shrunk.xlsx");
    const out = join(dir, "shrunk-out.xlsx");
    // Saved when the array was three long; it now gives two.
    const rows = `<row r="1"><c r="A1"><f t="array" ref="A1:A3">_xlfn.SEQUENCE(2)</f><v>1</v></c>${c("B1", 2)}</row><row r="2">${c("A2", 2)}</row><row r="3">${c("A3", 3)}${c("B3", "备注")}</row>`;
    writeFileSync(input, fixture({ sheets: [{ name: "数据", rows }] }));
    const ran = await cli("recalc", input, "--as-of", AS_OF, "--out", out);
    expect(ran.code).toBe(0);
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(out)))["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain('<c r="A1"><f t="array" ref="A1:A2">_xlfn.SEQUENCE(2)</f><v>1</v></c>');
    expect(xml).toContain('<row r="2"><c r="A2"><v>2</v></c></row>');
    expect(xml).toContain('<row r="3"><c r="A3"></c><c r="B3" t="inlineStr"><is><t>备注</t></is></c></row>');
  });
});

describe("landrules eval", () => {
  test("=LAND.MU(666.67) → 1.000005 (exact: 666.67 × 15 ÷ 10000)", async () => {
    const ran = await cli("eval", "=LAND.MU(666.67)");
    expect([ran.code, ran.out]).toEqual([0, ["1.000005"]]);
  });

  test("WZ-TERM 三(三)6: 21 years for general land → #NUM! with the clause; exit 1", async () => {
    const ran = await cli("eval", '=LAND.LEASEPRICE(1000, 21, "wenzhou")');
    expect(ran.code).toBe(1);
    expect(ran.out[0]).toMatch(/^#NUM! .*三\(三\)6/);
  });

  test("the stored form is accepted: _xldudf_LAND_BUILDMONTHS(200000,\"wenzhou\") → 36 (20 亿元以上 includes 20 亿)", async () => {
    expect((await cli("eval", '=_xldudf_LAND_BUILDMONTHS(200000,"wenzhou")')).out).toEqual(["36"]);
  });

  test("--profile supplies the profile a formula leaves out: LAND.MINTAX(\"core\") → 50 for 增城", async () => {
    expect((await cli("eval", '=LAND.MINTAX("core")', "--profile", "增城")).out).toEqual(["50"]);
    const none = await cli("eval", '=LAND.MINTAX("core")');
    expect(none.code).toBe(1);
    expect(none.out[0]).toMatch(/^#N\/A .*profile/);
  });

  test("a formula that cannot be parsed is a usage error (exit 2, one line)", async () => {
    const ran = await cli("eval", "=SUM(1,");
    expect(ran.code).toBe(2);
    expect(ran.err).toHaveLength(1);
  });
});

describe("a formula linked to another workbook keeps its saved result (Excel keeps it until the link is updated)", () => {
  test("refersToOtherWorkbook: [1]Sheet!A1 and '[1]企业 数据'!A1 are links; the lost add-in's [2]!_xldudf_ prefix, text in quotes and plain references are not", () => {
    expect(refersToOtherWorkbook("[1]企业数据!$H$19")).toBe(true);
    expect(refersToOtherWorkbook("SUM('[1]企业 数据'!A1:A3)+1")).toBe(true);
    expect(refersToOtherWorkbook("[2]!_xldudf_LAND_TIER(A1)")).toBe(false);
    expect(refersToOtherWorkbook('"[1]企业数据!A1"&A1')).toBe(false);
    expect(refersToOtherWorkbook("SUM(数据!A1:A3)")).toBe(false);
  });
});

describe("a formula calling a function the engine does not have keeps its saved result (WPS's DISPIMG: #NAME? would replace WPS's answer)", () => {
  const known = new Set(["SUM", "IF", "LAND.TIER"]);
  test("unknownFunctions: names outside the engine's, after _xlfn. and Excel's LAND prefix are read; text in quotes and sheet names are not calls", () => {
    expect(unknownFunctions('_xlfn.DISPIMG("ID_1",1)', known)).toEqual(["DISPIMG"]);
    expect(unknownFunctions("SUM(A1:A3)+_xldudf_LAND_TIER(A1,B1)", known)).toEqual([]);
    expect(unknownFunctions('IF(A1,"FOO(1)",SUM(数据!A1))', known)).toEqual([]);
    expect(unknownFunctions("if(a1,wps.xyz(1),0)", known)).toEqual(["WPS.XYZ"]);
  });
});
