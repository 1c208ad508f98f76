// The table body of a product sheet as worksheet XML, written straight into the saved file.
//
// exceljs builds a Cell object per cell and an array of small strings per XML node: for a
// 100,000-row tier sheet that was most of `landrules tiers`' time and memory. exceljs still
// writes the sheet's head (header block, column headers, widths, filter, frozen pane) and one
// template row holding a cell in each number format the body uses, so the formats are in
// styles.xml; the template row is then replaced by the body, written here.
import type { OutCell } from "../policies/workbook/layout";
import { columnLetter } from "../policies/workbook/cells";

/** A product sheet's table body, waiting to be written into its worksheet part. */
export interface SheetBody {
  /** 1-based sheet row of the body's first line: also the template row's. */
  firstRow: number;
  rows: readonly (readonly OutCell[])[];
  /** 0-based columns whose numbers carry a number format (a template cell each). */
  formatted: readonly number[];
  /** The sheet's used range, A1 to its last cell. */
  dimension: string;
}

// Characters XML 1.0 cannot hold (exceljs drops them the same way): C0 controls but tab, LF, CR; DEL.
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

function textXml(text: string): string {
  const clean = text.replace(NOT_XML, "").replace(/[&<>]/g, (c) => ESCAPES[c]!);
  const space = /^\s|\s$|[\t\n\r]/.test(clean) ? ' xml:space="preserve"' : "";
  return `<is><t${space}>${clean}</t></is>`;
}

/** The body rows as `<row>` elements; numbers keep their column's style id, text is inline. */
export function bodyXml(body: SheetBody, styleOf: ReadonlyMap<number, string>): string {
  const letters = new Map<number, string>();
  const letter = (c: number) => letters.get(c) ?? (letters.set(c, columnLetter(c)), letters.get(c)!);
  const parts: string[] = [];
  body.rows.forEach((cells, i) => {
    const r = body.firstRow + i;
    let row = "";
    cells.forEach((v, c) => {
      if (v === null) return;
      const ref = `${letter(c)}${r}`;
      if (typeof v === "number") {
        const s = styleOf.get(c);
        row += `<c r="${ref}"${s ? ` s="${s}"` : ""}><v>${v}</v></c>`;
      } else row += `<c r="${ref}" t="inlineStr">${textXml(v)}</c>`;
    });
    if (row) parts.push(`<row r="${r}">${row}</row>`);
  });
  return parts.join("");
}

/**
 * The worksheet part with its template row replaced by the body: the style ids exceljs gave
 * the template cells go to the body's numbers, and the used range covers the whole table.
 */
export function spliceBody(part: string, body: SheetBody): string {
  const template = new RegExp(`<row r="${body.firstRow}"[^>]*?(?:/>|>(.*?)</row>)`).exec(part);
  const styleOf = new Map<number, string>();
  for (const m of (template?.[1] ?? "").matchAll(/<c r="([A-Z]+)\d+"(?: s="(\d+)")?/g)) {
    const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    if (m[2]) styleOf.set(column, m[2]);
  }
  const missing = body.formatted.filter((c) => !styleOf.has(c));
  if (missing.length > 0) throw new Error(`template row ${body.firstRow} lacks styled cells in columns ${missing.map(columnLetter).join(", ")}`);
  const end = part.lastIndexOf("</sheetData>");
  if (end < 0) throw new Error("worksheet part has no </sheetData>");
  const before = template ? part.slice(0, template.index) + part.slice(template.index + template[0].length, end) : part.slice(0, end);
  return `${before.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${body.dimension}"/>`)}${bodyXml(body, styleOf)}${part.slice(end)}`;
}
