/** Chinese first, English second: every message, label and title. */
export type Bilingual = { zh: string; en: string };
