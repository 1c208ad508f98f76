import { documentStatus } from "../../policies/engine/evaluation";
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

/** `landrules tiers`: the ranked tier sheet, added to a copy of the workbook. */
export async function tiersCommand(io: Io, input: string, options: TiersOptions): Promise<number> {
  const profile = profileOption(options.profile, true);
  const ctx = { profile, asOf: asOfOption(options["as-of"], io) };
  const out = checkOutPath(input, options.out);
  const loaded = await loadTable(io, input, options);
  requireColumns(loaded, scoringFields(ctx), { zh: "评分", en: "scoring" });
  const ranked = rankTable(ctx, loaded.table);
  const written = putLayout(loaded.workbook, tierSheetLayout(ctx, ranked, productVersion()));
  await saveWorkbook(loaded.workbook, out, stampOf(ctx.asOf));
  const warning = documentStatus(profile.document, ctx.asOf).warning;
  if (warning) io.err(`⚠ ${warning.zh} / ${warning.en}`);
  const n = tierCounts(ranked.result.value);
  const q = ranked.result.value.quotas;
  io.out(`${contextLine(ctx)}`);
  io.out(`已写入 / wrote ${out} → 工作表 / sheet “${written}”`);
  io.out(`企业 / enterprises ${loaded.table.rows.length}；参与排名 / ranked ${q.n}；名额 / quotas A ≤ ${q.aMax}, D ≤ ${q.dMax}, B ≤ ${q.bMax}`);
  io.out(`A ${n.A} · B ${n.B} · C ${n.C} · D ${n.D}（直接划入 D / forced D ${n.forced}）· 未评分 / unscored ${n.unscored}`);
  if (loaded.table.issues.length > 0) io.out(`数据问题 / input findings: ${loaded.table.issues.length}（按缺数据处理 / treated as missing; 详见 / see landrules check）`);
  return EXIT.ok;
}
