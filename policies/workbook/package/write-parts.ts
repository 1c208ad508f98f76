// The package's bookkeeping parts (ECMA-376 Part 2): content types, relationships, paths. The
// writer adds to them and removes only what it added. Bytes in, no Node APIs.
import type { ArchiveInput, StoredEntry } from "./read-archive";
import { attr, elements, escapeXml, setAttr, splice, text, utf8 } from "./write-xml";

/** The archive as any unzip gives it: entry path → bytes, in archive order. */
export type PackageEntries = ReadonlyMap<string, Uint8Array>;

/** What the writer takes: the inflated entries, or the archive itself (unchanged parts copied as their compressed bytes). */
export type PackageInput = PackageEntries | ArchiveInput;

/** An entry of the output: bytes to deflate, a part made in pieces, or an input part copied as it is stored. */
export type OutputEntry = Uint8Array | StreamedPart | StoredEntry;

export const isStored = (entry: OutputEntry): entry is StoredEntry => typeof entry === "object" && !(entry instanceof Uint8Array);

function isArchive(input: PackageInput): input is ArchiveInput {
  return typeof (input as Partial<ArchiveInput>).inflate === "function";
}

/** A part made in pieces (text, or its UTF-8 bytes) as the zip is written (a product sheet): nothing of it is held whole. */
export type StreamedPart = () => Iterable<string | Uint8Array>;

/** The output being made: the input's entries, some replaced, some added, some (ours) removed. */
export class PackageDraft {
  /** Path → the input's bytes (inflated) or stored entry, or a placeholder for a part written or streamed. */
  readonly entries: Map<string, Uint8Array | StoredEntry>;
  private readonly streamed = new Map<string, StreamedPart>();
  private readonly texts = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private readonly inflate: (entry: StoredEntry) => Uint8Array;

  constructor(input: PackageInput) {
    if (isArchive(input)) {
      this.entries = new Map(input.stored);
      this.inflate = (entry) => input.inflate(entry);
    } else {
      this.entries = new Map(input);
      this.inflate = () => {
        throw new Error("a stored entry in inflated entries");
      };
    }
  }

  has(path: string): boolean {
    return this.texts.has(path) || this.entries.has(path);
  }

  read(path: string): string | undefined {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    const t = text(entry instanceof Uint8Array ? entry : this.inflate(entry));
    this.texts.set(path, t);
    return t;
  }

  /** Sets a part's text; it is encoded when the draft is finished, and only if it changed. */
  write(path: string, xml: string): void {
    if (this.read(path) === xml) return;
    this.texts.set(path, xml);
    this.dirty.add(path);
    if (!this.entries.has(path)) this.entries.set(path, new Uint8Array(0));
  }

  /** Sets a part to be made in pieces when the zip is written (a product sheet). */
  stream(path: string, pieces: StreamedPart): void {
    this.texts.delete(path);
    this.dirty.delete(path);
    if (!this.entries.has(path)) this.entries.set(path, new Uint8Array(0));
    this.streamed.set(path, pieces);
  }

  remove(path: string): void {
    this.streamed.delete(path);
    this.texts.delete(path);
    this.dirty.delete(path);
    this.entries.delete(path);
  }

  /** The entries, changed parts encoded; untouched parts are the input's own (stored entries: its compressed bytes). */
  finish(): Map<string, OutputEntry> {
    for (const path of this.dirty) this.entries.set(path, utf8(this.texts.get(path)!));
    this.dirty.clear();
    this.texts.clear();
    const out = new Map<string, OutputEntry>();
    for (const [path, bytes] of this.entries) out.set(path, this.streamed.get(path) ?? bytes);
    return out;
  }

  /** A free part path from a pattern such as `xl/worksheets/sheet#.xml`, numbered from `from`. */
  freePath(pattern: string, from = 1): string {
    const lower = new Set([...this.entries.keys()].map((k) => k.toLowerCase()));
    for (let n = from; ; n++) {
      const p = pattern.replace("#", String(n));
      if (!lower.has(p.toLowerCase())) return p;
    }
  }
}

// ── Paths ────────────────────────────────────────────────────────────────────────────────

export function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

/** A relationship target resolved against its source part's folder (OPC §9.3). */
export function resolveTarget(sourcePart: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folderOf(sourcePart) + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return decodeURI(out.join("/"));
}

/** A target for `to` relative to the folder of `from`. */
export function relativeTarget(from: string, to: string): string {
  const a = folderOf(from).split("/").filter(Boolean);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

export function relsPathOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

// ── Relationships ────────────────────────────────────────────────────────────────────────

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The target resolved to a part path (external targets: as written). */
  part: string;
  external: boolean;
}

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export function relationships(draft: PackageDraft, source: string): Relationship[] {
  const xml = draft.read(source === "" ? "_rels/.rels" : relsPathOf(source));
  if (!xml) return [];
  return elements(xml, "Relationship").map((r) => {
    const target = attr(r.tag, "Target") ?? "";
    const external = attr(r.tag, "TargetMode") === "External";
    return { id: attr(r.tag, "Id") ?? "", type: attr(r.tag, "Type") ?? "", target, external, part: external ? target : resolveTarget(source, target) };
  });
}

/** Adds a relationship from `source` ("" for the package) to the part `to`; returns its id. */
export function addRelationship(draft: PackageDraft, source: string, type: string, to: string): string {
  const path = source === "" ? "_rels/.rels" : relsPathOf(source);
  const xml = draft.read(path) ?? EMPTY_RELS;
  const ids = new Set(elements(xml, "Relationship").map((r) => attr(r.tag, "Id")));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const target = source === "" ? to : relativeTarget(source, to);
  const rel = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  const end = xml.lastIndexOf("</Relationships>");
  draft.write(path, end < 0 ? xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`) : splice(xml, end, end, rel));
  return id;
}

/** Removes a relationship by id; a rels part left empty that `createdByUs` is removed too. */
export function removeRelationship(draft: PackageDraft, source: string, id: string): void {
  const path = source === "" ? "_rels/.rels" : relsPathOf(source);
  const xml = draft.read(path);
  if (!xml) return;
  const rel = elements(xml, "Relationship").find((r) => attr(r.tag, "Id") === id);
  if (!rel) return;
  const next = splice(xml, rel.start, rel.end, "");
  if (elements(next, "Relationship").length === 0 && next.replace(/\s+/g, "") === EMPTY_RELS.replace(/\s+/g, "")) draft.remove(path);
  else draft.write(path, next);
}

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  customProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
  customXml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
  customXmlProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
} as const;

// ── Content types ────────────────────────────────────────────────────────────────────────

export const CONTENT_TYPES = "[Content_Types].xml";

export const TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  customProperties: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  xml: "application/xml",
} as const;

function contentTypes(draft: PackageDraft): string {
  const xml = draft.read(CONTENT_TYPES);
  if (!xml) throw new Error("the package has no [Content_Types].xml");
  return xml;
}

/** Declares a part's content type (an Override), unless its extension's Default already gives it. */
export function addOverride(draft: PackageDraft, part: string, type: string): void {
  const xml = contentTypes(draft);
  const name = `/${part}`;
  const existing = elements(xml, "Override").find((o) => (attr(o.tag, "PartName") ?? "").toLowerCase() === name.toLowerCase());
  if (existing) {
    if (attr(existing.tag, "ContentType") !== type) draft.write(CONTENT_TYPES, splice(xml, existing.start, existing.end, setAttr(existing.tag, "ContentType", type)));
    return;
  }
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  const byDefault = elements(xml, "Default").find((d) => (attr(d.tag, "Extension") ?? "").toLowerCase() === ext);
  if (byDefault && attr(byDefault.tag, "ContentType") === type) return;
  const end = xml.lastIndexOf("</Types>");
  draft.write(CONTENT_TYPES, splice(xml, end, end, `<Override PartName="${escapeXml(name)}" ContentType="${type}"/>`));
}

export function ensureDefault(draft: PackageDraft, ext: string, type: string): void {
  const xml = contentTypes(draft);
  if (elements(xml, "Default").some((d) => (attr(d.tag, "Extension") ?? "").toLowerCase() === ext)) return;
  const first = /<(Default|Override)\b/.exec(xml);
  const at = first ? first.index : xml.lastIndexOf("</Types>");
  draft.write(CONTENT_TYPES, splice(xml, at, at, `<Default Extension="${ext}" ContentType="${type}"/>`));
}

export function removeOverride(draft: PackageDraft, part: string): void {
  const xml = contentTypes(draft);
  const o = elements(xml, "Override").find((e) => (attr(e.tag, "PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase());
  if (o) draft.write(CONTENT_TYPES, splice(xml, o.start, o.end, ""));
}
