import { valueError } from "../engine/errors";
import type { Bilingual } from "../schema";

/**
 * The word an analyst typed for one of a rule's choices (trimmed, any case; a blank is ""),
 * looked up in that choice's vocabulary; anything else is #VALUE! naming the argument and what
 * it accepts. Only the vocabulary's own words count (never "constructor" and the like).
 */
export function choiceOf<T>(words: Readonly<Record<string, T>>, text: unknown, argument: string, expected: Bilingual): T {
  const key = text === null || text === undefined ? "" : String(text).trim().toLowerCase();
  if (Object.hasOwn(words, key)) return words[key]!;
  const got = String(text ?? "");
  throw valueError(argument, `应为 ${expected.zh}，收到 "${got}"`, `expected ${expected.en}, got "${got}"`);
}
