import { dec, getProfile, parseIsoDate, RuleError, type Context, type Dec, type IsoDate } from "../../policies";

/** A context for a built-in profile on a date (default 2024-03-15, when both documents are in force). */
export function at(profile: string, asOf = "2024-03-15"): Context {
  return { profile: getProfile(profile), asOf: parseIsoDate(asOf) };
}

export const d = (x: number | string): Dec => dec(x);
export const day = (text: string): IsoDate => parseIsoDate(text);

/** The RuleError `fn` throws (failing the test when it throws something else or nothing). */
export function ruleErrorOf(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error("expected a RuleError, but nothing was thrown");
}
