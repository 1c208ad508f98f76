import { analystLine, bilingualText, citationLine, fieldShown } from "../citations";
import type { Finding } from "../engine/checks";
import { dec, toCellNumber } from "../engine/decimal";
import { RuleError } from "../engine/errors";
import { documentStatus, type Context, type DocumentStatus } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import { both, documentLines, sheetName, type OutCell } from "./layout";
import { cellMarks, type CellMark, type ProductColumn, type ProductSheet } from "./product-sheet";
import { ruleCitation, SHEET_CHECKS, type PopulationFacts, type SheetCheck } from "./sheet-checks";
import { rowIndexOf, rowNumbersOf, type EnterpriseTable, type TableRow } from "./table";
import { fieldSpec, type FieldId } from "./vocabulary";

/** A finding placed in the workbook: which row, which column, which enterprise. */
export interface ReportFinding extends Finding {
  check: string;
  row: number;
  column: string;
  enterprise: string;
  creditCode: string;
}

export interface CheckCoverage {
  check: SheetCheck;
  /** The profile's rule the check applied, or null when the profile has none of its rules. */
  rule: string | null;
  ran: boolean;
  why: Bilingual | null;
}

export interface RuleCount {
  rule: string;
  citation: string;
  violations: number;
  notices: number;
}

export interface CheckReport {
  profileId: string;
  asOf: string;
  status: DocumentStatus;
  /** The checks the profile has, run or not (and why not). */
  coverage: CheckCoverage[];
  findings: ReportFinding[];
  rowsChecked: number;
  rowsPassing: number;
  byRule: RuleCount[];
}

/** Cells the table could not read: findings of the input contract (WORKBOOK.md; shown as 表格格式), not of a rule. */
export const INPUT_RULE = "INPUT";

function inputFindings(table: EnterpriseTable): ReportFinding[] {
  const rowNumbers = rowNumbersOf(table);
  const codeOf = (sheetRow: number) => table.rows[rowIndexOf(rowNumbers, sheetRow)]?.values.credit_code ?? "";
  return table.issues.map((i) => ({
    rule: INPUT_RULE,
    citation: "WORKBOOK.md 输入：企业数据表",
    field: i.field,
    value: i.value,
    threshold: fieldSpec(i.field).unit ? `数值（${fieldSpec(i.field).unit}）` : fieldSpec(i.field).label.zh,
    severity: "violation",
    message: { zh: `${fieldSpec(i.field).label.zh}：${i.message.zh}`, en: `${fieldSpec(i.field).label.en}: ${i.message.en}` },
    check: INPUT_RULE,
    row: i.row,
    column: i.column,
    enterprise: i.enterprise,
    creditCode: codeOf(i.row),
  }));
}

function coverageOf(ctx: Context, table: EnterpriseTable, population: PopulationFacts | null): CheckCoverage[] {
  return SHEET_CHECKS.flatMap((check): CheckCoverage[] => {
    const rule = check.rules.find((id) => ctx.profile.rules.has(id)) ?? null;
    if (rule === null) return [];
    const missing = check.needs.filter((f) => !table.mapping.columns[f]);
    if (missing.length > 0) {
      const zh = missing.map((f) => fieldSpec(f).label.zh).join("、");
      const en = missing.map((f) => fieldSpec(f).label.en).join(", ");
      return [{ check, rule, ran: false, why: { zh: `表中没有以下列：${zh}`, en: `the table has no column for: ${en}` } }];
    }
    if (check.needsTiers && population === null)
      return [{ check, rule, ran: false, why: { zh: "表中指标列不足，无法评分分档", en: "the table lacks the indicator columns needed to score and rank" } }];
    return [{ check, rule, ran: true, why: null }];
  });
}

function countByRule(findings: readonly ReportFinding[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const f of findings) {
    const c = counts.get(f.rule) ?? { rule: f.rule, citation: f.citation, violations: 0, notices: 0 };
    if (f.severity === "violation") c.violations++;
    else c.notices++;
    counts.set(f.rule, c);
  }
  return [...counts.values()];
}

// Findings name derived quantities; the column marked is the one they come from.
const SOURCE_COLUMN: Record<string, FieldId> = {
  tax_per_mu: "tax",
  output_per_mu: "output",
  investment_per_mu: "investment",
  rd_floor_share: "rd_floor_m2",
  industrial_floor_share: "industrial_floor_m2",
  watch_list: "watch_listed",
  tier: "enterprise",
  requirement: "agreed_output",
};

function columnOf(table: EnterpriseTable, check: SheetCheck, field: string): string {
  const id = (SOURCE_COLUMN[field] ?? field) as FieldId;
  return (table.mapping.columns[id] ?? table.mapping.columns[check.needs[0]!])?.letter ?? "";
}

function place(check: SheetCheck, table: EnterpriseTable, row: TableRow, f: Finding): ReportFinding {
  return { ...f, check: check.id, row: row.row, column: columnOf(table, check, f.field), enterprise: row.values.enterprise ?? "", creditCode: row.values.credit_code ?? "" };
}

/** A row in scope whose required figures are blank or unreadable: it cannot be confirmed either way. */
function gapFinding(ctx: Context, rule: string, row: TableRow, gaps: readonly FieldId[]): Finding {
  const r = ctx.profile.rules.get(rule)!;
  return {
    rule,
    citation: ruleCitation(ctx, rule),
    field: gaps[0]!,
    value: gaps.map((f) => row.shown(f) ?? "").join(" / "),
    threshold: "无法核对 / cannot be checked",
    severity: "notice",
    message: { zh: `缺少${gaps.map((f) => fieldSpec(f).label.zh).join("、")}，无法核对${r.title.zh}`, en: `${gaps.map((f) => fieldSpec(f).label.en).join(", ")} missing; ${r.title.en} cannot be checked` },
  };
}

/**
 * A row the rule's function rejects (an input it cannot take, e.g. a share above 100% or an
 * agreement type it does not know) gets a finding naming the argument, never a crash.
 */
function rejectedFinding(ctx: Context, rule: string, e: RuleError): Finding {
  return {
    rule,
    citation: ruleCitation(ctx, rule),
    field: e.argument ?? "",
    value: "",
    threshold: "无法核对 / cannot be checked",
    severity: e.kind === "num" ? "violation" : "notice",
    message: { zh: `无法核对：${e.argument ? e.argument + "：" : ""}${e.zh}`, en: `cannot be checked: ${e.argument ? e.argument + ": " : ""}${e.en}` },
  };
}

function runOnRow(ctx: Context, coverage: CheckCoverage, row: TableRow, facts: PopulationFacts): Finding[] {
  const { check, rule } = coverage;
  if (!check.inScope(row, facts)) return [];
  const gaps = check.required.filter((f) => row.values[f] === undefined);
  if (gaps.length > 0) return [gapFinding(ctx, rule!, row, gaps)];
  try {
    return check.run(ctx, row, facts);
  } catch (e) {
    if (e instanceof RuleError) return [rejectedFinding(ctx, rule!, e)];
    throw e;
  }
}

/**
 * The check report of WORKBOOK.md: every sheet check the profile has and the table's columns
 * allow, on every row; plus every unreadable cell. Findings are in row order.
 */
export function buildCheckReport(ctx: Context, table: EnterpriseTable, population: PopulationFacts | null, onProgress?: (rowsDone: number) => void): CheckReport {
  const coverage = coverageOf(ctx, table, population);
  const running = coverage.filter((c) => c.ran);
  const facts: PopulationFacts = population ?? { tierOf: () => null };
  const findings: ReportFinding[] = inputFindings(table);
  table.rows.forEach((row, i) => {
    for (const c of running) for (const f of runOnRow(ctx, c, row, facts)) findings.push(place(c.check, table, row, f));
    onProgress?.(i + 1);
  });
  findings.sort((a, b) => a.row - b.row);
  const flagged = new Set(findings.map((f) => f.row));
  let passing = 0;
  for (const r of table.rows) if (!flagged.has(r.row)) passing++;
  return {
    profileId: ctx.profile.id,
    asOf: ctx.asOf,
    status: documentStatus(ctx.profile.document, ctx.asOf),
    coverage,
    findings,
    rowsChecked: table.rows.length,
    rowsPassing: passing,
    byRule: countByRule(findings),
  };
}

const SEVERITY: Record<Finding["severity"], string> = { violation: "违规 / violation", notice: "提示 / notice" };

export const CHECK_COLUMNS: readonly ProductColumn[] = [
  { header: "行 / Row", kind: "integer" },
  { header: "列 / Column", kind: "text" },
  { header: "企业 / Enterprise", kind: "text", width: 28 },
  { header: "信用代码 / Credit code", kind: "text", width: 22 },
  { header: "字段 / Field", kind: "text", width: 14 },
  { header: "取值 / Value", kind: "general", width: 14 },
  { header: "要求 / Threshold", kind: "text", width: 18 },
  { header: "规则 / Rule", kind: "text" },
  { header: "条款 / Clause", kind: "text", width: 34 },
  { header: "类别 / Severity", kind: "text" },
  { header: "说明 / Message", kind: "text", width: 48 },
  { header: "Message (en)", kind: "text", width: 48 },
];

/** A numeric finding value as a number cell (Excel shows it rounded; the cell keeps the nearest double). */
function cellValue(text: string): OutCell {
  return /^-?\d+(\.\d+)?$/.test(text) ? toCellNumber(dec(text)) : text;
}

/** The report: title, document block, summary, findings by rule, coverage, then one line per finding (the frozen, filtered table). */
export function checkProductSheet(ctx: Context, report: CheckReport, version: string): ProductSheet {
  const findings: OutCell[][] = report.findings.map((f) => {
    const message = bilingualText(f.message);
    return [f.row, f.column, f.enterprise, f.creditCode, fieldShown(f.field).zh, cellValue(f.value), analystLine(f.threshold), f.rule, citationLine(f.citation), SEVERITY[f.severity], message.zh, message.en];
  });
  return {
    name: sheetName("核查报告", report.profileId),
    title: "核查报告 / Check report",
    blocks: [
      { kind: "lines", lines: documentLines(ctx, version) },
      {
        kind: "lines",
        heading: "汇总 / Summary",
        lines: [
          { label: "检查行数 / Rows checked", value: report.rowsChecked },
          { label: "通过行数 / Rows passing", value: report.rowsPassing },
          { label: "问题条数 / Findings", value: report.findings.length },
        ],
      },
      {
        kind: "table",
        columns: [
          { header: "规则 / Rule", kind: "text" },
          { header: "条款 / Clause", kind: "text" },
          { header: "违规 / Violations", kind: "integer" },
          { header: "提示 / Notices", kind: "integer" },
        ],
        rows: report.byRule.length > 0 ? report.byRule.map((c) => [c.rule, citationLine(c.citation), c.violations, c.notices]) : [["（无 / none）"]],
      },
      {
        kind: "table",
        columns: [
          { header: "检查项 / Check", kind: "text" },
          { header: "规则 / Rule", kind: "text" },
          { header: "已运行 / Ran", kind: "text" },
          { header: "说明 / Note", kind: "text" },
        ],
        rows: report.coverage.map((c) => [`${c.check.id} ${c.check.title.zh}`, c.rule, c.ran ? "是 / yes" : "否 / no", c.why ? both(c.why) : null]),
      },
      { kind: "table", columns: CHECK_COLUMNS, rows: findings, primary: true },
    ],
  };
}

/** The marks a check puts on the analyst's sheet: one per offending cell. */
export function checkMarks(report: CheckReport): CellMark[] {
  return cellMarks(report.findings);
}

/** The summary lines a check job reports: rows, findings by rule, checks not run. */
export function checkSummaryLines(report: CheckReport): string[] {
  const lines = [`检查行数 / rows checked ${report.rowsChecked}；通过 / passing ${report.rowsPassing}；问题 / findings ${report.findings.length}`];
  for (const c of report.byRule) lines.push(`  ${c.rule.padEnd(10)} 违规 / violations ${c.violations}，提示 / notices ${c.notices}（${citationLine(c.citation)}）`);
  for (const c of report.coverage.filter((x) => !x.ran)) lines.push(`  未运行 / not run: ${c.check.id} — ${both(bilingualText(c.why!))}`);
  return lines;
}
