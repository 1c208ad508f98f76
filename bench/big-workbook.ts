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

export async function writeBigWorkbook(path: string, firms: number): Promise<BigWorkbook> {
  const spec = zengchengSpec(firms);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(spec.sheet);
  ws.columns = tableColumnWidths(spec).map((width) => ({ width }));
  const table = enterpriseRows(spec);
  const bold = new Map(table.boldRows.map((b) => [b.row, b.size ? { bold: true, size: b.size } : { bold: true }]));
  let n = 0;
  for (const cells of table.rows) {
    const row = ws.addRow(cells);
    const font = bold.get(++n);
    if (font) row.font = font;
    row.commit();
  }
  ws.commit();
  await wb.commit();
  return { path, sheet: spec.sheet, firms };
}
