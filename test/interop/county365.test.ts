// Workbooks as Excel 365 leaves them after a colleague's review, which this project did not
// generate (issue 9: "comments (legacy and threaded), pivots, … external links", .xlsm):
// test/interop/county365.py adds to openpyxl's county workbook (county_workbook.py: charts, an
// image, legacy notes, validation, defined names, custom properties, merged title and header,
// footnote, signature line), with Python's zipfile, the parts openpyxl cannot write —
//   threaded comments on 企业数据!B16 (with a reply; a cell `check --mark` marks) and F11, their
//   people, and beside each thread the legacy note Excel 365 keeps for older readers;
//   a pivot table (分区汇总, 实缴税金 by 所在区域) with its cache; an external link to last
//   year's workbook, used by a formula with a saved result (填报说明!B4); 企业数据's root and
//   extLst (an x14 list validation over another sheet) as Excel 365 writes them;
// and the same as .xlsm (macro-enabled workbook content type, xl/vbaProject.bin). Also
// LibreOffice's re-save of the .xlsx, which keeps the pivot table and the external link (the
// threads become plain notes). Each reads to the 14 firms, and tiers, check --mark,
// --clear-marks and recalc keep every part: each part of input and output compared.
// Needs /usr/bin/python3 with python3-openpyxl and soffice (.ci/run installs both).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { cli, scratch } from "../cli/helpers";
import { changedParts, entries, expectKept, libreOfficeResave, malformedParts, python, readBack, type ReadBack, relsOf, same, sheetPart, textOf, withoutCachedValues } from "./parts";

// 企业数据 and 填报说明 by name: after the chart tab, LibreOffice numbers them sheet2 and sheet3.
const dataSheet = (path: string) => sheetPart(entries(path), "企业数据");
const notesSheet = (path: string) => sheetPart(entries(path), "填报说明");
const THREADED = "xl/threadedComments/threadedComment1.xml";
const PERSONS = "xl/persons/person.xml";
const PIVOT = ["xl/pivotTables/pivotTable1.xml", "xl/pivotTables/_rels/pivotTable1.xml.rels", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/pivotCache/pivotCacheRecords1.xml", "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"];
const EXTERNAL = ["xl/externalLinks/externalLink1.xml", "xl/externalLinks/_rels/externalLink1.xml.rels"];
const VBA = "xl/vbaProject.bin";
const XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
// The thread on B16 as county365.py writes it (its root comment's id names the legacy note's author).
const B16_THREAD = "{0D1E2F30-4152-4637-8A9B-ACBDCEDFE0F1}";
const AS_OF = ["--profile", "zengcheng", "--as-of", "2024-03-15"];

type Writer = "excel365" | "xlsm" | "libreoffice";
const WRITERS: Writer[] = ["excel365", "xlsm", "libreoffice"];
const ext = (w: Writer) => (w === "xlsm" ? "xlsm" : "xlsx");

let files: Record<Writer, string>;
beforeAll(() => {
  const dir = scratch();
  const xlsx = join(dir, "county365.xlsx");
  const xlsm = join(dir, "county365.xlsm");
  python("county365.py", xlsx, xlsm);
  files = { excel365: xlsx, xlsm, libreoffice: libreOfficeResave(xlsx, dir) };
}, 180_000);

/** The package's legacy notes part of 企业数据 (openpyxl: xl/comments/comment1.xml; LibreOffice: xl/comments1.xml). */
function legacyNotesPart(parts: Record<string, Uint8Array>): string {
  const names = Object.keys(parts).filter((n) => /^xl\/comments[^/]*\.xml$|^xl\/comments\/[^/]+\.xml$/.test(n));
  expect(names).toHaveLength(1);
  return names[0]!;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) => (e[0] === "#" ? String.fromCodePoint(Number(e[1] === "x" ? `0${e.slice(1)}` : e.slice(1))) : (ENTITIES[e] ?? `&${e};`)));

/** The legacy note on `ref`: its start tag and its text as a reader shows it. */
function noteOn(xml: string, ref: string): { tag: string; xml: string; text: string } | undefined {
  const m = new RegExp(`(<comment ref="${ref}"[^>]*>)([\\s\\S]*?)</comment>`).exec(xml);
  if (!m) return undefined;
  const text = [...m[2]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join("");
  return { tag: m[1]!, xml: m[0], text };
}

/** The thread on `ref` (Excel 365's threaded comments part), each comment as written, in order. */
function threadOn(xml: string, ref: string): { xml: string; id: string; personId: string; parentId?: string; text: string }[] {
  return [...xml.matchAll(/<threadedComment\b[^>]*>[\s\S]*?<\/threadedComment>/g)]
    .map((m) => m[0])
    .filter((c) => c.includes(` ref="${ref}"`))
    .map((c) => ({ xml: c, id: /\sid="([^"]+)"/.exec(c)![1]!, personId: /\spersonId="([^"]+)"/.exec(c)![1]!, parentId: /\sparentId="([^"]+)"/.exec(c)?.[1], text: unescapeXml(/<text>([\s\S]*?)<\/text>/.exec(c)![1]!) }));
}

/** Our person in the persons part: "landrules", provider "None", its id. */
function ourPerson(xml: string): string | undefined {
  const tag = /<person\b[^>]*displayName="landrules"[^>]*\/>/.exec(xml)?.[0];
  if (!tag) return undefined;
  expect(tag).toContain('providerId="None"');
  return /\sid="([^"]+)"/.exec(tag)![1];
}

/** A sheet's root start tag and its extension list (what Excel 365 adds around the cells), which marks must not touch. */
function sheetFrame(xml: string): { root: string; extLst: string } {
  const root = /<worksheet\b[^>]*>/.exec(xml)![0];
  const at = xml.lastIndexOf("<extLst");
  return { root, extLst: at < 0 ? "" : xml.slice(at) };
}


describe("what the workbooks hold", () => {
  test.each(["excel365", "xlsm"] as const)("%s: threaded comments and people, as Excel 365 writes them, beside their legacy notes", (writer) => {
    const parts = entries(files[writer]);
    const types = textOf(parts, "[Content_Types].xml");
    expect(types).toContain('PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"');
    expect(types).toContain('PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"');
    expect(textOf(parts, relsOf(dataSheet(files[writer])))).toMatch(/Type="http:\/\/schemas\.microsoft\.com\/office\/2017\/10\/relationships\/threadedComment" Target="\.\.\/threadedComments\/threadedComment1\.xml"/);
    expect(textOf(parts, "xl/_rels/workbook.xml.rels")).toMatch(/Type="http:\/\/schemas\.microsoft\.com\/office\/2017\/10\/relationships\/person" Target="persons\/person\.xml"/);
    const threads = textOf(parts, THREADED);
    expect(threads).toContain('<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"');
    expect(threads).toMatch(new RegExp(`<threadedComment ref="B16" [^>]*id="${B16_THREAD}"`));
    expect(threads).toMatch(new RegExp(`<threadedComment ref="B16" [^>]*parentId="${B16_THREAD}"><text>企业已提交说明材料，待复核</text>`));
    expect(textOf(parts, PERSONS)).toContain('displayName="陈晓（区工信局）"');
    // The legacy note of the thread: authored tc={id}, tagged with the thread's id, the thread as text.
    const notes = textOf(parts, legacyNotesPart(parts));
    const b16 = noteOn(notes, "B16")!;
    expect(b16.tag).toContain(`xr:uid="${B16_THREAD}"`);
    expect(notes).toContain(`<author>tc=${B16_THREAD}</author>`);
    expect(b16.text).toMatch(/^\[Threaded comment\][\s\S]*Comment:\n {4}数据存疑[\s\S]*Reply:\n {4}企业已提交说明材料，待复核$/);
    expect(noteOn(notes, "B5")!.text).toBe("龙头企业，核实产值口径");
    // The sheet as Excel 365 writes it: revision namespaces ignorable, a list validation over another sheet in its extLst.
    const frame = sheetFrame(textOf(parts, dataSheet(files[writer])));
    expect(frame.root).toContain('mc:Ignorable="x14ac xr xr2 xr3"');
    expect(frame.extLst).toMatch(/^<extLst><ext [^>]*><x14:dataValidations[\s\S]*<xm:f>填报说明!\$A\$6:\$A\$8<\/xm:f>[\s\S]*<\/extLst><\/worksheet>$/);
  });

  test.each(WRITERS)("%s: a pivot table with its cache, and an external link with its saved result", (writer) => {
    const parts = entries(files[writer]);
    for (const p of [...PIVOT, ...EXTERNAL]) expect([p, parts[p] !== undefined]).toEqual([p, true]);
    expect(textOf(parts, "xl/workbook.xml")).toMatch(/<externalReferences>[\s\S]*<pivotCaches>/);
    expect(textOf(parts, "xl/pivotTables/pivotTable1.xml")).toContain('name="数据透视表1"');
    expect(textOf(parts, "xl/externalLinks/_rels/externalLink1.xml.rels")).toMatch(/2022年度亩均效益评价\.xlsx" TargetMode="External"/);
    expect(textOf(parts, notesSheet(files[writer]))).toMatch(/<c r="B4"[^>]*><f[^>]*>\[1\][^<]*<\/f><v>3012\.5<\/v><\/c>/);
  });

  test.each(WRITERS)("%s: the chart tab 税收图表 comes first (Excel 365 a chartsheet, LibreOffice a sheet with only the chart)", (writer) => {
    const parts = entries(files[writer]);
    expect(/<sheet\b[^>]*name="([^"]+)"/.exec(textOf(parts, "xl/workbook.xml"))![1]).toBe("税收图表");
    if (writer !== "libreoffice") expect(sheetPart(parts, "税收图表")).toBe("xl/chartsheets/sheet1.xml");
    else expect(textOf(parts, sheetPart(parts, "税收图表"))).toMatch(/<sheetData\/>[\s\S]*<drawing /);
  });

  test("libreoffice: the threads' legacy notes kept (the threads themselves LibreOffice does not write)", () => {
    const parts = entries(files.libreoffice);
    expect(noteOn(textOf(parts, legacyNotesPart(parts)), "B16")!.text).toContain("企业已提交说明材料，待复核");
  });

  test("xlsm: the workbook part macro-enabled, and a VBA project", () => {
    const parts = entries(files.xlsm);
    const types = textOf(parts, "[Content_Types].xml");
    expect(types).toContain(`PartName="/xl/workbook.xml" ContentType="${XLSM_MAIN}"`);
    expect(types).toContain('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    expect(textOf(parts, "xl/_rels/workbook.xml.rels")).toContain('Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"');
    // The compound-file signature, then every byte value: a copy through text would show.
    expect([...parts[VBA]!.slice(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(new Set(parts[VBA]!).size).toBe(256);
  });
});

/** What an .xlsm copy must still be: macro-enabled, its VBA project byte for byte. */
function expectMacroEnabled(input: string, output: string): void {
  const a = entries(input);
  const b = entries(output);
  expect(textOf(b, "[Content_Types].xml")).toContain(`PartName="/xl/workbook.xml" ContentType="${XLSM_MAIN}"`);
  expect(textOf(b, "[Content_Types].xml")).toContain('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
  expect(textOf(b, "xl/_rels/workbook.xml.rels")).toContain('Target="vbaProject.bin"');
  expect(same(a[VBA]!, b[VBA]!)).toBe(true);
}

/** The parts of the Excel 365 review that must come through byte for byte whatever is marked. */
function expectThreadsKept(input: string, output: string, replied = false): void {
  const a = entries(input);
  const b = entries(output);
  for (const p of [...(replied ? [] : [THREADED, PERSONS]), relsOf(dataSheet(input)), ...PIVOT, ...EXTERNAL]) {
    if (a[p] === undefined) continue;
    expect([p, b[p] !== undefined && same(a[p]!, b[p]!)]).toEqual([p, true]);
  }
  if (a[THREADED] === undefined) return;
  const types = textOf(b, "[Content_Types].xml");
  expect(types).toContain('PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"');
  expect(types).toContain('PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"');
  expect(textOf(b, "xl/_rels/workbook.xml.rels")).toMatch(/relationships\/person" Target="persons\/person\.xml"/);
}

/** The copy is well-formed XML throughout (namespaces too), and another program (openpyxl) opens it, pivot sheet and all. */
function expectOpens(output: string): ReadBack {
  expect(malformedParts(output)).toEqual([]);
  const back = readBack(output);
  expect(Object.keys(back.sheets)).toEqual(expect.arrayContaining(["企业数据", "填报说明", "税收明细", "分区汇总"]));
  return back;
}

describe.each(WRITERS)("the CLI on the %s workbook", (writer) => {
  const out = (name: string) => join(scratch(), `${name}.${ext(writer)}`);

  test("landrules tiers: 14 enterprises; every part of the input kept, byte for byte", async () => {
    const to = out("tiers");
    const ran = await cli("tiers", files[writer], ...AS_OF, "--out", to);
    expect(ran.code).toBe(0);
    expect(ran.out.join("\n")).toMatch(/enterprises 14 = /);
    expectKept(files[writer], to, []);
    expectThreadsKept(files[writer], to);
    if (writer === "xlsm") expectMacroEnabled(files[writer], to);
    expectOpens(to);
  });

  test("landrules check --mark: 14 rows; on B16 (a thread and its legacy note) the mark adds to the note and replies in the thread, as landrules; every other part kept", async () => {
    const to = out("checked");
    const ran = await cli("check", files[writer], ...AS_OF, "--mark", "--out", to);
    expect([0, 1]).toContain(ran.code);
    expect(ran.out.join("\n")).toMatch(/rows checked 14；/);
    const before = entries(files[writer]);
    const after = entries(to);
    const notes = legacyNotesPart(before);
    const sheet = dataSheet(files[writer]);
    const threaded = writer !== "libreoffice";
    expect(changedParts(files[writer], to).sort()).toEqual(expect.arrayContaining([sheet, notes, ...(threaded ? [THREADED, PERSONS] : [])]));
    expectKept(files[writer], to, [new RegExp(`^${sheet}$`), new RegExp(`^${notes}$`), /\.vml$/, ...(threaded ? [new RegExp(`^${THREADED}$`), new RegExp(`^${PERSONS}$`)] : [])]);
    expectThreadsKept(files[writer], to, threaded);
    if (threaded) {
      // Excel 365 shows the thread, not the legacy note: B16's thread gains exactly one reply, ours,
      // after the analyst's comment and reply, by the person landrules added to the people.
      const person = ourPerson(textOf(after, PERSONS))!;
      expect(person).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
      expect(ourPerson(textOf(before, PERSONS))).toBeUndefined();
      const theirs = threadOn(textOf(before, THREADED), "B16");
      const thread = threadOn(textOf(after, THREADED), "B16");
      expect(thread.slice(0, theirs.length)).toEqual(theirs);
      expect(thread).toHaveLength(theirs.length + 1);
      const ours = thread[theirs.length]!;
      expect([ours.personId, ours.parentId]).toEqual([person, B16_THREAD]);
      expect(ours.xml).toMatch(/^<threadedComment ref="B16" dT="2024-03-15T12:00:00\.000" /);
      expect(ours.text).toMatch(/^〔landrules〕ZC-LOWEFF/);
      expect(new Set(threadOn(textOf(after, THREADED), "B16").map((c) => c.id)).size).toBe(thread.length);
      // Only inserted: without our reply and our person, both parts are the input's, byte for byte.
      expect(textOf(after, THREADED).replace(ours.xml, "")).toBe(textOf(before, THREADED));
      expect(textOf(after, PERSONS).replace(/<person\b[^>]*displayName="landrules"[^>]*\/>/, "")).toBe(textOf(before, PERSONS));
      expect(threadOn(textOf(after, THREADED), "F11")).toEqual(threadOn(textOf(before, THREADED), "F11"));
    }
    if (writer === "xlsm") expectMacroEnabled(files[writer], to);
    // B16 (广州小楼家具, D by falsified data → ZC-LOWEFF) is marked: the analyst's note first, as it was, then ours.
    const was = noteOn(textOf(before, notes), "B16")!;
    const is = noteOn(textOf(after, notes), "B16")!;
    expect(is.tag).toBe(was.tag);
    expect(is.text.startsWith(was.text)).toBe(true);
    expect(is.text.slice(was.text.length)).toMatch(/^\n〔landrules〕ZC-LOWEFF/);
    // The sheet's root and extension list (Excel 365's x14 validation) are as they were.
    expect(sheetFrame(textOf(after, sheet))).toEqual(sheetFrame(textOf(before, sheet)));
    // The notes not marked are byte for byte.
    for (const ref of ["B5", "H7", "F11"]) expect([ref, noteOn(textOf(after, notes), ref)?.xml]).toEqual([ref, noteOn(textOf(before, notes), ref)!.xml]);
    // Another program reads every note as the analyst wrote it, ours after it.
    const back = expectOpens(to).sheets["企业数据"]!.comments;
    const theirs = readBack(files[writer]).sheets["企业数据"]!.comments;
    for (const [ref, text] of Object.entries(theirs)) expect([ref, back[ref]!.startsWith(text)]).toEqual([ref, true]);
    expect(back.B16).toContain("〔landrules〕");
  });

  test("a re-run of check --mark leaves one line of ours on B16; --clear-marks restores every part of the input, byte for byte", async () => {
    const marked = out("marked");
    expect([0, 1]).toContain((await cli("check", files[writer], ...AS_OF, "--mark", "--out", marked)).code);
    const again = out("again");
    expect([0, 1]).toContain((await cli("check", marked, ...AS_OF, "--mark", "--out", again)).code);
    const notes = legacyNotesPart(entries(files[writer]));
    const b16 = noteOn(textOf(entries(again), notes), "B16")!.text;
    expect(b16.split("〔landrules〕")).toHaveLength(2);
    if (writer !== "libreoffice") {
      // One reply of ours in the thread, the same bytes as the first run's (its id derived, not drawn).
      const thread = threadOn(textOf(entries(again), THREADED), "B16");
      expect(thread.filter((c) => c.text.startsWith("〔landrules〕"))).toHaveLength(1);
      expect(thread.filter((c) => c.personId === ourPerson(textOf(entries(again), PERSONS)))).toHaveLength(1);
      expect(textOf(entries(again), PERSONS).match(/displayName="landrules"/g)).toHaveLength(1);
      for (const p of [THREADED, PERSONS]) expect([p, same(entries(again)[p]!, entries(marked)[p]!)]).toEqual([p, true]);
    }
    const cleared = out("cleared");
    const ran = await cli("check", again, ...AS_OF, "--clear-marks", "--out", cleared);
    expect([0, 1]).toContain(ran.code);
    // Only what adding the check report touches differs: the sheet, its notes and drawing are the input's bytes again.
    expectKept(files[writer], cleared, []);
    expectThreadsKept(files[writer], cleared);
    expect(Object.keys(entries(cleared)).filter((n) => n.startsWith("customXml/"))).toEqual([]);
    if (writer === "xlsm") expectMacroEnabled(files[writer], cleared);
    expectOpens(cleared);
  });

  test("landrules recalc: only the formula sheets' cached values change; the external link's saved result stays", async () => {
    const to = out("recalc");
    const ran = await cli("recalc", files[writer], ...AS_OF, "--out", to);
    expect(ran.code).toBe(0);
    const formulaSheets = [dataSheet(files[writer]), notesSheet(files[writer])];
    const changed = changedParts(files[writer], to);
    expect(changed.filter((n) => ![...formulaSheets, "docProps/custom.xml"].includes(n))).toEqual([]);
    expectThreadsKept(files[writer], to);
    if (writer === "xlsm") expectMacroEnabled(files[writer], to);
    expectOpens(to);
    const a = entries(files[writer]);
    const b = entries(to);
    for (const sheet of formulaSheets) expect([sheet, withoutCachedValues(textOf(b, sheet))]).toEqual([sheet, withoutCachedValues(textOf(a, sheet))]);
    // 填报说明!B4 = [1]企业数据!$H$19, last year's workbook, which is not here: Excel keeps the saved
    // result until the link is updated; a copy without it loses the analyst's number.
    expect(textOf(b, formulaSheets[1]!)).toMatch(/<c r="B4"[^>]*><f[^>]*>\[1\][^<]*<\/f><v>3012\.5<\/v><\/c>/);
  });
});

test("LibreOffice opens the marked copy of the Excel 365 workbook: its re-save has the pivot table, the external link, and B16's note with the thread's text and our line after it", async () => {
  const dir = scratch();
  const marked = join(dir, "marked.xlsx");
  expect([0, 1]).toContain((await cli("check", files.excel365, ...AS_OF, "--mark", "--out", marked)).code);
  const parts = entries(libreOfficeResave(marked, dir));
  for (const p of [...PIVOT, ...EXTERNAL]) expect([p, parts[p] !== undefined]).toEqual([p, true]);
  const b16 = noteOn(textOf(parts, legacyNotesPart(parts)), "B16")!.text;
  expect(b16).toMatch(/企业已提交说明材料，待复核\s*〔landrules〕ZC-LOWEFF/);
}, 120_000);

describe("an .xlsm stays an .xlsm", () => {
  // A macro-enabled package named .xlsx (or a plain one named .xlsm) is a file Excel refuses to
  // open ("the file format or file extension is not valid"); dropping the VBA project to make it
  // an .xlsx would lose part of the analyst's file. So such an --out is refused in one line.
  test.each([
    ["xlsm", "xlsx"],
    ["excel365", "xlsm"],
  ] as const)("the %s workbook with --out *.%s: one line naming the extension, exit 2, nothing written", async (writer, to) => {
    const path = join(scratch(), `wrong.${to}`);
    const ran = await cli("tiers", files[writer], ...AS_OF, "--out", path);
    expect(ran.code).toBe(2);
    expect(ran.err.join("\n")).toMatch(/\.xlsm/);
    expect(existsSync(path)).toBe(false);
  });
});
