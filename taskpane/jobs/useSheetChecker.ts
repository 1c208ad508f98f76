import { useCallback, useEffect, useState } from "react";
import { clearMarks } from "../../addin/sheets";
import type { IsoDate } from "../../policies/engine/dates";
import { SHEET_CHECKS } from "../../policies/workbook/sheet-checks";
import { useActiveProfileId } from "../profile/useActiveProfile";
import { readiness, type Readiness } from "../shared/readiness";
import { useExcelJob, type ExcelJob } from "../shared/useExcelJob";
import type { TableSourceState } from "../table/useTableSource";
import { runCheckJob, type CheckJobResult } from "./enterpriseJob";

const CHECK_TOPIC = { zh: "可核查的", en: "checkable" };
const CHECKED_RULES = SHEET_CHECKS.flatMap((c) => c.rules);

export interface SheetCheckerState {
  readiness: Readiness;
  check: Omit<ExcelJob<CheckJobResult>, "run" | "clear">;
  cleared: Omit<ExcelJob<number>, "run" | "clear">;
  markCells: boolean;
  setMarkCells: (mark: boolean) => void;
  runCheck: () => Promise<void>;
  clear: () => Promise<void>;
}

/** Checks the chosen table against the active profile; marks and unmarks offending cells; a profile switch clears the last report. */
export function useSheetChecker(asOf: IsoDate, table: TableSourceState): SheetCheckerState {
  const activeId = useActiveProfileId();
  const ready = readiness(activeId, CHECKED_RULES, CHECK_TOPIC);
  const [markCells, setMarkCells] = useState(true);
  const check = useExcelJob<CheckJobResult>();
  const cleared = useExcelJob<number>();
  const profile = ready.ready ? ready.profile : null;
  const { source, mapping, settle } = table;
  const { map } = mapping;
  const clearCheck = check.clear;
  useEffect(() => clearCheck(), [activeId, clearCheck]);
  const runCheck = useCallback(async () => {
    if (!profile) return;
    await check.run((context, control) => runCheckJob(context, { profile, asOf }, source, map, markCells, control));
    await settle();
  }, [profile, asOf, source, map, markCells, check.run, settle]);
  const clear = useCallback(() => cleared.run((context) => clearMarks(context)), [cleared.run]);
  return { readiness: ready, check, cleared, markCells, setMarkCells, runCheck, clear };
}
