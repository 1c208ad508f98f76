import { useCallback, useState } from "react";
import type { EnterpriseTable } from "../../policies/workbook/table";
import type { FieldId } from "../../policies/workbook/vocabulary";

export interface ColumnMappingState {
  /** field → header, as the CLI's --map field=Header. */
  map: Readonly<Record<string, string>>;
  /** Every header of the last table read, for the analyst to pick from. */
  headers: readonly string[];
  /** Fields the last job needed and the table did not have. */
  missing: readonly FieldId[];
  /** Records what a job found: the table's headers and the needed fields it lacks. */
  observe: (table: EnterpriseTable, needed: readonly FieldId[]) => void;
  choose: (field: FieldId, header: string) => void;
  reset: () => void;
}

/** The analyst's hand-made column mapping (WORKBOOK.md: a header the product can't map is never guessed). */
export function useColumnMapping(): ColumnMappingState {
  const [map, setMap] = useState<Record<string, string>>({});
  const [headers, setHeaders] = useState<string[]>([]);
  const [missing, setMissing] = useState<FieldId[]>([]);

  const observe = useCallback((table: EnterpriseTable, needed: readonly FieldId[]) => {
    const { columns, problems } = table.mapping;
    const seen = [...Object.values(columns).map((c) => c!.header), ...problems.flatMap((p) => p.columns.map((c) => c.header))];
    setHeaders([...new Set(seen.filter((h) => h.trim() !== ""))]);
    setMissing(needed.filter((f) => !columns[f]));
  }, []);

  const choose = useCallback((field: FieldId, header: string) => {
    setMap((m) => {
      const next = { ...m };
      if (header) next[field] = header;
      else delete next[field];
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    setMap({});
    setMissing([]);
  }, []);

  return { map, headers, missing, observe, choose, reset };
}
