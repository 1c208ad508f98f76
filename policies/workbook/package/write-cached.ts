// Formula results written into a worksheet part as the cells' cached values (ECMA-376 Part 1
// §18.3.1.4 c, §18.3.1.96 v): a careful splice that edits only the formula cells' `<v>` and `t`,
// the `<f>` of a formula that now spills (t="array" ref), and the cells its results spill into;
// every other byte of the sheet stays as its author wrote it. Used by `landrules recalc`.
// Bytes in, no Node APIs.
import { columnLetter } from "../cells";
import { parseRange, parseRef } from "./read-sheet";
import { PackageDraft, type PackageInput } from "./write-parts";
import { setOutputProperty, zipEntries, type Deflater } from "./write";
import { escapeXml, setAttr, tElement, unescapeXml } from "./write-xml";

/** A cached value; null writes none (the cell keeps its formula and no result). */
export type CachedValue = number | string | boolean | { error: string } | null;

export interface FormulaResult {
  value: CachedValue;
  /** The range its results spill over (`E2:E21`), anchored at the formula's cell. */
  arrayRef?: string;
}

export interface CachedValues {
  /** Formula cells by `row,col` (0-based). */
  formulas: ReadonlyMap<string, FormulaResult>;
  /** Cells an array formula spills into, by `row,col`: written as plain values, added where missing. */
  spills: ReadonlyMap<string, CachedValue>;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** The `t` attribute and `<v>` of a formula cell's result (a formula's text result is t="str"). */
function formulaValue(v: CachedValue): { t: string | undefined; xml: string } {
  if (v === null) return { t: undefined, xml: "" };
  if (typeof v === "number") return { t: undefined, xml: `<v>${String(v)}</v>` };
  if (typeof v === "boolean") return { t: "b", xml: `<v>${v ? 1 : 0}</v>` };
  if (typeof v === "string") return { t: "str", xml: `<v>${escapeXml(v)}</v>` };
  return { t: "e", xml: `<v>${escapeXml(v.error)}</v>` };
}

/** A plain cell's value (a spilled result): text as an inline string, so the shared strings stay untouched. */
function plainValue(v: CachedValue, p: string): { t: string | undefined; xml: string } {
  if (typeof v === "string") return { t: "inlineStr", xml: `<${p}is>${tElement(v).replace(/^<t/, `<${p}t`).replace(/<\/t>$/, `</${p}t>`)}</${p}is>` };
  const f = formulaValue(v);
  return p ? { t: f.t, xml: f.xml.replace(/<(\/?)v>/g, `<$1${p}v>`) } : f;
}

/** The cell's content with its cached value (and inline string) taken out. */
function withoutValue(body: string, p: string): string {
  return body.replace(new RegExp(`<${p}(v|is)(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${p}\\1>)`, "g"), "");
}

function newCell(ref: string, v: CachedValue, p: string): string {
  if (v === null) return ""; // an empty result needs no cell
  const { t, xml } = plainValue(v, p);
  return `<${p}c r="${ref}"${t ? ` t="${t}"` : ""}${xml ? `>${xml}</${p}c>` : "/>"}`;
}

/** Whether a cell already holds this cached value (a missing `t` is a number): then it is kept byte for byte. */
function holds(tag: string, body: string, v: CachedValue, p: string): boolean {
  const t = /\st="([^"]*)"/.exec(tag)?.[1] ?? "n";
  const old = new RegExp(`<${p}v>([^<]*)</${p}v>`).exec(body)?.[1];
  if (v === null) return old === undefined;
  if (old === undefined) return false;
  if (typeof v === "number") return t === "n" && old !== "" && Number(old) === v;
  if (typeof v === "boolean") return t === "b" && old === (v ? "1" : "0");
  if (typeof v === "string") return t === "str" && unescapeXml(old) === v;
  return t === "e" && old === v.error;
}

/** Whether the formula's `<f>` already says the array range it spills over (or it spills over none and says none). */
function holdsArray(body: string, arrayRef: string | undefined, p: string): boolean {
  const fTag = new RegExp(`<${p}f(?=[\\s/>])[^>]*>`).exec(body)?.[0] ?? "";
  if (!arrayRef) return true;
  return /\st="array"/.test(fTag) && new RegExp(`\\sref="${arrayRef}"`).test(fTag);
}

/** A formula cell rewritten: its `t`, its `<f>` (array ref when it spills), its new `<v>` right after the `<f>`. */
function formulaCell(tag: string, body: string, result: FormulaResult, p: string): string {
  if (holds(tag, body, result.value, p) && holdsArray(body, result.arrayRef, p)) return tag.endsWith("/>") ? tag : `${tag}${body}</${p}c>`;
  const { t, xml } = formulaValue(result.value);
  const v = p ? xml.replace(/<(\/?)v>/g, `<$1${p}v>`) : xml;
  let rest = withoutValue(body, p);
  const f = new RegExp(`<${p}f(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${p}f>)`).exec(rest);
  if (f) {
    let fXml = f[0];
    const fTag = /^<[^>]*>/.exec(fXml)![0];
    const fType = /\st="([^"]*)"/.exec(fTag)?.[1];
    if (result.arrayRef && (fType === undefined || fType === "array")) fXml = setAttr(setAttr(fTag, "t", "array"), "ref", result.arrayRef) + fXml.slice(fTag.length);
    rest = rest.slice(0, f.index) + fXml + v + rest.slice(f.index + f[0].length);
  } else rest = v + rest;
  const open = setAttr(tag.endsWith("/>") ? tag.replace(/\s*\/>$/, ">") : tag, "t", t);
  return `${open}${rest}</${p}c>`;
}

/** A spilled-into cell that exists: its value replaced, its style and everything else kept. */
function spillCell(tag: string, body: string, v: CachedValue, p: string): string {
  if (typeof v !== "string" && holds(tag, body, v, p)) return tag.endsWith("/>") ? tag : `${tag}${body}</${p}c>`;
  const { t, xml } = plainValue(v, p);
  const open = setAttr(tag.endsWith("/>") ? tag.replace(/\s*\/>$/, ">") : tag, "t", t);
  return `${open}${withoutValue(body, p)}${xml}</${p}c>`;
}

/** The `<dimension>` widened to cover cells added by a spill. */
function widenDimension(xml: string, p: string, spills: ReadonlyMap<string, CachedValue>): string {
  if (spills.size === 0) return xml;
  const m = new RegExp(`<${p}dimension\\b[^>]*\\sref="([^"]*)"`).exec(xml);
  if (!m) return xml;
  const range = parseRange(m[1]!);
  if (!range) return xml;
  let { top, left, bottom, right } = range;
  for (const key of spills.keys()) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
  }
  const ref = `${columnLetter(left)}${top + 1}:${columnLetter(right)}${bottom + 1}`;
  if (ref === m[1]) return xml;
  const at = m.index + m[0].length - m[1]!.length - 1;
  return xml.slice(0, at) + ref + xml.slice(at + m[1]!.length);
}

/**
 * The worksheet part with the formulas' results as cached values. Rows and cells are found by a
 * scan of `<sheetData>` (cell text is escaped, so `<` there always opens an element); what is
 * not a formula cell or a spilled-into cell is copied as it is.
 */
export function withCachedValues(sheetXml: string, values: CachedValues): string {
  const data = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(sheetXml);
  if (!data) return sheetXml;
  const p = data[1] ?? "";
  // Spilled-into cells by row, to add those the sheet lacks.
  const spillRows = new Map<number, Map<number, CachedValue>>();
  for (const [key, v] of values.spills) {
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (!spillRows.has(r)) spillRows.set(r, new Map());
    spillRows.get(r)!.set(c, v);
  }
  const out: string[] = [];
  const dataStart = data.index + data[0].length;
  const selfClosed = data[2] === "/";
  const dataEnd = selfClosed ? dataStart : sheetXml.indexOf(`</${p}sheetData>`, dataStart);
  if (dataEnd < 0) return sheetXml;
  out.push(selfClosed ? sheetXml.slice(0, data.index) + `<${p}sheetData>` : sheetXml.slice(0, dataStart));

  const missingCells = (r: number, before: number, from: number): string => {
    const row = spillRows.get(r);
    if (!row) return "";
    let s = "";
    for (const c of [...row.keys()].sort((a, b) => a - b)) {
      if (c < from || c >= before) continue;
      s += newCell(`${columnLetter(c)}${r + 1}`, row.get(c)!, p);
      row.delete(c);
    }
    return s;
  };
  // Spilled-into rows in order, walked once as the sheet's rows go by (a long spill stays linear).
  const spillOrder = [...spillRows.keys()].sort((a, b) => a - b);
  let nextSpill = 0;
  const missingRows = (before: number): string => {
    let s = "";
    for (; nextSpill < spillOrder.length && spillOrder[nextSpill]! < before; nextSpill++) {
      const r = spillOrder[nextSpill]!;
      if (!spillRows.has(r)) continue;
      const cells = missingCells(r, Infinity, 0);
      if (cells) s += `<${p}row r="${r + 1}">${cells}</${p}row>`;
      spillRows.delete(r);
    }
    return s;
  };

  const rowOpen = new RegExp(`<${p}row(?=[\\s/>])[^>]*>`, "g");
  const cellOpen = new RegExp(`<${p}c(?=[\\s/>])[^>]*>`, "g");
  const rowClose = `</${p}row>`;
  const cellClose = `</${p}c>`;
  let at = dataStart;
  let rowIndex = -1;
  rowOpen.lastIndex = dataStart;
  for (let m = rowOpen.exec(sheetXml); m && m.index < dataEnd; m = rowOpen.exec(sheetXml)) {
    const tag = m[0];
    const r = /\sr="(\d+)"/.exec(tag);
    rowIndex = r ? Number(r[1]) - 1 : rowIndex + 1;
    const tagEnd = m.index + tag.length;
    const end = tag.endsWith("/>") ? tagEnd : sheetXml.indexOf(rowClose, tagEnd);
    if (end < 0) return sheetXml;
    out.push(sheetXml.slice(at, m.index), missingRows(rowIndex));
    if (tag.endsWith("/>")) {
      const cells = missingCells(rowIndex, Infinity, 0);
      out.push(cells ? `${tag.replace(/\s*\/>$/, ">")}${cells}${rowClose}` : tag);
      spillRows.delete(rowIndex);
      at = tagEnd;
      rowOpen.lastIndex = tagEnd;
      continue;
    }
    out.push(tag);
    let inRow = tagEnd;
    let col = -1;
    cellOpen.lastIndex = tagEnd;
    for (let c = cellOpen.exec(sheetXml); c && c.index < end; c = cellOpen.exec(sheetXml)) {
      const cTag = c[0];
      const ref = /\sr="([^"]*)"/.exec(cTag);
      const before = col;
      col = ref ? parseRef(ref[1]!).col : col + 1;
      const cTagEnd = c.index + cTag.length;
      const cEnd = cTag.endsWith("/>") ? cTagEnd : sheetXml.indexOf(cellClose, cTagEnd) + cellClose.length;
      out.push(sheetXml.slice(inRow, c.index), missingCells(rowIndex, col, before + 1));
      const key = cellKey(rowIndex, col);
      const body = cTag.endsWith("/>") ? "" : sheetXml.slice(cTagEnd, cEnd - cellClose.length);
      const formula = values.formulas.get(key);
      const spill = spillRows.get(rowIndex);
      if (formula) {
        out.push(formulaCell(cTag, body, formula, p));
        spill?.delete(col);
      }
      else if (spill?.has(col)) {
        out.push(spillCell(cTag, body, spill.get(col)!, p));
        spill.delete(col);
      } else out.push(sheetXml.slice(c.index, cEnd));
      inRow = cEnd;
      cellOpen.lastIndex = cEnd;
    }
    out.push(sheetXml.slice(inRow, end), missingCells(rowIndex, Infinity, 0));
    spillRows.delete(rowIndex);
    at = end;
    rowOpen.lastIndex = end;
  }
  out.push(sheetXml.slice(at, dataEnd), missingRows(Infinity));
  out.push(selfClosed ? `</${p}sheetData>` + sheetXml.slice(dataStart) : sheetXml.slice(dataEnd));
  return widenDimension(out.join(""), p, values.spills);
}

/** A worksheet part's bytes with the results written (UTF-8 as OOXML parts are; a byte-order mark is kept). */
export function sheetWithCachedValues(part: Uint8Array, values: CachedValues): string {
  return withCachedValues(decoder.decode(part), values);
}

/**
 * The output package: the input's entries with the given parts replaced, every other part byte
 * for byte (recalc touches nothing but the sheets whose cached values it wrote).
 */
export function replaceParts(input: PackageInput, parts: ReadonlyMap<string, string>, stamp: Date, deflater?: Deflater, producer?: string): Uint8Array {
  const draft = new PackageDraft(input);
  if (producer !== undefined) setOutputProperty(draft, producer);
  for (const [path, xml] of parts) {
    if (!draft.has(path)) throw new Error(`the package has no part ${path}`);
    draft.write(path, xml);
  }
  return zipEntries(draft.finish(), stamp, deflater);
}
