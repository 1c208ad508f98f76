// A county's enterprise list kept as an Excel table (ListObject), written by openpyxl
// (test/interop/county_table.py), and LibreOffice's re-save of it: no notes at all, so
// `check --mark` creates the sheet's notes parts (comments, VML drawing, <legacyDrawing> before
// the sheet's <tableParts>, as the schema orders them) and `--clear-marks` must take them away
// again, leaving every part of the input byte for byte. The table part itself is never touched.
// Needs /usr/bin/python3 with python3-openpyxl and soffice (.ci/run installs both).
import { join } from "node:path";
import { cli, scratch } from "../cli/helpers";
import { changedParts, entries, expectKept, libreOfficeResave, malformedParts, python, readBack, same, textOf } from "./parts";

const SHEET = "xl/worksheets/sheet1.xml";
const SHEET_RELS = "xl/worksheets/_rels/sheet1.xml.rels";
const TABLE = "xl/tables/table1.xml";
const AS_OF = ["--profile", "zengcheng", "--as-of", "2024-03-15"];

let files: { openpyxl: string; libreoffice: string };
beforeAll(() => {
  const dir = scratch();
  const openpyxl = join(dir, "county-table.xlsx");
  python("county_table.py", openpyxl);
  files = { openpyxl, libreoffice: libreOfficeResave(openpyxl, dir) };
}, 180_000);

describe.each(["openpyxl", "libreoffice"] as const)("an enterprise list as an Excel table, written by %s", (writer) => {
  test("the file: an Excel table over the list, and no notes", () => {
    const parts = entries(files[writer]);
    expect(textOf(parts, TABLE)).toMatch(/<table\b[^>]*displayName="企业名录表"[^>]*ref="A1:L15"/);
    expect(textOf(parts, SHEET)).toMatch(/<tableParts\b[^>]*><tablePart /);
    expect(Object.keys(parts).filter((n) => /comments|\.vml$/i.test(n))).toEqual([]);
  });

  test("landrules check --mark: 14 rows; the notes parts created, <legacyDrawing> before <tableParts>; the table part byte for byte", async () => {
    const out = join(scratch(), "checked.xlsx");
    const ran = await cli("check", files[writer], ...AS_OF, "--mark", "--out", out);
    expect(ran.code).toBe(1);
    expect(ran.out.join("\n")).toMatch(/rows checked 14；/);
    expectKept(files[writer], out, [new RegExp(`^${SHEET}$`), new RegExp(`^${SHEET_RELS}$`), /^_rels\/\.rels$/]);
    expect(changedParts(files[writer], out)).toEqual(expect.arrayContaining([SHEET, SHEET_RELS]));
    const after = entries(out);
    expect(same(after[TABLE]!, entries(files[writer])[TABLE]!)).toBe(true);
    const sheet = textOf(after, SHEET);
    expect(sheet).toMatch(/<legacyDrawing [^>]*\/><tableParts\b/);
    expect(Object.keys(after).filter((n) => /comments[^/]*\.xml$/.test(n))).toHaveLength(1);
    expect(malformedParts(out)).toEqual([]);
    // Another program reads our notes on the marked cells (12 行 / row 12 is 广州小楼家具, 造假).
    const notes = readBack(out).sheets["企业名录"]!.comments;
    expect(Object.keys(notes).sort()).toEqual(["A13", "A6", "L13", "L6"].sort());
    expect(notes.L13).toMatch(/^〔landrules〕ZC-TIER/);
  });

  test("--clear-marks removes the notes parts it made, and every part of the input is byte for byte again", async () => {
    const dir = scratch();
    const marked = join(dir, "marked.xlsx");
    expect((await cli("check", files[writer], ...AS_OF, "--mark", "--out", marked)).code).toBe(1);
    const cleared = join(dir, "cleared.xlsx");
    expect((await cli("check", marked, ...AS_OF, "--clear-marks", "--out", cleared)).code).toBe(1);
    const after = entries(cleared);
    expect(Object.keys(after).filter((n) => /comments|\.vml$|^customXml\//i.test(n))).toEqual([]);
    expect(textOf(after, "[Content_Types].xml")).not.toMatch(/comments\+xml|Extension="vml"/);
    // The sheet and its relationships are the input's bytes again (only what adding the report touches differs).
    expectKept(files[writer], cleared, [/^_rels\/\.rels$/]);
    expect(malformedParts(cleared)).toEqual([]);
  });
});
