// A mark on a cell with an Excel 365 threaded comment (MS-XLSX 2.6.205 CT_ThreadedComment) also
// goes into the thread, as a reply by the person "landrules" (2.6.203 CT_Person): Excel 365 shows
// the thread, not the legacy note, and rebuilds that note from the thread when it saves. The reply
// and the person are inserted whole and removed whole, so a clear gives the parts back byte for byte.
import { relationships, type PackageDraft } from "./write-parts";
import { attr, elements, escapeXml, splice } from "./write-xml";

export const REL_THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment";
export const REL_PERSON = "http://schemas.microsoft.com/office/2017/10/relationships/person";
/** Our person's id, fixed (the hex of "landrules-person"), so every run and every workbook names the same author. */
export const LANDRULES_PERSON = "{6C616E64-7275-6C65-732D-706572736F6E}";
const PERSON = `<person displayName="landrules" id="${LANDRULES_PERSON}" userId="landrules" providerId="None"/>`;

/** Our reply on one cell's thread: the threaded comments part and the reply's id. */
export interface ThreadReply {
  part: string;
  id: string;
}

/**
 * A stable GUID for our reply on a thread, from the sheet, cell and the thread's id (four FNV-1a
 * words): the same input gives the same bytes, and no two threads share a reply id.
 */
export function replyId(sheet: string, ref: string, threadId: string): string {
  const text = `landrules|${sheet}|${ref}|${threadId}`;
  const hex = [0x811c9dc5, 0x050c5d1f, 0x9e3779b9, 0x85ebca6b]
    .map((seed) => {
      let h = seed;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
      return h.toString(16).padStart(8, "0");
    })
    .join("")
    .toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/** The thread's comments on `ref`: its top comment (no parentId) first, then the replies. */
function threadOn(xml: string, ref: string): ReturnType<typeof elements> {
  return elements(xml, "threadedComment").filter((c) => attr(c.tag, "ref") === ref);
}

/** The persons part of the workbook (workbook → person relationship), when it has one. */
function personsPart(draft: PackageDraft, workbookPart: string): string | undefined {
  const part = relationships(draft, workbookPart).find((r) => r.type === REL_PERSON)?.part;
  // A list written self-closed (no people) would not come back byte for byte once ours is taken out again.
  return part && draft.read(part)?.includes("</personList>") ? part : undefined;
}

/** Our person added to the persons part (after the people, before the list's extLst: CT_PersonList's order); false when already there. */
function addPerson(draft: PackageDraft, part: string): boolean {
  const xml = draft.read(part)!;
  const people = elements(xml, "person");
  if (people.some((p) => attr(p.tag, "id") === LANDRULES_PERSON)) return false;
  // After the last person (a person may hold an extLst of its own), else before the list's extLst.
  const ext = xml.search(/<extLst[\s>]/);
  const at = people.length > 0 ? people[people.length - 1]!.end : ext >= 0 ? ext : xml.lastIndexOf("</personList>");
  draft.write(part, splice(xml, at, at, PERSON));
  return true;
}

/**
 * Adds a reply of ours, with the note's text, to the thread on each marked cell that has one
 * (after the thread's last comment). Returns each reply by cell, and the persons part when our
 * person was added to it. A sheet without threads, or a workbook without people, is left as it is.
 */
export function addReplies(
  draft: PackageDraft,
  sheet: string,
  workbookPart: string,
  marks: readonly { ref: string; note: string }[],
  when: Date,
): { replies: Map<string, ThreadReply>; people?: string } {
  const replies = new Map<string, ThreadReply>();
  const part = relationships(draft, sheet).find((r) => r.type === REL_THREADED)?.part;
  const persons = personsPart(draft, workbookPart);
  if (!part || !persons || !draft.has(part)) return { replies };
  let xml = draft.read(part)!;
  // Excel's own form: UTC, no zone letter (2024-03-02T09:15:22.41).
  const dT = when.toISOString().replace(/Z$/, "");
  const inserts: { at: number; xml: string }[] = [];
  for (const m of marks) {
    const thread = threadOn(xml, m.ref);
    const top = thread.find((c) => attr(c.tag, "parentId") === undefined);
    const topId = top && attr(top.tag, "id");
    if (!topId) continue;
    const id = replyId(sheet, m.ref, topId);
    if (thread.some((c) => attr(c.tag, "id") === id)) continue;
    const last = thread[thread.length - 1]!;
    inserts.push({ at: last.end, xml: `<threadedComment ref="${m.ref}" dT="${dT}" personId="${LANDRULES_PERSON}" id="${id}" parentId="${escapeXml(topId)}"><text>${escapeXml(m.note)}</text></threadedComment>` });
    replies.set(m.ref, { part, id });
  }
  if (inserts.length === 0) return { replies };
  for (const i of inserts.sort((a, b) => b.at - a.at)) xml = splice(xml, i.at, i.at, i.xml);
  draft.write(part, xml);
  return { replies, people: addPerson(draft, persons) ? persons : undefined };
}

/** Removes our replies (by id, whatever was done to them since) and, when nothing refers to it any more, the person we added. */
export function removeReplies(draft: PackageDraft, replies: readonly ThreadReply[], people: string | undefined): void {
  const byPart = new Map<string, Set<string>>();
  for (const r of replies) byPart.set(r.part, new Set([...(byPart.get(r.part) ?? []), r.id]));
  for (const [part, ids] of byPart) {
    let xml = draft.read(part);
    if (xml === undefined) continue;
    for (const c of elements(xml, "threadedComment").reverse()) if (ids.has(attr(c.tag, "id") ?? "") && attr(c.tag, "personId") === LANDRULES_PERSON) xml = splice(xml, c.start, c.end, "");
    draft.write(part, xml);
  }
  if (!people) return;
  const stillOurs = [...draft.entries.keys()]
    .filter((k) => /^xl\/threadedComments\/[^/]+\.xml$/i.test(k))
    .some((k) => elements(draft.read(k) ?? "", "threadedComment").some((c) => attr(c.tag, "personId") === LANDRULES_PERSON));
  if (stillOurs) return;
  const xml = draft.read(people);
  const ours = xml === undefined ? undefined : elements(xml, "person").find((p) => attr(p.tag, "id") === LANDRULES_PERSON);
  if (xml !== undefined && ours) draft.write(people, splice(xml, ours.start, ours.end, ""));
}
