import { useCallback, useEffect, useState } from "react";
import { readSetting, writeSetting } from "../../addin/settings";
import type { Bilingual } from "../../policies/schema";
import type { HeaderMapping } from "../../policies/workbook/table";
import type { FieldId } from "../../policies/workbook/vocabulary";
import { errorText } from "../shared/Bilingual";

/** Hand-made column mappings, per sheet, saved in the workbook: `{ sheet: { field: header } }`. */
export const COLUMN_MAPS_SETTING = "landrules.columnMaps";

type Maps = Record<string, Record<string, string>>;

function storedMaps(): Maps {
  const stored = readSetting(COLUMN_MAPS_SETTING);
  return stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Maps) : {};
}

/** The hand mapping saved for one sheet (empty when there is none). */
export function storedSheetMap(sheet: string): Record<string, string> {
  return storedMaps()[sheet] ?? {};
}

export interface ColumnMappingState {
  /** The sheet the mapping belongs to; null before a table is chosen. */
  sheet: string | null;
  /** field → header for this sheet, as the CLI's --map field=Header. */
  map: Readonly<Record<string, string>>;
  /** The headers of this sheet's header row, for the analyst to pick from. */
  headers: readonly string[];
  /** What the product recognised on this sheet (with the hand mapping applied). */
  detected: HeaderMapping | null;
  error: Bilingual | null;
  /** Records what was read: the sheet's header row and what it mapped to. */
  observe: (sheet: string, headers: readonly string[], detected: HeaderMapping) => void;
  choose: (field: FieldId, header: string) => Promise<void>;
  reset: () => Promise<void>;
}

/**
 * The analyst's hand-made column mapping for the sheet a job reads (WORKBOOK.md: a header the
 * product cannot map is never guessed). Each sheet keeps its own: a mapping made for one sheet
 * never applies to another.
 */
export function useColumnMapping(sheet: string | null): ColumnMappingState {
  const [maps, setMaps] = useState<Maps>(storedMaps);
  const [seen, setSeen] = useState<{ sheet: string; headers: readonly string[]; detected: HeaderMapping } | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  useEffect(() => setMaps(storedMaps()), [sheet]);

  const map = (sheet && maps[sheet]) || {};
  const current = seen && seen.sheet === sheet ? seen : null;

  const observe = useCallback((at: string, headers: readonly string[], detected: HeaderMapping) => setSeen({ sheet: at, headers, detected }), []);

  const save = useCallback(
    async (next: Record<string, string>) => {
      if (!sheet) return;
      const all = { ...storedMaps() };
      if (Object.keys(next).length) all[sheet] = next;
      else delete all[sheet];
      setError(null);
      try {
        await writeSetting(COLUMN_MAPS_SETTING, all);
        setMaps(all);
      } catch (e) {
        setError(errorText(e));
      }
    },
    [sheet],
  );

  const choose = useCallback(
    async (field: FieldId, header: string) => {
      const next = { ...((sheet && storedMaps()[sheet]) || {}) };
      if (header) next[field] = header;
      else delete next[field];
      await save(next);
    },
    [sheet, save],
  );

  const reset = useCallback(() => save({}), [save]);

  return { sheet, map, headers: current?.headers ?? [], detected: current?.detected ?? null, error, observe, choose, reset };
}
