// Cell marks on the analyst's sheet, in the file: the cell's own format with the severity's
// fill, and our lines in its legacy note (ECMA-376 §18.7) — added after an analyst's note,
// never instead of it — and, on a cell with an Excel 365 thread, a reply in it (write-threads). What each mark changed is kept in a custom XML part of ours
// (`urn:landrules:marks`), so a re-run or --clear-marks undoes exactly that and nothing else.
import { columnLetter } from "../cells";
import { MARK_TAG, type CellMark, type Severity } from "../product-sheet";
import {
  addOverride,
  addRelationship,
  CONTENT_TYPES,
  ensureDefault,
  relationships,
  relsPathOf,
  REL,
  removeOverride,
  removeRelationship,
  TYPE,
  type PackageDraft,
} from "./write-parts";
import type { PatchedStyles } from "./write-styles";
import { addReplies, removeReplies, type ThreadReply } from "./write-threads";
import { attr, element, elements, escapeXml, insertBefore, setAttr, splice, tElement, unescapeXml } from "./write-xml";

export const MARKS_NS = "urn:landrules:marks";
const SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One marked cell as the ledger keeps it. */
interface LedgerMark {
  sheet: string;
  cell: string;
  /** The cell's `s` before the mark; undefined when it had none. */
  style?: string;
  /** We inserted the cell element (the cell was blank and absent). */
  created: boolean;
  note: "added" | "appended" | "none";
  /** An appended note's text element before our lines, restored exactly when nothing else changed. */
  prior?: string;
  /** Our reply on the cell's threaded comment (Excel 365): its id, and the threaded comments part. */
  reply?: string;
  thread?: string;
}

/** Parts we created for a sheet's notes, to remove when no note of ours is left. */
interface LedgerPart {
  sheet: string;
  comments?: string;
  commentsRel?: string;
  vml?: string;
  vmlRel?: string;
  /** The relationships namespace prefix we declared on the sheet's root for our <legacyDrawing> (the root had none). */
  rootNs?: string;
}

export interface Ledger {
  path: string | null;
  marks: LedgerMark[];
  parts: LedgerPart[];
  /** The persons part we added our person "landrules" to (the author of our replies). */
  people?: string;
}

const LEDGER_ITEM = "customXml/item#.xml";

/** The marks ledger of an earlier run, or an empty one. */
export function readLedger(draft: PackageDraft): Ledger {
  for (const path of draft.entries.keys()) {
    if (!/^customXml\/item\d+\.xml$/i.test(path)) continue;
    const xml = draft.read(path)!;
    if (!xml.includes(MARKS_NS)) continue;
    const marks = elements(xml, "mark").map(
      (m): LedgerMark => ({
        sheet: attr(m.tag, "sheet")!,
        cell: attr(m.tag, "cell")!,
        style: attr(m.tag, "style"),
        created: attr(m.tag, "created") === "1",
        note: (attr(m.tag, "note") as LedgerMark["note"]) ?? "none",
        prior: attr(m.tag, "prior"),
        reply: attr(m.tag, "reply"),
        thread: attr(m.tag, "thread"),
      }),
    );
    const parts = elements(xml, "part").map(
      (p): LedgerPart => ({ sheet: attr(p.tag, "sheet")!, comments: attr(p.tag, "comments"), commentsRel: attr(p.tag, "commentsRel"), vml: attr(p.tag, "vml"), vmlRel: attr(p.tag, "vmlRel"), rootNs: attr(p.tag, "rootNs") }),
    );
    const people = element(xml, "people");
    return { path, marks, parts, people: people ? attr(people.tag, "part") : undefined };
  }
  return { path: null, marks: [], parts: [] };
}

function ledgerXml(ledger: Ledger): string {
  const a = (name: string, v: string | undefined) => (v === undefined ? "" : ` ${name}="${escapeXml(v)}"`);
  const parts = ledger.parts.map((p) => `<part${a("sheet", p.sheet)}${a("comments", p.comments)}${a("commentsRel", p.commentsRel)}${a("vml", p.vml)}${a("vmlRel", p.vmlRel)}${a("rootNs", p.rootNs)}/>`);
  const marks = ledger.marks.map((m) => `<mark${a("sheet", m.sheet)}${a("cell", m.cell)}${a("style", m.style)}${m.created ? ' created="1"' : ""} note="${m.note}"${a("prior", m.prior)}${a("reply", m.reply)}${a("thread", m.thread)}/>`);
  const people = ledger.people === undefined ? "" : `<people${a("part", ledger.people)}/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<marks xmlns="${MARKS_NS}">${parts.join("")}${people}${marks.join("")}</marks>`;
}

/** Writes the ledger (creating its custom XML part, properties and relationships) or, when empty, removes it. */
export function saveLedger(draft: PackageDraft, workbookPart: string, ledger: Ledger): void {
  if (ledger.marks.length === 0 && ledger.parts.length === 0) {
    if (ledger.path) removeCustomXml(draft, workbookPart, ledger.path);
    return;
  }
  if (ledger.path) return draft.write(ledger.path, ledgerXml(ledger));
  const path = draft.freePath(LEDGER_ITEM);
  const props = path.replace(/item(\d+)\.xml$/, "itemProps$1.xml");
  draft.write(path, ledgerXml(ledger));
  draft.write(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6C616E64-7275-6C65-732D-6D61726B7331}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${MARKS_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  ensureDefault(draft, "xml", TYPE.xml);
  addOverride(draft, props, TYPE.customXmlProps);
  addRelationship(draft, path, REL.customXmlProps, props);
  addRelationship(draft, workbookPart, REL.customXml, path);
  ledger.path = path;
}

function removeCustomXml(draft: PackageDraft, workbookPart: string, path: string): void {
  for (const r of relationships(draft, path)) {
    draft.remove(r.part);
    removeOverride(draft, r.part);
  }
  draft.remove(relsPathOf(path));
  draft.remove(path);
  const rel = relationships(draft, workbookPart).find((r) => r.part === path);
  if (rel) removeRelationship(draft, workbookPart, rel.id);
}

// ── Cells ────────────────────────────────────────────────────────────────────────────────

const CELL_TAG = /<c(?=[\s/>])[^>]*>/g;
const REF_ATTR = /\sr="([A-Z]+\d+)"/;
const S_ATTR = /\ss="(\d+)"/;

/** Each cell start tag with its ref and written `s` (fast: runs over every cell of the sheet). */
function* cellTags(sheetXml: string): Generator<{ ref: string; s: string | undefined }> {
  for (const m of sheetXml.matchAll(CELL_TAG)) {
    const r = REF_ATTR.exec(m[0]);
    if (r) yield { ref: r[1]!, s: S_ATTR.exec(m[0])?.[1] };
  }
}

function refParts(ref: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return { row: Number(m[2]), column: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

/** Each cell's `s` (0 when absent) for the refs asked, and which refs have no cell element. */
export function cellStyles(sheetXml: string, refs: ReadonlySet<string>): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const c of cellTags(sheetXml)) if (refs.has(c.ref)) out.set(c.ref, Number(c.s ?? 0));
  for (const r of refs) if (!out.has(r)) out.set(r, null);
  return out;
}

/** Sets the `s` of the given cells (undefined: removes it); cells absent are inserted into their rows. */
function restyle(sheetXml: string, styles: ReadonlyMap<string, string | undefined>, remove: ReadonlySet<string> = new Set()): string {
  const seen = new Set<string>();
  let xml = sheetXml.replace(/<c(?=[\s/>])[^>]*?(\/>|>)/g, (tag) => {
    const r = REF_ATTR.exec(tag)?.[1];
    if (!r || !styles.has(r)) return tag;
    seen.add(r);
    if (remove.has(r) && tag.endsWith("/>")) return "";
    return setAttr(tag, "s", styles.get(r));
  });
  // A removed cell that had content after all: its self-closing test above failed; its tag was restyled instead.
  const missing = [...styles.keys()].filter((r) => !seen.has(r) && !remove.has(r));
  if (missing.length === 0) return xml;
  const byRow = new Map<number, string[]>();
  for (const r of missing) byRow.set(refParts(r).row, [...(byRow.get(refParts(r).row) ?? []), r]);
  xml = xml.replace(/<row(?=[\s>])[^>]*?(\/>|>[\s\S]*?<\/row>)/g, (row) => {
    const n = Number(attr(/^<row[^>]*>/.exec(row)![0], "r"));
    const add = byRow.get(n);
    if (!add) return row;
    byRow.delete(n);
    let out = row.endsWith("/>") && !row.includes("</row>") ? row.replace(/\s*\/>$/, "></row>") : row;
    for (const ref of add) {
      const cell = `<c r="${ref}" s="${styles.get(ref)}"/>`;
      const col = refParts(ref).column;
      const after = [...out.matchAll(/<c(?=[\s/>])[^>]*>/g)].find((m) => {
        const r = attr(m[0], "r");
        return r !== undefined && refParts(r).column > col;
      });
      const at = after ? after.index! : out.lastIndexOf("</row>");
      out = splice(out, at, at, cell);
    }
    return out;
  });
  return xml;
}

// ── Notes ────────────────────────────────────────────────────────────────────────────────

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="#"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
const SHAPETYPE = /\bid="_x0000_t202"/;
// Each shape we add declares its own prefixes: other writers' drawings (openpyxl's ns0:, ns2:) may not declare v:, o:, x: at the root.
const VML_PREFIXES = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

function vmlShape(id: number, ref: string): string {
  const { row, column } = refParts(ref);
  const r0 = row - 1;
  return (
    `<v:shape ${VML_PREFIXES} id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:96pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column + 1}, 15, ${Math.max(0, r0 - 1)}, 10, ${column + 5}, 15, ${r0 + 5}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r0}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

/** The VML shape of a note on `ref` (by its ClientData row and column). */
function shapeOf(vml: string, ref: string): { start: number; end: number } | undefined {
  const { row, column } = refParts(ref);
  return elements(vml, "v:shape").find((s) => new RegExp(`<x:Row>\\s*${row - 1}\\s*</x:Row>`).test(s.xml) && new RegExp(`<x:Column>\\s*${column}\\s*</x:Column>`).test(s.xml));
}

const ourRun = (line: string) => `<r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr>${tElement(line)}</r>`;

/** A note's text element with our run appended: plain text becomes a run first, as a note may not mix the two. */
function appendRun(textXml: string, line: string): string {
  return asRuns(textXml).replace(/<\/text>$/, `${ourRun(`\n${line}`)}</text>`);
}

/** A note's text element with plain text made a run (the form our lines are appended to). */
function asRuns(textXml: string): string {
  const open = /^<text\b[^>]*>/.exec(textXml)?.[0] ?? "<text>";
  const body = textXml.slice(open.length).replace(/<\/text>$/, "");
  return `${open}${/^\s*<t\b/.test(body) ? body.replace(/^\s*(<t\b[\s\S]*?<\/t>)/, "<r>$1</r>") : body}</text>`;
}

/** The note's runs without ours; null when nothing of the analyst's is left. */
function withoutOurRuns(textXml: string): string {
  return textXml.replace(/<r>(?:(?!<\/r>)[\s\S])*?<t\b[^>]*>(?:\n)?〔landrules〕[\s\S]*?<\/r>/g, "");
}

function noteText(commentXml: string): string {
  return [...commentXml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join("");
}

interface SheetNotes {
  sheet: string;
  comments: string;
  vml: string;
  ledgerPart: LedgerPart | undefined;
}

/** The sheet's notes parts, creating them (and recording that) when the sheet has none. */
function notesOf(draft: PackageDraft, sheet: string, ledger: Ledger): SheetNotes {
  const rels = relationships(draft, sheet);
  const own = ledger.parts.find((p) => p.sheet === sheet);
  let comments = rels.find((r) => r.type === REL.comments)?.part;
  let vml = rels.find((r) => r.type === REL.vmlDrawing)?.part;
  const part: LedgerPart = own ?? { sheet };
  if (!comments) {
    comments = draft.freePath("xl/comments#.xml");
    draft.write(comments, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${SHEET_NS}"><authors><author>landrules</author></authors><commentList></commentList></comments>`);
    addOverride(draft, comments, TYPE.comments);
    part.comments = comments;
    part.commentsRel = addRelationship(draft, sheet, REL.comments, comments);
  }
  if (!vml) {
    vml = draft.freePath("xl/drawings/vmlDrawing#.vml");
    const n = Number(/(\d+)\.vml$/.exec(vml)![1]);
    draft.write(vml, `${VML_HEAD.replace("#", String(1000 + n))}</xml>`);
    ensureDefault(draft, "vml", TYPE.vml);
    part.vml = vml;
    part.vmlRel = addRelationship(draft, sheet, REL.vmlDrawing, vml);
    let sheetXml = draft.read(sheet)!;
    const root = /<worksheet\b[^>]*>/.exec(sheetXml)![0];
    const prefix = new RegExp(`xmlns:(\\w+)="${R_NS}"`).exec(root)?.[1];
    if (!prefix) {
      sheetXml = sheetXml.replace(root, setAttr(root, "xmlns:r", R_NS));
      part.rootNs = "r";
    }
    sheetXml = insertBefore(sheetXml, ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"], "</worksheet>", `<legacyDrawing ${prefix ?? "r"}:id="${part.vmlRel}"/>`);
    draft.write(sheet, sheetXml);
  }
  if (!own && (part.comments || part.vml)) ledger.parts.push(part);
  return { sheet, comments, vml, ledgerPart: own ?? (part.comments || part.vml ? part : undefined) };
}

/** Adds our lines to the notes of the marked cells; returns how each note was made. */
function addNotes(draft: PackageDraft, notes: SheetNotes, marks: readonly CellMark[]): Map<string, { note: LedgerMark["note"]; prior?: string }> {
  let xml = draft.read(notes.comments)!;
  let vml = draft.read(notes.vml)!;
  const how = new Map<string, { note: LedgerMark["note"]; prior?: string }>();
  const authors = element(xml, "authors");
  const names = authors ? elements(authors.xml, "author").map((a) => unescapeXml(a.xml.replace(/<\/?author[^>]*>/g, ""))) : [];
  let author = names.indexOf("landrules");
  if (author < 0) {
    author = names.length;
    xml = authors ? splice(xml, authors.end - "</authors>".length, authors.end - "</authors>".length, "<author>landrules</author>") : xml.replace(/(<comments\b[^>]*>)/, "$1<authors><author>landrules</author></authors>");
  }
  const existing = new Map(elements(xml, "comment").map((c) => [attr(c.tag, "ref"), c]));
  const added: string[] = [];
  const shapes: string[] = [];
  let nextShape = 1;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) nextShape = Math.max(nextShape, Number(m[1]) + 1);
  const idmap = Number(/<o:idmap\b[^>]*data="(\d+)/.exec(vml)?.[1] ?? 1);
  nextShape = Math.max(nextShape, idmap * 1024 + 1);
  const edits: { start: number; end: number; xml: string }[] = [];
  for (const m of marks) {
    const ref = `${m.column}${m.row}`;
    const old = existing.get(ref);
    if (old) {
      const text = element(old.xml, "text");
      if (!text) continue;
      if (noteText(old.xml).includes(m.note)) continue;
      edits.push({ start: old.start + text.start, end: old.start + text.end, xml: appendRun(text.xml, m.note) });
      how.set(ref, { note: "appended", prior: text.xml });
    } else {
      added.push(`<comment ref="${ref}" authorId="${author}"><text>${ourRun(m.note)}</text></comment>`);
      if (!shapeOf(vml, ref)) shapes.push(vmlShape(nextShape++, ref));
      how.set(ref, { note: "added" });
    }
  }
  for (const e of edits.sort((a, b) => b.start - a.start)) xml = splice(xml, e.start, e.end, e.xml);
  if (added.length > 0) {
    if (/<commentList\s*\/>/.test(xml)) xml = xml.replace(/<commentList\s*\/>/, `<commentList>${added.join("")}</commentList>`);
    else {
      const end = xml.lastIndexOf("</commentList>");
      xml = end >= 0 ? splice(xml, end, end, added.join("")) : xml.replace(/<\/comments>\s*$/, `<commentList>${added.join("")}</commentList></comments>`);
    }
  }
  if (shapes.length > 0) {
    if (!SHAPETYPE.test(vml)) shapes.unshift(VML_HEAD.slice(VML_HEAD.indexOf("<v:shapetype")).replace("<v:shapetype ", `<v:shapetype ${VML_PREFIXES} `));
    const end = vml.lastIndexOf("</xml>");
    vml = splice(vml, end, end, shapes.join(""));
  }
  draft.write(notes.comments, xml);
  draft.write(notes.vml, vml);
  return how;
}

// ── Mark and clear ───────────────────────────────────────────────────────────────────────

/** Removes every mark the ledger records, leaving what the analyst did since; returns how many. */
export function clearMarks(draft: PackageDraft, ledger: Ledger, styles: Pick<PatchedStyles, "isMarkXf">): number {
  const count = ledger.marks.length;
  const bySheet = new Map<string, LedgerMark[]>();
  for (const m of ledger.marks) bySheet.set(m.sheet, [...(bySheet.get(m.sheet) ?? []), m]);
  for (const [sheet, marks] of bySheet) {
    const sheetXml = draft.read(sheet);
    if (sheetXml === undefined) continue;
    const current = cellStyles(sheetXml, new Set(marks.map((m) => m.cell)));
    const restore = new Map<string, string | undefined>();
    const remove = new Set<string>();
    for (const m of marks) {
      const s = current.get(m.cell);
      // A cell restyled since (no mark fill any more) keeps the analyst's look.
      if (s === null || s === undefined || !styles.isMarkXf(s)) continue;
      restore.set(m.cell, m.style);
      if (m.created) remove.add(m.cell);
    }
    if (restore.size > 0) draft.write(sheet, restyle(sheetXml, restore, remove));
    clearNotes(draft, sheet, marks);
  }
  for (const part of ledger.parts) removeOwnNoteParts(draft, part);
  const replies = ledger.marks.flatMap((m): ThreadReply[] => (m.reply && m.thread ? [{ part: m.thread, id: m.reply }] : []));
  removeReplies(draft, replies, ledger.people);
  ledger.marks = [];
  ledger.parts = [];
  ledger.people = undefined;
  return count;
}

function clearNotes(draft: PackageDraft, sheet: string, marks: readonly LedgerMark[]): void {
  const rels = relationships(draft, sheet);
  const commentsPart = rels.find((r) => r.type === REL.comments)?.part;
  const vmlPart = rels.find((r) => r.type === REL.vmlDrawing)?.part;
  if (!commentsPart) return;
  let xml = draft.read(commentsPart)!;
  let vml = vmlPart ? draft.read(vmlPart) : undefined;
  const edits: { start: number; end: number; xml: string }[] = [];
  const refs = new Map(marks.map((m) => [m.cell, m]));
  for (const c of elements(xml, "comment")) {
    const ref = attr(c.tag, "ref");
    const mark = ref ? refs.get(ref) : undefined;
    const how = mark?.note;
    if (!how || how === "none") continue;
    if (how === "added" && noteText(c.xml).startsWith(MARK_TAG)) {
      edits.push({ start: c.start, end: c.end, xml: "" });
      const shape = vml ? shapeOf(vml, ref!) : undefined;
      if (vml && shape) vml = splice(vml, shape.start, shape.end, "");
    } else {
      const text = element(c.xml, "text");
      if (!text) continue;
      const left = withoutOurRuns(text.xml);
      // The analyst's note as it was, byte for byte, when it has not been edited since.
      const restored = mark!.prior !== undefined && asRuns(mark!.prior) === left ? mark!.prior : left;
      edits.push({ start: c.start + text.start, end: c.start + text.end, xml: restored });
    }
  }
  for (const e of edits.sort((a, b) => b.start - a.start)) xml = splice(xml, e.start, e.end, e.xml);
  xml = withoutOurAuthor(xml);
  draft.write(commentsPart, xml);
  if (vmlPart && vml !== undefined) draft.write(vmlPart, vml);
}

/** Our author entry, appended last, goes when no note refers to it any more. */
function withoutOurAuthor(xml: string): string {
  const authors = element(xml, "authors");
  if (!authors) return xml;
  const list = elements(authors.xml, "author");
  const last = list[list.length - 1];
  if (!last || last.xml !== "<author>landrules</author>" || list.length < 2) return xml;
  const index = String(list.length - 1);
  if (elements(xml, "comment").some((c) => attr(c.tag, "authorId") === index)) return xml;
  return splice(xml, authors.start + last.start, authors.start + last.end, "");
}

/** Parts we created for notes go when they hold no note any more. */
function removeOwnNoteParts(draft: PackageDraft, part: LedgerPart): void {
  const comments = part.comments ? draft.read(part.comments) : undefined;
  if (part.comments && comments !== undefined && elements(comments, "comment").length === 0) {
    draft.remove(part.comments);
    removeOverride(draft, part.comments);
    if (part.commentsRel) removeRelationship(draft, part.sheet, part.commentsRel);
  }
  const vml = part.vml ? draft.read(part.vml) : undefined;
  if (part.vml && vml !== undefined && elements(vml, "v:shape").length === 0) {
    draft.remove(part.vml);
    if (part.vmlRel) {
      removeRelationship(draft, part.sheet, part.vmlRel);
      const sheetXml = draft.read(part.sheet);
      if (sheetXml) draft.write(part.sheet, withoutOurRootNs(sheetXml.replace(new RegExp(`<legacyDrawing\\b[^>]*:id="${part.vmlRel}"[^>]*/>`), ""), part.rootNs));
    }
    const ct = draft.read(CONTENT_TYPES)!;
    const stillVml = [...draft.entries.keys()].some((k) => k.toLowerCase().endsWith(".vml"));
    if (!stillVml && !/Extension="vml"/i.test(ct.replace(/<Default Extension="vml"[^>]*\/>/i, ""))) draft.write(CONTENT_TYPES, ct.replace(/<Default Extension="vml"[^>]*\/>/i, ""));
  }
}

/** The namespace declaration we added to the sheet's root goes with our <legacyDrawing>, unless an element without its own declaration uses the prefix since. */
function withoutOurRootNs(sheetXml: string, prefix: string | undefined): string {
  if (!prefix) return sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)?.[0];
  if (!root) return sheetXml;
  const uses = sheetXml.slice(root.length).matchAll(new RegExp(`<[^>]*\\s${prefix}:[\\w-]+=[^>]*>`, "g"));
  for (const [tag] of uses) if (!tag.includes(` xmlns:${prefix}=`)) return sheetXml;
  return sheetXml.replace(root, root.replace(` xmlns:${prefix}="${R_NS}"`, ""));
}

/** The formats each mark needs: the cell's own `s` (0 when the cell has none) with its severity. */
export function markBases(draft: PackageDraft, sheet: string, marks: readonly CellMark[]): { base: number; severity: Severity }[] {
  const styles = cellStyles(draft.read(sheet)!, new Set(marks.map((m) => `${m.column}${m.row}`)));
  return marks.map((m) => ({ base: styles.get(`${m.column}${m.row}`) ?? 0, severity: m.severity }));
}

/**
 * Marks the cells: the severity's fill on the cell's own format, and our lines in its note; with
 * `threads` (the workbook part and the evaluation date), also a reply in the cell's threaded
 * comment where it has one. Returns how many cells.
 */
export function addMarks(draft: PackageDraft, sheet: string, marks: readonly CellMark[], styles: PatchedStyles, ledger: Ledger, threads?: { workbookPart: string; when: Date }): number {
  if (marks.length === 0) return 0;
  const sheetXml = draft.read(sheet)!;
  const refs = new Set(marks.map((m) => `${m.column}${m.row}`));
  const before = cellStyles(sheetXml, refs);
  const restyled = new Map<string, string>();
  for (const m of marks) {
    const ref = `${m.column}${m.row}`;
    restyled.set(ref, String(styles.markXf(before.get(ref) ?? 0, m.severity)));
  }
  draft.write(sheet, restyle(sheetXml, restyled));
  const notes = notesOf(draft, sheet, ledger);
  const how = addNotes(draft, notes, marks);
  const replied = threads ? addReplies(draft, sheet, threads.workbookPart, marks.map((m) => ({ ref: `${m.column}${m.row}`, note: m.note })), threads.when) : { replies: new Map<string, ThreadReply>() };
  if (replied.people) ledger.people = replied.people;
  const explicit = explicitStyles(sheetXml, refs);
  for (const m of marks) {
    const ref = `${m.column}${m.row}`;
    const note = how.get(ref);
    ledger.marks.push({ sheet, cell: ref, style: explicit.get(ref), created: before.get(ref) === null, note: note?.note ?? "none", prior: note?.prior, reply: replied.replies.get(ref)?.id, thread: replied.replies.get(ref)?.part });
  }
  return marks.length;
}

/** The `s` attribute as written on each cell (absent → undefined). */
function explicitStyles(sheetXml: string, refs: ReadonlySet<string>): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const c of cellTags(sheetXml)) if (refs.has(c.ref)) out.set(c.ref, c.s);
  return out;
}

export { columnLetter };
