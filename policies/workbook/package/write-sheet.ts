// A product sheet as worksheet XML (ECMA-376 Part 1 §18.3), made in pieces as its rows are
// walked, so the cost grows with the table and no workbook object model is built. Text goes in
// as inline strings: a file's cell text is never read as a formula, whatever it starts with.
import { columnLetter } from "../cells";
import type { CellStyle, SheetPlan } from "../product-sheet";
import { escapeXml, tElement } from "./write-xml";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Pieces of about this many bytes are handed on (a 100,000-row sheet is never one string nor one array). */
const PIECE = 1 << 20;

const encoder = new TextEncoder();

/**
 * The sheet's UTF-8 bytes, row by row: each row's XML is encoded into the piece as soon as it is
 * made (a short string, cheap to flatten), never joined into one long string first.
 */
class PieceWriter {
  private bytes = new Uint8Array(PIECE + (PIECE >> 2));
  private at = 0;

  get size(): number {
    return this.at;
  }

  write(xml: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (this.at + xml.length * 3 > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.at + xml.length * 3));
      grown.set(this.bytes.subarray(0, this.at));
      this.bytes = grown;
    }
    this.at += encoder.encodeInto(xml, this.bytes.subarray(this.at)).written;
  }

  /** The bytes written since the last take; the writer starts a new piece. */
  take(): Uint8Array {
    const piece = this.bytes.subarray(0, this.at);
    this.bytes = new Uint8Array(PIECE + (PIECE >> 2));
    this.at = 0;
    return piece;
  }
}

/** Excel's character width in points is about 7 px at 11 pt; widths are written as characters. */
function colsXml(widths: readonly number[]): string {
  return `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
}

/** The frozen pane under the table's header row: rows above and including it stay in view. */
function viewXml(plan: SheetPlan): string {
  if (!plan.table) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const split = plan.table.headerRow + 1;
  const top = `A${split + 1}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${split}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`;
}

/** The table's filter range, e.g. `A18:L320` (also the `_xlnm._FilterDatabase` name's range). */
export function filterRef(plan: SheetPlan): string | null {
  if (!plan.table) return null;
  const t = plan.table;
  return `A${t.headerRow + 1}:${columnLetter(t.width - 1)}${t.lastRow + 1}`;
}

/** The worksheet part in pieces of UTF-8; `xf` gives each look's cell format in the styles part. */
export function* sheetXml(plan: SheetPlan, xf: Readonly<Record<CellStyle, number>>): Generator<Uint8Array> {
  const letters = Array.from({ length: plan.width }, (_, c) => columnLetter(c));
  const dimension = plan.height > 0 ? `A1:${letters[plan.width - 1]}${plan.height}` : "A1";
  const out = new PieceWriter();
  out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="${dimension}"/>${viewXml(plan)}<sheetFormatPr defaultRowHeight="15"/>${colsXml(plan.columnWidths)}<sheetData>`);
  for (const row of plan.rows()) {
    const r = row.index + 1;
    let cells = "";
    for (let c = 0; c < row.cells.length; c++) {
      const v = row.cells[c];
      if (v === null || v === undefined) continue;
      const s = xf[row.styles[c] ?? "text"];
      if (typeof v === "number") cells += `<c r="${letters[c]}${r}" s="${s}"><v>${v}</v></c>`;
      else cells += `<c r="${letters[c]}${r}" s="${s}" t="inlineStr"><is>${tElement(v)}</is></c>`;
    }
    if (cells) out.write(`<row r="${r}">${cells}</row>`);
    if (out.size >= PIECE) yield out.take();
  }
  const filter = filterRef(plan);
  out.write(`</sheetData>${filter ? `<autoFilter ref="${filter}"/>` : ""}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`);
  yield out.take();
}

/** The sheet's name as a formula reference: quoted, with inner apostrophes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export { escapeXml };
