// The product sheet's body written as worksheet XML and spliced into the part exceljs wrote,
// and the zip packing around it: what Excel (and exceljs) will read back.
import JSZip from "jszip";
import { bodyXml, spliceBody, type SheetBody } from "../../cli/sheet-body";
import { packZip, readZipEntries } from "../../cli/zip";

const body = (rows: SheetBody["rows"], formatted: number[] = []): SheetBody => ({ firstRow: 5, rows, formatted, dimension: `A1:C${4 + rows.length}` });

describe("bodyXml", () => {
  test("numbers as <v> with their column's style id; text inline, escaped; blanks and empty lines left out", () => {
    const xml = bodyXml(body([[1.5, "A & <B>", null], [null, null], [null, 2, 3]]), new Map([[0, "7"]]));
    expect(xml).toBe(
      '<row r="5"><c r="A5" s="7"><v>1.5</v></c><c r="B5" t="inlineStr"><is><t>A &amp; &lt;B&gt;</t></is></c></row>' +
        '<row r="7"><c r="B7"><v>2</v></c><c r="C7"><v>3</v></c></row>',
    );
  });

  test("characters XML cannot hold are dropped; leading spaces and line breaks are kept (xml:space)", () => {
    expect(bodyXml(body([["a\u0001b"], [" x"], ["一\n二"]]), new Map())).toBe(
      '<row r="5"><c r="A5" t="inlineStr"><is><t>ab</t></is></c></row>' +
        '<row r="6"><c r="A6" t="inlineStr"><is><t xml:space="preserve"> x</t></is></c></row>' +
        '<row r="7"><c r="A7" t="inlineStr"><is><t xml:space="preserve">一\n二</t></is></c></row>',
    );
  });
});

describe("spliceBody", () => {
  const part = (template: string) =>
    `<worksheet><dimension ref="A1:C5"/><sheetData><row r="4"><c r="A4" t="s"><v>0</v></c></row>${template}</sheetData><autoFilter ref="A4:C6"/></worksheet>`;

  test("the template row gives its style ids to the body's numbers and is replaced by the body; the used range covers the table", () => {
    const out = spliceBody(part('<row r="5" spans="1:3"><c r="C5" s="12"><v>0</v></c></row>'), body([["x", null, 0.25], ["y", 1, 0.5]], [2]));
    expect(out).toBe(
      '<worksheet><dimension ref="A1:C6"/><sheetData><row r="4"><c r="A4" t="s"><v>0</v></c></row>' +
        '<row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c><c r="C5" s="12"><v>0.25</v></c></row>' +
        '<row r="6"><c r="A6" t="inlineStr"><is><t>y</t></is></c><c r="B6"><v>1</v></c><c r="C6" s="12"><v>0.5</v></c></row>' +
        '</sheetData><autoFilter ref="A4:C6"/></worksheet>',
    );
  });

  test("a body without formats needs no template row", () => {
    expect(spliceBody(part(""), body([["x"]]))).toContain('<row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
  });

  test("a format whose template cell exceljs did not write is an internal error, not unformatted numbers", () => {
    expect(() => spliceBody(part(""), body([[1]], [0]))).toThrow(/template row 5 lacks styled cells in columns A/);
  });
});

describe("packZip", () => {
  test("stored entries come out deflated with their CRC, a rewritten entry with its new content and CRC, every entry stamped with the one date", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "<a>" + "x".repeat(5000) + "</a>");
    zip.file("b.xml", "<b/>");
    zip.folder("dir");
    const stored = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const packed = await packZip(stored, new Date("2024-03-15T12:00:00Z"), new Map([["b.xml", (old: Buffer) => Buffer.from(old.toString().replace("<b/>", "<b>新</b>"))]]));
    expect(packed.length).toBeLessThan(stored.length);
    const back = await JSZip.loadAsync(packed, { checkCRC32: true });
    expect(await back.file("a.xml")!.async("string")).toBe("<a>" + "x".repeat(5000) + "</a>");
    expect(await back.file("b.xml")!.async("string")).toBe("<b>新</b>");
    for (const entry of Object.values(back.files)) expect(entry.date.toISOString()).toBe("2024-03-15T12:00:00.000Z");
    expect([...readZipEntries(packed, (name) => name.endsWith(".xml")).keys()]).toEqual(["a.xml", "b.xml"]);
  });
});
