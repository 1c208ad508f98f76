import { useCallback, useEffect } from "react";
import type { IsoDate } from "../../policies/engine/dates";
import { TIER_QUOTAS } from "../../policies/catalogue/concepts";
import { scoringFields } from "../../policies/workbook/tier-sheet";
import type { FieldId } from "../../policies/workbook/vocabulary";
import { useActiveProfileId } from "../profile/useActiveProfile";
import { readiness, type Readiness } from "../shared/readiness";
import { useExcelJob, type ExcelJob } from "../shared/useExcelJob";
import type { TableSourceState } from "../table/useTableSource";
import { runTierJob, type TierJobResult } from "./enterpriseJob";

export const TIER_TOPIC = { zh: "亩均效益分档", en: "tier ranking" };

export interface TierGeneratorState extends Omit<ExcelJob<TierJobResult>, "run" | "clear"> {
  readiness: Readiness;
  /** The columns the active profile's scoring reads. */
  needed: FieldId[];
  generate: () => Promise<void>;
}

/** Ranks the chosen table with the active profile and writes the tier sheet; a profile switch clears the last result. */
export function useTierGenerator(asOf: IsoDate, table: TableSourceState): TierGeneratorState {
  const activeId = useActiveProfileId();
  const ready = readiness(activeId, TIER_QUOTAS, TIER_TOPIC);
  const job = useExcelJob<TierJobResult>();
  const { run, clear } = job;
  const profile = ready.ready ? ready.profile : null;
  const needed = profile ? scoringFields({ profile, asOf }) : [];
  const { source, mapping, settle } = table;
  const { map } = mapping;

  // The last result belongs to the profile it was made with.
  useEffect(() => clear(), [activeId, clear]);

  const generate = useCallback(async () => {
    if (!profile) return;
    await run((context, control) => runTierJob(context, { profile, asOf }, source, map, control));
    await settle(); // the new sheet is now in the workbook (and never offered as a source)
  }, [profile, asOf, source, map, run, settle]);
  return { ...job, readiness: ready, needed, generate };
}
