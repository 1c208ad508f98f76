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

function aborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException("cancelled", "AbortError");
}

async function load(context: Excel.RequestContext, source: TableSource, map: Readonly<Record<string, string>>, control: JobControl): Promise<{ loaded: LoadedSheet; resolved: ResolvedSource }> {
  control.onProgress({ phase: { zh: "正在读取数据表", en: "Reading the table" }, done: 0, total: 0 });
  const resolved = await resolveSource(context, source);
  aborted(control.signal);
  const loaded = await loadEnterpriseSheet(context, { sheet: resolved.sheet, map, range: resolved.wholeSheet ? undefined : resolved.address, signal: control.signal, onProgress: control.onProgress } as Parameters<typeof loadEnterpriseSheet>[1]);
  aborted(control.signal);
  return { loaded, resolved };
}

function readOf(loaded: LoadedSheet, resolved: ResolvedSource): JobRead {
  const m = loaded.table.mapping;
  const headers = [...Object.values(m.columns).map((c) => c!.header), ...m.problems.flatMap((p) => p.columns.map((c) => c.header))];
  return { where: sourceLabel(resolved), sheet: resolved.sheet, mapping: m, headers: [...new Set(headers.filter((h) => h.trim() !== ""))] };
}

/** Reads the table, ranks it with the profile and writes the tier sheet. */
export async function runTierJob(context: Excel.RequestContext, ctx: Context, source: TableSource, map: Readonly<Record<string, string>>, control: JobControl): Promise<TierJobResult> {
  const { loaded, resolved } = await load(context, source, map, control);
  control.onProgress({ phase: { zh: "正在评分并写入分档表", en: "Scoring and writing the tier sheet" }, done: 0, total: loaded.table.rows.length });
  const outcome = await (writeTierSheet as (...args: unknown[]) => Promise<TierOutcome>)(context, ctx, loaded, control);
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
  control.onProgress({ phase: { zh: "正在核查并写入报告", en: "Checking and writing the report" }, done: 0, total: loaded.table.rows.length });
  const outcome = await (writeCheckReport as (...args: unknown[]) => Promise<CheckOutcome>)(context, ctx, loaded, { mark, signal: control.signal, onProgress: control.onProgress });
  return { ...outcome, read: readOf(loaded, resolved) };
}
