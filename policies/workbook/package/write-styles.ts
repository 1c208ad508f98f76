// The product's looks added to the workbook's styles part (ECMA-376 Part 1 §18.8): fonts,
// fills, number formats and cell formats appended after the workbook's own, whose indices
// never change, so every cell of the analyst's keeps its look. An identical entry already
// there (an earlier run's) is reused.
import { LOOKS, PRODUCT_FONT, SEVERITY_LOOK, type CellStyle, type Look, type Severity } from "../product-sheet";
import { appendCounted, attr, element, elements, escapeXml, setAttr } from "./write-xml";

/** Excel's built-in number formats the looks use (ECMA-376 §18.8.30); others get an id from 164. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function fontXml(look: Look): string {
  const color = look.fontColor ? `<color rgb="FF${look.fontColor}"/>` : "";
  return `<font>${look.bold ? "<b/>" : ""}<sz val="${look.size ?? PRODUCT_FONT.size}"/>${color}<name val="${escapeXml(PRODUCT_FONT.name)}"/><family val="2"/><charset val="134"/></font>`;
}

export function fillXml(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

export interface PatchedStyles {
  xml: string;
  /** The cell format (`s`) of each product look. */
  productXf: Record<CellStyle, number>;
  /** The cell format of a marked cell: its own format with the severity's fill. */
  markXf(base: number, severity: Severity): number;
  /** Whether a cell format carries one of the marks' fills (so a mark is still ours to clear). */
  isMarkXf(s: number): boolean;
}

const STYLE_NAMES = Object.keys(LOOKS) as CellStyle[];
const SEVERITIES = Object.keys(SEVERITY_LOOK) as Severity[];

/**
 * The styles part with the product's looks, and the mark formats for the given base formats
 * (the `s` of each cell to be marked), added. `xml` undefined: the workbook had no styles part.
 */
export function patchStyles(source: string | undefined, markBases: readonly { base: number; severity: Severity }[]): PatchedStyles {
  let xml = source ?? MINIMAL_STYLES;
  const rootEnd = (x: string) => {
    const m = /<styleSheet\b[^>]*>/.exec(x);
    if (!m) throw new Error("styles part has no <styleSheet>");
    return m.index + m[0].length;
  };

  // Number formats: the looks' formats that are not built in, under ids from 164 past any taken.
  const numFmts = element(xml, "numFmts");
  const taken = numFmts ? elements(numFmts.xml, "numFmt").map((n) => ({ id: Number(attr(n.tag, "numFmtId")), code: attr(n.tag, "formatCode") ?? "" })) : [];
  const formatId = new Map<string, number>();
  const newFormats: string[] = [];
  let nextId = Math.max(163, ...taken.map((t) => t.id)) + 1;
  for (const look of Object.values(LOOKS)) {
    const code = look.numberFormat;
    if (!code || formatId.has(code)) continue;
    const id = BUILT_IN_FORMATS[code] ?? taken.find((t) => t.code === code)?.id ?? nextId++;
    formatId.set(code, id);
    if (BUILT_IN_FORMATS[code] === undefined && !taken.some((t) => t.id === id)) newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
  }
  if (newFormats.length > 0) xml = appendCounted(xml, "numFmts", "numFmt", newFormats, rootEnd).xml;

  const fonts = appendCounted(xml, "fonts", "font", STYLE_NAMES.map((n) => fontXml(LOOKS[n])), rootEnd);
  xml = fonts.xml;
  const fillColours = [...new Set([...STYLE_NAMES.flatMap((n) => (LOOKS[n].fill ? [LOOKS[n].fill!] : [])), ...SEVERITIES.map((s) => SEVERITY_LOOK[s].fill)])];
  const fills = appendCounted(xml, "fills", "fill", fillColours.map(fillXml), rootEnd);
  xml = fills.xml;
  const fillId = new Map(fillColours.map((c, i) => [c, fills.indices[i]!]));

  const productXfs = STYLE_NAMES.map((n, i) => {
    const look = LOOKS[n];
    const numFmtId = look.numberFormat ? formatId.get(look.numberFormat)! : 0;
    const fill = look.fill ? fillId.get(look.fill)! : 0;
    return `<xf numFmtId="${numFmtId}" fontId="${fonts.indices[i]}" fillId="${fill}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"${fill ? ' applyFill="1"' : ""}/>`;
  });
  const cellXfs = element(xml, "cellXfs");
  const own = cellXfs ? elements(cellXfs.xml, "xf").map((x) => x.xml) : [];
  const baseXf = (s: number) => own[s] ?? own[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  const markFill = new Map(SEVERITIES.map((s) => [s, fillId.get(SEVERITY_LOOK[s].fill)!]));
  const withFill = (xf: string, fill: number) => {
    const tag = /^<xf\b[^>]*>/.exec(xf)![0];
    return xf.replace(tag, setAttr(setAttr(tag, "fillId", String(fill)), "applyFill", "1"));
  };
  const markKeys = markBases.map(({ base, severity }) => `${base}:${severity}`);
  const markXfs = markBases.map(({ base, severity }) => withFill(baseXf(base), markFill.get(severity)!));
  const xfs = appendCounted(xml, "cellXfs", "xf", [...productXfs, ...markXfs], (x) => x.indexOf("<cellStyles") >= 0 ? x.indexOf("<cellStyles") : x.indexOf("</styleSheet>"));
  xml = xfs.xml;
  const productXf = Object.fromEntries(STYLE_NAMES.map((n, i) => [n, xfs.indices[i]!])) as Record<CellStyle, number>;
  const markIndex = new Map(markKeys.map((k, i) => [k, xfs.indices[STYLE_NAMES.length + i]!]));

  const allXfs = elements(element(xml, "cellXfs")!.xml, "xf").map((x) => Number(attr(x.tag, "fillId") ?? 0));
  const markFillIds = new Set(markFill.values());
  return {
    xml,
    productXf,
    markXf: (base, severity) => {
      const s = markIndex.get(`${base}:${severity}`);
      if (s === undefined) throw new Error(`mark format for s=${base} (${severity}) was not prepared`);
      return s;
    },
    isMarkXf: (s) => markFillIds.has(allXfs[s] ?? -1),
  };
}
