import { bilingualText } from "../../policies/citations";
import { both } from "../../policies/workbook/layout";
import { documentStatus, type Context } from "../../policies/engine/evaluation";
import type { ProductSheet } from "../../policies/workbook/product-sheet";
import { rankTable, scoringFields, tierProductSheet, tierSummaryLines } from "../../policies/workbook/tier-sheet";
import { EXIT } from "../errors";
import type { Io } from "../io";
import { asOfOption, productVersion, profileOption } from "../options";
import { checkOutPath, OutputFile, type InputSource } from "../output";
import { stage } from "../stages";
import { schemeTierPackage, usesScheme } from "./scheme-tiers";
import { contextLine, loadTableToWrite, requireColumns, writeToFile, type TableOptions } from "./table";

export interface TiersOptions extends TableOptions {
  profile?: string;
  "as-of"?: string;
  out?: string;
  /** Overwrite an existing --out that is not an earlier output of ours. */
  force?: boolean;
  /** Also remove the cell marks of an earlier check. */
  "clear-marks"?: boolean;
  /** The evaluation year whose scheme applies (default: the year before the as-of date). */
  year?: string;
}

/** The table read and ranked, as the sheet and summary it gives, and where the input's parts are copied from: the table and its scores are garbage once this returns. */
async function rankedSheet(io: Io, ctx: Context, input: string, options: TiersOptions, version: string): Promise<{ source: InputSource; sheet: ProductSheet; summary: string[] }> {
  const loaded = await loadTableToWrite(io, input, options);
  try {
    requireColumns(loaded, scoringFields(ctx), { zh: "评分", en: "scoring" });
    const ranked = stage("rank", () => rankTable(ctx, loaded.table));
    return stage("the sheet's model", () => ({ source: loaded.source, sheet: tierProductSheet(ctx, ranked, version), summary: tierSummaryLines(ranked) }));
  } catch (e) {
    loaded.source.close();
    throw e;
  }
}

/**
 * Reads the table, ranks it and writes the output package into `file` as it is made: the
 * input's parts with the tier sheet added. Its own function, so the table and its scores are
 * garbage once the file is written. Returns the lines to print.
 */
async function tierPackage(io: Io, ctx: Context, input: string, options: TiersOptions, file: OutputFile): Promise<string[]> {
  const version = productVersion();
  const { source, sheet, summary } = await rankedSheet(io, ctx, input, options, version);
  const result = writeToFile(source, file, ctx, version, () => ({ sheets: [sheet], clearMarks: options["clear-marks"] === true }));
  const lines = [contextLine(ctx), `已写入 / wrote ${file.out} → 工作表 / sheet “${result.sheets[0]!.name}”`, ...summary];
  if (result.cleared > 0) lines.push(`已清除先前的标记 / cleared earlier marks: ${result.cleared}`);
  for (const cut of result.cuts) lines.push(`提示 / note: ${both(bilingualText(cut.message))}`);
  return lines;
}

/** `landrules tiers`: the ranked tier sheet, added to a copy of the workbook. */
export async function tiersCommand(io: Io, input: string, options: TiersOptions): Promise<number> {
  const profile = profileOption(options.profile, true);
  const ctx = { profile, asOf: asOfOption(options["as-of"], io) };
  const out = checkOutPath(input, options.out, options.force === true);
  const file = new OutputFile(out);
  let lines: string[];
  try {
    // A profile with evaluation schemes (or --year) goes through the year's scheme (issue 8).
    lines = usesScheme(profile, options.year) ? await schemeTierPackage(io, ctx, input, options, file) : await tierPackage(io, ctx, input, options, file);
    stage("save", () => file.commit());
  } catch (e) {
    file.abort();
    throw e;
  }
  const warning = documentStatus(profile.document, ctx.asOf).warning;
  if (warning) io.err(`⚠ ${warning.zh} / ${warning.en}`);
  for (const line of lines) io.out(line);
  return EXIT.ok;
}
