import type { Bilingual } from "./bilingual";
import type { SourceDocument } from "../registry";

// What the analyst reads as a source: the document's short title (profile data, `document.short`)
// and the clause, never its file name. The file form (`zengcheng-2022-draft.txt 二(四)10`) stays
// in the data and traces for tests and audit; policies/citations.ts turns it into this form.

/** Documents by their source file, as the registry resolves them (a file names one document). */
const bySource = new Map<string, SourceDocument>();

/** Called by the registry for every document version it resolves. */
export function registerDocument(doc: SourceDocument): void {
  bySource.set(doc.source, doc);
}

/** The document a source file names, if a profile loaded here has it. */
export function documentBySource(source: string): SourceDocument | undefined {
  return bySource.get(source);
}

/** Every document known, longest file name first (so a text is scanned for the most specific name). */
export function knownDocuments(): SourceDocument[] {
  return [...bySource.values()].sort((a, b) => b.source.length - a.source.length);
}

/** A document and clause as the analyst reads them: 《增城存量工业用地办法（征求意见稿）》二(四)10 / Zengcheng … (draft) 二(四)10. */
export function shownCitation(doc: Pick<SourceDocument, "short">, clause: string): Bilingual {
  const c = clause.trim();
  return { zh: `《${doc.short.zh}》${c}`, en: c ? `${doc.short.en} ${c}` : doc.short.en };
}
