import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseIsoDate, type IsoDate } from "../policies/engine/dates";
import { RuleError } from "../policies/engine/errors";
import type { Context } from "../policies/engine/evaluation";
import { getProfile } from "../policies/profiles";
import type { Profile } from "../policies/registry";
import { UsageError } from "./errors";
import type { Io } from "./io";

/** The product version, from package.json (shown in every output sheet's header block). */
export function productVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(__dirname, "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

export function profileOption(name: string | undefined, required: true): Profile;
export function profileOption(name: string | undefined, required: false): Profile | null;
export function profileOption(name: string | undefined, required: boolean): Profile | null {
  if (name === undefined) {
    if (required) throw new UsageError("缺少 --profile（如 zengcheng、wenzhou、zhongshan、ningbo、zhejiang）", "missing --profile (e.g. zengcheng, wenzhou, zhongshan, ningbo, zhejiang)");
    return null;
  }
  try {
    return getProfile(name, "--profile");
  } catch (e) {
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
