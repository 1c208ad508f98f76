import { dec, type Dec } from "../engine/decimal";
import { MU_PER_HECTARE, MU_PER_M2, YUAN_PER_WAN } from "../engine/units";
import type { Bilingual } from "../schema";

// The enterprise-table vocabulary of WORKBOOK.md ("Input: an enterprise table"), with the
// synonyms the product accepts. Every header listed here is documented; nothing else is
// matched, so an unknown header is reported instead of guessed.

export const NUMBER_FIELDS = [
  "area_mu",
  "tax",
  "value_added",
  "output",
  "revenue",
  "energy_tce",
  "emissions_t",
  "employees",
  "rd",
  "retrofit",
  "certifications",
  "far",
  "investment",
  "guide_investment_per_mu",
  "guide_output_per_mu",
  "agreed_output",
  "agreed_tax_per_mu",
  "agreed_investment_per_mu",
  "self_held_share",
  "ancillary_land_share",
  "ancillary_floor_share",
  "rd_floor_m2",
  "industrial_floor_m2",
  "total_floor_m2",
  "electricity",
  "tenants",
] as const;
export const TEXT_FIELDS = ["enterprise", "credit_code", "project_type", "agreement", "area_type", "scale", "industry", "veto", "evaluated_class"] as const;
export const FLAG_FIELDS = ["pilot", "watch_listed", "priority_industry", "area_plan_approved", "inside_park", "inside_block"] as const;
export const DATE_FIELDS = ["transfer_date", "production_deadline", "started"] as const;

export type NumberField = (typeof NUMBER_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];
export type FlagField = (typeof FLAG_FIELDS)[number];
export type DateField = (typeof DATE_FIELDS)[number];
export type FieldId = NumberField | TextField | FlagField | DateField | "zone" | "data_status" | "last_year_tier";

type Dimension = "text" | "area" | "money" | "moneyPerMu" | "energy" | "electricity" | "mass" | "persons" | "count" | "ratio" | "share" | "floor" | "zone" | "flag" | "status" | "date" | "tier";

export interface FieldSpec {
  id: FieldId;
  label: Bilingual;
  /** The unit values are held in after reading (money 万元, land 亩, shares as fractions). */
  unit: string;
  dimension: Dimension;
  /** Accepted header names, without units. */
  headers: readonly string[];
}

const f = (id: FieldId, zh: string, en: string, unit: string, dimension: Dimension, headers: string[]): FieldSpec => ({ id, label: { zh, en }, unit, dimension, headers });

export const FIELDS: readonly FieldSpec[] = [
  // WORKBOOK.md minimum vocabulary, with more synonyms.
  f("enterprise", "企业名称", "enterprise", "", "text", ["企业名称", "企业", "单位名称", "enterprise", "name", "enterprise name", "company"]),
  f("credit_code", "统一社会信用代码", "credit code", "", "text", ["统一社会信用代码", "信用代码", "社会信用代码", "credit code", "uscc"]),
  f("area_mu", "用地面积", "land area", "亩", "area", ["用地面积", "占地面积", "土地面积", "land area", "area", "area mu"]),
  f("tax", "税收", "tax", "万元", "money", ["税收", "实缴税金", "实缴税收", "税收收入", "tax", "tax paid"]),
  f("value_added", "工业增加值", "value added", "万元", "money", ["工业增加值", "增加值", "value added"]),
  f("output", "工业总产值", "output", "万元", "money", ["工业总产值", "产值", "总产值", "output", "gross output"]),
  f("revenue", "主营业务收入", "revenue", "万元", "money", ["主营业务收入", "营业收入", "revenue", "sales revenue"]),
  f("energy_tce", "综合能耗", "energy", "吨标煤", "energy", ["综合能耗", "能耗", "energy", "energy use"]),
  f("emissions_t", "主要污染物排放量", "emissions", "吨", "mass", ["主要污染物排放量", "排放量", "污染物排放量", "emissions"]),
  f("employees", "年平均职工人数", "employees", "人", "persons", ["年平均职工人数", "职工人数", "从业人员", "employees", "headcount"]),
  f("rd", "研发经费支出", "R&D", "万元", "money", ["r&d经费支出", "研发费用", "研究费用支出", "研发经费支出", "研发投入", "r&d", "r&d expenditure"]),
  f("retrofit", "技改投资", "retrofit investment", "万元", "money", ["技改投资", "技术改造投资", "retrofit investment", "retrofit"]),
  f("certifications", "各级各类认定", "certifications", "项", "count", ["认定", "各级各类认定", "认定数", "certifications"]),
  f("far", "容积率", "FAR", "", "ratio", ["容积率", "far", "plot ratio", "floor area ratio"]),
  f("zone", "所在区域", "zone", "", "zone", ["所在区域", "区域", "zone"]),
  f("project_type", "项目类型", "project type", "", "text", ["项目类型", "project type"]),
  f("pilot", "是否试点", "pilot", "", "flag", ["是否试点", "试点", "pilot", "是否试点项目"]),
  f("data_status", "数据状态", "data status", "", "status", ["数据状态", "data status", "上传状态"]),
  // Columns the sheet checks of the other rules read (ZC-GGG pilots, ZC-COMPLY, ZS-SELFHOLD, ZS-ANCIL, NB-FAR, NB-MIXED).
  f("investment", "固定资产投资", "fixed-asset investment", "万元", "money", ["固定资产投资", "项目总投资", "总投资", "investment"]),
  f("guide_investment_per_mu", "指南亩均投资", "guide investment per mu", "万元/亩", "moneyPerMu", ["指南亩均投资", "指南投资强度", "guide investment per mu"]),
  f("guide_output_per_mu", "指南亩均产值", "guide output per mu", "万元/亩", "moneyPerMu", ["指南亩均产值", "指南产值指标", "guide output per mu"]),
  f("agreement", "约定类型", "agreement type", "", "text", ["约定类型", "监管协议约定类型", "协议约定类型", "agreement", "agreement type"]),
  f("agreed_output", "约定产值", "agreed output", "万元", "money", ["约定产值", "约定产出", "协议约定产值", "agreed output"]),
  f("watch_listed", "重点关注", "watch list", "", "flag", ["重点关注", "是否重点关注", "重点关注名单", "watch list", "watch listed"]),
  f("agreed_tax_per_mu", "约定亩均税收", "agreed tax per mu", "万元/亩", "moneyPerMu", ["约定亩均税收", "承诺亩均税收", "监管协议亩均税收", "agreed tax per mu"]),
  f("priority_industry", "优先发展产业", "priority industry", "", "flag", ["优先发展产业", "是否优先发展产业", "priority industry"]),
  f("self_held_share", "自持比例", "self-held share", "fraction", "share", ["自持比例", "self-held share", "self held share"]),
  f("ancillary_land_share", "配套设施用地占比", "ancillary land share", "fraction", "share", ["配套设施用地占比", "行政办公及生活配套设施用地占比", "ancillary land share"]),
  f("ancillary_floor_share", "配套设施建筑面积占比", "ancillary floor share", "fraction", "share", ["配套设施建筑面积占比", "配套设施计容建筑面积占比", "ancillary floor share"]),
  f("area_type", "市区或县（市）", "district or county", "", "text", ["市区或县(市)", "市区或县市", "市区或县", "区县类型", "所在地类型", "district or county"]),
  f("rd_floor_m2", "研发设施建筑面积", "R&D floor area", "㎡", "floor", ["研发设施建筑面积", "研发设计检测中试建筑面积", "r&d floor area"]),
  f("industrial_floor_m2", "工业建筑面积", "industrial floor area", "㎡", "floor", ["工业建筑面积", "industrial floor area"]),
  f("total_floor_m2", "总建筑面积", "total floor area", "㎡", "floor", ["总建筑面积", "total floor area"]),
  f("area_plan_approved", "片区策划方案已批准", "area plan approved", "", "flag", ["片区策划方案已批准", "片区方案已批准", "area plan approved"]),
  f("inside_park", "位于万亩千亩产业园", "inside a 万亩千亩 park", "", "flag", ["位于万亩千亩产业园", "万亩千亩产业园内", "inside park"]),
  // Transfers of industrial land (WZ-PREEMPT).
  f("transfer_date", "转让日期", "transfer date", "", "date", ["转让日期", "申请转让日期", "transfer date"]),
  f("production_deadline", "约定达产日期", "production deadline", "", "date", ["约定达产日期", "达产期限", "约定达产期限", "production deadline"]),
  f("last_year_tier", "上年度评价档次", "last year's tier", "", "tier", ["上年度评价档次", "上年度亩均评价档次", "上年度档次", "last year tier"]),
  f("agreed_investment_per_mu", "约定投资强度", "agreed investment per mu", "万元/亩", "moneyPerMu", ["约定投资强度", "约定亩均投资", "agreed investment per mu"]),
  // WORKBOOK.md v2: the fields county evaluation schemes (policies/schemes) read.
  f("scale", "企业规模", "size class", "", "text", ["企业规模", "规上/规下", "规上规下", "是否规上", "规模类型", "size class", "scale"]),
  f("industry", "所属行业", "industry", "", "text", ["所属行业", "行业", "行业分组", "行业类别", "industry", "industry group"]),
  f("electricity", "用电量", "electricity", "万千瓦时", "electricity", ["用电量", "总用电量", "年用电量", "electricity", "electricity use"]),
  f("started", "投产日期", "start of production", "", "date", ["投产日期", "成立日期", "注册日期", "start of production", "started"]),
  f("tenants", "出租户数", "tenants", "户", "count", ["出租户数", "承租企业数", "租户数", "tenants"]),
  f("veto", "一票否决", "veto", "", "text", ["一票否决", "否决事项", "一票否决事项", "重大事故", "veto"]),
  f("inside_block", "位于工业产业区块", "inside an industrial block", "", "flag", ["位于工业产业区块", "工业产业区块内", "是否在工业产业区块内", "产业区块内", "inside block", "inside industrial block"]),
  f("evaluated_class", "评价类别", "evaluation class", "", "text", ["评价类别", "不参评原因", "参评类别", "class", "evaluation class"]),
];

const BY_ID = new Map(FIELDS.map((f) => [f.id, f]));

export function fieldSpec(id: FieldId): FieldSpec {
  return BY_ID.get(id)!;
}

export function isNumberField(id: FieldId): id is NumberField {
  return (NUMBER_FIELDS as readonly string[]).includes(id);
}

/** Fields that may hold a negative number (a loss-making firm's value added). */
export const SIGNED_FIELDS: ReadonlySet<FieldId> = new Set(["value_added"]);

// Units a header may carry, as factors to the field's unit (亩 and 万元 factors from engine/units).
// Written after NFKC + lower-casing, so ㎡ and m² are "m2".
const UNIT_FACTORS: Record<Dimension, Record<string, Dec>> = {
  area: { 亩: dec(1), mu: dec(1), 平方米: MU_PER_M2, m2: MU_PER_M2, 公顷: MU_PER_HECTARE, ha: MU_PER_HECTARE },
  money: { 万元: dec(1), 元: dec(1).div(YUAN_PER_WAN), 千元: dec(1).div(10), 亿元: dec(10000) },
  moneyPerMu: { "万元/亩": dec(1), "元/亩": dec(1).div(YUAN_PER_WAN) },
  energy: { 吨标煤: dec(1), 吨标准煤: dec(1), tce: dec(1), 吨标准煤当量: dec(1) },
  electricity: { 万千瓦时: dec(1), 万kwh: dec(1), 万度: dec(1), 千瓦时: dec(1).div(10000), kwh: dec(1).div(10000), 度: dec(1).div(10000), mwh: dec(1).div(10) },
  mass: { 吨: dec(1), t: dec(1), 千克: dec(1).div(1000), kg: dec(1).div(1000), 公斤: dec(1).div(1000) },
  persons: { 人: dec(1), persons: dec(1) },
  count: { 项: dec(1), 个: dec(1), 次: dec(1), 户: dec(1), 家: dec(1), count: dec(1) },
  ratio: {},
  share: { "%": dec(1).div(100), 百分比: dec(1).div(100) },
  floor: { m2: dec(1), 平方米: dec(1), 万平方米: dec(10000), 万m2: dec(10000) },
  text: {},
  zone: {},
  flag: {},
  status: {},
  date: {},
  tier: {},
};

/** The units a field's header may carry, as written after normalizing (for documentation and help). */
export function acceptedUnits(field: FieldSpec): string[] {
  return Object.keys(UNIT_FACTORS[field.dimension]);
}

/** NFKC (full-width → half-width), lower case, no spaces. */
export function normalizeHeader(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\u00a0\u3000]/g, "");
}

export interface SplitHeader {
  name: string;
  /** The bracketed suffix, if any (unit or qualifier), normalized. */
  unit: string | null;
}

/** `税收（万元）` → name 税收, unit 万元; `用地面积【单位：亩】` → 用地面积, 亩. */
export function splitHeader(header: string): SplitHeader {
  const h = normalizeHeader(header);
  const m = /^(.+?)[([【〔]([^()[\]【】〔〕]*)[)\]】〕]$/.exec(h);
  if (!m) return { name: h, unit: null };
  return { name: m[1]!, unit: m[2]!.replace(/^单位[:：]?/, "").replace(/^unit[:：]?/, "") };
}

const BY_NAME = new Map<string, FieldSpec>();
for (const f of FIELDS) for (const h of f.headers) BY_NAME.set(normalizeHeader(h), f);

export type HeaderReading =
  | { kind: "field"; field: FieldSpec; factor: Dec; unit: string | null }
  | { kind: "unknown" }
  | { kind: "bad-unit"; field: FieldSpec; unit: string };

/** Unit factor for a bracket on a field, or null when the unit does not fit the field. */
export function unitFactor(field: FieldSpec, unit: string | null): Dec | null {
  if (unit === null || unit === "") return dec(1);
  const table = UNIT_FACTORS[field.dimension];
  // A text, zone or flag column's bracket is a qualifier (企业名称（全称）), not a unit.
  if (["text", "zone", "flag", "status", "date", "tier"].includes(field.dimension)) return dec(1);
  return table[unit] ?? null;
}

/** Which field a header names, and the factor that brings its unit to the field's unit. */
export function readHeader(header: string): HeaderReading {
  const { name, unit } = splitHeader(header);
  const field = BY_NAME.get(name);
  if (!field) return { kind: "unknown" };
  const factor = unitFactor(field, unit);
  if (factor === null) return { kind: "bad-unit", field, unit: unit ?? "" };
  return { kind: "field", field, factor, unit };
}

/** A field named by its id (area_mu), its Chinese label (用地面积) or any accepted header. */
export function findField(name: string): FieldSpec | undefined {
  const key = normalizeHeader(name);
  return FIELDS.find((f) => f.id === key || normalizeHeader(f.label.zh) === key) ?? BY_NAME.get(key);
}
