import type ExcelJS from "exceljs";
import type { Context } from "../../policies/engine/evaluation";
import { MappingError, readEnterpriseTable, type EnterpriseTable } from "../../policies/workbook/table";
import { fieldSpec, type FieldId } from "../../policies/workbook/vocabulary";
import { UsageError } from "../errors";
import type { Io } from "../io";
import { headerRowOption, mapOption } from "../options";
import { pickSheet, readWorkbook, sheetGrid } from "../xlsx";

export interface TableOptions {
  sheet?: string;
  map?: string[];
  "header-row"?: string;
}

export interface LoadedTable {
  workbook: ExcelJS.Workbook;
  sheet: string;
  table: EnterpriseTable;
}

/** Reads the enterprise table of a workbook; header problems go to stderr, one line each. */
export async function loadTable(io: Io, input: string, options: TableOptions): Promise<LoadedTable> {
  const read = { map: mapOption(options.map), headerRow: headerRowOption(options["header-row"]) };
  const workbook = await readWorkbook(input);
  const ws = pickSheet(workbook, options.sheet);
  let table: EnterpriseTable;
  try {
    table = readEnterpriseTable(sheetGrid(ws), read);
  } catch (e) {
    if (e instanceof MappingError) throw new UsageError(`工作表“${ws.name}”：${e.zh}`, `sheet "${ws.name}": ${e.en}`);
    throw e;
  }
  for (const p of table.mapping.problems) io.err(`提示 / note: ${p.message.zh} / ${p.message.en}`);
  for (const s of table.skipped) io.err(`提示 / note: ${s.why.zh} / ${s.why.en}`);
  if (table.rows.length === 0) throw new UsageError(`工作表“${ws.name}”表头下没有数据行`, `sheet "${ws.name}" has no data rows under its headers`);
  return { workbook, sheet: ws.name, table };
}

/** The needed columns the table lacks, as one usage error naming them and how to map them. */
export function requireColumns(loaded: LoadedTable, needed: readonly FieldId[], purpose: { zh: string; en: string }): void {
  const missing = needed.filter((f) => !loaded.table.mapping.columns[f]);
  if (missing.length === 0) return;
  const zh = missing.map((f) => `${f}（${fieldSpec(f).label.zh}）`).join("、");
  const en = missing.map((f) => f).join(", ");
  throw new UsageError(
    `工作表“${loaded.sheet}”缺少${purpose.zh}所需的列：${zh}；如表头名称不同，请用 --map 字段=表头 指定`,
    `sheet "${loaded.sheet}" lacks the columns ${purpose.en} needs: ${en}; if a header is named differently, use --map field=Header`,
  );
}

export function contextLine(ctx: Context): string {
  return `${ctx.profile.id}（${ctx.profile.names.zh}），评价日 / as of ${ctx.asOf}`;
}
