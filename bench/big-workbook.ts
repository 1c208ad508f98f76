// A large enterprise workbook for the CLI benchmarks, written at bench time (never committed):
// the 增城 example table of examples/generate.ts with as many firms as asked, streamed to
// disk row by row with shared strings and styles, as Excel saves a workbook.
import ExcelJS from "exceljs";
import { zengchengSpec } from "../examples/generate";
import { enterpriseRows, tableColumnWidths } from "../examples/tables";

export interface BigWorkbook {
  path: string;
  sheet: string;
  firms: number;
}

// The example generator names at most ~500,000 distinct firms; a larger table is made of parts
// drawn with different seeds, under one title and header and over one 合计 line.
const PART = 500_000;

/**
 * The table's rows: title, note and header once, every part's firms, then the blank line and 合计;
 * `bare`: the header and the firms only (Excel's largest sheet: 1 header row + 1,048,575 firms).
 */
function* bigTableRows(firms: number, bare: boolean): Generator<unknown[]> {
  const parts = Math.ceil(firms / PART);
  for (let k = 0; k < parts; k++) {
    const base = zengchengSpec(Math.min(PART, firms - k * PART));
    const last = k === parts - 1;
    // Streamed, holding back two rows: a part other than the last leaves out its blank line and 合计.
    const held: unknown[][] = [];
    let i = 0;
    for (const row of enterpriseRows({ ...base, seed: base.seed + k }).rows) {
      const n = i++;
      if ((k > 0 && n < 3) || (bare && n < 2)) continue;
      held.push(row);
      if (held.length > 2) yield held.shift()!;
    }
    if (last && !bare) yield* held;
  }
}

export async function writeBigWorkbook(path: string, firms: number, bare = false): Promise<BigWorkbook> {
  const spec = zengchengSpec(Math.min(firms, PART));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(spec.sheet);
  ws.columns = tableColumnWidths(spec).map((width) => ({ width }));
  const bold = new Map(enterpriseRows(spec).boldRows.map((b) => [b.row, b.size ? { bold: true, size: b.size } : { bold: true }]));
  let n = 0;
  for (const cells of bigTableRows(firms, bare)) {
    const row = ws.addRow(cells);
    const font = bold.get(++n + (bare ? 2 : 0));
    if (font) row.font = font;
    row.commit();
  }
  ws.commit();
  await wb.commit();
  return { path, sheet: spec.sheet, firms };
}
