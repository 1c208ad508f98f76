import { bilingualText, shownCitation } from "../citations";
import { documentOn, paramOn } from "../registry";
import { toCellNumber } from "../engine/decimal";
import { documentStatus, ruleByConcept, type Context, type RuleResult } from "../engine/evaluation";
import { INDICATORS } from "../rules/indicators";
import { tierSheet, type EnterpriseRow, type Tier, type TierSheet } from "../rules/tiers";
import { tierSheetOfColumns, type TierColumns } from "../rules/tiers-fast";
import { TIER_QUOTAS } from "../catalogue/concepts";
import { both, documentLines, sheetName, type OutCell } from "./layout";
import { linesTable, type ProductColumn, type ProductSheet, type SheetLine, type TableBlock, type TableLines } from "./product-sheet";
import type { PopulationFacts } from "./sheet-checks";
import { rowIndexOf, rowNumbersOf, type EnterpriseTable, type TableRow } from "./table";
import type { FieldId } from "./vocabulary";
import { evaluationData } from "../schemes";
import { schemeFields } from "./scheme-sheet";


/** The table fields the profile's weighted indicators are made of (plus the enterprise name). */
export function scoringFields(ctx: Context): FieldId[] {
  // A profile with evaluation schemes (黄岩, 温岭, …) reads what its schemes read (the list, group and indicator columns).
  const schemes = evaluationData(ctx.profile)?.schemes ?? [];
  if (schemes.length > 0) return [...new Set(schemes.flatMap((s) => schemeFields(s).required))];
  const rule = ruleByConcept(ctx.profile, TIER_QUOTAS);
  const fields = new Set<FieldId>(["enterprise"]);
  for (const name of Object.keys(rule.params)) {
    const spec = INDICATORS[name.slice("weights.".length) as keyof typeof INDICATORS];
    if (!name.startsWith("weights.") || !spec) continue;
    fields.add(spec.numerator);
    if (spec.denominator) fields.add(spec.denominator);
  }
  return [...fields];
}

/** A table row as the engine reads it: blank or unreadable cells are null (missing), never 0. */
/** Whether the profile ranks tiers and the table has every column its indicators need. */
export function canRank(ctx: Context, table: EnterpriseTable): boolean {
  if (!ctx.profile.concepts.has(TIER_QUOTAS.id)) return false;
  return scoringFields(ctx).every((f) => table.mapping.columns[f] !== undefined);
}

function engineRow(row: TableRow): EnterpriseRow {
  // The row's values are the fields (a blank is undefined, which the engine reads as missing); a table's rows make each decimal when read.
  return { fields: row.values, status: row.values.data_status ?? "ok" };
}

export interface RankedTable {
  table: EnterpriseTable;
  result: RuleResult<TierSheet>;
  /** result.result.rows[i] belongs to table.rows[i]. */
  facts: PopulationFacts;
}

/** The table as the tier path reads it: its number columns as doubles, rows made exact when asked. */
function columnsOf(table: EnterpriseTable): TierColumns | null {
  const numbers = table.numbers;
  if (!numbers) return null;
  return {
    length: table.rows.length,
    column: (field) => numbers.column(field),
    text: (field, i) => numbers.exactText(field, i),
    status: (i) => table.rows[i]!.values.data_status ?? "ok",
    row: (i) => engineRow(table.rows[i]!),
  };
}

/** Scores and ranks every row of the table with the profile's indicators, weights and quotas. */
export function rankTable(ctx: Context, table: EnterpriseTable): RankedTable {
  const columns = columnsOf(table);
  const result = columns ? tierSheetOfColumns(ctx, columns) : tierSheet(ctx, table.rows.map(engineRow));
  // The facts keep one byte per row, not the sheet: a check holds them while the ranking is garbage.
  const rowNumbers = rowNumbersOf(table);
  const tiers = Uint8Array.from(result.value.rows, (r) => (r.tier === null ? 0 : TIER_ORDER[r.tier] + 1));
  const tierOf = (row: TableRow): Tier | null => {
    const code = tiers[rowIndexOf(rowNumbers, row.row)] ?? 0;
    return code === 0 ? null : TIERS[code - 1]!;
  };
  return { table, result, facts: { tierOf } };
}

const TIER_ORDER: Record<Tier, number> = { A: 0, B: 1, C: 2, D: 3 };
const TIERS: readonly Tier[] = ["A", "B", "C", "D"];

/** The tier counts of a ranked table, for summaries: { A, B, C, D, forced, unscored }. */
export function tierCounts(sheet: TierSheet): Record<Tier | "forced" | "unscored", number> {
  const out = { A: 0, B: 0, C: 0, D: 0, forced: 0, unscored: 0 };
  for (const r of sheet.rows) {
    if (r.tier) out[r.tier]++;
    else out.unscored++;
    if (r.forcedReason) out.forced++;
  }
  return out;
}

function countsLine(sheet: TierSheet): string {
  const n = tierCounts(sheet);
  return `A ${n.A} · B ${n.B} · C ${n.C} · D ${n.D}（其中直接划入 D 档 / forced D: ${n.forced}）· 未评分 / unscored ${n.unscored}`;
}

function quotaLine(ctx: Context, sheet: TierSheet): string {
  const rule = ruleByConcept(ctx.profile, TIER_QUOTAS);
  // The share in force on the as-of date (a dated value's latest may not be).
  const share = (name: string) => String((rule.params[name] && paramOn(rule.params[name], ctx.asOf)?.param.value) ?? "—");
  const q = sheet.quotas;
  return `N = ${q.n}：A ≤ ${q.aMax}（${share("aShare")}·N），D ≤ ${q.dMax}（${share("dShare")}·N），B 至第 ${q.bMax} 名（${share("bLine")}·N）；名次并列者同档 / ties share a tier（${both(shownCitation(documentOn(rule.document, ctx.asOf), rule.clause))}）`;
}

function reasonOf(r: TierSheet["rows"][number]): string | null {
  if (r.forcedReason) return both(bilingualText(r.forcedReason));
  if (r.tier !== null) return null;
  return r.notes.map((n) => bilingualText(n.message).zh).join("；") || null;
}

// Up to Excel's 1,048,576 rows: a row's index fits in 21 bits of a sort key.
const INDEX_BITS = 2 ** 21;

/**
 * Sheet order of the table's rows: ranked rows by rank (ties by tier, then source row), then
 * forced D, then unscored, each by source row. Rows are in source order, so one number per row,
 * (group, rank, tier, index) in that order of weight (< 2⁵³), sorts natively with no comparator.
 */
function sheetOrder(sheet: TierSheet): Uint32Array {
  const n = sheet.rows.length;
  if (n >= INDEX_BITS) throw new Error(`tier sheet of ${n} rows: more than a worksheet holds`);
  const keys = new Float64Array(n);
  sheet.rows.forEach((r, i) => {
    const group = r.forcedReason ? 1 : r.rank === null ? 2 : 0;
    keys[i] = ((group * (n + 1) + (r.rank ?? 0)) * 4 + TIER_ORDER[r.tier ?? "D"]) * INDEX_BITS + i;
  });
  keys.sort();
  return Uint32Array.from(keys, (k) => k % INDEX_BITS);
}

/** The header block of the tier sheet: document, population, quotas, counts, method, warnings. */
function tierHeaderLines(ctx: Context, ranked: RankedTable, version: string): SheetLine[] {
  const sheet = ranked.result.value;
  const lines: SheetLine[] = [...documentLines(ctx, version)];
  lines.push({ label: "企业数 / Enterprises", value: ranked.table.rows.length });
  lines.push({ label: "分档名额 / Quotas applied", value: quotaLine(ctx, sheet) });
  lines.push({ label: "分档结果 / Tiers given", value: countsLine(sheet) });
  lines.push({ label: "评分方法 / Scoring", value: `Σ 权重 × 指标 ÷ 基准值；基准值 = ${sheet.method === "mean" ? "全体均值 / population mean" : "总量之比 / aggregate ratio"}` });
  if (ranked.table.issues.length > 0)
    lines.push({ label: "数据问题 / Input findings", value: `${ranked.table.issues.length} 个单元格无法读取，按缺数据处理（详见 landrules check） / ${ranked.table.issues.length} unreadable cell(s) treated as missing (see landrules check)` });
  // The document's own standing is already in the block above; other warnings (a derived profile, an included rule's document) follow.
  const own = documentStatus(ctx.profile.document, ctx.asOf).warning;
  for (const n of ranked.result.trace.warnings.filter((w) => w.zh !== own?.zh)) lines.push({ label: "⚠ 提示 / Warning", value: both(bilingualText(n)), warning: true });
  for (const n of sheet.notes) lines.push({ label: "⚠ 指标 / Indicator", value: both(bilingualText(n.message)), warning: true });
  return lines;
}

/** The indicators with their weights and benchmarks. */
function indicatorTable(sheet: TierSheet): TableBlock {
  return {
    kind: "table",
    columns: [
      { header: "指标 / Indicator", kind: "text" },
      { header: "权重 / Weight", kind: "decimal" },
      { header: "基准值 / Benchmark", kind: "decimal" },
      { header: "单位 / Unit", kind: "text" },
    ],
    rows: sheet.indicators.map((ind) => [`${ind.label.zh} / ${ind.label.en}`, toCellNumber(ind.weight), ind.benchmarkCell ?? "—", ind.unit]),
  };
}

/** The tier table's columns: rank, tier, firm, code, source row, each indicator, score, reason. */
export function tierColumns(sheet: TierSheet): ProductColumn[] {
  return [
    { header: "排名 / Rank", kind: "integer" },
    { header: "档次 / Tier", kind: "text" },
    { header: "企业 / Enterprise", kind: "text", width: 30 },
    { header: "信用代码 / Credit code", kind: "text", width: 22 },
    { header: "源行 / Row", kind: "integer" },
    ...sheet.indicators.map((i): ProductColumn => ({ header: `${i.label.zh}（${i.unit === "fraction" ? "%" : i.unit}）`, kind: i.unit === "fraction" ? "percent" : "decimal" })),
    { header: "综合得分 / Score", kind: "score" },
    { header: "说明 / Reason", kind: "text", width: 48 },
  ];
}

/** One line per enterprise in rank order (forced D, then unscored, last), each made when the sheet is walked. */
function tierLines(ranked: RankedTable): TableLines {
  const sheet = ranked.result.value;
  const order = sheetOrder(sheet);
  return {
    count: order.length,
    at(j: number): OutCell[] {
      const i = order[j]!;
      const r = sheet.rows[i]!;
      const t = ranked.table.rows[i]!;
      const line: OutCell[] = [r.rank, r.tier, t.values.enterprise ?? null, t.values.credit_code ?? null, t.row];
      for (const c of r.indicatorCells) line.push(c);
      line.push(r.scoreCell, reasonOf(r));
      return line;
    },
  };
}

/**
 * The ranked tier sheet of WORKBOOK.md: header block (profile, document and its standing,
 * date, population, quotas applied, version), the indicators with weights and benchmarks, then
 * one line per enterprise in rank order — forced D and unscored rows last.
 */
export function tierProductSheet(ctx: Context, ranked: RankedTable, version: string): ProductSheet {
  const sheet = ranked.result.value;
  return {
    name: sheetName("亩均评价", ctx.profile.id),
    title: "亩均效益评价分档 / Per-mu performance tiers",
    blocks: [
      { kind: "lines", lines: tierHeaderLines(ctx, ranked, version) },
      indicatorTable(sheet),
      linesTable({ kind: "table", columns: tierColumns(sheet), primary: true }, tierLines(ranked)),
    ],
  };
}

/** The summary lines a tier job reports (the CLI prints them; the pane shows them). The counts add up to the enterprises. */
export function tierSummaryLines(ranked: RankedTable): string[] {
  const n = tierCounts(ranked.result.value);
  const q = ranked.result.value.quotas;
  const lines = [
    `企业 / enterprises ${ranked.table.rows.length} = A ${n.A} + B ${n.B} + C ${n.C} + D ${n.D} + 未评分 / unscored ${n.unscored}`,
    `参与排名 / ranked ${q.n}；名额 / quotas A ≤ ${q.aMax}, D ≤ ${q.dMax}, B ≤ ${q.bMax}；直接划入 D / forced D ${n.forced}`,
  ];
  if (ranked.table.issues.length > 0) lines.push(`数据问题 / input findings: ${ranked.table.issues.length}（按缺数据处理 / treated as missing; 详见 / see landrules check）`);
  return lines;
}
