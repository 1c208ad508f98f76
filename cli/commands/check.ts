import { bilingualText } from "../../policies/citations";
import { both } from "../../policies/workbook/layout";
import { documentStatus, type Context } from "../../policies/engine/evaluation";
import { buildCheckReport, checkMarks, checkProductSheet, checkSummaryLines, type CheckReport } from "../../policies/workbook/check-report";
import { canRank, rankTable } from "../../policies/workbook/tier-sheet";
import { EXIT } from "../errors";
import { progress, type Io } from "../io";
import { asOfOption, productVersion, profileOption } from "../options";
import { checkOutPath, OutputFile, type InputSource } from "../output";
import { stage } from "../stages";
import { contextLine, loadTableToWrite, writeToFile, type TableOptions } from "./table";

export interface CheckOptions extends TableOptions {
  profile?: string;
  "as-of"?: string;
  out?: string;
  /** Also mark the offending cells of the data sheet in the copy (fill and note; values untouched). */
  mark?: boolean;
  /** Add no marks (earlier ones are removed on every run). */
  "clear-marks"?: boolean;
  /** Overwrite an existing --out that is not an earlier output of ours. */
  force?: boolean;
}

/** The table read and checked; the ranking behind the population facts is garbage once this returns. */
async function checked(io: Io, ctx: Context, input: string, options: CheckOptions): Promise<{ loaded: { source: InputSource; sheet: string }; report: CheckReport }> {
  const loaded = await loadTableToWrite(io, input, options);
  try {
    const population = stage("rank", () => (canRank(ctx, loaded.table) ? rankTable(ctx, loaded.table).facts : null));
    const bar = progress(io, "核查 / checking", loaded.table.rows.length);
    const report = stage("check", () => buildCheckReport(ctx, loaded.table, population, bar.tick));
    bar.end();
    return { loaded: { source: loaded.source, sheet: loaded.sheet }, report };
  } catch (e) {
    loaded.source.close();
    throw e;
  }
}

/**
 * Reads the table, checks it and writes the output package into `file` as it is made: the
 * input's parts with the report added and, with --mark, the offending cells marked (earlier
 * marks of ours removed first, so a fixed cell loses its mark). Its own function, so the table
 * is garbage once the file is written.
 */
async function reportPackage(io: Io, ctx: Context, input: string, options: CheckOptions, file: OutputFile): Promise<{ code: number; lines: string[] }> {
  const { loaded, report } = await checked(io, ctx, input, options);
  const version = productVersion();
  const mark = options.mark === true && options["clear-marks"] !== true;
  const result = writeToFile(loaded.source, file, ctx, version, () => ({
    sheets: [checkProductSheet(ctx, report, version)],
    marks: mark ? { sheet: loaded.sheet, marks: checkMarks(report) } : undefined,
    // Marks of an earlier check would be stale: a re-run always removes them (and only them).
    clearMarks: true,
  }));
  const lines = [contextLine(ctx), `已写入 / wrote ${file.out} → 工作表 / sheet “${result.sheets[0]!.name}”`];
  if (result.cleared > 0) lines.push(`已清除先前的标记 / cleared earlier marks: ${result.cleared}`);
  if (mark) lines.push(`已在“${loaded.sheet}”中标出 / marked on "${loaded.sheet}": ${result.marked} 个单元格 / cells`);
  lines.push(...checkSummaryLines(report));
  for (const cut of result.cuts) lines.push(`提示 / note: ${both(bilingualText(cut.message))}`);
  return { code: report.findings.length > 0 ? EXIT.findings : EXIT.ok, lines };
}

/** `landrules check`: every threshold the profile has and the columns allow; exit 1 when anything is found. */
export async function checkCommand(io: Io, input: string, options: CheckOptions): Promise<number> {
  const profile = profileOption(options.profile, true);
  const ctx = { profile, asOf: asOfOption(options["as-of"], io) };
  const out = checkOutPath(input, options.out, options.force === true);
  const file = new OutputFile(out);
  let result: { code: number; lines: string[] };
  try {
    result = await reportPackage(io, ctx, input, options, file);
    stage("save", () => file.commit());
  } catch (e) {
    file.abort();
    throw e;
  }
  const { code, lines } = result;
  const warning = documentStatus(profile.document, ctx.asOf).warning;
  if (warning) io.err(`⚠ ${warning.zh} / ${warning.en}`);
  for (const line of lines) io.out(line);
  return code;
}
