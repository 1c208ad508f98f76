// How internal names reach the analyst: one implementation, policies/citations.ts, serves the
// pane, the sheets, EXPLAIN and the CLI (a file citation becomes the document's short title and
// clause, a field id its label). The pane adds only how a parameter's value reads.
import { bilingualText, citationShown, fieldShown, valueShown } from "../../policies/citations";
import type { SourceDocument } from "../../policies/registry";
import type { Bilingual } from "../../policies/schema";

/** A field id as the analyst reads it: its Chinese (or English) label; an unknown id is left as is. */
export const fieldLabel = (id: string): Bilingual => fieldShown(id);

/** Both languages of a message with file names and field ids replaced (`revenue 为空` → `主营业务收入 为空`). */
export const analystText = (text: Bilingual): Bilingual => bilingualText(text);

/** Text with any source file name in it replaced by that document's short title. */
export const withoutFileNames = analystText;

/** A document's short title (profile data, `document.short`). */
export const shortTitle = (doc: SourceDocument): Bilingual => doc.short;

/** A `file clause` citation as the analyst reads it: 《short title》clause; a what-if as 假设情景. */
export const citationText = (citation: string): Bilingual => citationShown(citation);

/** A parameter's value with its unit, as a person writes it: 0.2 fraction → 20%, true → 是 (policies/citations.ts). */
export const valueText = (value: number | string | boolean, unit: string): Bilingual => valueShown(value, unit);
