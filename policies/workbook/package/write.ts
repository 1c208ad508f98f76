// The output package: the input package with our parts added (ECMA-376 Part 2). Every part of
// the input stays byte for byte except those an addition must touch: the workbook part (its
// sheet list and the filter names), its relationships, [Content_Types].xml, the styles part
// (our looks appended), the marked sheet and its notes parts, and docProps/custom.xml (the
// property that says the file is an output of ours). Product sheets are written as streamed
// XML. Bytes in, bytes out, no Node APIs: the CLI does the file I/O, a browser can use it too.
import { Zip, ZipDeflate, type ZipInputFile } from "fflate";
import { freeSheetName, isProductTitle, planSheet, type CellMark, type ProductSheet, type SheetPlan, type TextCut } from "../product-sheet";
import { addMarks, clearMarks, markBases, readLedger, saveLedger } from "./write-marks";
import type { StoredEntry } from "./read-archive";
import { joinChunks } from "./read-zip";
import { addOverride, addRelationship, CONTENT_TYPES, isStored, PackageDraft, relationships, REL, TYPE, type OutputEntry, type PackageEntries, type PackageInput } from "./write-parts";
import { filterRef, quotedSheet, sheetXml } from "./write-sheet";
import { patchStyles } from "./write-styles";
import { attr, element, elements, escapeXml, insertBefore, setAttr, splice, unescapeXml, utf8 } from "./write-xml";

export type { PackageEntries, PackageInput };

/** The custom document property that marks a file as an output of ours (File ▸ Properties ▸ Custom in Excel). */
export const OUTPUT_PROPERTY = "landrules.output";

export interface WriteRequest {
  /** Sheets to add; one of ours with the same name (its A1 marker) is replaced in place. */
  sheets: readonly ProductSheet[];
  /** Marks for one of the analyst's sheets (by name); earlier marks are cleared first. */
  marks?: { sheet: string; marks: readonly CellMark[] };
  /** Remove every mark of an earlier run (also done whenever `marks` is given). */
  clearMarks?: boolean;
  /** The value of the output property, e.g. `landrules 0.1.0`. */
  producer: string;
  /** Zip entry times (the evaluation date): the same input gives the same bytes. */
  stamp: Date;
  /** A faster deflate where the host has one (the CLI passes Node's zlib); fflate's otherwise (a browser). */
  deflater?: Deflater;
  /** Each chunk of the file as it is made (the CLI writes it to disk); the result then holds no chunks and no bytes. */
  onChunk?: (chunk: Uint8Array) => void;
}

/**
 * Raw deflate (RFC 1951) and CRC-32, e.g. Node's zlib.deflateRawSync and zlib.crc32. A part made
 * in pieces is deflated piece by piece: each but the last ends on a sync flush (`final` false), so
 * the pieces' outputs joined are one deflate stream and the part is never held whole.
 */
export interface Deflater {
  deflateRaw(data: Uint8Array, final?: boolean): Uint8Array;
  crc32(data: Uint8Array, previous?: number): number;
}

export interface WrittenProductSheet {
  name: string;
  /** The part it is in. */
  part: string;
  /** An earlier output of ours was replaced. */
  replaced: boolean;
}

export interface WriteResult {
  /** The file as the zip's chunks, in order (write them one after another: no second whole copy). */
  chunks: readonly Uint8Array[];
  /** The file as one array, joined when first asked for. */
  readonly bytes: Uint8Array;
  sheets: WrittenProductSheet[];
  marked: number;
  cleared: number;
  cuts: TextCut[];
}

interface SheetRef {
  name: string;
  part: string;
  /** The `<sheet>` element in the workbook part. */
  tag: string;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const CUSTOM_PATH = "docProps/custom.xml";
const CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

function workbookPartOf(draft: PackageDraft): string {
  const rel = relationships(draft, "").find((r) => r.type === REL.officeDocument || r.type.endsWith("/officeDocument"));
  if (!rel || !draft.has(rel.part)) throw new Error("the package has no workbook part");
  return rel.part;
}

function sheetRefs(draft: PackageDraft, workbookPart: string): SheetRef[] {
  const xml = draft.read(workbookPart)!;
  const rels = new Map(relationships(draft, workbookPart).map((r) => [r.id, r]));
  const sheets = element(xml, "sheets");
  if (!sheets) return [];
  return elements(sheets.xml, "sheet").map((s) => {
    const id = /\s[\w]+:id="([^"]*)"/.exec(s.tag)?.[1] ?? "";
    return { name: attr(s.tag, "name") ?? "", part: rels.get(id)?.part ?? "", tag: s.tag };
  });
}

/** A1's text on a sheet part: inline, shared or formula-string; null when blank or not text. */
function a1Text(draft: PackageDraft, workbookPart: string, sheetPart: string): string | null {
  const xml = draft.read(sheetPart);
  if (!xml) return null;
  const cell = /<c\b[^>]*\sr="A1"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/.exec(xml);
  if (!cell || !cell[1]) return null;
  const type = attr(cell[0].slice(0, cell[0].indexOf(">") + 1), "t");
  const texts = (x: string) => [...x.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join("");
  if (type === "inlineStr") return texts(cell[1]);
  const v = /<v>([\s\S]*?)<\/v>/.exec(cell[1])?.[1];
  if (v === undefined) return null;
  if (type === "str") return unescapeXml(v);
  if (type !== "s") return null;
  const sst = relationships(draft, workbookPart).find((r) => r.type === REL.sharedStrings);
  const strings = sst ? draft.read(sst.part) : undefined;
  if (!strings) return null;
  const si = elements(strings, "si")[Number(v)];
  return si ? texts(si.xml) : null;
}

/** Whether the package is an output of ours: its custom property OUTPUT_PROPERTY. */
export function isOurOutput(entries: PackageEntries): boolean {
  const bytes = entries.get(CUSTOM_PATH);
  if (!bytes) return false;
  return new TextDecoder().decode(bytes).includes(`name="${OUTPUT_PROPERTY}"`);
}

/** Marks the package as an output of ours (so a later run may replace it without --force). */
export function setOutputProperty(draft: PackageDraft, value: string): void {
  const prop = (pid: number) => `<property fmtid="${CUSTOM_FMTID}" pid="${pid}" name="${OUTPUT_PROPERTY}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`;
  const xml = draft.read(CUSTOM_PATH);
  if (xml === undefined) {
    draft.write(
      CUSTOM_PATH,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${prop(2)}</Properties>`,
    );
    addOverride(draft, CUSTOM_PATH, TYPE.customProperties);
    addRelationship(draft, "", REL.customProperties, CUSTOM_PATH);
    return;
  }
  const props = elements(xml, "property");
  const ours = props.find((p) => attr(p.tag, "name") === OUTPUT_PROPERTY);
  if (ours) {
    if (!ours.xml.includes(`>${escapeXml(value)}<`)) draft.write(CUSTOM_PATH, splice(xml, ours.start, ours.end, prop(Number(attr(ours.tag, "pid") ?? 2))));
    return;
  }
  const pid = Math.max(1, ...props.map((p) => Number(attr(p.tag, "pid") ?? 1))) + 1;
  const vt = /xmlns:vt=/.test(xml) ? xml : xml.replace(/<Properties\b/, '<Properties xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"');
  const end = vt.lastIndexOf("</Properties>");
  draft.write(CUSTOM_PATH, end < 0 ? vt.replace(/<Properties\b([^>]*)\/>/, `<Properties$1>${prop(pid)}</Properties>`) : splice(vt, end, end, prop(pid)));
}

/** The filter's defined name for a sheet (by tab index), replacing an earlier one. */
function setFilterName(workbookXml: string, sheetIndex: number, sheetName: string, ref: string | null): string {
  let xml = workbookXml;
  const names = element(xml, "definedNames");
  if (names) {
    const old = elements(names.xml, "definedName").find((d) => attr(d.tag, "name") === "_xlnm._FilterDatabase" && attr(d.tag, "localSheetId") === String(sheetIndex));
    if (old) xml = splice(xml, names.start + old.start, names.start + old.end, "");
  }
  if (!ref) return xml;
  const [from, to] = ref.split(":").map((c) => c.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"));
  const name = `<definedName name="_xlnm._FilterDatabase" localSheetId="${sheetIndex}" hidden="1">${escapeXml(quotedSheet(sheetName))}!${from}:${to}</definedName>`;
  const current = element(xml, "definedNames");
  if (current) {
    if (current.tag.endsWith("/>")) return splice(xml, current.start, current.end, `<definedNames>${name}</definedNames>`);
    const end = current.end - "</definedNames>".length;
    return splice(xml, end, end, name);
  }
  return insertBefore(xml, ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"], "</workbook>", `<definedNames>${name}</definedNames>`);
}

function addSheetElement(workbookXml: string, name: string, relId: string): string {
  const sheets = element(workbookXml, "sheets")!;
  const ids = elements(sheets.xml, "sheet").map((s) => Number(attr(s.tag, "sheetId") ?? 0));
  const root = /<workbook\b[^>]*>/.exec(workbookXml)![0];
  const prefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(root)?.[1];
  let xml = prefix ? workbookXml : workbookXml.replace(root, setAttr(root, "xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
  const el = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}" ${prefix ?? "r"}:id="${relId}"/>`;
  const s = element(xml, "sheets")!;
  xml = s.tag.endsWith("/>") ? splice(xml, s.start, s.end, `<sheets>${el}</sheets>`) : splice(xml, s.end - "</sheets>".length, s.end - "</sheets>".length, el);
  return xml;
}

/**
 * The output package. Product sheets: one of ours with the same name is rewritten in its own
 * part and place; an analyst's sheet of that name is kept and ours gets a free name.
 */
export function writePackage(input: PackageInput, request: WriteRequest): WriteResult {
  const draft = new PackageDraft(input);
  if (!draft.has(CONTENT_TYPES)) throw new Error("the package has no [Content_Types].xml");
  const workbookPart = workbookPartOf(draft);
  const stylesRel = relationships(draft, workbookPart).find((r) => r.type === REL.styles);
  const stylesPart = stylesRel?.part ?? "xl/styles.xml";

  // Marks: the formats they need are prepared with the product's looks, in one pass over the styles.
  const ledger = readLedger(draft);
  const markSheet = request.marks ? sheetRefs(draft, workbookPart).find((s) => s.name === request.marks!.sheet) : undefined;
  if (request.marks && !markSheet) throw new Error(`no sheet named ${request.marks.sheet} to mark`);
  const doClear = request.clearMarks === true || request.marks !== undefined;
  const preStyles = patchStyles(draft.read(stylesPart), []);
  const cleared = doClear ? clearMarks(draft, ledger, preStyles) : 0;
  const bases = markSheet ? markBases(draft, markSheet.part, request.marks!.marks) : [];
  const styles = patchStyles(draft.read(stylesPart), bases);
  draft.write(stylesPart, styles.xml);
  if (!stylesRel) {
    addRelationship(draft, workbookPart, REL.styles, stylesPart);
    addOverride(draft, stylesPart, TYPE.styles);
  }
  const marked = markSheet ? addMarks(draft, markSheet.part, request.marks!.marks, styles, ledger, { workbookPart, when: request.stamp }) : 0;
  if (doClear || marked > 0) saveLedger(draft, workbookPart, ledger);

  const written: WrittenProductSheet[] = [];
  const plans: SheetPlan[] = [];
  for (const sheet of request.sheets) {
    const refs = sheetRefs(draft, workbookPart);
    const same = refs.find((r) => r.name.toLowerCase() === sheet.name.toLowerCase());
    const ours = same && same.part && isProductTitle(a1Text(draft, workbookPart, same.part)) ? same : undefined;
    const name = ours ? ours.name : freeSheetName(sheet.name, refs.map((r) => r.name));
    const plan = planSheet({ ...sheet, name });
    let part: string;
    let workbookXml = draft.read(workbookPart)!;
    if (ours) part = ours.part;
    else {
      part = draft.freePath("xl/worksheets/sheet#.xml");
      const relId = addRelationship(draft, workbookPart, REL.worksheet, part);
      addOverride(draft, part, TYPE.worksheet);
      workbookXml = addSheetElement(draft.read(workbookPart)!, name, relId);
    }
    draft.stream(part, () => sheetXml(plan, styles.productXf));
    plans.push(plan);
    const index = sheetRefs(draft, workbookPart).findIndex((r) => r.name === name);
    const tabIndex = index >= 0 ? index : elements(element(workbookXml, "sheets")!.xml, "sheet").length - 1;
    draft.write(workbookPart, setFilterName(workbookXml, tabIndex, name, filterRef(plan)));
    written.push({ name, part, replaced: ours !== undefined });
  }
  setOutputProperty(draft, request.producer);
  const chunks = zipChunks(draft.finish(), request.stamp, request.deflater, request.onChunk);
  // The sheets' rows were walked as the zip was written: their cut cells are known now.
  const cuts = plans.flatMap((p) => p.cuts);
  let bytes: Uint8Array | undefined;
  return {
    chunks,
    get bytes() {
      if (request.onChunk) throw new Error("the file went to onChunk, chunk by chunk");
      return (bytes ??= joinChunks(chunks));
    },
    sheets: written,
    marked,
    cleared,
    cuts,
  };
}

/**
 * The deflate level of the parts we write (fflate's and the host's deflater alike). Measured on
 * the 100,000-firm tier sheet (57 MB of XML) with Node's zlib: level 1 0.36 s → 13.2 MB, 2 0.44 s
 * → 12.4 MB, 4 0.58 s → 11.6 MB, 6 (zlib's default) 0.9–1.2 s → 10.9 MB. Level 2 is the fast
 * family's best ratio; past it each MB saved costs three to five times as much. Excel, LibreOffice
 * and openpyxl read any level.
 */
export const DEFLATE_LEVEL = 2;

// A zip entry's DOS time cannot hold a year before 1980.
const EARLIEST_ZIP_TIME = new Date(1980, 0, 1);

/** An entry already deflated by the host's deflater, handed to fflate's zip as it is. */
function deflatedEntry(name: string, data: Uint8Array, deflater: Deflater, mtime: Date): { file: ZipInputFile; deflated: Uint8Array } {
  const deflated = data.length === 0 ? data : deflater.deflateRaw(data, true);
  const file: ZipInputFile = { filename: name, size: data.length, crc: data.length === 0 ? 0 : deflater.crc32(data), compression: data.length === 0 ? 0 : 8, mtime };
  return { file, deflated };
}

/** An input part copied as its compressed bytes, with the method, CRC and size it was stored with: never inflated, never deflated again. */
function addStored(zip: Zip, name: string, entry: StoredEntry, mtime: Date): void {
  const file: ZipInputFile = { filename: name, size: entry.size, crc: entry.crc, compression: entry.method, mtime };
  zip.add(file);
  for (const piece of entry.compressed()) file.ondata!(null, piece as Uint8Array<ArrayBuffer>, false);
  file.ondata!(null, new Uint8Array(0), true);
}

// A streamed part's pieces are gathered to about this many bytes per deflate call: fewer calls
// (each sets up a deflate state) and a longer window than small pieces, held briefly.
const DEFLATE_BATCH = 1 << 20;

const asBytes = (piece: string | Uint8Array): Uint8Array => (typeof piece === "string" ? utf8(piece) : piece);

/** A streamed part's pieces as bytes in batches of about DEFLATE_BATCH (a piece that size or larger goes as it is). */
function* batches(pieces: Iterable<string | Uint8Array>): Generator<Uint8Array> {
  let held: Uint8Array[] = [];
  let size = 0;
  for (const piece of pieces) {
    const bytes = asBytes(piece);
    held.push(bytes);
    size += bytes.length;
    if (size >= DEFLATE_BATCH) {
      yield joinChunks(held);
      [held, size] = [[], 0];
    }
  }
  if (held.length > 0) yield joinChunks(held);
}

/** A streamed part through the host's deflater, batch by batch; its size and CRC are set before the last batch (the zip writes them after the data). */
function addStreamed(zip: Zip, name: string, pieces: Iterable<string | Uint8Array>, deflater: Deflater, mtime: Date): void {
  const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8, mtime };
  zip.add(file);
  let [size, crc] = [0, 0];
  let held: Uint8Array | null = null;
  const emit = (bytes: Uint8Array, final: boolean) => {
    size += bytes.length;
    crc = deflater.crc32(bytes, crc);
    const deflated = deflater.deflateRaw(bytes, final);
    if (final) [file.size, file.crc] = [size, crc];
    file.ondata!(null, deflated as Uint8Array<ArrayBuffer>, final);
  };
  // One batch is held back, so the last is known when it is deflated.
  for (const batch of batches(pieces)) {
    if (held) emit(held, false);
    held = batch;
  }
  emit(held ?? new Uint8Array(0), true);
}

/**
 * The entries zipped, in order, every entry stamped `stamp`, as the zip's chunks (joined, they
 * are the file; an input part copied as stored is a view into the input, not a copy), or
 * handed to `onChunk` as they are made (then none is kept). A stored
 * entry is copied as its compressed bytes; bytes and streamed parts are deflated, a streamed
 * part's pieces as they are made; with a host deflater (several times faster than fflate in
 * Node) a whole part is deflated at once and a streamed one batch by batch.
 */
export function zipChunks(entries: ReadonlyMap<string, OutputEntry>, stamp: Date, deflater?: Deflater, onChunk?: (chunk: Uint8Array) => void): Uint8Array[] {
  const mtime = stamp < EARLIEST_ZIP_TIME ? EARLIEST_ZIP_TIME : stamp;
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    if (onChunk) onChunk(data);
    else chunks.push(data);
  });
  for (const [name, data] of entries) {
    if (isStored(data)) {
      addStored(zip, name, data, mtime);
      continue;
    }
    if (deflater) {
      if (typeof data === "function") {
        addStreamed(zip, name, data(), deflater, mtime);
        continue;
      }
      const { file, deflated } = deflatedEntry(name, data, deflater, mtime);
      zip.add(file);
      file.ondata!(null, deflated as Uint8Array<ArrayBuffer>, true);
      continue;
    }
    const file = new ZipDeflate(name, { level: typeof data !== "function" && data.length === 0 ? 0 : DEFLATE_LEVEL });
    file.mtime = mtime;
    zip.add(file);
    if (typeof data !== "function") file.push(data, true);
    else {
      for (const piece of data()) file.push(asBytes(piece));
      file.push(new Uint8Array(0), true);
    }
  }
  zip.end();
  return chunks;
}


/** The entries zipped into one array (see zipChunks). */
export function zipEntries(entries: ReadonlyMap<string, OutputEntry>, stamp: Date, deflater?: Deflater): Uint8Array {
  return joinChunks(zipChunks(entries, stamp, deflater));
}

export { MAIN_NS };
