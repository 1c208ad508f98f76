import { toCellNumber, type Dec } from "../engine/decimal";
import { documentStatus, type Context, type RuleResult } from "../engine/evaluation";
import { ENTERPRISE_NUMBER_FIELDS, INDICATORS, type EnterpriseNumberField } from "../rules/indicators";
import { tierSheet, TIER_RULES, type EnterpriseRow, type Tier, type TierSheet } from "../rules/tiers";
import { ruleOf } from "../registry";
import { documentBlock, sheetName, SHEET_MARKER, type OutCell, type SheetLayout } from "./layout";
import type { PopulationFacts } from "./sheet-checks";
import type { EnterpriseTable, TableRow } from "./table";
import type { FieldId } from "./vocabulary";

const TOPIC = { zh: "亩均效益分档", en: "tier ranking" };

/** The table fields the profile's weighted indicators are made of (plus the enterprise name). */
export function scoringFields(ctx: Context): FieldId[] {
  const rule = ruleOf(ctx.profile, TIER_RULES, TOPIC);
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
  if (!TIER_RULES.some((id) => ctx.profile.rules.has(id))) return false;
  return scoringFields(ctx).every((f) => table.mapping.columns[f] !== undefined);
}

function engineRow(row: TableRow): EnterpriseRow {
  const fields: Partial<Record<EnterpriseNumberField, Dec | null>> = {};
  for (const f of ENTERPRISE_NUMBER_FIELDS) fields[f] = row.values[f] ?? null;
  return { fields, status: row.values.data_status ?? "ok" };
}

export interface RankedTable {
  table: EnterpriseTable;
  result: RuleResult<TierSheet>;
  /** result.result.rows[i] belongs to table.rows[i]. */
  facts: PopulationFacts;
}

/** Scores and ranks every row of the table with the profile's indicators, weights and quotas. */
export function rankTable(ctx: Context, table: EnterpriseTable): RankedTable {
  const result = tierSheet(ctx, table.rows.map(engineRow));
  const byRow = new Map<number, Tier | null>(table.rows.map((r, i) => [r.row, result.value.rows[i]!.tier]));
  return { table, result, facts: { tierOf: (row) => byRow.get(row.row) ?? null } };
}

const TIER_ORDER: Record<Tier, number> = { A: 0, B: 1, C: 2, D: 3 };

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
  const rule = ruleOf(ctx.profile, TIER_RULES, TOPIC);
  const share = (name: string) => String(rule.params[name]?.value ?? "—");
  const q = sheet.quotas;
  return `N = ${q.n}：A ≤ ${q.aMax}（${share("aShare")}·N），D ≤ ${q.dMax}（${share("dShare")}·N），B 至第 ${q.bMax} 名（${share("bLine")}·N）；名次并列者同档 / ties share a tier (${rule.document.source} ${rule.clause})`;
}

function reasonOf(r: TierSheet["rows"][number]): string | null {
  if (r.forcedReason) return `${r.forcedReason.zh} / ${r.forcedReason.en}`;
  if (r.tier !== null) return null;
  return r.notes.map((n) => n.message.zh).join("；") || null;
}

/**
 * Sheet order of the table's rows: ranked rows by rank (ties by tier, then source row), then
 * forced D, then unscored, each by source row. The order's fields are read once per row into
 * typed arrays, so the sort compares numbers, not objects.
 */
function sheetOrder(sheet: TierSheet, table: EnterpriseTable): Uint32Array {
  const n = sheet.rows.length;
  const group = new Uint8Array(n);
  const rank = new Float64Array(n);
  const tier = new Uint8Array(n);
  const source = new Float64Array(n);
  sheet.rows.forEach((r, i) => {
    group[i] = r.forcedReason ? 1 : r.rank === null ? 2 : 0;
    rank[i] = r.rank ?? 0;
    tier[i] = TIER_ORDER[r.tier ?? "D"];
    source[i] = table.rows[i]!.row;
  });
  return new Uint32Array(n).map((_, i) => i).sort((a, b) => group[a]! - group[b]! || rank[a]! - rank[b]! || tier[a]! - tier[b]! || source[a]! - source[b]!);
}

/**
 * The ranked tier sheet of WORKBOOK.md as cells: header block (profile, document and its
 * standing, date, population, quotas applied, version), the indicators with weights and
 * benchmarks, then one line per enterprise in rank order — forced D and unscored rows last.
 */
export function tierSheetLayout(ctx: Context, ranked: RankedTable, version: string): SheetLayout {
  const sheet = ranked.result.value;
  const rows: OutCell[][] = [[`${SHEET_MARKER}亩均效益评价分档 / Per-mu performance tiers`], ...documentBlock(ctx, version)];
  rows.push(["企业数 / Enterprises", ranked.table.rows.length]);
  rows.push(["分档名额 / Quotas applied", quotaLine(ctx, sheet)]);
  rows.push(["分档结果 / Tiers given", countsLine(sheet)]);
  rows.push(["评分方法 / Scoring", `Σ 权重 × 指标 ÷ 基准值；基准值 = ${sheet.method === "mean" ? "全体均值 / population mean" : "总量之比 / aggregate ratio"}`]);
  if (ranked.table.issues.length > 0)
    rows.push(["数据问题 / Input findings", `${ranked.table.issues.length} 个单元格无法读取，按缺数据处理（详见 landrules check） / ${ranked.table.issues.length} unreadable cell(s) treated as missing (see landrules check)`]);
  // The document's own standing is already in the block above; other warnings (a derived profile, an included rule's document) follow.
  const own = documentStatus(ctx.profile.document, ctx.asOf).warning;
  for (const n of ranked.result.trace.warnings.filter((w) => w.zh !== own?.zh)) rows.push(["⚠ 提示 / Warning", `${n.zh} / ${n.en}`]);
  for (const n of sheet.notes) rows.push(["⚠ 指标 / Indicator", `${n.message.zh} / ${n.message.en}`]);
  rows.push([], ["指标 / Indicator", "权重 / Weight", "基准值 / Benchmark", "单位 / Unit"]);
  for (const ind of sheet.indicators)
    rows.push([`${ind.label.zh} / ${ind.label.en}`, toCellNumber(ind.weight), ind.benchmark ? toCellNumber(ind.benchmark) : "—", ind.unit]);
  rows.push([]);
  const tableHeader = rows.length;
  rows.push(["排名 / Rank", "档次 / Tier", "企业 / Enterprise", "信用代码 / Credit code", "源行 / Row", ...sheet.indicators.map((i) => `${i.label.zh}（${i.unit === "fraction" ? "%" : i.unit}）`), "综合得分 / Score", "说明 / Reason"]);
  for (const i of sheetOrder(sheet, ranked.table)) {
    const [r, t] = [sheet.rows[i]!, ranked.table.rows[i]!];
    const line: OutCell[] = [r.rank, r.tier, t.values.enterprise ?? null, t.values.credit_code ?? null, t.row];
    for (const ind of sheet.indicators) {
      const v = r.indicators[ind.key];
      line.push(v === null || v === undefined ? null : toCellNumber(v));
    }
    line.push(r.scoreCell, reasonOf(r));
    rows.push(line);
  }
  const k = sheet.indicators.length;
  const numberFormats: Record<number, string> = { [5 + k]: "0.000" };
  sheet.indicators.forEach((ind, j) => (numberFormats[5 + j] = ind.unit === "fraction" ? "0.00%" : "#,##0.00"));
  return {
    name: sheetName("亩均评价", ctx.profile.id),
    rows,
    tableHeader,
    columnWidths: [24, 10, 30, 22, 8, ...sheet.indicators.map(() => 16), 14, 48],
    numberFormats,
  };
}
