// The task pane's side of the two jobs: where they read (the table source), progress, cancel,
// and the result the pane shows. The reading, ranking, checking and writing are the add-in's
// (addin/enterpriseJobs.ts, addin/sheets.ts) and the pure models under policies/workbook.
import { loadEnterpriseSheet, writeCheckReport, writeTierSheet, type CheckOutcome, type LoadedSheet, type TierOutcome } from "../../addin/enterpriseJobs";
import { resolveSource, sourceLabel, type ResolvedSource, type TableSource } from "../../addin/tableSource";
import type { Context } from "../../policies/engine/evaluation";
import type { HeaderMapping } from "../../policies/workbook/table";
import type { JobControl } from "../shared/useExcelJob";

export interface JobRead {
  /** Where the job read, as the analyst reads it (`企业!A1:F301`). */
  where: string;
  sheet: string;
  mapping: HeaderMapping;
  headers: string[];
}

export interface TierJobResult extends TierOutcome {
  read: JobRead;
}

export interface CheckJobResult extends CheckOutcome {
  read: JobRead;
}

/** Resolves where the job reads (refusing the product's own sheets), then reads it in chunks with progress and cancel. */
async function load(context: Excel.RequestContext, source: TableSource, map: Readonly<Record<string, string>>, control: JobControl): Promise<{ loaded: LoadedSheet; resolved: ResolvedSource }> {
  control.onProgress({ phase: { zh: "正在读取数据表", en: "Reading the table" }, done: 0, total: 0 });
  const resolved = await resolveSource(context, source);
  const loaded = await loadEnterpriseSheet(context, { sheet: resolved.sheet, range: resolved.wholeSheet ? undefined : resolved.address, map, ...control });
  return { loaded, resolved };
}

function readOf(loaded: LoadedSheet, resolved: ResolvedSource): JobRead {
  const m = loaded.table.mapping;
  const headers = [...Object.values(m.columns).map((c) => c!.header), ...m.problems.flatMap((p) => p.columns.map((c) => c.header))];
  return { where: sourceLabel(resolved), sheet: resolved.sheet, mapping: m, headers: [...new Set(headers.filter((h) => h.trim() !== ""))] };
}

/** Reads the table, ranks it with the profile and writes the tier sheet. */
export async function runTierJob(
  context: Excel.RequestContext,
  ctx: Context,
  source: TableSource,
  map: Readonly<Record<string, string>>,
  control: JobControl,
  year?: number,
): Promise<TierJobResult> {
  const { loaded, resolved } = await load(context, source, map, control);
  const outcome = await writeTierSheet(context, ctx, loaded, control, year);
  return { ...outcome, read: readOf(loaded, resolved) };
}

/** Reads the table, runs every check the profile has and writes the check report (and marks, if asked). */
export async function runCheckJob(
  context: Excel.RequestContext,
  ctx: Context,
  source: TableSource,
  map: Readonly<Record<string, string>>,
  mark: boolean,
  control: JobControl,
): Promise<CheckJobResult> {
  const { loaded, resolved } = await load(context, source, map, control);
  const outcome = await writeCheckReport(context, ctx, loaded, { mark, ...control });
  return { ...outcome, read: readOf(loaded, resolved) };
}
