import { useCallback } from "react";
import { loadEnterpriseSheet, writeTierSheet, type TierOutcome } from "../../addin/enterpriseJobs";
import type { IsoDate } from "../../policies/engine/dates";
import { TIER_RULES } from "../../policies/rules/tiers";
import { scoringFields } from "../../policies/workbook/tier-sheet";
import type { ColumnMappingState } from "../mapping/useColumnMapping";
import { useActiveProfileId } from "../profile/useActiveProfile";
import { readiness, type Readiness } from "../shared/readiness";
import { useExcelJob, type ExcelJob } from "../shared/useExcelJob";

export const TIER_TOPIC = { zh: "亩均效益分档", en: "tier ranking" };

export interface TierGeneratorState extends Omit<ExcelJob<TierOutcome>, "run"> {
  readiness: Readiness;
  generate: () => Promise<void>;
}

/** Ranks the active sheet's enterprise table with the active profile and writes the tier sheet. */
export function useTierGenerator(asOf: IsoDate, mapping: ColumnMappingState): TierGeneratorState {
  const ready = readiness(useActiveProfileId(), TIER_RULES, TIER_TOPIC);
  const job = useExcelJob<TierOutcome>();
  const { run } = job;
  const profile = ready.ready ? ready.profile : null;
  const { map, observe } = mapping;
  const generate = useCallback(async () => {
    if (!profile) return;
    const ctx = { profile, asOf };
    await run(async (context) => {
      const loaded = await loadEnterpriseSheet(context, { map });
      observe(loaded.table, scoringFields(ctx));
      return writeTierSheet(context, ctx, loaded);
    });
  }, [profile, asOf, map, observe, run]);
  return { busy: job.busy, result: job.result, error: job.error, readiness: ready, generate };
}
