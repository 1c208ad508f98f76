// What the analyst reads (the standard: the document's short title and clause, never a file
// name, a path or a field id). The data and traces keep the exact forms (`file clause`
// citations, field ids) for tests and audit; every surface that shows text to the analyst —
// LAND.EXPLAIN, the check report, the tier and scheme sheets, the CLI's lines, warnings —
// passes it through these functions.
import { bothLine, freeTextOf, type Bilingual, type FreeText } from "./engine/bilingual";
import { knownDocuments, shownCitation } from "./engine/citation";
import { FIELDS } from "./workbook/vocabulary";

export { shownCitation } from "./engine/citation";

/** The table format's own rules (WORKBOOK.md in the data) as the analyst names them. */
export const TABLE_FORMAT: Bilingual = { zh: "表格格式", en: "table format" };

const OVERRIDE = /^(\S+) override of (.+)$/;
const FORMAT_FILE = /^WORKBOOK\.md\b/;

/**
 * A `file clause` citation as the analyst reads it: `zengcheng-2022-draft.txt 二(四)10` →
 * 《增城存量工业用地办法（征求意见稿）》二(四)10 / Zengcheng … (draft) 二(四)10; a what-if's
 * `… override of <citation>` → 假设情景（原为 …）; the table format's → 表格格式. A citation that
 * names no known file (a county's own words) is shown as written, with any file in it replaced.
 */
export function citationShown(citation: string): Bilingual {
  const override = OVERRIDE.exec(citation);
  if (override) {
    const was = citationShown(override[2]!);
    return { zh: `假设情景（原为 ${was.zh}）`, en: `what-if (was ${was.en})` };
  }
  if (FORMAT_FILE.test(citation)) return TABLE_FORMAT;
  // The document's file (or, as the national rules cite it, its title), then the clause.
  for (const doc of knownDocuments())
    for (const name of [doc.source, doc.title])
      if (citation === name || citation.startsWith(`${name} `)) return shownCitation(doc, citation.slice(name.length));
  return bilingualText({ zh: citation, en: citation });
}

/** Both languages in one cell: 《增城…》二(四)10 / Zengcheng … 二(四)10. */
export function citationLine(citation: string): string {
  return bothLine(citationShown(citation));
}

/** Quantities findings name that are worked out from columns or given as arguments, not table columns. */
const OTHER_FIELDS: Readonly<Record<string, Bilingual>> = {
  tax_per_mu: { zh: "亩均税收", en: "tax per mu" },
  output_per_mu: { zh: "亩均产值", en: "output per mu" },
  investment_per_mu: { zh: "亩均投资", en: "investment per mu" },
  value_added_per_mu: { zh: "亩均增加值", en: "value added per mu" },
  revenue_per_mu: { zh: "亩均营业收入", en: "revenue per mu" },
  cluster_tax_per_mu: { zh: "集群亩均税收", en: "cluster tax per mu" },
  rd_floor_share: { zh: "研发设施建筑面积占比", en: "R&D floor share" },
  industrial_floor_share: { zh: "工业建筑面积占比", en: "industrial floor share" },
  watch_list: { zh: "重点关注名单", en: "watch list" },
  tier: { zh: "评价档次", en: "tier" },
  requirement: { zh: "约定要求", en: "agreed requirement" },
  agreed_start_months: { zh: "约定开工期限", en: "agreed start period" },
  valid_months: { zh: "有效期", en: "validity" },
  transfer_on: { zh: "转让日期", en: "transfer date" },
  term_years: { zh: "出让年限", en: "lease term" },
  safety_certificate: { zh: "安全证明", en: "safety certificate" },
  fire_acceptance: { zh: "消防验收", en: "fire acceptance" },
  reserved_share: { zh: "预留比例", en: "reserved share" },
  renewed_mu: { zh: "整治面积", en: "renewed area" },
  recent_output_rates: { zh: "近年产值增长率", en: "recent output growth" },
  private_share: { zh: "民营资本占比", en: "private share" },
  park_share: { zh: "园区占比", en: "park share" },
  output_rate: { zh: "产值增长率", en: "output growth" },
  new_mu: { zh: "新增用地面积", en: "new land area" },
  households: { zh: "户数", en: "households" },
  firms_helped: { zh: "服务企业数", en: "firms helped" },
  energy_freed_tce: { zh: "腾出能耗", en: "energy freed" },
  buyer_is_enterprise: { zh: "受让方为企业", en: "buyer is an enterprise" },
  act_on: { zh: "行为日期", en: "date of the act" },
  ancillary_share: { zh: "配套设施占比", en: "ancillary share" },
};

const FIELD_LABELS = new Map<string, Bilingual>([...FIELDS.map((f) => [f.id as string, f.label] as const), ...Object.entries(OTHER_FIELDS)]);

/** A field id as the analyst reads it (its label from the table vocabulary); an unknown name is left as is. */
export function fieldShown(id: string): Bilingual {
  return FIELD_LABELS.get(id) ?? { zh: id, en: id };
}

// Ids with an underscore, longest first (tax_per_mu before tax); single words (tax, far) are
// replaced only where a whole cell is the id (fieldShown), since they are also ordinary words.
const FIELD_ID = new RegExp(
  `(?<![A-Za-z0-9_.])(${[...FIELD_LABELS.keys()].filter((id) => id.includes("_")).sort((a, b) => b.length - a.length).join("|")})(?![A-Za-z0-9_])`,
  "g",
);
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function textIn(text: string, lang: "zh" | "en"): string {
  let out = text;
  for (const doc of knownDocuments()) {
    if (!out.includes(doc.source)) continue;
    // `file clause` → 《short》clause (zh) / short clause (en).
    out = out.replace(new RegExp(`${escaped(doc.source)} ?`, "g"), lang === "zh" ? `《${doc.short.zh}》` : `${doc.short.en} `);
  }
  out = out.replace(/WORKBOOK\.md(?: [^\s）)；;,，]+)?/g, TABLE_FORMAT[lang]);
  return out.replace(FIELD_ID, (id) => fieldShown(id)[lang]);
}

/** Analyst-facing text: file citations become short titles, the table format's file its name, field ids their labels. */
export function bilingualText(text: Bilingual): Bilingual {
  return { zh: textIn(text.zh, "zh"), en: textIn(text.en, "en") };
}

/** One line of mixed text (a CLI line, a cell holding both languages): Chinese names. */
export function analystLine(text: string): string {
  return textIn(text, "zh");
}

/**
 * A profile's free text as the analyst reads it — an assumed value's reason, a derived
 * profile's or an override's, a note: `{ zh, en }` from the file (Chinese first), or one
 * string from an older or hand-written file, read as written in both; file citations and
 * field ids inside become short titles and labels, as in every other message.
 */
export function reasonShown(text: FreeText): Bilingual {
  return bilingualText(freeTextOf(text));
}

/** The same on one line (a CLI line, a cell): 中文 / English, once when they are the same. */
export function reasonLine(text: FreeText): string {
  return bothLine(reasonShown(text));
}

const UNIT_WORDS: Readonly<Record<string, Bilingual>> = {
  fraction: { zh: "", en: "" },
  ratio: { zh: "", en: "" },
  flag: { zh: "", en: "" },
  text: { zh: "", en: "" },
  count: { zh: "个", en: "" },
  points: { zh: "分", en: "points" },
  // Words that name what a choice is, not a unit one writes after it.
  method: { zh: "", en: "" },
  outcome: { zh: "", en: "" },
  tier: { zh: "", en: "" },
  tiers: { zh: "", en: "" },
  date: { zh: "", en: "" },
  "": { zh: "", en: "" },
};

/** A parameter's value with its unit, as a person writes it: 0.2 fraction → 20%, true → 是. */
export function valueShown(value: number | string | boolean, unit: string): Bilingual {
  if (typeof value === "boolean") return value ? { zh: "是", en: "yes" } : { zh: "否", en: "no" };
  if (unit === "fraction" && typeof value === "number") {
    const percent = `${+(value * 100).toPrecision(12)}%`;
    return { zh: percent, en: percent };
  }
  const word = UNIT_WORDS[unit] ?? { zh: unit, en: unit };
  const shown = String(value);
  return { zh: word.zh ? `${shown} ${word.zh}` : shown, en: word.en ? `${shown} ${word.en}` : shown };
}
