import { useCallback, useState } from "react";
import { loadEnterpriseSheet, writeCheckReport, type CheckOutcome } from "../../addin/enterpriseJobs";
import { clearMarks } from "../../addin/sheets";
import type { IsoDate } from "../../policies/engine/dates";
import { SHEET_CHECKS } from "../../policies/workbook/sheet-checks";
import type { ColumnMappingState } from "../mapping/useColumnMapping";
import { useActiveProfileId } from "../profile/useActiveProfile";
import { readiness, type Readiness } from "../shared/readiness";
import { useExcelJob, type ExcelJob } from "../shared/useExcelJob";

const CHECK_TOPIC = { zh: "可核查的", en: "checkable" };
const CHECKED_RULES = SHEET_CHECKS.flatMap((c) => c.rules);

export interface SheetCheckerState {
  readiness: Readiness;
  check: Omit<ExcelJob<CheckOutcome>, "run">;
  cleared: Omit<ExcelJob<number>, "run">;
  markCells: boolean;
  setMarkCells: (mark: boolean) => void;
  runCheck: () => Promise<void>;
  clear: () => Promise<void>;
}

/** Checks the active sheet's enterprise table against the active profile; marks and unmarks offending cells. */
export function useSheetChecker(asOf: IsoDate, mapping: ColumnMappingState): SheetCheckerState {
  const ready = readiness(useActiveProfileId(), CHECKED_RULES, CHECK_TOPIC);
  const [markCells, setMarkCells] = useState(true);
  const check = useExcelJob<CheckOutcome>();
  const cleared = useExcelJob<number>();
  const profile = ready.ready ? ready.profile : null;
  const { map, observe } = mapping;
  const runCheck = useCallback(async () => {
    if (!profile) return;
    const ctx = { profile, asOf };
    await check.run(async (context) => {
      const loaded = await loadEnterpriseSheet(context, { map });
      observe(loaded.table, []);
      return writeCheckReport(context, ctx, loaded, { mark: markCells });
    });
  }, [profile, asOf, map, observe, markCells, check.run]);
  const clear = useCallback(() => cleared.run((context) => clearMarks(context)), [cleared.run]);
  return { readiness: ready, check, cleared, markCells, setMarkCells, runCheck, clear };
}
