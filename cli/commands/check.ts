import type ExcelJS from "exceljs";
import { documentStatus, type Context } from "../../policies/engine/evaluation";
import { buildCheckReport, checkReportLayout } from "../../policies/workbook/check-report";
import { canRank, rankTable } from "../../policies/workbook/tier-sheet";
import { EXIT } from "../errors";
import { progress, type Io } from "../io";
import { asOfOption, productVersion, profileOption, stampOf } from "../options";
import { checkOutPath, markCells, putLayout, saveWorkbook } from "../xlsx";
import { contextLine, loadTable, type TableOptions } from "./table";

export interface CheckOptions extends TableOptions {
  profile?: string;
  "as-of"?: string;
  out?: string;
  /** Also mark the offending cells of the data sheet in the copy (fill and note; values untouched). */
  mark?: boolean;
}

/**
 * Reads the table, checks it and puts the report (and the marks) into the workbook; returns the
 * workbook, the exit code and the summary lines. Its own function, so the table is garbage by
 * the time the copy is written.
 */
async function reportInto(io: Io, ctx: Context, input: string, options: CheckOptions, out: string): Promise<{ workbook: ExcelJS.Workbook; code: number; lines: string[] }> {
  const loaded = await loadTable(io, input, options);
  const population = canRank(ctx, loaded.table) ? rankTable(ctx, loaded.table).facts : null;
  const bar = progress(io, "核查 / checking", loaded.table.rows.length);
  const report = buildCheckReport(ctx, loaded.table, population, bar.tick);
  bar.end();
  const written = putLayout(loaded.workbook, checkReportLayout(ctx, report, productVersion()));
  const marked = options.mark
    ? markCells(
        loaded.workbook.getWorksheet(loaded.sheet)!,
        report.findings.map((f) => ({ row: f.row, column: f.column, severity: f.severity, text: `${f.rule} ${f.citation}: ${f.message.zh} / ${f.message.en}` })),
      )
    : 0;
  const lines = [contextLine(ctx), `已写入 / wrote ${out} → 工作表 / sheet “${written}”`];
  if (options.mark) lines.push(`已在“${loaded.sheet}”中标出 / marked on "${loaded.sheet}": ${marked} 个单元格 / cells`);
  lines.push(`检查行数 / rows checked ${report.rowsChecked}；通过 / passing ${report.rowsPassing}；问题 / findings ${report.findings.length}`);
  for (const c of report.byRule) lines.push(`  ${c.rule.padEnd(10)} 违规 / violations ${c.violations}，提示 / notices ${c.notices}（${c.citation}）`);
  for (const c of report.coverage.filter((x) => !x.ran)) lines.push(`  未运行 / not run: ${c.check.id} — ${c.why!.zh} / ${c.why!.en}`);
  return { workbook: loaded.workbook, code: report.findings.length > 0 ? EXIT.findings : EXIT.ok, lines };
}

/** `landrules check`: every threshold the profile has and the columns allow; exit 1 when anything is found. */
export async function checkCommand(io: Io, input: string, options: CheckOptions): Promise<number> {
  const profile = profileOption(options.profile, true);
  const ctx = { profile, asOf: asOfOption(options["as-of"], io) };
  const out = checkOutPath(input, options.out);
  const { workbook, code, lines } = await reportInto(io, ctx, input, options, out);
  await saveWorkbook(workbook, out, stampOf(ctx.asOf));
  const warning = documentStatus(profile.document, ctx.asOf).warning;
  if (warning) io.err(`⚠ ${warning.zh} / ${warning.en}`);
  for (const line of lines) io.out(line);
  return code;
}
