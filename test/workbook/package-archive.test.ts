// The writer on the archive itself (policies/workbook/package/read-archive.ts): a part it does not
// change is copied as its compressed bytes, with the method and CRC-32 it was stored with, and
// never inflated or deflated again. Checked on workbooks we did not write: openpyxl's, and the
// same re-saved by LibreOffice. Raw entries are compared, not only their inflated content, and
// Python's zipfile (a reader we did not write) checks every CRC of the output.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { packageInput } from "../../cli/output";
import { archiveInput, inflateWhole, storedEntries } from "../../policies/workbook/package/read-archive";
import { openWorkbookPackage, PackageError } from "../../policies/workbook/package/read";
import { InflateBudget } from "../../policies/workbook/package/read-zip";
import { writePackage, type WriteRequest } from "../../policies/workbook/package/write";
import { cellMarks, type ProductSheet } from "../../policies/workbook/product-sheet";
import { NODE_DEFLATER } from "../../cli/output";

const FIXTURES = resolve(__dirname, "fixtures");
// Debian's python3 with python3-openpyxl; soffice (.ci/run installs both).
const PYTHON = "/usr/bin/python3";
const dir = mkdtempSync(join(tmpdir(), "landrules-archive-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheet: ProductSheet = {
  name: "核查报告_zengcheng",
  title: "核查报告 / Check report",
  blocks: [{ kind: "table", primary: true, columns: [{ header: "行 / Row", kind: "integer" }, { header: "企业 / Enterprise", kind: "text" }], rows: [[4, "甲公司"], [5, "乙公司"]] }],
};
const marks = cellMarks([{ row: 5, column: "G", severity: "violation", rule: "ZC-GGG", citation: "增城 二(六)17", message: { zh: "容积率低于 2.0", en: "FAR below 2.0" } }]);
const request = (over: Partial<WriteRequest> = {}): WriteRequest => ({ sheets: [sheet], producer: "landrules 0.1.0", stamp: new Date("2024-03-15T12:00:00Z"), deflater: NODE_DEFLATER, ...over });

const inflated = (bytes: Uint8Array) => new Map(Object.entries(unzipSync(bytes)));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** Every part whose content the write left unchanged has the input's raw entry: method, CRC, size and compressed bytes. Returns those parts. */
function expectRawCopies(input: Uint8Array, output: Uint8Array): string[] {
  const [before, after] = [storedEntries(input), storedEntries(output)];
  const [contentBefore, contentAfter] = [inflated(input), inflated(output)];
  const unchanged: string[] = [];
  for (const [name, entry] of before) {
    expect([name, after.has(name)]).toEqual([name, true]);
    if (!same(contentBefore.get(name)!, contentAfter.get(name)!)) continue;
    const copy = after.get(name)!;
    expect([name, copy.method, copy.crc, copy.size, same(Buffer.concat([...copy.compressed()]), Buffer.concat([...entry.compressed()]))]).toEqual([name, entry.method, entry.crc, entry.size, true]);
    unchanged.push(name);
  }
  return unchanged;
}

/** Python's zipfile reads every member and checks its CRC-32 (testzip); prints the first bad one or OK. */
function pythonTestzip(path: string): string {
  return execFileSync(PYTHON, ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip() or 'OK')", path], { encoding: "utf8" }).trim();
}

describe("writing from the archive: unchanged parts are their compressed bytes", () => {
  const openpyxlPath = join(dir, "analyst.xlsx");
  const libreDir = join(dir, "lo");
  let openpyxlBytes: Uint8Array;
  let libreBytes: Uint8Array;

  beforeAll(() => {
    execFileSync(PYTHON, [join(FIXTURES, "analyst-workbook.py"), openpyxlPath]);
    openpyxlBytes = new Uint8Array(readFileSync(openpyxlPath));
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", libreDir, openpyxlPath], { stdio: "ignore", timeout: 120_000 });
    libreBytes = new Uint8Array(readFileSync(join(libreDir, "analyst.xlsx")));
  });

  test("the central directory gives every entry the streaming reader sees, each inflating to the same bytes", () => {
    for (const bytes of [openpyxlBytes, libreBytes]) {
      const stored = storedEntries(bytes);
      const content = inflated(bytes);
      expect([...stored.keys()].sort()).toEqual([...content.keys()].sort());
      for (const [name, entry] of stored) expect([name, same(inflateWhole(entry, new InflateBudget(bytes.length)), content.get(name)!)]).toEqual([name, true]);
    }
  });

  test("openpyxl's workbook, marked: every part the marks and the sheet do not touch is copied raw, the chart and the other sheet among them", () => {
    const pkg = openWorkbookPackage(openpyxlBytes);
    const result = writePackage(archiveInput(openpyxlBytes, pkg.budget), request({ marks: { sheet: "企业数据", marks } }));
    const unchanged = expectRawCopies(openpyxlBytes, result.bytes);
    expect(unchanged).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/worksheets/sheet2.xml", "xl/theme/theme1.xml", "docProps/app.xml"]));
    // Only what an addition must touch was rewritten (the marked sheet among them).
    const touched = [...storedEntries(openpyxlBytes).keys()].filter((n) => !unchanged.includes(n));
    const mayTouch = ["[Content_Types].xml", "_rels/.rels", "docProps/custom.xml", "xl/_rels/workbook.xml.rels", "xl/comments/comment1.xml", "xl/drawings/commentsDrawing1.vml", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"];
    expect(mayTouch).toEqual(expect.arrayContaining(touched));
    expect(touched).toContain("xl/worksheets/sheet1.xml");
    const out = join(dir, "openpyxl-out.xlsx");
    writeFileSync(out, result.bytes);
    expect(pythonTestzip(out)).toBe("OK");
  });

  test("the same parts, part for part, as writing from the inflated entries", () => {
    const pkg = openWorkbookPackage(openpyxlBytes);
    const fromArchive = inflated(writePackage(archiveInput(openpyxlBytes, pkg.budget), request({ marks: { sheet: "企业数据", marks } })).bytes);
    const fromEntries = inflated(writePackage(inflated(openpyxlBytes), request({ marks: { sheet: "企业数据", marks } })).bytes);
    expect([...fromArchive.keys()]).toEqual([...fromEntries.keys()]);
    for (const [name, bytes] of fromEntries) expect([name, same(fromArchive.get(name)!, bytes)]).toEqual([name, true]);
  });

  test("LibreOffice's re-save, unmarked: the data sheet, its drawing and the chart are copied raw; the output's CRCs check", () => {
    const pkg = openWorkbookPackage(libreBytes);
    const result = writePackage(archiveInput(libreBytes, pkg.budget), request());
    const unchanged = expectRawCopies(libreBytes, result.bytes);
    const data = pkg.sheets.find((s) => s.name === "企业数据")!.part;
    expect(unchanged).toContain(data);
    expect(unchanged.some((n) => /charts\/chart\d*\.xml$/.test(n))).toBe(true);
    expect(unchanged.some((n) => /drawings\/drawing\d*\.xml$/.test(n))).toBe(true);
    const out = join(dir, "libre-out.xlsx");
    writeFileSync(out, result.bytes);
    expect(pythonTestzip(out)).toBe("OK");
    // The chunks joined are the bytes (the CLI writes them one after another).
    expect(same(Buffer.concat(result.chunks), result.bytes)).toBe(true);
  });

  test("a damaged central directory is refused as damaged; the CLI then writes from every part inflated, as before", () => {
    const broken = openpyxlBytes.slice();
    const eocd = Buffer.from(broken).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    broken[eocd + 16] ^= 0xff; // the directory's offset now points elsewhere
    expect(() => storedEntries(broken)).toThrow(PackageError);
    const pkg = openWorkbookPackage(broken);
    const input = packageInput(pkg);
    expect(input instanceof Map).toBe(true);
    expect([...inflated(writePackage(input, request()).bytes).keys()]).toEqual(expect.arrayContaining([...inflated(openpyxlBytes).keys()]));
  });
});

describe("the central directory in its zip64 form (APPNOTE 6.3 §4.3.14, §4.5.3)", () => {
  /** The archive rewritten as a writer of large files does: each directory entry's sizes and offset in a zip64 extra field, and a zip64 end record. */
  function asZip64(zip: Uint8Array): Uint8Array {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const eocd = Buffer.from(zip).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = view.getUint16(eocd + 10, true);
    const dirAt = view.getUint32(eocd + 16, true);
    const entries: Uint8Array[] = [];
    for (let i = 0, p = dirAt; i < count; i++) {
      const [n, m, k] = [view.getUint16(p + 28, true), view.getUint16(p + 30, true), view.getUint16(p + 32, true)];
      const head = zip.slice(p, p + 46 + n);
      const h = new DataView(head.buffer);
      const extra = new DataView(new ArrayBuffer(28));
      extra.setUint16(0, 1, true);
      extra.setUint16(2, 24, true);
      extra.setBigUint64(4, BigInt(h.getUint32(24, true)), true);
      extra.setBigUint64(12, BigInt(h.getUint32(20, true)), true);
      extra.setBigUint64(20, BigInt(h.getUint32(42, true)), true);
      for (const at of [20, 24, 42]) h.setUint32(at, 0xffffffff, true);
      h.setUint16(30, 28, true);
      h.setUint16(32, 0, true);
      entries.push(head, new Uint8Array(extra.buffer));
      p += 46 + n + m + k;
    }
    const directory = Buffer.concat(entries);
    const end64 = new DataView(new ArrayBuffer(56 + 20 + 22));
    end64.setUint32(0, 0x06064b50, true);
    end64.setBigUint64(4, 44n, true);
    end64.setBigUint64(24, BigInt(count), true);
    end64.setBigUint64(32, BigInt(count), true);
    end64.setBigUint64(40, BigInt(directory.length), true);
    end64.setBigUint64(48, BigInt(dirAt), true);
    end64.setUint32(56, 0x07064b50, true);
    end64.setBigUint64(64, BigInt(dirAt + directory.length), true);
    end64.setUint32(72, 1, true);
    end64.setUint32(76, 0x06054b50, true);
    end64.setUint16(86, 0xffff, true);
    end64.setUint16(84, 0xffff, true);
    end64.setUint32(88, 0xffffffff, true);
    end64.setUint32(92, 0xffffffff, true);
    return Buffer.concat([zip.subarray(0, dirAt), directory, new Uint8Array(end64.buffer)]);
  }

  test("the same entries, sizes, CRCs and content as the plain directory gives", () => {
    const plain = zipSync({ "a.xml": strToU8("<a>甲公司</a>"), "b/c.xml": [strToU8("x".repeat(5000)), { level: 0 }] });
    const big = asZip64(plain);
    const [p, z] = [storedEntries(plain), storedEntries(big)];
    expect([...z.keys()]).toEqual(["a.xml", "b/c.xml"]);
    for (const [name, e] of p) {
      const f = z.get(name)!;
      expect([f.method, f.crc, f.size, f.compressedSize, f.offset]).toEqual([e.method, e.crc, e.size, e.compressedSize, e.offset]);
      expect(new TextDecoder().decode(inflateWhole(f, new InflateBudget(big.length)))).toBe(new TextDecoder().decode(inflated(plain).get(name)));
    }
  });
});
