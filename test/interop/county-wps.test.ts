// The county workbook as WPS 表格 leaves it, which this project did not generate (issue 9: "from
// Excel, WPS, LibreOffice and scripts"): test/interop/county_wps.py adds to openpyxl's county
// workbook, with Python's zipfile, a picture in a cell (现场照片 O5: _xlfn.DISPIMG with its text
// result, the picture in WPS's xl/cellimages.xml), the analyst's own autofilter with WPS's etc:
// attribute, and WPS's custom properties. It reads to the 14 firms, and tiers, check --mark,
// --clear-marks and recalc keep every part: each part of input and output compared.
// (LibreOffice drops WPS's cell pictures on a re-save, so there is no LibreOffice case here.)
// Needs /usr/bin/python3 with python3-openpyxl and python3-pil (.ci/run installs them).
import { join } from "node:path";
import { cli, scratch } from "../cli/helpers";
import { changedParts, entries, expectKept, malformedParts, python, readBack, same, textOf, withoutCachedValues } from "./parts";

const SHEET = "xl/worksheets/sheet1.xml";
const WPS_PARTS = ["xl/cellimages.xml", "xl/_rels/cellimages.xml.rels", "xl/media/image2.png"];
const PHOTO_CELL = /<c r="O5"[^>]*><f>_xlfn\.DISPIMG\("ID_5A1E2C3B4D5F4A6B8C7D9E0F1A2B3C4D",1\)<\/f><v>[^<]*<\/v><\/c>/;
const THEIR_FILTER = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'企业数据'!$A$4:$O$18</definedName>`;
const AS_OF = ["--profile", "zengcheng", "--as-of", "2024-03-15"];

let input: string;
beforeAll(() => {
  input = join(scratch(), "county-wps.xlsx");
  python("county_wps.py", input);
}, 120_000);

/** The sheet's root and the analyst's autofilter element, which marks must not touch. */
const frame = (xml: string) => ({ root: /<worksheet\b[^>]*>/.exec(xml)![0], filter: /<autoFilter\b[^>]*>/.exec(xml)?.[0] });

/** What WPS added comes through byte for byte, and is still wired: relationship, content type, the picture's cell. */
function expectWpsKept(output: string): void {
  const a = entries(input);
  const b = entries(output);
  for (const p of WPS_PARTS) expect([p, b[p] !== undefined && same(a[p]!, b[p]!)]).toEqual([p, true]);
  expect(textOf(b, "[Content_Types].xml")).toContain('<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/>');
  expect(textOf(b, "xl/_rels/workbook.xml.rels")).toContain('Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"');
  expect(textOf(b, "xl/workbook.xml")).toContain(THEIR_FILTER);
  expect(textOf(b, "docProps/custom.xml")).toContain('name="KSOProductBuildVer"');
  expect(malformedParts(output)).toEqual([]);
  expect(Object.keys(readBack(output).sheets)).toEqual(expect.arrayContaining(["企业数据", "填报说明"]));
}

test("the file holds what WPS writes: a picture in a cell, an autofilter with WPS's attribute, WPS's properties", () => {
  const parts = entries(input);
  for (const p of WPS_PARTS) expect([p, parts[p] !== undefined]).toEqual([p, true]);
  expect(textOf(parts, "xl/cellimages.xml")).toMatch(/<etc:cellImages [^>]*xmlns:etc="http:\/\/www\.wps\.cn\/officeDocument\/2017\/etCustomData"[\s\S]*name="ID_5A1E2C3B4D5F4A6B8C7D9E0F1A2B3C4D"[\s\S]*r:embed="rId1"/);
  const sheet = textOf(parts, SHEET);
  expect(sheet).toMatch(PHOTO_CELL);
  expect(sheet).toContain('<c r="O5" t="str">');
  expect(frame(sheet).filter).toBe('<autoFilter ref="A4:O18" etc:filterBottomFollowUsedRange="0"/>');
  expect(textOf(parts, "xl/workbook.xml")).toContain(THEIR_FILTER);
  expect(textOf(parts, "docProps/custom.xml")).toMatch(/name="评价年度"[\s\S]*name="KSOProductBuildVer"/);
});

test("landrules tiers: 14 enterprises; every part kept, the analyst's autofilter name beside ours", async () => {
  const out = join(scratch(), "tiers.xlsx");
  const ran = await cli("tiers", input, ...AS_OF, "--out", out);
  expect(ran.code).toBe(0);
  expect(ran.out.join("\n")).toMatch(/enterprises 14 = /);
  expectKept(input, out, []);
  expectWpsKept(out);
  // Ours filters the tier sheet (the last sheet), theirs still 企业数据 (sheet 0).
  expect(textOf(entries(out), "xl/workbook.xml").match(/_xlnm\._FilterDatabase" localSheetId="\d+"/g)).toEqual(['_xlnm._FilterDatabase" localSheetId="0"', '_xlnm._FilterDatabase" localSheetId="2"']);
});

test("landrules check --mark: 14 rows; the sheet's root, autofilter and picture cell as they were; --clear-marks gives back every part", async () => {
  const dir = scratch();
  const marked = join(dir, "checked.xlsx");
  const ran = await cli("check", input, ...AS_OF, "--mark", "--out", marked);
  expect([0, 1]).toContain(ran.code);
  expect(ran.out.join("\n")).toMatch(/rows checked 14；/);
  expectKept(input, marked, [/^xl\/worksheets\/sheet1\.xml$/, /^xl\/comments\//, /\.vml$/]);
  expectWpsKept(marked);
  const before = textOf(entries(input), SHEET);
  const after = textOf(entries(marked), SHEET);
  expect(after).not.toBe(before);
  expect(frame(after)).toEqual(frame(before));
  expect(PHOTO_CELL.exec(after)![0]).toBe(PHOTO_CELL.exec(before)![0]);
  const cleared = join(dir, "cleared.xlsx");
  expect([0, 1]).toContain((await cli("check", marked, ...AS_OF, "--clear-marks", "--out", cleared)).code);
  expectKept(input, cleared, []);
  expectWpsKept(cleared);
});

test("landrules recalc: only 企业数据's cached values change; O5's DISPIMG, which only WPS computes, keeps its saved result, and the picture stays", async () => {
  const out = join(scratch(), "recalc.xlsx");
  const ran = await cli("recalc", input, ...AS_OF, "--out", out);
  expect(ran.code).toBe(0);
  expect(changedParts(input, out).sort()).toEqual(["docProps/custom.xml", SHEET]);
  expectWpsKept(out);
  expect(withoutCachedValues(textOf(entries(out), SHEET))).toBe(withoutCachedValues(textOf(entries(input), SHEET)));
  expect(PHOTO_CELL.exec(textOf(entries(out), SHEET))![0]).toBe(PHOTO_CELL.exec(textOf(entries(input), SHEET))![0]);
  expect(ran.out.join("\n")).toMatch(/O5 计算引擎没有函数 DISPIMG，保留已保存的结果 \/ the formula engine has no function DISPIMG; its saved result kept/);
});
