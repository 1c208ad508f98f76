import { readdirSync, readFileSync } from "node:fs";
import { basename, delimiter, join, resolve } from "node:path";
import { CONCEPTS } from "./catalogue/concepts";
import { ProfileError, ProfileRegistry } from "./registry";
import { parseProfileFile, type ProfileFileData } from "./schema";

// Node only (CLI, tests, the workbench server): profile files from disk, validated by the file
// schema. The shipped directory is policies/profiles/; LANDRULES_PROFILE_PATH adds directories
// (separated by the platform's path delimiter, ":" or ";"), e.g. a county's own profiles kept
// beside its workbooks, or a test's scratch directory.

export const SHIPPED_PROFILE_DIR = join(__dirname, "profiles");

/** The extra profile directories named in LANDRULES_PROFILE_PATH. */
export function extraProfileDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.LANDRULES_PROFILE_PATH ?? "")
    .split(delimiter)
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => resolve(d));
}

/** One profile file (a whole profile or a derived one), validated; a bad file is a ProfileError naming the value's path. */
export function readProfileFile(path: string): ProfileFileData {
  const label = basename(path).replace(/\.json$/i, "");
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ProfileError(label, [{ path: label, message: `${path} is not readable JSON: ${e instanceof Error ? e.message : String(e)}` }]);
  }
  return parseProfileFile(json, label);
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ProfileError(dir, [{ path: dir, message: `the profile directory cannot be read (LANDRULES_PROFILE_PATH?): ${why}` }]);
  }
}

/** Every *.json in the directories, in name order, validated. */
export function readProfileDirs(dirs: readonly string[]): ProfileFileData[] {
  return dirs.flatMap((dir) =>
    listDir(dir)
      .filter((f) => f.toLowerCase().endsWith(".json"))
      .sort()
      .map((f) => readProfileFile(join(dir, f))),
  );
}

/** The shipped profiles and those of LANDRULES_PROFILE_PATH. */
export function readShippedProfiles(env: NodeJS.ProcessEnv = process.env): ProfileFileData[] {
  return readProfileDirs([SHIPPED_PROFILE_DIR, ...extraProfileDirs(env)]);
}

/** Validates files given as JSON (each labelled, e.g. by its file name) and resolves them into one registry: all or nothing. */
export function loadRegistry(sources: ReadonlyArray<{ label: string; json: unknown }>): ProfileRegistry {
  return new ProfileRegistry(
    sources.map((s) => parseProfileFile(s.json, s.label)),
    CONCEPTS,
  );
}

/** The shipped directory's files as JSON, labelled by file name (tests break copies of them). */
export function shippedProfileSources(): { label: string; json: unknown }[] {
  return readdirSync(SHIPPED_PROFILE_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ label: f.slice(0, -".json".length), json: JSON.parse(readFileSync(join(SHIPPED_PROFILE_DIR, f), "utf8")) as unknown }));
}
