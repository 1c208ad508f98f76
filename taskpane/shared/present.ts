// How internal names reach the analyst: a citation's file name becomes the document's short
// title, a field id its Chinese label, a unit its word. The policy data keeps its ids and
// `file clause` citations (they are exact and stable); only the pane's text is translated here.
import { builtInProfiles } from "../../policies/profiles";
import type { Profile, SourceDocument } from "../../policies/registry";
import type { Bilingual } from "../../policies/schema";
import { FIELDS, type FieldId } from "../../policies/workbook/vocabulary";

/** Quantities findings name that are worked out from a column, not columns themselves. */
const DERIVED_FIELDS: Readonly<Record<string, Bilingual>> = {
  tax_per_mu: { zh: "亩均税收", en: "tax per mu" },
  output_per_mu: { zh: "亩均产值", en: "output per mu" },
  investment_per_mu: { zh: "亩均投资", en: "investment per mu" },
  value_added_per_mu: { zh: "亩均增加值", en: "value added per mu" },
  revenue_per_mu: { zh: "亩均营业收入", en: "revenue per mu" },
  rd_floor_share: { zh: "研发设施建筑面积占比", en: "R&D floor share" },
  industrial_floor_share: { zh: "工业建筑面积占比", en: "industrial floor share" },
  watch_list: { zh: "重点关注名单", en: "watch list" },
  tier: { zh: "评价档次", en: "tier" },
  requirement: { zh: "约定要求", en: "agreed requirement" },
};

const FIELD_LABELS = new Map<string, Bilingual>([...FIELDS.map((f) => [f.id as string, f.label] as const), ...Object.entries(DERIVED_FIELDS)]);

/** A field id as the analyst reads it: its Chinese (or English) label; an unknown id is left as is. */
export function fieldLabel(id: string): Bilingual {
  return FIELD_LABELS.get(id) ?? { zh: id, en: id };
}

export function fieldLabelOf(id: FieldId): Bilingual {
  return fieldLabel(id);
}

// Longest ids first, so `tax_per_mu` is replaced before `tax`.
const FIELD_ID_PATTERN = new RegExp(
  `(?<![A-Za-z0-9_])(${[...FIELD_LABELS.keys()].filter((id) => /_/.test(id) || id.length > 2).sort((a, b) => b.length - a.length).join("|")})(?![A-Za-z0-9_])`,
  "g",
);

/** Text with every field id in it replaced by the field's label (`revenue 为空` → `主营业务收入 为空`). */
export function withFieldLabels(text: string, language: "zh" | "en" = "zh"): string {
  return text.replace(FIELD_ID_PATTERN, (id) => fieldLabel(id)[language]);
}

/** Both languages of a message with field ids replaced by labels. */
export function analystText(text: Bilingual): Bilingual {
  return { zh: withFieldLabels(text.zh, "zh"), en: withFieldLabels(text.en, "en") };
}

function documents(): { doc: SourceDocument; profile: Profile }[] {
  return builtInProfiles.list().filter((p) => p.derivedFrom === null).map((profile) => ({ doc: profile.document, profile }));
}

/**
 * A document's short title: its 文号 when it has one (温政办〔2020〕53号); otherwise the
 * jurisdiction's short name and the kind of text (增城征求意见稿).
 */
export function shortTitle(doc: SourceDocument): Bilingual {
  const short = (doc as { shortTitle?: string }).shortTitle;
  if (short) return { zh: short, en: short };
  const owner = builtInProfiles.find(doc.profileId);
  const place = owner?.names.short ?? doc.issuer;
  const placeEn = owner?.names.en ?? doc.issuer;
  if (doc.number) return { zh: doc.number, en: doc.number };
  return doc.status === "draft" ? { zh: `${place}征求意见稿`, en: `${placeEn} draft` } : { zh: `《${doc.title}》`, en: placeEn };
}

/** Citations that name the table format rather than a policy document. */
const FORMAT_CITATION = /^WORKBOOK\.md\b/;

/**
 * A citation as the analyst reads it: the document's short title and the clause
 * (`zengcheng-2022-draft.txt 二(四)10` → `增城征求意见稿 二(四)10`), never a file name.
 * A what-if's `… override of <citation>` reads as 假设情景 with the original behind it.
 */
export function citationText(citation: string): Bilingual {
  const override = /^(\S+) override of (.+)$/.exec(citation);
  if (override) {
    const original = citationText(override[2]!);
    return { zh: `假设情景（原为 ${original.zh}）`, en: `what-if (was ${original.en})` };
  }
  if (FORMAT_CITATION.test(citation)) return { zh: "数据表格式要求", en: "input table format" };
  const space = citation.indexOf(" ");
  const file = space < 0 ? citation : citation.slice(0, space);
  const clause = space < 0 ? "" : citation.slice(space + 1).trim();
  const found = documents().find(({ doc }) => doc.source === file);
  if (!found) return { zh: citation, en: citation };
  const title = shortTitle(found.doc);
  return { zh: clause ? `${title.zh} ${clause}` : title.zh, en: clause ? `${title.en} ${clause}` : title.en };
}

/**
 * Text with any source file name in it replaced by that document's short title: the engine's
 * English warnings name the file (`zengcheng-2022-draft.txt is a draft for comments`).
 */
export function withoutFileNames(text: Bilingual): Bilingual {
  let { zh, en } = text;
  for (const { doc } of documents()) {
    if (!doc.source || (!zh.includes(doc.source) && !en.includes(doc.source))) continue;
    const title = shortTitle(doc);
    zh = zh.split(doc.source).join(title.zh);
    en = en.split(doc.source).join(title.en);
  }
  return { zh, en };
}

const UNIT_WORDS: Readonly<Record<string, Bilingual>> = {
  fraction: { zh: "", en: "" },
  ratio: { zh: "", en: "" },
  flag: { zh: "", en: "" },
  text: { zh: "", en: "" },
  count: { zh: "个", en: "" },
  "": { zh: "", en: "" },
};

/** A parameter's value with its unit, as a person writes it: 0.2 fraction → 20%, true → 是. */
export function valueText(value: number | string | boolean, unit: string): Bilingual {
  if (typeof value === "boolean") return value ? { zh: "是", en: "yes" } : { zh: "否", en: "no" };
  if (unit === "fraction" && typeof value === "number") {
    const percent = `${+(value * 100).toPrecision(12)}%`;
    return { zh: percent, en: percent };
  }
  const word = UNIT_WORDS[unit] ?? { zh: unit, en: unit };
  const shown = String(value);
  return { zh: word.zh ? `${shown} ${word.zh}` : shown, en: word.en ? `${shown} ${word.en}` : shown };
}
