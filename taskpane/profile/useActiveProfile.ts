import { useCallback, useEffect, useMemo, useState } from "react";
import { getActiveProfileId, onActiveProfileChange, setActiveProfileId } from "../../addin/activeProfile";
import type { IsoDate } from "../../policies/engine/dates";
import { jurisdictionProfiles } from "../../policies/profiles";
import type { Bilingual } from "../../policies/schema";
import { errorText } from "../shared/Bilingual";
import { summariseProfile, type ProfileSummary } from "./profileSummary";

export interface ActiveProfileState {
  /** The five jurisdictions, in the order the task pane shows them. */
  profiles: ProfileSummary[];
  active: ProfileSummary | null;
  /** The profile being switched to (saving and recalculating), if any. */
  switching: string | null;
  error: Bilingual | null;
  choose: (id: string) => Promise<void>;
}

/** The workbook's active profile, kept in step with every switch (this pane's or another caller's). */
export function useActiveProfile(asOf: IsoDate): ActiveProfileState {
  const [activeId, setActiveId] = useState<string | null>(() => getActiveProfileId());
  const [switching, setSwitching] = useState<string | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);

  useEffect(() => onActiveProfileChange(setActiveId), []);

  const profiles = useMemo(() => jurisdictionProfiles().map((p) => summariseProfile(p, asOf)), [asOf]);

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

  return { profiles, active: profiles.find((p) => p.id === activeId) ?? null, switching, error, choose };
}

/** Just the active profile's id, kept current; for components that act on it. */
export function useActiveProfileId(): string | null {
  const [activeId, setActiveId] = useState<string | null>(() => getActiveProfileId());
  useEffect(() => onActiveProfileChange(setActiveId), []);
  return activeId;
}
