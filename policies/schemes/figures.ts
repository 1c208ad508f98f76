import { dec, type Dec } from "../engine/decimal";
import type { Bilingual } from "../schema";
import type { Cited, EvaluationDocument, Figure } from "./schema";

/** The documents a scheme cites, by key (evaluation.documents). */
export type SchemeDocuments = Readonly<Record<string, EvaluationDocument>>;

const VALUES = new WeakMap<Figure, Dec>();

/** A figure's exact value: "24.097" stays 24.097, "1/3" is one third at 50 digits. Read once per figure (the scheme is data, never changed). */
export function figureValue(f: Figure): Dec {
  const known = VALUES.get(f);
  if (known) return known;
  const v = f.value;
  let x: Dec;
  if (typeof v === "string" && v.includes("/")) {
    const [n, d] = v.split("/");
    x = dec(n!).div(dec(d!));
  } else x = dec(v);
  VALUES.set(f, x);
  return x;
}

/** What the analyst reads as the source: the document's short title and the clause (never a key or file name). */
export function citationText(cited: Cited, documents: SchemeDocuments): string {
  const doc = documents[cited.source];
  const where = `${doc?.short ?? cited.source} ${cited.clause}`;
  return cited.basis === "assumed" ? `${where}（假定 / assumed）` : where;
}

/** A citation in both languages for a reason line: `（黄岩 2022 年度评价公示 规上计分公式）`. */
export function citedReason(zh: string, en: string, cited: Cited, documents: SchemeDocuments): Bilingual {
  const c = citationText(cited, documents);
  return { zh: `${zh}（${c}）`, en: `${en} (${c})` };
}
