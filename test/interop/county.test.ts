// Workbooks this project did not generate (issue 9 "Must show"): a county analyst's enterprise
// table written by openpyxl (test/interop/county_workbook.py: charts, an image, comments,
// validation, conditional formatting, defined names, custom properties, a merged title, a two-level merged header,
// 所在区域 merged down the column, 合计, a footnote and a signature line, formulas saved without
// results), and the same workbook re-saved by LibreOffice. Both read to the same 14 firms.
// Excel 365's parts (threaded comments, pivot, external link, .xlsm): county365.test.ts; WPS's:
// county-wps.test.ts; an Excel table without notes: county-table.test.ts.
// Needs /usr/bin/python3 with python3-openpyxl and python3-pil, and soffice (.ci/run installs them).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { evaluatePending } from "../../cli/hyperformula-sheets";
import { readTableSheet } from "../../policies/workbook/package/read";
import { readEnterpriseTable, type EnterpriseTable } from "../../policies/workbook/table";
import { cli, scratch } from "../cli/helpers";
import { entries, expectKept, libreOfficeResave, malformedParts, python, textOf } from "./parts";

const FIRMS = 14;

/** Writes the openpyxl workbook and LibreOffice's re-save of it into a scratch folder. */
function makeWorkbooks(): { openpyxl: string; libreoffice: string } {
  const dir = scratch();
  const openpyxl = join(dir, "county.xlsx");
  python("county_workbook.py", openpyxl);
  return { openpyxl, libreoffice: libreOfficeResave(openpyxl, dir) };
}

function tableOf(path: string): EnterpriseTable {
  const { cells } = readTableSheet(new Uint8Array(readFileSync(path)), { evaluate: evaluatePending });
  return readEnterpriseTable(cells.rows, { merges: cells.merges });
}

const parts = (path: string) => Object.keys(unzipSync(new Uint8Array(readFileSync(path))));

let files: { openpyxl: string; libreoffice: string };
beforeAll(() => {
  files = makeWorkbooks();
}, 180_000);

describe.each(["openpyxl", "libreoffice"] as const)("a county workbook written by %s", (writer) => {
  test("the file has what analysts' files have: a chart, an image, comments, validation, defined names, custom properties", () => {
    const names = parts(files[writer]).join("\n");
    expect(names).toMatch(/xl\/charts\/chart1\.xml/);
    expect(names).toMatch(/xl\/media\/image1\.png/);
    expect(names).toMatch(/comments?\/?comment|comments1\.xml/);
    expect(names).toMatch(/docProps\/custom\.xml/);
    const sheet = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(files[writer])), { filter: (f) => f.name === "xl/worksheets/sheet1.xml" })["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain("<dataValidation");
    const book = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(files[writer])), { filter: (f) => f.name === "xl/workbook.xml" })["xl/workbook.xml"]);
    expect(book).toContain("企业名单");
  });

  test(`${FIRMS} firms = ${FIRMS}: the title, note, two-level header, 合计, footnote and signature line are not firms`, () => {
    const t = tableOf(files[writer]);
    expect(t.rows).toHaveLength(FIRMS);
    expect(t.rows.map((r) => r.row)).toEqual(Array.from({ length: FIRMS }, (_, i) => 5 + i));
    expect(t.skipped.map((s) => s.row)).toEqual([19, 20, 21]);
    expect(t.skipped.map((s) => s.why.en).join(" | ")).toMatch(/total line.*footnote.*signature line/);
  });

  test("the two-level header: the group 经济指标（万元） over its columns, each column under it mapped", () => {
    const t = tableOf(files[writer]);
    expect(t.mapping.headerRow).toBe(4);
    const letters = Object.fromEntries(Object.entries(t.mapping.columns).map(([f, m]) => [f, m!.letter]));
    expect(letters).toMatchObject({ enterprise: "B", credit_code: "C", zone: "D", area_mu: "E", output: "F", revenue: "G", tax: "H", rd: "I", retrofit: "J", energy_tce: "K", certifications: "L", data_status: "M" });
  });

  test("所在区域 merged down the column belongs to each firm it covers", () => {
    const zones = tableOf(files[writer]).rows.map((r) => r.values.zone);
    expect(zones).toEqual([...Array(5).fill("core"), ...Array(5).fill("multi"), ...Array(4).fill("town")]);
  });

  test("revenue, a formula (=ROUND(F*0.96,1)): openpyxl saved no result and it is evaluated; LibreOffice saved one; the same numbers", () => {
    const t = tableOf(files[writer]);
    expect(t.issues).toEqual([]);
    // 增城恒达五金: output 5120.0 → ROUND(5120×0.96, 1) = 4915.2.
    expect(t.rows[0]!.values.revenue!.toFixed()).toBe("4915.2");
    expect(t.rows.every((r) => r.values.revenue !== undefined)).toBe(true);
  });

  test("data statuses as written: 未上传 and 造假 read as missing and falsified", () => {
    const statuses = tableOf(files[writer]).rows.map((r) => r.values.data_status ?? "ok");
    expect(statuses.filter((s) => s !== "ok")).toEqual(["missing", "falsified"]);
  });
});

describe("the CLI on the interop workbooks: read right, and nothing of the analyst's lost in the copy", () => {
  test.each(["openpyxl", "libreoffice"] as const)("landrules tiers on the %s workbook: 14 enterprises; every input part kept", async (writer) => {
    const out = join(scratch(), "tiers.xlsx");
    const ran = await cli("tiers", files[writer], "--profile", "zengcheng", "--as-of", "2024-03-15", "--out", out);
    expect(ran.code).toBe(0);
    expect(ran.out.join("\n")).toMatch(/enterprises 14 = /);
    expectKept(files[writer], out, []);
    expect(malformedParts(out)).toEqual([]);
  });

  test.each(["openpyxl", "libreoffice"] as const)("landrules check --mark on the %s workbook: 14 rows checked; only the marked sheet and its notes change, the analyst's comments stay", async (writer) => {
    const out = join(scratch(), "checked.xlsx");
    const ran = await cli("check", files[writer], "--profile", "zengcheng", "--as-of", "2024-03-15", "--mark", "--out", out);
    expect([0, 1]).toContain(ran.code);
    expect(ran.out.join("\n")).toMatch(/rows checked 14；/);
    expectKept(files[writer], out, [/^xl\/worksheets\/sheet1\.xml$/, /^xl\/worksheets\/_rels\/sheet1\.xml\.rels$/, /comment/i, /\.vml$/]);
    expect(malformedParts(out)).toEqual([]);
    const after = entries(out);
    const comments = Object.keys(after).filter((n) => /comment/i.test(n) && n.endsWith(".xml") && !n.includes("_rels"));
    expect(comments.map((n) => textOf(after, n)).join("")).toContain("龙头企业，核实产值口径");
  });
});
