import { useCallback, useState } from "react";
import type { Bilingual } from "../../policies/schema";
import { errorText } from "./Bilingual";

export interface ExcelJob<T> {
  busy: boolean;
  result: T | null;
  error: Bilingual | null;
  /** Runs `job` in one Excel.run batch context; its error, if any, becomes `error`. */
  run: (job: (context: Excel.RequestContext) => Promise<T>) => Promise<void>;
}

/** State of one task pane job that works on the open workbook. */
export function useExcelJob<T>(): ExcelJob<T> {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const run = useCallback(async (job: (context: Excel.RequestContext) => Promise<T>) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await Excel.run(job));
    } catch (e) {
      setResult(null);
      setError(errorText(e && typeof e === "object" && "text" in e ? (e as { text: Bilingual }).text : e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, result, error, run };
}
