// A mark on a cell with an Excel 365 threaded comment (MS-XLSX 2.6.205) is also a reply in the
// thread, by the person "landrules" (2.6.203); a re-run replaces only it and a clear gives the
// thread and people parts back byte for byte. The package is written part by part so the test says
// what the file holds: a person with an extLst of its own, the list's extLst, a thread not marked.
import { strToU8, unzipSync, zipSync } from "fflate";
import { writePackage, type WriteRequest } from "../../policies/workbook/package/write";
import { LANDRULES_PERSON, replyId } from "../../policies/workbook/package/write-threads";
import { cellMarks } from "../../policies/workbook/product-sheet";
import { c, fixtureEntries } from "./package-fixtures";

const TC = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";
const THREADED = "xl/threadedComments/threadedComment1.xml";
const PERSONS = "xl/persons/person.xml";
const TOP = "{11111111-2222-4333-8444-555555555555}";
const ANALYST = "{AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE}";
const comment = (ref: string, id: string, text: string, parent?: string) =>
  `<threadedComment ref="${ref}" dT="2024-03-02T09:15:22.41" personId="${ANALYST}" id="${id}"${parent ? ` parentId="${parent}"` : ""}><text>${text}</text></threadedComment>`;
const THREADS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<ThreadedComments xmlns="${TC}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  comment("B2", TOP, "数据存疑") +
  comment("B2", "{22222222-2222-4333-8444-555555555555}", "已约谈", TOP) +
  comment("A1", "{33333333-2222-4333-8444-555555555555}", "标题待改") +
  "</ThreadedComments>";
const PEOPLE =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<personList xmlns="${TC}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<person displayName="陈晓" id="${ANALYST}" userId="陈晓" providerId="None"><extLst><ext uri="{00000000-0000-0000-0000-000000000000}"/></extLst></person>` +
  '<extLst><ext uri="{00000000-0000-0000-0000-000000000001}"/></extLst></personList>';

/** A one-sheet workbook with a thread on B2 (a comment and a reply) and one on A1; `people` false: no persons part. */
function workbook(people = true): Map<string, Uint8Array> {
  const files = fixtureEntries({ sheets: [{ name: "企业数据", rows: `<row r="1">${c("A1", "企业名称")}</row><row r="2">${c("B2", 5)}</row><row r="3">${c("B3", 7)}</row>` }] });
  const text = (name: string) => new TextDecoder().decode(files[name] as Uint8Array);
  files[THREADED] = strToU8(THREADS);
  files["xl/worksheets/_rels/sheet1.xml.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
  );
  let types = text("[Content_Types].xml").replace("</Types>", '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/></Types>');
  if (people) {
    files[PERSONS] = strToU8(PEOPLE);
    files["xl/_rels/workbook.xml.rels"] = strToU8(text("xl/_rels/workbook.xml.rels").replace("</Relationships>", '<Relationship Id="rIdP" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>'));
    types = types.replace("</Types>", '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>');
  }
  files["[Content_Types].xml"] = strToU8(types);
  return new Map(Object.entries(unzipSync(zipSync(files))));
}

const marks = cellMarks([
  { row: 2, column: "B", severity: "violation", rule: "ZC-LOWEFF", citation: "增城 二(三)6", message: { zh: "列入 D 档 & 低效", en: "tier D <low>" } },
  { row: 3, column: "B", severity: "notice", rule: "ZC-LOWEFF", citation: "增城 二(三)6", message: { zh: "无批注的单元格", en: "a cell without a thread" } },
]);
const request = (over: Partial<WriteRequest> = {}): WriteRequest => ({ sheets: [], marks: { sheet: "企业数据", marks }, producer: "landrules 0.1.0", stamp: new Date("2024-03-15T12:00:00Z"), ...over });
const write = (input: Map<string, Uint8Array>, over: Partial<WriteRequest> = {}) => new Map(Object.entries(unzipSync(writePackage(input, request(over)).bytes)));
const text = (entries: Map<string, Uint8Array>, part: string) => new TextDecoder().decode(entries.get(part));
const OUR_PERSON = `<person displayName="landrules" id="${LANDRULES_PERSON}" userId="landrules" providerId="None"/>`;
const REPLY = replyId("xl/worksheets/sheet1.xml", "B2", TOP);
const OUR_REPLY = `<threadedComment ref="B2" dT="2024-03-15T12:00:00.000" personId="${LANDRULES_PERSON}" id="${REPLY}" parentId="${TOP}"><text>${marks[0]!.note.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</text></threadedComment>`;

describe("a mark on a cell with a threaded comment", () => {
  const input = workbook();
  const marked = write(input);

  test("is one reply of ours after the thread's last comment (before the next thread), by landrules, added after the people and before the list's extLst", () => {
    const [head, tail] = THREADS.split(comment("A1", "{33333333-2222-4333-8444-555555555555}", "标题待改"));
    expect(text(marked, THREADED)).toBe(`${head}${OUR_REPLY}${comment("A1", "{33333333-2222-4333-8444-555555555555}", "标题待改")}${tail}`);
    expect(text(marked, PERSONS)).toBe(PEOPLE.replace("</person><extLst>", `</person>${OUR_PERSON}<extLst>`));
    // The cell without a thread gets no reply (its mark is in the legacy note alone), as today.
    expect(text(marked, THREADED).match(/personId="\{6C616E64/g)).toHaveLength(1);
  });

  test("the reply's id is derived, not drawn: a GUID, the same every run, and another thread's differs", () => {
    expect(REPLY).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
    expect(replyId("xl/worksheets/sheet1.xml", "B3", TOP)).not.toBe(REPLY);
    expect(replyId("xl/worksheets/sheet2.xml", "B2", TOP)).not.toBe(REPLY);
  });

  test("a re-run replaces only our reply: the same bytes, one reply, one person", () => {
    const again = write(marked);
    for (const p of [THREADED, PERSONS]) expect([p, text(again, p)]).toEqual([p, text(marked, p)]);
  });

  test("--clear-marks gives the thread and the people back byte for byte", () => {
    const cleared = write(marked, { marks: undefined, clearMarks: true });
    for (const p of [THREADED, PERSONS, "xl/worksheets/_rels/sheet1.xml.rels"]) expect([p, Buffer.from(cleared.get(p)!).equals(Buffer.from(input.get(p)!))]).toEqual([p, true]);
  });

  test("an analyst's reply written after ours is kept by a clear; ours and our person go", () => {
    const theirs = comment("B2", "{44444444-2222-4333-8444-555555555555}", "已复核", TOP);
    const edited = new Map(marked);
    edited.set(THREADED, strToU8(text(marked, THREADED).replace(OUR_REPLY, `${OUR_REPLY}${theirs}`)));
    const cleared = write(edited, { marks: undefined, clearMarks: true });
    expect(text(cleared, THREADED)).toBe(THREADS.replace(`${TOP}"><text>已约谈</text></threadedComment>`, `${TOP}"><text>已约谈</text></threadedComment>${theirs}`));
    expect(text(cleared, PERSONS)).toBe(PEOPLE);
  });

  test("a workbook whose threads have no persons part: no reply (the thread part as it was); the legacy note still gets our line", () => {
    const bare = workbook(false);
    const out = write(bare);
    expect(Buffer.from(out.get(THREADED)!).equals(Buffer.from(bare.get(THREADED)!))).toBe(true);
    expect([...out.keys()].some((k) => k.startsWith("xl/persons/"))).toBe(false);
    expect([...out.keys()].filter((k) => /comments\d*\.xml$/.test(k)).map((k) => text(out, k)).join("")).toContain("〔landrules〕ZC-LOWEFF");
  });
});
