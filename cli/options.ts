import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseIsoDate, type IsoDate } from "../policies/engine/dates";
import { RuleError } from "../policies/engine/errors";
import type { Context } from "../policies/engine/evaluation";
import { readProfileFile } from "../policies/profile-files";
import { builtInProfiles, getProfile, jurisdictionProfiles } from "../policies/profiles";
import { ProfileError, type Profile } from "../policies/registry";
import { UsageError } from "./errors";
import type { Io } from "./io";

/** The product version, from package.json (shown in every output sheet's header block). */
export function productVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** The profiles to choose from, from the data: `zengcheng 增城 · wenzhou 温州 · …` (the help and error lines). */
export function profileChoices(separator = " · "): string {
  return jurisdictionProfiles()
    .map((p) => `${p.id} ${p.names.short}`)
    .join(separator);
}

/** The profiles with their own evaluation schemes (county files), from the data. */
export function schemeProfiles(): string[] {
  return builtInProfiles
    .list()
    .filter((p) => p.evaluation !== undefined && p.evaluation.schemes.length > 0)
    .map((p) => p.id)
    .sort();
}

/** A `--profile` that names a file rather than a profile: a path, or a name ending in .json. */
function isProfileFile(name: string): boolean {
  return /\.json$/i.test(name) || name.includes("/") || name.includes("\\") || (name.startsWith(".") && existsSync(name));
}

/**
 * A bad profile file in one line: the first issue's path (the parameter, e.g.
 * my-county.overrides.ZC-TIER.aShare.value) and message, and how many more there are.
 */
function profileFileError(file: string, e: ProfileError): UsageError {
  const [first, ...rest] = e.issues;
  const where = first ? `${first.path}: ${first.message}` : e.message;
  const more = rest.length > 0 ? `（另有 ${rest.length} 处 / and ${rest.length} more）` : "";
  return new UsageError(`--profile ${file} 不能使用：${where}${more}`, `--profile ${file} is refused: ${where}${more ? ` (and ${rest.length} more)` : ""}`);
}

/** Profile files registered in this run, by path (a command may read its option twice). */
const fileProfiles = new Map<string, Profile>();

/**
 * `--profile P`: a profile by id or name, or a profile file (`./my-county.json`: a whole
 * profile, or a county's own numbers `{ id, base, names, reason, overrides }`) validated
 * exactly like a shipped profile and registered for this run.
 */
export function profileOption(name: string | undefined, required: true): Profile;
export function profileOption(name: string | undefined, required: false): Profile | null;
export function profileOption(name: string | undefined, required: boolean): Profile | null {
  if (name === undefined) {
    if (required) throw new UsageError(`缺少 --profile（${profileChoices("、")}，或一个配置文件 ./县.json）`, `missing --profile (${profileChoices(", ")}, or a profile file ./county.json)`);
    return null;
  }
  try {
    if (isProfileFile(name)) {
      const path = resolve(name);
      if (!existsSync(path)) throw new UsageError(`找不到配置文件 ${name}`, `no profile file ${name}`);
      const known = fileProfiles.get(path) ?? builtInProfiles.add(readProfileFile(path));
      fileProfiles.set(path, known);
      return known;
    }
    return getProfile(name, "--profile");
  } catch (e) {
    if (e instanceof ProfileError) throw profileFileError(name, e);
    if (e instanceof RuleError) throw new UsageError(e.zh, e.en);
    throw e;
  }
}

export function asOfOption(text: string | undefined, io: Io): IsoDate {
  if (text === undefined) return io.today();
  try {
    return parseIsoDate(text, "--as-of");
  } catch (e) {
    if (e instanceof RuleError) throw new UsageError(`--as-of：${e.zh}`, `--as-of: ${e.en}`);
    throw e;
  }
}

export function contextOf(profile: Profile, asOf: IsoDate): Context {
  return { profile, asOf };
}

/** `--map field=Header`, repeatable. */
export function mapOption(values: readonly string[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const v of values ?? []) {
    const eq = v.indexOf("=");
    if (eq <= 0 || eq === v.length - 1) throw new UsageError(`--map 应写作 字段=表头（如 tax=实缴税金），收到“${v}”`, `--map takes field=Header (e.g. tax=实缴税金), got "${v}"`);
    map[v.slice(0, eq).trim()] = v.slice(eq + 1).trim();
  }
  return map;
}

export function headerRowOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--header-row 应为正整数，收到“${text}”`, `--header-row takes a positive whole number, got "${text}"`);
  return n;
}

/** Noon UTC of the evaluation date: the stamp written into output files, so reruns match byte for byte. */
export function stampOf(asOf: IsoDate): Date {
  return new Date(`${asOf}T12:00:00Z`);
}
