import type ExcelJS from "exceljs";
import { documentStatus, type Context } from "../../policies/engine/evaluation";
import { rankTable, scoringFields, tierCounts, tierSheetLayout } from "../../policies/workbook/tier-sheet";
import { EXIT } from "../errors";
import type { Io } from "../io";
import { asOfOption, productVersion, profileOption, stampOf } from "../options";
import { checkOutPath, putLayout, saveWorkbook } from "../xlsx";
import { contextLine, loadTable, requireColumns, type TableOptions } from "./table";

export interface TiersOptions extends TableOptions {
  profile?: string;
  "as-of"?: string;
  out?: string;
}

/**
 * Reads the table, ranks it and puts the tier sheet into the workbook; returns the workbook and
 * the summary lines to print. Its own function, so the table and its scores are garbage by the
 * time the copy is written (they were a third of the peak memory on 100,000 rows).
 */
async function tierSheetInto(io: Io, ctx: Context, input: string, options: TiersOptions, out: string): Promise<{ workbook: ExcelJS.Workbook; lines: string[] }> {
  const loaded = await loadTable(io, input, options);
  requireColumns(loaded, scoringFields(ctx), { zh: "评分", en: "scoring" });
  const ranked = rankTable(ctx, loaded.table);
  const written = putLayout(loaded.workbook, tierSheetLayout(ctx, ranked, productVersion()));
  const n = tierCounts(ranked.result.value);
  const q = ranked.result.value.quotas;
  const lines = [
    contextLine(ctx),
    `已写入 / wrote ${out} → 工作表 / sheet “${written}”`,
    `企业 / enterprises ${loaded.table.rows.length}；参与排名 / ranked ${q.n}；名额 / quotas A ≤ ${q.aMax}, D ≤ ${q.dMax}, B ≤ ${q.bMax}`,
    `A ${n.A} · B ${n.B} · C ${n.C} · D ${n.D}（直接划入 D / forced D ${n.forced}）· 未评分 / unscored ${n.unscored}`,
  ];
  if (loaded.table.issues.length > 0) lines.push(`数据问题 / input findings: ${loaded.table.issues.length}（按缺数据处理 / treated as missing; 详见 / see landrules check）`);
  return { workbook: loaded.workbook, lines };
}

/** `landrules tiers`: the ranked tier sheet, added to a copy of the workbook. */
export async function tiersCommand(io: Io, input: string, options: TiersOptions): Promise<number> {
  const profile = profileOption(options.profile, true);
  const ctx = { profile, asOf: asOfOption(options["as-of"], io) };
  const out = checkOutPath(input, options.out);
  const { workbook, lines } = await tierSheetInto(io, ctx, input, options, out);
  await saveWorkbook(workbook, out, stampOf(ctx.asOf));
  const warning = documentStatus(profile.document, ctx.asOf).warning;
  if (warning) io.err(`⚠ ${warning.zh} / ${warning.en}`);
  for (const line of lines) io.out(line);
  return EXIT.ok;
}
