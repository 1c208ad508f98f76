import { bilingualText } from "../../policies/citations";
import { both } from "../../policies/workbook/layout";
import type { Context } from "../../policies/engine/evaluation";
import type { Profile } from "../../policies/registry";
import { evaluationYear } from "../../policies/schemes";
import { jobUsesScheme, MissingColumns, schemeTierJob } from "../../policies/workbook/scheme-sheet";
import { UsageError } from "../errors";
import type { Io } from "../io";
import { productVersion } from "../options";
import type { OutputFile } from "../output";
import { stage } from "../stages";
import { contextLine, loadTableToWrite, requireColumns, writeToFile, type TableOptions } from "./table";

// `landrules tiers … --year Y` for a profile with evaluation schemes (issue 8): the year's
// scheme, lists, groups, points and tiers on the shared sheet description.

export interface SchemeTiersOptions extends TableOptions {
  year?: string;
  "clear-marks"?: boolean;
}

/** Whether the tier job goes through the evaluation scheme (policies/workbook/scheme-sheet.ts jobUsesScheme). */
export function usesScheme(profile: Profile, year: string | undefined): boolean {
  return jobUsesScheme(profile, year);
}

/** --year: a whole evaluation year; omitted, the year before the as-of date. */
export function yearOption(text: string | undefined, ctx: Context): number {
  if (text === undefined) return evaluationYear(ctx.asOf);
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(`--year 应为四位年份，如 2022（收到 ${text}）`, `--year must be a four-digit year such as 2022 (got ${text})`);
  return evaluationYear(ctx.asOf, Number(text));
}

/**
 * Reads the table, applies the year's scheme and writes the output package into `file` as it is
 * made (the input's other parts copied as stored, as the tier sheet's path does); returns the lines to print.
 */
export async function schemeTierPackage(io: Io, ctx: Context, input: string, options: SchemeTiersOptions, file: OutputFile): Promise<string[]> {
  const year = yearOption(options.year, ctx);
  const version = productVersion();
  const loaded = await loadTableToWrite(io, input, options);
  let job: ReturnType<typeof schemeTierJob>;
  try {
    job = stage("rank", () => schemeTierJob(ctx, loaded.table, year, version));
  } catch (e) {
    loaded.source.close();
    if (e instanceof MissingColumns) requireColumns(loaded, e.fields, e.purpose);
    throw e;
  }
  const written = writeToFile(loaded.source, file, ctx, version, () => ({ sheets: [job.sheet], clearMarks: options["clear-marks"] === true }));
  const lines = [contextLine(ctx), `已写入 / wrote ${file.out} → 工作表 / sheet “${written.sheets[0]!.name}”`, ...job.summary];
  if (loaded.table.issues.length > 0) lines.push(`数据问题 / input findings: ${loaded.table.issues.length}（按缺数据处理 / treated as missing; 详见 / see landrules check）`);
  if (written.cleared > 0) lines.push(`已清除先前的标记 / cleared earlier marks: ${written.cleared}`);
  for (const cut of written.cuts) lines.push(`提示 / note: ${both(bilingualText(cut.message))}`);
  return lines;
}
