import type { IsoDate } from "../policies/engine/dates";

/**
 * What a formula needs from where it runs: the workbook's active profile (chosen in the task
 * pane in Excel; `--profile` in the CLI) and today's date (for a document's standing).
 */
export interface FunctionHost {
  activeProfile(): string | null;
  today(): IsoDate;
}

/** A host with a fixed profile and date: HyperFormula, the CLI and tests. */
export function fixedHost(profile: string | null, today: IsoDate): FunctionHost {
  return { activeProfile: () => profile, today: () => today };
}
