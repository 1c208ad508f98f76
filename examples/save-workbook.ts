import type ExcelJS from "exceljs";
import { saveBytes } from "../cli/output";
import { packZip } from "../cli/zip";

// exceljs is left only where the project writes a whole workbook of its own: the examples
// generator. Reading and writing an analyst's workbook go through policies/workbook/package.

/** Saves a workbook of ours with a fixed stamp, so the same content gives the same bytes. */
export async function saveWorkbook(wb: ExcelJS.Workbook, out: string, stamp: Date): Promise<void> {
  wb.created = wb.created ?? stamp;
  wb.modified = stamp;
  wb.lastModifiedBy = "landrules";
  const stored = Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
  saveBytes(out, await packZip(stored, stamp));
}
