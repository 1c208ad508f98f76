// Derived profiles kept in the workbook: a what-if made in the task pane, or a county's own
// numbers, stored as profile-model files ({ id, base, names, reason, overrides }) in the
// workbook's settings, so they travel with the file and the LAND formulas of this workbook can
// use them. They are registered into the one profile registry the formulas and the pane share.
import { builtInProfiles } from "../policies/profiles";
import { ProfileError, type Profile } from "../policies/registry";
import type { Bilingual, FreeText } from "../policies/schema";
import { readSetting } from "./settings";

export const DERIVED_PROFILES_SETTING = "landrules.derivedProfiles";

export type OverrideValue = number | string | boolean;

/** A derived profile as the analyst could write it in a file (issue 7's form). */
export interface DerivedProfileFile {
  id: string;
  base: string;
  names: { zh: string; en: string };
  /** Why it differs, `{ zh, en }`; a file saved by an earlier version holds one string. */
  reason: FreeText;
  /** `RULE-ID.param` → the value that replaces the document's. */
  overrides: Record<string, OverrideValue>;
}

/** A stored file that no longer loads (a base this version lacks, a value out of range): shown, not used. */
export interface SavedProfileProblem {
  id: string;
  message: Bilingual;
}

function isFreeText(x: unknown): x is FreeText {
  if (typeof x === "string") return true;
  return !!x && typeof x === "object" && typeof (x as Record<string, unknown>).zh === "string" && typeof (x as Record<string, unknown>).en === "string";
}

function isFile(x: unknown): x is DerivedProfileFile {
  if (!x || typeof x !== "object") return false;
  const f = x as Record<string, unknown>;
  return typeof f.id === "string" && typeof f.base === "string" && isFreeText(f.reason) && !!f.names && typeof f.overrides === "object" && f.overrides !== null;
}

/** The derived-profile files saved in the workbook, as stored (malformed entries left out). */
export function savedProfileFiles(stored: unknown = readSetting(DERIVED_PROFILES_SETTING)): DerivedProfileFile[] {
  return Array.isArray(stored) ? stored.filter(isFile) : [];
}

/** The same file in the registry's earlier form ({ extends, overrides: { path: { value, reason } } }). */
function earlierForm(file: DerivedProfileFile): unknown {
  const overrides = Object.fromEntries(Object.entries(file.overrides).map(([path, value]) => [path, { value, reason: file.reason }]));
  return { id: file.id, extends: file.base, names: file.names, reason: file.reason, overrides };
}

/** Registers a file with the registry (validated as a shipped profile is); throws ProfileError if it is refused. */
export function registerProfileFile(file: DerivedProfileFile): Profile {
  try {
    return builtInProfiles.derive(file);
  } catch (e) {
    // A registry that predates the `base` form refuses the key itself; give it the form it reads.
    if (e instanceof ProfileError && e.issues.some((i) => /\b(base|extends)\b/.test(`${i.path} ${i.message}`))) return builtInProfiles.derive(earlierForm(file));
    throw e;
  }
}

let synced = "";
let registered: string[] = [];
let problems: SavedProfileProblem[] = [];

function problemOf(id: string, e: unknown): SavedProfileProblem {
  const detail = e instanceof ProfileError ? e.issues.map((i) => `${i.path}: ${i.message}`).join("; ") : e instanceof Error ? e.message : String(e);
  return { id, message: { zh: `工作簿中保存的派生配置 ${id} 无法加载：${detail}`, en: `the derived profile ${id} saved in this workbook does not load: ${detail}` } };
}

/**
 * Makes the registry hold exactly the derived profiles saved in the workbook (cheap when nothing
 * changed: the stored text is compared first). Called before any lookup of the active profile.
 * `stored` is the setting's value; a host that keeps the settings itself (the workbench's
 * formula engine) passes it, the add-in reads it from Office.
 */
export function syncSavedProfiles(stored: unknown = readSetting(DERIVED_PROFILES_SETTING)): void {
  const files = savedProfileFiles(stored);
  const text = JSON.stringify(files);
  if (text === synced && registered.every((id) => builtInProfiles.find(id) !== undefined)) return;
  for (const id of registered) builtInProfiles.forget(id);
  registered = [];
  problems = [];
  for (const file of files) {
    try {
      registered.push(registerProfileFile(file).id);
    } catch (e) {
      problems.push(problemOf(file.id, e));
    }
  }
  synced = text;
}

/** The derived profiles of this workbook that loaded, in the order they were saved. */
export function savedProfiles(): Profile[] {
  syncSavedProfiles();
  return registered.map((id) => builtInProfiles.find(id)).filter((p): p is Profile => p !== undefined);
}

export function savedProfileProblems(): readonly SavedProfileProblem[] {
  syncSavedProfiles();
  return problems;
}

/**
 * Registers `next` in place of the saved file of the same id (or drops it when `next` is null),
 * and returns the new list to save plus an undo that puts the registry back as it was.
 * Throws (registry unchanged) when `next` is refused.
 */
export function stageProfileFile(id: string, next: DerivedProfileFile | null): { files: DerivedProfileFile[]; undo: () => void } {
  syncSavedProfiles();
  const files = savedProfileFiles();
  const previous = files.find((f) => f.id === id) ?? null;
  const wasRegistered = registered.includes(id);
  builtInProfiles.forget(id);
  const restore = () => {
    builtInProfiles.forget(id);
    if (previous && wasRegistered) registerProfileFile(previous);
  };
  if (next) {
    try {
      registerProfileFile(next);
    } catch (e) {
      restore();
      throw e;
    }
  }
  const out = files.filter((f) => f.id !== id);
  if (next) out.push(next);
  registered = [...registered.filter((r) => r !== id), ...(next ? [id] : [])];
  synced = JSON.stringify(out);
  return {
    files: out,
    undo: () => {
      restore();
      registered = [...registered.filter((r) => r !== id), ...(previous && wasRegistered ? [id] : [])];
      synced = JSON.stringify(files);
    },
  };
}

/** The what-if id of a profile: one what-if per document profile, `<base>-whatif`. */
export function whatIfId(baseId: string): string {
  return `${baseId}-whatif`;
}
