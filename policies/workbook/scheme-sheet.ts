import { reasonLine } from "../citations";
import type { FreeText } from "../engine/bilingual";
import { decShown, toCellNumber, type Dec } from "../engine/decimal";
import type { Context } from "../engine/evaluation";
import type { Tier } from "../rules/tiers";
import { quotaText } from "../schemes/bands";
import type { FirmResult, FirmStatus, GroupResult, SchemeResult, SchemeRowInput } from "../schemes/evaluate";
import { citationText, figureValue, type SchemeDocuments } from "../schemes/figures";
import { evaluateScheme, evaluationData, profileScheme, type ProfileScheme } from "../schemes";
import type { Benchmark } from "../schemes/points";
import type { Cited, Scheme, SchemeAdjustment, SchemeIndicator, SchemeList } from "../schemes/schema";
import type { Bilingual } from "../schema";
import { both, documentLines, sheetName, type OutCell } from "./layout";
import type { LinesBlock, ProductColumn, ProductSheet, SectionBlock, SheetLine, TableBlock } from "./product-sheet";
import type { EnterpriseTable } from "./table";
import { fieldSpec, type FieldId } from "./vocabulary";

// The tier sheet of a county evaluation scheme (issue 8): a section per list; within it, per
// group, the counts and the quota lines applied, the indicators with their benchmarks, and one
// line per firm with its values, each indicator's points, adjustments, total, rank and tier,
// and the reason for anything forced or not evaluated. Firms no list takes come last.

const STATUS_WORDS: Readonly<Record<FirmStatus, Bilingual>> = {
  ranked: { zh: "参与排名", en: "ranked" },
  forced: { zh: "直接列档", en: "forced tier" },
  class: { zh: "不参评类别", en: "not-evaluated class" },
  notEvaluated: { zh: "未评价", en: "not evaluated" },
  unscored: { zh: "未评分", en: "unscored" },
};

const STATUS_ORDER: Readonly<Record<FirmStatus, number>> = { ranked: 0, forced: 1, class: 2, unscored: 3, notEvaluated: 4 };
const TIER_ORDER: Readonly<Record<Tier, number>> = { A: 0, B: 1, C: 2, D: 3 };

/** The scheme's rows as the engine reads them from the table. */
export function schemeRows(table: EnterpriseTable): SchemeRowInput[] {
  return table.rows.map((r) => ({ values: r.values, invalid: r.invalid }));
}

/** The lists that take at least one firm of a result. */
export function listsInUse(result: SchemeResult): Set<string> {
  return new Set(result.firms.flatMap((f) => (f.list ? [f.list] : [])));
}

/**
 * The table fields the scheme needs: the list and group columns, and the indicators' of the
 * lists that take firms (`inUse`; all lists when omitted). Adjustment, veto and class columns
 * are optional (absent: none).
 */
export function schemeFields(scheme: Scheme, inUse?: ReadonlySet<string>): { required: FieldId[]; optional: FieldId[] } {
  const required = new Set<FieldId>(["enterprise"]);
  const optional = new Set<FieldId>();
  for (const list of scheme.lists) {
    if (!inUse || inUse.has(list.id)) for (const ind of list.indicators) {
      required.add(ind.numerator as FieldId);
      if (ind.denominator) required.add(ind.denominator as FieldId);
    }
    for (const c of list.select) required.add(c.field as FieldId);
    if (list.groupBy) required.add(list.groupBy.field as FieldId);
    for (const a of list.adjustments) optional.add(a.field as FieldId);
  }
  for (const v of scheme.vetoes) optional.add(v.field as FieldId);
  if (scheme.classes.some((c) => !c.startedWithinYears)) optional.add("evaluated_class");
  if (scheme.classes.some((c) => c.startedWithinYears)) optional.add("started");
  for (const f of required) optional.delete(f);
  return { required: [...required], optional: [...optional] };
}

/** A column as the analyst knows it: its Chinese label (用地面积), never the field id. */
const fieldName = (field: string) => fieldSpec(field as FieldId)?.label.zh ?? field;
const cell = (x: Dec | null | undefined): number | null => (x === null || x === undefined ? null : toCellNumber(x));
const groupName = (g: GroupResult) => (g.group ? g.group.label.zh : g.list.label.zh);

function benchmarkText(ind: SchemeIndicator, bm: Benchmark): string {
  // Shown to 6 significant digits (≈ when shortened); the exact values decide the points.
  if (bm.kind === "minmax") return bm.min === null ? "—" : `${decShown(bm.min)} – ${decShown(bm.max!)}`;
  return bm.value === null ? "—" : decShown(bm.value);
}

function methodText(ind: SchemeIndicator, bm: Benchmark, documents: SchemeDocuments): string {
  const b = ind.benchmark;
  const how =
    b.method === "minmax"
      ? `权重 × [${figureValue(b.base).toFixed()} + ${figureValue(b.span).toFixed()} × (${ind.direction === "higher" ? "x − 最小值" : "最大值 − x"}) ÷ (最大值 − 最小值)] ÷ 100`
      : ind.direction === "higher"
        ? "权重 × 指标值 ÷ 基准值"
        : "权重 × 基准值 ÷ 指标值";
  const cap = ind.cap ? `；单项上限 ${figureValue(ind.cap).toFixed()} 分（${citationText(ind.cap, documents)}）` : "";
  return `${how}；基准：${bm.how.zh}（${bm.citation}）${cap}`;
}

function missingText(ind: SchemeIndicator, documents: SchemeDocuments): string {
  const m = ind.missing;
  const where = (c: Cited | undefined) => (c ? `（${citationText(c, documents)}）` : "");
  switch (m.policy) {
    case "unscored":
      return `不计综合得分${where(m.cite)}`;
    case "averagePoints":
      return `取${m.over === "list" ? "名单" : "本组"}该项平均得分${where(m.cite)}`;
    case "deduct":
      return `扣 ${figureValue(m.points).toFixed()} 分${where(m.points)}`;
    case "forceD":
      return `直接列为 D 档${where(m.cite)}`;
    case "notEvaluated":
      return `不参与评价${where(m.cite)}`;
  }
}

function indicatorTable(groups: readonly GroupResult[], documents: SchemeDocuments): TableBlock {
  // A benchmark taken over the whole list is the same in every group: one row for it.
  const rows: OutCell[][] = [];
  const list = groups[0]!.list;
  list.indicators.forEach((ind, k) => {
    const perGroup = "over" in ind.benchmark && ind.benchmark.over === "group" && list.groupBy;
    for (const g of perGroup ? groups : groups.slice(0, 1)) {
      const b = g.benchmarks[k]!;
      rows.push([
        perGroup ? groupName(g) : "全部 / all",
        `${ind.label.zh} / ${ind.label.en}`,
        ind.denominator ? `${fieldName(ind.numerator)} ÷ ${fieldName(ind.denominator)}` : fieldName(ind.numerator),
        ind.unit === "fraction" ? "比例 / share" : ind.unit,
        ind.direction === "higher" ? "越高越好 / higher" : "越低越好 / lower",
        toCellNumber(figureValue(ind.weight)),
        citationText(ind.weight, documents),
        benchmarkText(ind, b.benchmark),
        methodText(ind, b.benchmark, documents),
        missingText(ind, documents),
        b.leftOut ? both(b.leftOut) : null,
      ]);
    }
  });
  return {
    kind: "table",
    heading: "指标、权重与基准 / Indicators, weights and benchmarks",
    columns: [
      { header: "组 / Group", kind: "text" },
      { header: "指标 / Indicator", kind: "text", width: 28 },
      { header: "计算 / Formula", kind: "text", width: 22 },
      { header: "单位 / Unit", kind: "text" },
      { header: "方向 / Direction", kind: "text" },
      { header: "权重 / Weight", kind: "decimal" },
      { header: "权重依据 / Weight source", kind: "text", width: 30 },
      { header: "基准值 / Benchmark", kind: "text", width: 18 },
      { header: "计分方法 / Scoring", kind: "text", width: 48 },
      { header: "缺数据 / Missing data", kind: "text", width: 30 },
      { header: "提示 / Note", kind: "text", width: 30 },
    ],
    rows,
  };
}

function adjustmentText(a: SchemeAdjustment, documents: SchemeDocuments): string {
  const p = a.points;
  const pts = "each" in p ? `每户/项 ${figureValue(p.each).toFixed()} 分（${citationText(p.each, documents)}）` : `第 1 户/项 ${figureValue(p.first).toFixed()} 分，其后每增加 1 户/项 ${figureValue(p.eachFurther).toFixed()} 分（${citationText(p.eachFurther, documents)}）`;
  const cap = "none" in a.cap ? `不设上限（${citationText(a.cap.cite, documents)}）` : `上限 ${figureValue(a.cap).toFixed()} 分（${citationText(a.cap, documents)}）`;
  return `${a.kind === "bonus" ? "加分" : "扣分"}：${pts}；${cap}`;
}

function groupLines(g: GroupResult): SheetLine[] {
  const c = g.counts;
  const counted = g.base - g.ranked;
  const quota =
    g.list.bands.kind === "shares"
      ? `N = ${g.base}${counted > 0 ? `（含不参与排名但计入基数的 ${counted} 家）` : ""}：${g.quotas.map(quotaText).join("；")}；其余为 ${g.list.bands.rest}；名次并列者同档 / ties share a tier`
      : `分数线 / score lines：${g.list.bands.lines.map((l) => `${l.tier} ${l.inclusive ? "≥" : ">"} ${figureValue(l.min).toFixed()}`).join("；")}；其余为 ${g.list.bands.rest}`;
  const t = g.tiers;
  return [
    { label: `${groupName(g)}：企业 / firms`, value: `名单内 ${g.listed} 家 = 参与排名 ${c.ranked} + 直接列档 ${c.forced} + 不参评类别 ${c.class} + 未评分 ${c.unscored} + 未评价 ${c.notEvaluated}` },
    { label: `${groupName(g)}：分档名额 / quotas`, value: quota },
    { label: `${groupName(g)}：分档结果 / tiers`, value: `A ${t.A} · B ${t.B} · C ${t.C} · D ${t.D}（参与排名者 / ranked firms）` },
  ];
}

/** A firm line: group, rank, tier, firm, code, row, then value and points per indicator, adjustments, total, status, reason. */
function firmColumns(list: SchemeList, vetoes: boolean): ProductColumn[] {
  const cols: ProductColumn[] = [
    { header: "组 / Group", kind: "text" },
    { header: "组内排名 / Rank", kind: "integer" },
    { header: "档次 / Tier", kind: "text" },
    { header: "企业 / Enterprise", kind: "text", width: 30 },
    { header: "信用代码 / Credit code", kind: "text", width: 22 },
    { header: "源行 / Row", kind: "integer" },
  ];
  for (const ind of list.indicators) {
    cols.push({ header: `${ind.label.zh}（${ind.unit === "fraction" ? "%" : ind.unit}）`, kind: ind.unit === "fraction" ? "percent" : "decimal" });
    cols.push({ header: `${ind.label.zh}得分`, kind: "score" });
  }
  for (const a of list.adjustments) cols.push({ header: `${a.label.zh}：${fieldName(a.field)}`, kind: "general" }, { header: `${a.label.zh}分值`, kind: "score" });
  if (vetoes) cols.push({ header: "一票否决 / Veto", kind: "text", width: 20 });
  cols.push({ header: "综合得分 / Total", kind: "score" }, { header: "状态 / Status", kind: "text" }, { header: "说明 / Reason", kind: "text", width: 60 });
  return cols;
}

function firmLine(list: SchemeList, f: FirmResult, table: EnterpriseTable, i: number, groupLabel: string, vetoFields: readonly string[]): OutCell[] {
  const t = table.rows[i]!;
  const line: OutCell[] = [groupLabel, f.rank, f.tier, t.values.enterprise ?? null, t.values.credit_code ?? null, t.row];
  list.indicators.forEach((_, k) => {
    const x = f.indicators[k];
    line.push(cell(x?.value), cell(x?.points));
  });
  list.adjustments.forEach((_, k) => {
    const a = f.adjustments[k];
    line.push(a?.count ? toCellNumber(a.count) : null, cell(a?.points));
  });
  if (vetoFields.length > 0) line.push(vetoFields.map((v) => (table.rows[i]!.values as Record<string, unknown>)[v]).filter((x) => typeof x === "string" && x.trim() !== "").join("、") || null);
  line.push(cell(f.total), both(STATUS_WORDS[f.status]), f.reason ? both(f.reason) : null);
  return line;
}

/** Rows of a group in sheet order: ranked by rank (tier, then source row, for ties), then forced, class, unscored, not evaluated. */
function orderOf(firms: readonly FirmResult[], indices: number[], table: EnterpriseTable): number[] {
  return indices.sort((a, b) => {
    const [x, y] = [firms[a]!, firms[b]!];
    return STATUS_ORDER[x.status] - STATUS_ORDER[y.status] || (x.rank ?? 0) - (y.rank ?? 0) || TIER_ORDER[x.tier ?? "D"] - TIER_ORDER[y.tier ?? "D"] || table.rows[a]!.row - table.rows[b]!.row;
  });
}

function listSection(list: SchemeList, result: SchemeResult, table: EnterpriseTable, documents: SchemeDocuments, primary: boolean): SectionBlock {
  const groups = result.groups.filter((g) => g.list === list);
  const vetoFields = result.scheme.vetoes.map((v) => v.field);
  const blocks: (LinesBlock | TableBlock)[] = [{ kind: "lines", lines: groups.flatMap(groupLines) }, indicatorTable(groups, documents)];
  if (list.adjustments.length > 0)
    blocks.push({
      kind: "table",
      heading: "加减分 / Adjustments",
      columns: [
        { header: "项目 / Item", kind: "text", width: 24 },
        { header: "字段 / Column", kind: "text" },
        { header: "规则 / Rule", kind: "text", width: 70 },
      ],
      rows: list.adjustments.map((a) => [`${a.label.zh} / ${a.label.en}`, fieldName(a.field), adjustmentText(a, documents)]),
    });
  const rows: OutCell[][] = [];
  for (const g of groups) {
    const ids = result.firms.flatMap((f, i) => (f.list === list.id && f.group === (g.group?.id ?? null) ? [i] : []));
    for (const i of orderOf(result.firms, ids, table)) rows.push(firmLine(list, result.firms[i]!, table, i, groupName(g), vetoFields));
  }
  blocks.push({ kind: "table", heading: "企业得分与档次 / Firms: points, totals and tiers", columns: firmColumns(list, vetoFields.length > 0), rows, ...(primary ? { primary: true } : {}) });
  const select = list.select.map((c) => ("oneOf" in c ? `${fieldName(c.field)}为 ${c.oneOf[0]}${c.oneOf.length > 1 ? " 等" : ""}` : "is" in c ? `${fieldName(c.field)}${c.is === "blank" ? "为空" : "非空"}` : conditionText(c))).join("，");
  return { kind: "section", heading: `${list.label.zh} / ${list.label.en}${select ? `（${select}）` : ""}${list.groupBy ? `：按${fieldName(list.groupBy.field)}分组排名 / ranked within groups` : ""}`, blocks };
}

function conditionText(c: Extract<SchemeList["select"][number], { atLeast?: unknown }>): string {
  const parts: string[] = [];
  if (c.atLeast) parts.push(`≥ ${figureValue(c.atLeast).toFixed()}`);
  if (c.atMost) parts.push(`≤ ${figureValue(c.atMost).toFixed()}`);
  if (c.above) parts.push(`> ${figureValue(c.above).toFixed()}`);
  if (c.below) parts.push(`< ${figureValue(c.below).toFixed()}`);
  return `${fieldName(c.field)} ${parts.join(" 且 ")}`;
}

/** The scheme's assumed figures: how many, and each distinct reason (as the analyst reads it) with how many figures it covers. */
function assumedFigures(scheme: Scheme): { count: number; reasons: Map<string, number> } {
  let count = 0;
  const reasons = new Map<string, number>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x === null || typeof x !== "object") return;
    const figure = x as { basis?: string; reason?: FreeText };
    if (figure.basis === "assumed") {
      count++;
      if (figure.reason) {
        const line = reasonLine(figure.reason);
        reasons.set(line, (reasons.get(line) ?? 0) + 1);
      }
    }
    Object.values(x).forEach(walk);
  };
  walk(scheme);
  return { count, reasons };
}

/** The header block: the profile's document lines, then the scheme, its year and source, and the population. */
function headerLines(ctx: Context, applied: ProfileScheme, result: SchemeResult, table: EnterpriseTable, version: string, absent: readonly FieldId[]): SheetLine[] {
  const s = applied.scheme;
  const doc = applied.documents[s.source];
  const lines: SheetLine[] = [...documentLines(ctx, version)];
  lines.push({ label: "评价方案 / Scheme", value: `${s.title.zh} / ${s.title.en}${applied.kind === "default" ? "（按本配置的分档规则 / the profile's tier rule）" : ""}` });
  lines.push({ label: "评价年度 / Evaluation year", value: applied.year });
  if (doc) lines.push({ label: "方案依据 / Scheme source", value: `${doc.title}（${doc.issuer}${doc.published ? `，${doc.published}` : ""}）` }); // the note is for maintainers (it names files)
  const assumed = assumedFigures(s);
  if (assumed.count > 0) {
    lines.push({ label: "⚠ 假定取值 / Assumed values", value: `本方案有 ${assumed.count} 项取值为假定（标注“假定 / assumed”，理由如下） / ${assumed.count} value(s) of this scheme are assumed (marked, reasons below)`, warning: true });
    // Each reason once, Chinese first (policies/citations.ts), with how many figures it covers.
    for (const [reason, n] of assumed.reasons) lines.push({ label: "假定理由 / Why assumed", value: `${reason}（${n} 项 / ${n} value(s)）` });
  }
  lines.push({ label: "企业数 / Enterprises", value: table.rows.length });
  const byList = s.lists.map((l) => `${l.label.zh} ${result.firms.filter((f) => f.list === l.id).length}`).join("；");
  lines.push({ label: "名单 / Lists", value: `${byList}；未列入任何名单或不在评价范围 / in no list or out of scope ${result.unlisted}` });
  for (const f of absent) lines.push({ label: "⚠ 缺列 / Column absent", value: `表中没有“${fieldName(f)}”列，按无此项处理 / no ${fieldSpec(f as FieldId).label.en} column: taken as none`, warning: true });
  if (table.issues.length > 0)
    lines.push({ label: "数据问题 / Input findings", value: `${table.issues.length} 个单元格无法读取，按缺数据处理（详见 landrules check） / ${table.issues.length} unreadable cell(s) treated as missing (see landrules check)` });
  return lines;
}

/** The scheme's tier sheet as the shared sheet description (the CLI and the add-in write it alike). */
export function schemeProductSheet(ctx: Context, applied: ProfileScheme, result: SchemeResult, table: EnterpriseTable, version: string): ProductSheet {
  const absent = schemeFields(applied.scheme).optional.filter((f) => table.mapping.columns[f] === undefined);
  const blocks: (LinesBlock | SectionBlock | TableBlock)[] = [{ kind: "lines", lines: headerLines(ctx, applied, result, table, version, absent) }];
  const single = applied.scheme.lists.length === 1;
  for (const list of applied.scheme.lists) blocks.push(listSection(list, result, table, applied.documents, single));
  const unlisted = result.firms.flatMap((f, i) => (f.list === null || (f.status === "notEvaluated" && f.group === null && applied.scheme.lists.find((l) => l.id === f.list)?.groupBy) ? [i] : []));
  if (unlisted.length > 0)
    blocks.push({
      kind: "table",
      heading: "未列入评价 / Not evaluated",
      columns: [
        { header: "企业 / Enterprise", kind: "text", width: 30 },
        { header: "信用代码 / Credit code", kind: "text", width: 22 },
        { header: "源行 / Row", kind: "integer" },
        { header: "说明 / Reason", kind: "text", width: 80 },
      ],
      rows: unlisted.map((i) => {
        const t = table.rows[i]!;
        return [t.values.enterprise ?? null, t.values.credit_code ?? null, t.row, result.firms[i]!.reason ? both(result.firms[i]!.reason!) : null];
      }),
    });
  return { name: sheetName(`亩均评价${applied.year}`, ctx.profile.id), title: `亩均效益综合评价 ${applied.year} 年度 / Per-mu performance evaluation ${applied.year}`, blocks };
}

/** What a scheme job reports: per list and group, the counts (the CLI prints them; the pane shows them). */
export function schemeSummaryLines(applied: ProfileScheme, result: SchemeResult): string[] {
  const lines = [`评价方案 / scheme: ${applied.scheme.title.zh}；评价年度 / evaluation year ${applied.year}`];
  for (const g of result.groups) {
    if (g.listed === 0) continue;
    const t = g.tiers;
    const q = g.quotas.map((x) => `${x.tier} ${x.from === "top" ? "前" : "后"} ${x.count}`).join(", ");
    lines.push(`${g.list.label.zh}${g.group ? ` · ${g.group.label.zh}` : ""}：${g.listed} 家，排名 ${g.ranked}，N = ${g.base}${q ? `（${q}）` : ""}；A ${t.A} · B ${t.B} · C ${t.C} · D ${t.D}；直接列档 ${g.counts.forced} · 类别 ${g.counts.class} · 未评分 ${g.counts.unscored} · 未评价 ${g.counts.notEvaluated}`);
  }
  if (result.unlisted > 0) lines.push(`未列入评价 / not evaluated (no list, group or scope): ${result.unlisted}`);
  return lines;
}

/** The columns a scope rule reads: 增城 一(三)1 needs the size class and the industrial-block flag (and the land area). */
const SCOPE_FIELDS: Readonly<Record<string, readonly FieldId[]>> = { "ZC-SCOPE": ["scale", "inside_block", "area_mu"] };

/** Whether a tier job goes through the profile's evaluation scheme: it has schemes of its own, or a year was asked for. */
export function jobUsesScheme(profile: Context["profile"], year?: number | string): boolean {
  return year !== undefined || (evaluationData(profile)?.schemes.length ?? 0) > 0;
}

export interface SchemeTierJob {
  applied: ProfileScheme;
  result: SchemeResult;
  sheet: ProductSheet;
  summary: string[];
  /** A + B + C + D + unscored = enterprises; forced is the part given its tier directly (veto, data status, missing data). */
  counts: Record<Tier | "forced" | "unscored", number>;
}

/** A table's columns are short of what a job needs: the fields missing, for the surface to report (CLI exit 2, the pane's message). */
export class MissingColumns extends Error {
  constructor(
    readonly fields: FieldId[],
    readonly purpose: Bilingual,
  ) {
    super(`missing columns for ${purpose.en}: ${fields.join(", ")}`);
    this.name = "MissingColumns";
  }
}

/**
 * The tier job of a scheme, as the CLI and the add-in both run it: the year's scheme, the
 * columns it needs (the list, group and scope columns; the indicators' of the lists that take
 * firms), the evaluation, the sheet and the summary lines.
 */
export function schemeTierJob(ctx: Context, table: EnterpriseTable, year: number, version: string): SchemeTierJob {
  const applied = profileScheme(ctx, year);
  const scopeRule = evaluationData(ctx.profile)?.scope?.rule;
  const purpose = { zh: `${year} 年度评价方案${scopeRule ? "及评价范围" : ""}`, en: `the ${year} evaluation scheme${scopeRule ? " and its scope" : ""}` };
  const missing = (fields: readonly FieldId[]) => [...new Set(fields)].filter((f) => table.mapping.columns[f] === undefined);
  const first = missing([...schemeFields(applied.scheme, new Set()).required, ...(scopeRule ? (SCOPE_FIELDS[scopeRule] ?? []) : [])]);
  if (first.length > 0) throw new MissingColumns(first, purpose);
  const result = evaluateScheme(applied.scheme, schemeRows(table), { documents: applied.documents, ...(applied.scope ? { scope: applied.scope } : {}) });
  const second = missing(schemeFields(applied.scheme, listsInUse(result)).required);
  if (second.length > 0) throw new MissingColumns(second, purpose);
  const counts = { A: 0, B: 0, C: 0, D: 0, forced: 0, unscored: 0 };
  for (const f of result.firms) {
    if (f.tier) counts[f.tier]++;
    else counts.unscored++;
    if (f.status === "forced") counts.forced++;
  }
  return { applied, result, sheet: schemeProductSheet(ctx, applied, result, table, version), summary: schemeSummaryLines(applied, result), counts };
}
