// A workbook package opened for reading (ECMA-376 Part 2, OPC): what the bytes are, where the
// workbook part is, its sheets, shared strings and which cell styles are dates. Charts, images,
// comments, pivots, validation, external links and custom properties are other parts, never read
// here and never in the way. Bytes in, no Node APIs.
import { PackageError } from "./read-errors";
import { attribute, OWN_BATCH, ownStrings, parseXml, xmlSink } from "./read-xml";
import { inflateEntry, storedEntries, type StoredEntry } from "./read-archive";
import { collectingSink, DEFAULT_LIMITS, InflateBudget, inflateMatching, inflatePart, inflateParts, isEncryptedCfb, sniff, type InflateLimits, type PartSink } from "./read-zip";

export interface SheetEntry {
  name: string;
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
  hidden: boolean;
}

export interface WorkbookPackage {
  bytes: Uint8Array;
  /** Every entry of the archive, as stored. */
  parts: readonly string[];
  workbookPart: string;
  /** Worksheets in tab order (chart sheets and dialog sheets left out). */
  sheets: readonly SheetEntry[];
  /** The 1904 date system (old Mac Excel): serials count from 1904-01-01. */
  date1904: boolean;
  sharedStrings: readonly string[];
  /** Per cell style (`s` index): 1 when its number format shows a date. */
  dateStyles: Uint8Array;
  budget: InflateBudget;
  /**
   * The archive's entries as its central directory places them, when it is sound: parts are then
   * inflated where they are, not found by streaming through the archive (fflate's streaming unzip
   * scans every byte of an entry saved with a data descriptor, as Excel's and ExcelJS's are).
   */
  entries?: ReadonlyMap<string, StoredEntry>;
}

/** Inflates one part into `sink`: where the central directory places it, else by streaming through the archive. */
export function inflateOne(pkg: Pick<WorkbookPackage, "bytes" | "budget" | "entries">, part: string, sink: PartSink): void {
  const entry = pkg.entries?.get(part);
  if (entry) inflateEntry(entry, sink, pkg.budget);
  else inflateParts(pkg.bytes, new Map([[part, sink]]), pkg.budget);
}

/** The central directory's entries, or undefined when it is damaged (the streaming reader still reads the local headers). */
function directoryOf(bytes: Uint8Array): Map<string, StoredEntry> | undefined {
  try {
    return storedEntries(bytes);
  } catch (e) {
    if (e instanceof PackageError) return undefined;
    throw e;
  }
}

/** Like read-zip's inflateMatching, over the central directory's entries: the names in stored order, each picked part inflated into its sink. */
function inflateMatchingEntries(entries: ReadonlyMap<string, StoredEntry>, pick: (name: string) => PartSink | undefined, budget: InflateBudget): string[] {
  for (const [name, entry] of entries) {
    const sink = pick(name);
    if (sink) inflateEntry(entry, sink, budget);
  }
  return [...entries.keys()];
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

const refuse = (problem: "xls" | "xlsb" | "encrypted" | "ods" | "csv" | "not-a-workbook", zh: string, en: string) => new PackageError(problem, { zh, en });

/** Refuses what is not an OOXML workbook, naming the format it is. */
function checkFormat(bytes: Uint8Array): void {
  const kind = sniff(bytes);
  if (kind === "cfb") {
    if (isEncryptedCfb(bytes))
      throw refuse("encrypted", "工作簿已加密（设有打开密码）；请在 Excel/WPS 中去掉密码后另存为 .xlsx", "the workbook is encrypted (password to open); remove the password in Excel/WPS and save it as .xlsx");
    throw refuse("xls", "这是 Excel 97-2003 .xls 格式，不能直接读取；请在 Excel/WPS/LibreOffice 中另存为 .xlsx", "this is an Excel 97-2003 .xls file, which is not read directly; save it as .xlsx in Excel/WPS/LibreOffice");
  }
  if (kind === "text")
    throw refuse("csv", "这是文本（CSV）文件，不是工作簿；请在 Excel/WPS 中打开并另存为 .xlsx", "this is a text (CSV) file, not a workbook; open it in Excel/WPS and save it as .xlsx");
  if (kind !== "zip") throw refuse("not-a-workbook", "不是有效的 .xlsx 文件（不是 zip 包）", "not a valid .xlsx file (not a zip package)");
}

/** A part name as the archive spells it, matched without case (OPC part names are case-insensitive). */
function partNamed(parts: readonly string[], wanted: string): string | undefined {
  const key = wanted.toLowerCase();
  return parts.find((p) => p.toLowerCase() === key);
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A small part: from the first pass when it was kept there, else inflated now. */
type SmallPart = (name: string) => Uint8Array;

function readRelationships(small: SmallPart, parts: readonly string[], source: string): Relationship[] {
  const name = partNamed(parts, source === "" ? "_rels/.rels" : relsPartOf(source));
  if (!name) return [];
  const data = small(name);
  const rels: Relationship[] = [];
  parseXml(name, data, {
    open(tag, a) {
      if (tag !== "Relationship") return;
      const external = a.TargetMode === "External";
      rels.push({ id: a.Id ?? "", type: a.Type ?? "", target: external ? (a.Target ?? "") : resolveTarget(source, a.Target ?? ""), external });
    },
  });
  return rels;
}

/** `_x000D_` and the like: characters OOXML strings escape (ECMA-376 ST_Xstring). */
function unescapeXstring(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the text of `<si>`/`<is>` string items: plain `<t>` or rich-text runs `<r><t>`, with
 * phonetic guides (`<rPh>`, furigana/pinyin) left out. Shared by shared strings and inline strings.
 */
export class StringItemText {
  private parts: string[] = [];
  private inT = false;
  private inPhonetic = 0;

  open(tag: string): void {
    if (tag === "rPh") this.inPhonetic++;
    else if (tag === "t" && this.inPhonetic === 0) this.inT = true;
  }

  close(tag: string): void {
    if (tag === "rPh") this.inPhonetic--;
    else if (tag === "t") this.inT = false;
  }

  text(t: string): void {
    if (this.inT) this.parts.push(t);
  }

  take(): string {
    const s = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    this.parts = [];
    return unescapeXstring(s);
  }
}

/** Shared strings parsed as they inflate, into `strings`: each batch copied free of the text it was parsed from (ownStrings). */
function sharedStringsSink(part: string, strings: string[]): PartSink {
  const item = new StringItemText();
  let inItem = false;
  let owned = 0;
  const sink = xmlSink(part, {
    open(tag) {
      if (tag === "si") inItem = true;
      else if (inItem) item.open(tag);
    },
    close(tag) {
      if (tag === "si") {
        inItem = false;
        strings.push(item.take());
        if (strings.length - owned >= OWN_BATCH) {
          ownStrings(strings, owned);
          owned = strings.length;
        }
      } else if (inItem) item.close(tag);
    },
    text(t) {
      if (inItem) item.text(t);
    },
  });
  return {
    chunk: (data) => sink.chunk(data),
    end() {
      sink.end();
      ownStrings(strings, owned);
    },
  };
}

function readSharedStrings(pkg: Pick<WorkbookPackage, "bytes" | "budget" | "entries">, part: string | undefined): string[] {
  const strings: string[] = [];
  if (part) inflateOne(pkg, part, sharedStringsSink(part, strings));
  return strings;
}

// Built-in number formats that show dates (ECMA-376 Part 1 §18.8.30, with the CJK ones 27–36, 50–58).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format shows a date when, outside quotes, brackets and escapes, it has a year, month-day or day part. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .split(";")[0]!
    .toLowerCase();
  return /[yd]/.test(bare) && !/[0#?]/.test(bare);
}

function readDateStyles(small: SmallPart, part: string | undefined): Uint8Array {
  if (!part) return new Uint8Array(0);
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  parseXml(part, small(part), {
    open(tag, a) {
      if (tag === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (tag === "cellXfs") inCellXfs = true;
      else if (tag === "xf" && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
    },
    close(tag) {
      if (tag === "cellXfs") inCellXfs = false;
    },
  });
  return Uint8Array.from(formats, (id) => (custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATE_FORMATS.has(id)) ? 1 : 0);
}

// Parts read in the first pass over the archive, by name: relationships, the workbook, styles,
// the mimetype of an OpenDocument file; shared strings are parsed there as they inflate.
const SMALL_PART = /(^mimetype$|\.rels$|workbook\.xml$|styles\.xml$)/i;
const SHARED_STRINGS_PART = /sharedstrings\d*\.xml$/i;

/** Opens a workbook package: refuses other formats in one line, finds the workbook part and its sheets. */
export function openWorkbookPackage(bytes: Uint8Array, limits: InflateLimits = DEFAULT_LIMITS): WorkbookPackage {
  checkFormat(bytes);
  const budget = new InflateBudget(bytes.length, limits);
  // One pass reads the small parts and the shared strings; a package that names them otherwise gets another.
  const kept = new Map<string, ReturnType<typeof collectingSink>>();
  const early = new Map<string, string[]>();
  const pick = (name: string): PartSink | undefined => {
    if (SMALL_PART.test(name)) {
      const sink = collectingSink();
      kept.set(name, sink);
      return sink;
    }
    if (SHARED_STRINGS_PART.test(name)) {
      const strings: string[] = [];
      early.set(name, strings);
      return sharedStringsSink(name, strings);
    }
    return undefined;
  };
  const entries = directoryOf(bytes);
  const parts = entries ? inflateMatchingEntries(entries, pick, budget) : inflateMatching(bytes, pick, budget);
  const small: SmallPart = (name) => {
    const found = kept.get(name)?.bytes();
    if (found) return found;
    const entry = entries?.get(name);
    if (!entry) return inflatePart(bytes, name, budget) ?? new Uint8Array(0);
    const sink = collectingSink();
    inflateEntry(entry, sink, budget);
    return sink.bytes();
  };
  const mimetype = partNamed(parts, "mimetype");
  if (mimetype) {
    const type = new TextDecoder().decode(small(mimetype));
    if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
      throw refuse("ods", "这是 OpenDocument 表格（.ods），不能直接读取；请在 LibreOffice/WPS 中另存为 .xlsx", "this is an OpenDocument spreadsheet (.ods), which is not read directly; save it as .xlsx in LibreOffice/WPS");
  }
  const officeDocument = readRelationships(small, parts, "").find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
  const workbookPart = partNamed(parts, officeDocument?.target ?? "xl/workbook.xml");
  if (!workbookPart)
    throw new PackageError("no-workbook-part", {
      zh: `zip 包中没有工作簿部件（${officeDocument?.target ?? "xl/workbook.xml"}），不是有效的 .xlsx 文件`,
      en: `the zip holds no workbook part (${officeDocument?.target ?? "xl/workbook.xml"}): not a valid .xlsx file`,
    });
  if (/\.bin$/i.test(workbookPart))
    throw refuse("xlsb", "这是 Excel 二进制工作簿（.xlsb），不能直接读取；请在 Excel/WPS 中另存为 .xlsx", "this is an Excel binary workbook (.xlsb), which is not read directly; save it as .xlsx in Excel/WPS");
  const rels = readRelationships(small, parts, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(workbookPart, small(workbookPart), {
    open(tag, a) {
      if (tag === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (tag !== "sheet") return;
      const rel = byId.get(attribute(a, "id") ?? "");
      if (!rel || !REL_WORKSHEET.test(rel.type)) return;
      const part = partNamed(parts, rel.target);
      if (part) sheets.push({ name: a.name ?? part, part, hidden: a.state === "hidden" || a.state === "veryHidden" });
    },
  });
  const related = (type: RegExp) => {
    const rel = rels.find((r) => type.test(r.type) && !r.external);
    return rel ? partNamed(parts, rel.target) : undefined;
  };
  const stringsPart = related(REL_SHARED_STRINGS);
  return {
    bytes,
    parts,
    workbookPart,
    sheets,
    date1904,
    sharedStrings: stringsPart === undefined ? [] : (early.get(stringsPart) ?? readSharedStrings({ bytes, budget, entries }, stringsPart)),
    dateStyles: readDateStyles(small, related(REL_STYLES)),
    budget,
    ...(entries ? { entries } : {}),
  };
}
