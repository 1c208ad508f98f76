import { useCallback, useRef, useState } from "react";
import type { Bilingual } from "../../policies/schema";
import { errorText } from "./Bilingual";

import type { JobControl as AddinJobControl, JobProgress } from "../../addin/sheets";

export type { JobProgress };

/** What a running job is given (both always set by the pane): the cancel signal and where to report progress. */
export type JobControl = Required<AddinJobControl>;

export interface ExcelJob<T> {
  busy: boolean;
  progress: JobProgress | null;
  result: T | null;
  error: Bilingual | null;
  /** Set when the last run was cancelled (nothing of it was kept). */
  cancelled: boolean;
  /** Runs `job` in one Excel.run batch context; its error, if any, becomes `error`. */
  run: (job: (context: Excel.RequestContext, control: JobControl) => Promise<T>) => Promise<void>;
  cancel: () => void;
  /** Forgets the last result (a profile switch makes it stale). */
  clear: () => void;
}

export function isAbort(e: unknown): boolean {
  return (e instanceof DOMException || e instanceof Error) && e.name === "AbortError";
}

/** State of one task pane job that works on the open workbook: progress, cancel, result or error. */
export function useExcelJob<T>(): ExcelJob<T> {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const run = useCallback(async (job: (context: Excel.RequestContext, control: JobControl) => Promise<T>) => {
    if (controller.current) return; // one run at a time: a second click waits for the first
    const abort = new AbortController();
    controller.current = abort;
    setBusy(true);
    setError(null);
    setCancelled(false);
    setResult(null);
    setProgress(null);
    try {
      const value = await Excel.run((context) => job(context, { signal: abort.signal, onProgress: (p) => !abort.signal.aborted && setProgress(p) }));
      if (abort.signal.aborted) setCancelled(true);
      else setResult(value);
    } catch (e) {
      if (abort.signal.aborted || isAbort(e)) setCancelled(true);
      else setError(errorText(e));
    } finally {
      controller.current = null;
      setProgress(null);
      setBusy(false);
    }
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const clear = useCallback(() => {
    setResult(null);
    setError(null);
    setCancelled(false);
  }, []);
  return { busy, progress, result, error, cancelled, run, cancel, clear };
}
