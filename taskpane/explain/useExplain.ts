import { useCallback, useEffect, useRef, useState } from "react";
import { explainSelection, type Explanation } from "../../addin/explain";
import { excelApiSupported } from "../../addin/settings";
import type { Bilingual } from "../../policies/schema";
import { errorText } from "../shared/Bilingual";

export interface ExplainState {
  explanation: Explanation | null;
  busy: boolean;
  error: Bilingual | null;
  /** Explains the cell selected now. */
  explain: () => Promise<void>;
}

/** Explains the selected cell, and again each time the selection moves while the tab is open. */
export function useExplain(active: boolean): ExplainState {
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Bilingual | null>(null);
  const latest = useRef(0);

  const explain = useCallback(async () => {
    if (!excelApiSupported("1.2")) return;
    const call = ++latest.current;
    setBusy(true);
    setError(null);
    try {
      const found = await Excel.run((context) => explainSelection(context));
      if (call === latest.current) setExplanation(found);
    } catch (e) {
      if (call === latest.current) setError(errorText(e));
    } finally {
      if (call === latest.current) setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (!active || !excelApiSupported("1.2")) return;
    void explain();
    let remove: (() => Promise<void>) | null = null;
    let stopped = false;
    // The workbook's selection event (ExcelApi 1.2); where a host lacks it, the button still works.
    void Excel.run(async (context) => {
      const handler = context.workbook.onSelectionChanged.add(async () => {
        if (!stopped) await explain();
      });
      await context.sync();
      remove = async () => {
        await Excel.run(handler.context, async (c) => {
          handler.remove();
          await c.sync();
        });
      };
    }).catch(() => undefined);
    return () => {
      stopped = true;
      void remove?.().catch(() => undefined);
    };
  }, [active, explain]);

  return { explanation, busy, error, explain };
}
