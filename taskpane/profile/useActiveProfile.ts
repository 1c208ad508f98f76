import { useCallback, useEffect, useMemo, useState } from "react";
import { getActiveProfileId, onActiveProfileChange, setActiveProfileId } from "../../addin/activeProfile";
import { savedProfileProblems, savedProfiles, type SavedProfileProblem } from "../../addin/derivedProfiles";
import type { IsoDate } from "../../policies/engine/dates";
import { builtInProfiles } from "../../policies/profiles";
import type { Profile } from "../../policies/registry";
import type { Bilingual } from "../../policies/schema";
import { errorText } from "../shared/Bilingual";
import { summariseProfile, type ProfileSummary } from "./profileSummary";

export interface ActiveProfileState {
  /** The profiles the data lists for the picker (the five documents, county profiles shipped as files). */
  profiles: ProfileSummary[];
  /** Derived profiles saved in this workbook (what-ifs, a county's own numbers). */
  saved: ProfileSummary[];
  active: ProfileSummary | null;
  /** The profile being switched to (saving and recalculating), if any. */
  switching: string | null;
  error: Bilingual | null;
  /** Derived profiles saved in the workbook that do not load here. */
  problems: readonly SavedProfileProblem[];
  choose: (id: string) => Promise<void>;
}

/** The shipped profiles an analyst chooses among, as the data lists them (never a list in code). */
export function documentProfiles(): Profile[] {
  return builtInProfiles.listed();
}

/** A profile chosen by id that the picker does not list (a formula's profile argument set it): still shown. */
function summariseUnlisted(id: string, asOf: IsoDate): ProfileSummary | null {
  const p = builtInProfiles.find(id);
  return p ? summariseProfile(p, asOf) : null;
}

/** The active profile id and a count that moves on every save, so a what-if edit of the same id re-renders. */
export function useActiveProfileId(): string | null {
  return useProfileRevision().activeId;
}

function useProfileRevision(): { activeId: string | null; revision: number } {
  const [state, setState] = useState(() => ({ activeId: getActiveProfileId(), revision: 0 }));
  useEffect(() => onActiveProfileChange((id) => setState((s) => ({ activeId: id, revision: s.revision + 1 }))), []);
  return state;
}

/** The workbook's active profile, kept in step with every switch and what-if save. */
export function useActiveProfile(asOf: IsoDate): ActiveProfileState {
  const { activeId, revision } = useProfileRevision();
  const [switching, setSwitching] = useState<string | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);

  const [profiles, saved] = useMemo(
    () => [documentProfiles().map((p) => summariseProfile(p, asOf)), savedProfiles().map((p) => summariseProfile(p, asOf))],
    // revision: a what-if saved under the same id is a new profile object
    [asOf, revision],
  );
  const problems = useMemo(() => savedProfileProblems(), [revision]);

  const choose = useCallback(async (id: string) => {
    setSwitching(id);
    setError(null);
    try {
      await setActiveProfileId(id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSwitching(null);
    }
  }, []);

  const active = [...profiles, ...saved].find((p) => p.id === activeId) ?? (activeId ? summariseUnlisted(activeId, asOf) : null);
  return { profiles, saved, active, switching, error, problems, choose };
}
