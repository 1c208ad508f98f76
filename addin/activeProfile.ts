// The workbook's active profile: what a LAND formula uses when its `profile` argument is
// omitted (FUNCTIONS.md, conventions). Chosen in the task pane, stored in the workbook's
// settings so it travels with the file, read synchronously by the custom functions (they share
// this runtime: manifest.xml declares one long-lived shared runtime).
import { valueError } from "../policies/engine/errors";
import { builtInProfiles } from "../policies/profiles";
import { DERIVED_PROFILES_SETTING as DERIVED_PROFILES_KEY, stageProfileFile, syncSavedProfiles, type DerivedProfileFile } from "./derivedProfiles";
import { excelApiSupported, officeSettings, readSetting, writeSettings } from "./settings";

export const ACTIVE_PROFILE_SETTING = "landrules.activeProfile";

type Listener = (profileId: string | null) => void;
const listeners = new Set<Listener>();

/** Set when a formula asked before Office.js had the workbook's settings (see below). */
let askedBeforeReady = false;

/** The active profile's id, or null when none is chosen (or the stored one is unknown here). */
export function getActiveProfileId(): string | null {
  if (typeof Office !== "undefined" && officeSettings() === null) askedBeforeReady = true;
  const stored = readSetting(ACTIVE_PROFILE_SETTING);
  if (typeof stored !== "string") return null;
  syncSavedProfiles(); // a what-if or county profile saved in the workbook is a profile like the others
  return builtInProfiles.find(stored)?.id ?? null;
}

/**
 * Makes `id` (an id, Chinese short name or alias) the workbook's active profile, saves it in
 * the workbook, tells the listeners, then recalculates the LAND formulas.
 */
export async function setActiveProfileId(id: string): Promise<void> {
  if (typeof id !== "string" || !id.trim())
    throw valueError("profile", "请选择一个政策配置", "choose a profile");
  syncSavedProfiles();
  const profile = builtInProfiles.get(id, "profile");
  await writeSettings({ [ACTIVE_PROFILE_SETTING]: profile.id });
  for (const listener of listeners) listener(profile.id);
  await recalculateLandFormulas();
}

/**
 * Saves (or, with `next` null, deletes) the derived profile `id` in the workbook and makes
 * `activate` the active profile, in one settings save, then recalculates the LAND formulas.
 * A refused file or a failed save changes nothing: the registry, the settings and the active
 * profile stay as they were, and the error says so.
 */
export async function saveDerivedProfile(id: string, next: DerivedProfileFile | null, activate: string): Promise<void> {
  const staged = stageProfileFile(id, next);
  let target: string;
  try {
    target = builtInProfiles.get(activate, "profile").id;
    await writeSettings({ [DERIVED_PROFILES_KEY]: staged.files, [ACTIVE_PROFILE_SETTING]: target });
  } catch (e) {
    staged.undo();
    throw e;
  }
  for (const listener of listeners) listener(target);
  await recalculateLandFormulas();
}

/** Calls `listener` after every switch; returns the function that stops it. */
export function onActiveProfileChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Re-runs the LAND formulas after a switch. Non-volatile custom functions are not re-run by a
 * plain recalculation (F9) because their arguments did not change; CalculationType "Full"
 * marks every cell dirty and recalculates (Ctrl+Alt+F9), which does re-run them
 * (Excel.CalculationType, ExcelApi 1.1). Returns whether a recalculation was requested.
 */
export async function recalculateLandFormulas(): Promise<boolean> {
  if (!excelApiSupported("1.1")) return false;
  await Excel.run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
  return true;
}

/**
 * Excel may calculate LAND formulas as the workbook opens, before Office.js has loaded the
 * workbook's settings: those formulas read no active profile, and being non-volatile they would
 * keep that result. Once Office is ready, recalculate them if that happened and a profile is stored.
 */
export async function recalculateIfAskedTooEarly(): Promise<boolean> {
  if (!askedBeforeReady || getActiveProfileId() === null) return false;
  askedBeforeReady = false;
  return recalculateLandFormulas();
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function")
  void Office.onReady()
    .then(recalculateIfAskedTooEarly)
    .catch(() => false);
