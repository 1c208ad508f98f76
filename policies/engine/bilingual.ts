/** Chinese first, English second: every message, label and title. */
export type Bilingual = { zh: string; en: string };

/**
 * Free text a profile file carries (an assumed value's reason, a derived profile's, a note):
 * `{ zh, en }`, as every shipped profile writes it, or one string, as an older or hand-written
 * file (a what-if saved in a workbook, `--profile ./my-county.json`) may, read as written.
 */
export type FreeText = string | Bilingual;

/** Free text in both languages; a single string stands for both. */
export function freeTextOf(text: FreeText): Bilingual {
  return typeof text === "string" ? { zh: text, en: text } : text;
}

/** Blank free text (an assumed value without its reason): nothing, or an empty Chinese or English side. */
export function isBlankText(text: FreeText | undefined): boolean {
  if (text === undefined) return true;
  const b = freeTextOf(text);
  return !b.zh.trim() || !b.en.trim();
}

/** Both languages on one line, Chinese first; once when they are the same. */
export function bothLine(text: Bilingual): string {
  return text.zh === text.en ? text.zh : `${text.zh} / ${text.en}`;
}
