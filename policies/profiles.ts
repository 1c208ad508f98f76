import { CONCEPTS } from "./catalogue/concepts";
import type { Concept } from "./engine/concept";
import type { ProfileFileData } from "./schema";
import { ProfileRegistry, type Profile } from "./registry";

// The shipped profiles: every file in policies/profiles/ (issue 7 item 2: one data file adds a
// jurisdiction; no list of profiles in code). In a webpack bundle the directory is the
// bundle's require.context — files the build and `npm test` validated, resolved here without
// the file schema; in Node (CLI, tests, workbench server) profile-files.ts reads the directory
// and validates every file, plus the directories named in LANDRULES_PROFILE_PATH.

export interface ProfileSource {
  /** The file's name without .json (the profile id by convention), or its path for an outside file. */
  label: string;
  json: unknown;
}

interface WebpackContext {
  keys(): string[];
  (key: string): unknown;
}
declare const __webpack_require__: unknown;
declare const require: NodeJS.Require & { context?: (dir: string, recursive: boolean, pattern: RegExp) => WebpackContext };

/** Every shipped profile file, validated (in Node) or as the build validated it (in a bundle). */
export function shippedProfileFiles(): ProfileFileData[] {
  // webpack evaluates the condition when it bundles: only the first branch is built into a bundle.
  if (typeof __webpack_require__ === "function") {
    const context = require.context!("./profiles", false, /\.json$/);
    return context
      .keys()
      .filter((k) => k.startsWith("./"))
      .sort()
      .map((k) => context(k) as ProfileFileData);
  } else {
    const files = require("./profile-files") as typeof import("./profile-files");
    return files.readShippedProfiles();
  }
}

/** A fresh registry of the shipped profiles. */
export function createRegistry(files: readonly ProfileFileData[] = shippedProfileFiles()): ProfileRegistry {
  return new ProfileRegistry(files, CONCEPTS);
}

export const builtInProfiles: ProfileRegistry = createRegistry();

export function getProfile(name: string, argument = "profile"): Profile {
  return builtInProfiles.get(name, argument);
}

/** The rule ids that implement the concept in the shipped profiles (e.g. ZC-TIER, ZJ-EVAL for tier-quotas), from the data. */
export function rulesImplementing(concept: Concept): string[] {
  return [...(builtInProfiles.list()[0]?.knownRules?.get(concept.id) ?? [])];
}

/** The profiles an analyst chooses from (the task pane's picker, the CLI's list, the help), in their data's order. */
export function jurisdictionProfiles(): Profile[] {
  return builtInProfiles.listed();
}
