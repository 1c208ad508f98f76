// Small workbook packages written part by part, so a test says exactly what the file holds:
// ISO date cells, inline and rich strings, formulas without results, a zip with no workbook part.
import { constants, createDeflateRaw } from "node:zlib";
import { strToU8, zipSync, type Zippable } from "fflate";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface FixtureSheet {
  name: string;
  /** The `<sheetData>` content (rows and cells as XML), and anything after it (mergeCells). */
  rows: string;
  after?: string;
}

export interface Fixture {
  sheets: FixtureSheet[];
  /** Shared strings, in index order. */
  strings?: string[];
  /** `<numFmts>`/`<cellXfs>` content of the styles part. */
  styles?: string;
  date1904?: boolean;
  /** More entries, by name (charts, comments, anything). */
  extra?: Record<string, string | Uint8Array>;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A cell: `c("B2", 3)`, `c("A1", "text")` (inline), or raw XML content with attributes. */
export function c(ref: string, v: string | number | boolean | null, attrs = ""): string {
  if (v === null) return `<c r="${ref}"${attrs}/>`;
  if (typeof v === "number") return `<c r="${ref}"${attrs}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b"${attrs}><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"${attrs}><is><t>${esc(v)}</t></is></c>`;
}

/** A row of cells from column A: `row(3, ["企业名称", "用地面积"])`. */
export function row(r: number, values: readonly (string | number | boolean | null)[]): string {
  const letter = (i: number) => String.fromCharCode(65 + i);
  return `<row r="${r}">${values.map((v, i) => (v === null ? "" : c(`${letter(i)}${r}`, v))).join("")}</row>`;
}

export function fixtureEntries(f: Fixture): Zippable {
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${f.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${MAIN}>${f.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${f.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${f.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${(f.strings ?? []).map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${esc(s)}</t></si>`)).join("")}</sst>`),
    "xl/styles.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${f.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`),
  };
  f.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${MAIN}><sheetData>${s.rows}</sheetData>${s.after ?? ""}</worksheet>`);
  });
  for (const [name, data] of Object.entries(f.extra ?? {})) files[name] = typeof data === "string" ? strToU8(data) : data;
  return files;
}

export function fixture(f: Fixture): Uint8Array {
  return zipSync(fixtureEntries(f));
}

/**
 * A zip of ~4 MB whose sheet inflates to 4 GB — well-formed XML, a sheet start then spaces — and
 * declares a small size (a bomb lies). zlib's run-length strategy makes it in a few seconds,
 * streamed, never holding 4 GB.
 */
export async function zipBomb(): Promise<Uint8Array> {
  const z = createDeflateRaw({ level: 9, memLevel: 9, strategy: constants.Z_RLE });
  const chunks: Uint8Array[] = [];
  z.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((done) => z.on("end", done));
  z.write(strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${MAIN}><sheetData>`));
  const spaces = new Uint8Array(64 * 2 ** 20).fill(0x20);
  for (let i = 0; i < 64; i++) if (!z.write(spaces)) await new Promise((done) => z.once("drain", done));
  z.end();
  await ended;
  const entries = fixtureEntries({ sheets: [{ name: "数据", rows: row(1, ["企业名称", "用地面积"]) }] });
  delete entries["xl/worksheets/sheet1.xml"];
  return rawZip([...Object.entries(entries).map(([name, data]) => ({ name, stored: data as Uint8Array })), { name: "xl/worksheets/sheet1.xml", deflated: concat(chunks), size: 40_000 }]);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A zip from stored or pre-deflated entries (the bomb's entry is deflated already; its declared size can lie). */
function rawZip(entries: { name: string; stored?: Uint8Array; deflated?: Uint8Array; size?: number }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name)) continue;
    seen.add(e.name);
    const name = strToU8(e.name);
    const data = e.deflated ?? e.stored!;
    const method = e.deflated ? 8 : 0;
    // CRC left 0: the reader must refuse on size long before any CRC would be checked.
    const size = Math.min(e.size ?? data.length, 0xffffffff);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, method, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, method, true);
    cd.setUint32(20, data.length, true);
    cd.setUint32(24, size, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, data);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const cdBytes = concat(central);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, seen.size, true);
  end.setUint16(10, seen.size, true);
  end.setUint32(12, cdBytes.length, true);
  end.setUint32(16, offset, true);
  return concat([...parts, cdBytes, new Uint8Array(end.buffer)]);
}
