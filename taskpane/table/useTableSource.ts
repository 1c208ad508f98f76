import { useCallback, useEffect, useState } from "react";
import { listSheets, readHeaderRows, resolveSource, selectionSource, type ResolvedSource, type SheetInfo, type TableSource } from "../../addin/tableSource";
import type { Bilingual } from "../../policies/schema";
import { findHeaderRow, mapHeaders, MappingError } from "../../policies/workbook/table";
import { storedSheetMap, useColumnMapping, type ColumnMappingState } from "../mapping/useColumnMapping";
import { errorText } from "../shared/Bilingual";

export interface TableSourceState {
  sheets: SheetInfo[];
  source: TableSource;
  /** Where the jobs will read, once resolved; null outside Excel or before the first look. */
  resolved: ResolvedSource | null;
  error: Bilingual | null;
  busy: boolean;
  mapping: ColumnMappingState;
  pickSheet: (sheet: string | null) => Promise<void>;
  pickSelection: (region: boolean) => Promise<void>;
  /** Looks again at the sheets and the chosen source (after the analyst edited the workbook). */
  refresh: () => Promise<void>;
  /**
   * After a job: looks again, keeping the sheet it read when the source was "the active sheet"
   * (the job activated its output sheet, which is never a source).
   */
  settle: () => Promise<void>;
  /** Lists the workbook's sheets again (a sheet added since), without reading anything else. */
  refreshSheets: () => Promise<void>;
}

/** The table the jobs read and its column mapping, shared by the tier and check tabs. */
export function useTableSource(inExcel: boolean): TableSourceState {
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [source, setSource] = useState<TableSource>({ kind: "active" });
  const [resolved, setResolved] = useState<ResolvedSource | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const [busy, setBusy] = useState(false);
  const mapping = useColumnMapping(resolved?.sheet ?? null);
  const { observe, map } = mapping;

  const look = useCallback(
    async (next: TableSource | ((context: Excel.RequestContext) => Promise<TableSource>)) => {
      if (!inExcel) return;
      setBusy(true);
      setError(null);
      try {
        await Excel.run(async (context) => {
          setSheets(await listSheets(context));
          const chosen = typeof next === "function" ? await next(context) : next;
          setSource(chosen);
          const where = await resolveSource(context, chosen);
          setResolved(where);
          const top = await readHeaderRows(context, where);
          const sheetMap = storedSheetMap(where.sheet);
          try {
            const headerRow = findHeaderRow(top, sheetMap);
            const headers = top[headerRow - 1] ?? [];
            observe(where.sheet, headers.map((h) => (h === null || h === undefined ? "" : String(h))).filter((h) => h.trim() !== ""), mapHeaders(headers, sheetMap, headerRow));
          } catch (e) {
            if (!(e instanceof MappingError)) throw e;
            const headers = (top.find((r) => r.some((c) => c !== null)) ?? []).map((h) => (h === null ? "" : String(h))).filter((h) => h.trim() !== "");
            observe(where.sheet, headers, { headerRow: 1, columns: {}, problems: [] });
            setError({ zh: `${where.sheet}：${e.zh}`, en: `${where.sheet}: ${e.en}` });
          }
        });
      } catch (e) {
        setResolved(null);
        setError(errorText(e));
      } finally {
        setBusy(false);
      }
    },
    [inExcel, observe],
  );

  useEffect(() => {
    void look({ kind: "active" });
  }, [look]);

  // A hand mapping changed: detect again with it.
  const mapKey = JSON.stringify(map);
  // Read the table again when the mapping changes, and only then (not on every new look or source).
  useEffect(() => {
    if (resolved) void look(source);
  }, [mapKey]);

  const pickSheet = useCallback((sheet: string | null) => look(sheet ? { kind: "sheet", sheet } : { kind: "active" }), [look]);
  const pickSelection = useCallback((region: boolean) => look((context) => selectionSource(context, region)), [look]);
  const refresh = useCallback(() => look(source), [look, source]);
  const settle = useCallback(() => look(source.kind === "active" && resolved ? { kind: "sheet", sheet: resolved.sheet } : source), [look, source, resolved]);
  const refreshSheets = useCallback(async () => {
    if (!inExcel) return;
    try {
      setSheets(await Excel.run((context) => listSheets(context)));
    } catch (e) {
      setError(errorText(e));
    }
  }, [inExcel]);
  return { sheets, source, resolved, error, busy, mapping, pickSheet, pickSelection, refresh, settle, refreshSheets };
}
