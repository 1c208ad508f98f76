import { useCallback, useEffect, useState } from "react";
import type { IsoDate } from "../../policies/engine/dates";
import { TIER_QUOTAS } from "../../policies/catalogue/concepts";
import { evaluationYear, schemeYears } from "../../policies/schemes";
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
  /** The evaluation years the profile publishes schemes for (empty: its tier rule serves every year). */
  years: number[];
  /** The year the job evaluates, when the profile has schemes. */
  year: number | null;
  setYear: (year: number) => void;
  generate: () => Promise<void>;
}

/** The year before the as-of date when the profile has a scheme for it (results for Y are published in Y+1), else its latest. */
export function defaultSchemeYear(years: readonly number[], asOf: IsoDate): number | null {
  if (years.length === 0) return null;
  const wanted = evaluationYear(asOf);
  return years.includes(wanted) ? wanted : Math.max(...years);
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
  const years = profile ? schemeYears(profile) : [];
  const yearsKey = years.join(",");
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : defaultSchemeYear(years, asOf);

  // The last result belongs to the profile (and year) it was made with.
  useEffect(() => clear(), [activeId, clear]);
  useEffect(() => setYear(null), [activeId, yearsKey]);

  const generate = useCallback(async () => {
    if (!profile) return;
    await run((context, control) => runTierJob(context, { profile, asOf }, source, map, control, year ?? undefined));
    await settle(); // the new sheet is now in the workbook (and never offered as a source)
  }, [profile, asOf, source, map, year, run, settle]);
  return { ...job, readiness: ready, needed, years, year, setYear, generate };
}
