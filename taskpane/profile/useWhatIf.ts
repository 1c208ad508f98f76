import { useCallback, useState } from "react";
import { saveDerivedProfile } from "../../addin/activeProfile";
import { savedProfileFiles, whatIfId, type DerivedProfileFile, type OverrideValue } from "../../addin/derivedProfiles";
import { builtInProfiles } from "../../policies/profiles";
import type { Bilingual } from "../../policies/schema";
import { valueKind } from "../../policies/engine/values";
import { errorText } from "../shared/Bilingual";
import type { ProfileSummary } from "./profileSummary";

/** The reason a what-if made in the pane carries (a file saved by an earlier version holds it as one string "… / …"). */
export const WHAT_IF_REASON: Bilingual = { zh: "任务窗格中的假设情景", en: "what-if set in the task pane" };

export interface WhatIfState {
  /** The path being saved, if any. */
  saving: string | null;
  error: Bilingual | null;
  /** Saves `text` as the value of `path` in the active profile's what-if (created on the first change). */
  change: (path: string, text: string) => Promise<void>;
  /** Puts the document's value back; the last change reverted removes the what-if and returns to the document's profile. */
  revert: (path: string) => Promise<void>;
  revertAll: () => Promise<void>;
}

/** A typed value read as the document's value is typed: a number (or exact fraction "1/3"), a flag, or text. */
export function parseOverride(text: string, like: OverrideValue): OverrideValue | Bilingual {
  const t = text.trim().replace(/％$/, "%");
  const kind = valueKind(like);
  if (kind === "flag") {
    if (/^(true|是|1|yes)$/i.test(t)) return true;
    if (/^(false|否|0|no)$/i.test(t)) return false;
    return { zh: `应为“是”或“否”，收到“${text}”`, en: `expected yes or no, got "${text}"` };
  }
  if (kind === "number") {
    if (/^\d+\/\d+$/.test(t)) return t;
    const percent = t.endsWith("%");
    const n = Number(percent ? t.slice(0, -1) : t);
    if (t === "" || !Number.isFinite(n)) return { zh: `应为数值，收到“${text}”`, en: `expected a number, got "${text}"` };
    return percent ? +(n / 100).toPrecision(15) : n;
  }
  return t === "" ? { zh: "不能为空", en: "must not be blank" } : t;
}

function isMessage(x: OverrideValue | Bilingual): x is Bilingual {
  return typeof x === "object" && x !== null;
}

/** Edits of the active profile's editable values, saved in the workbook as a derived profile. */
export function useWhatIf(active: ProfileSummary | null): WhatIfState {
  const [saving, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);

  /** The what-if file of the active profile: its own when it is one, else a new one based on it. */
  const fileOf = useCallback((): DerivedProfileFile | null => {
    if (!active) return null;
    const saved = savedProfileFiles().find((f) => f.id === active.id);
    if (saved && saved.id.endsWith("-whatif")) return { ...saved, overrides: { ...saved.overrides } };
    const base = builtInProfiles.get(active.id);
    return {
      id: whatIfId(base.id),
      base: base.id,
      names: { zh: `${base.names.short}（假设情景）`, en: `${base.names.en} (what-if)` },
      reason: WHAT_IF_REASON,
      overrides: {},
    };
  }, [active]);

  const save = useCallback(
    async (path: string, edit: (file: DerivedProfileFile) => void) => {
      const file = fileOf();
      if (!file) return;
      edit(file);
      setSaving(path);
      setError(null);
      try {
        if (Object.keys(file.overrides).length === 0) await saveDerivedProfile(file.id, null, file.base);
        else await saveDerivedProfile(file.id, file, file.id);
      } catch (e) {
        setError(errorText(e));
      } finally {
        setSaving(null);
      }
    },
    [fileOf],
  );

  const change = useCallback(
    async (path: string, text: string) => {
      const param = active?.rules.flatMap((r) => r.params).find((p) => p.path === path);
      if (!param) return;
      const value = parseOverride(text, param.documentValue?.value ?? param.value);
      if (isMessage(value)) {
        setError({ zh: `${param.label.zh}：${value.zh}`, en: `${param.label.en}: ${value.en}` });
        return;
      }
      if (value === param.value) return;
      const documentValue = param.documentValue?.value ?? param.value;
      await save(path, (file) => {
        if (value === documentValue) delete file.overrides[path];
        else file.overrides[path] = value;
      });
    },
    [active, save],
  );

  const revert = useCallback((path: string) => save(path, (file) => delete file.overrides[path]), [save]);
  const revertAll = useCallback(() => save("*", (file) => (file.overrides = {})), [save]);

  return { saving, error, change, revert, revertAll };
}
