// What the explain tab shows about the selected cell: for a LAND formula, the function's own
// outcome and trace (the same adapter Excel calls, given the values its arguments read); for a
// line of a tier sheet, that firm's score, indicator by indicator. Nothing is written.
import { ErrorValue, toCellError, type RawArg } from "../functions/cells";
import { FUNCTIONS } from "../functions/descriptors";
import type { FunctionHost } from "../functions/host";
import { evaluate } from "../functions/invoke";
import type { Outcome } from "../functions/outcome";
import type { FunctionSpec } from "../functions/spec";
import { localToday } from "../policies/engine/dates";
import { getActiveProfileId } from "./activeProfile";

const host: FunctionHost = { activeProfile: getActiveProfileId, today: () => localToday() };

export interface SelectedCell {
  sheet: string;
  /** A1 on its sheet. */
  address: string;
  formula: string;
  value: unknown;
  rowIndex: number;
}

/** The top-left cell of the selection, with its formula and value. */
export async function readSelectedCell(context: Excel.RequestContext): Promise<SelectedCell> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.load("address,formulas,values,rowIndex");
  cell.worksheet.load("name");
  await context.sync();
  const formula = cell.formulas[0]?.[0];
  return {
    sheet: cell.worksheet.name,
    address: cell.address.slice(cell.address.lastIndexOf("!") + 1),
    formula: typeof formula === "string" ? formula : "",
    value: cell.values[0]?.[0],
    rowIndex: cell.rowIndex,
  };
}

// ---------------------------------------------------------------------------------------------
// LAND formulas

export interface FormulaCall {
  id: string;
  args: string[];
}

const CALL = /^=\s*(?:LAND\.|_xldudf_LAND_)([A-Z0-9]+)\s*\((.*)\)\s*$/is;

/** Splits an argument list at its top-level commas (quotes, parentheses and array braces respected). */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (args.length > 0 || last !== "") args.push(last);
  return args;
}

/** The LAND call a formula is, when the whole formula is one call (`=LAND.TIER(B2, B$2:B$301)`); null otherwise. */
export function landCall(formula: string): FormulaCall | null {
  const m = CALL.exec(formula.trim());
  if (!m) return null;
  return { id: m[1]!.toUpperCase(), args: splitArguments(m[2]!) };
}

const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([^'!(),]+))!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})$/i;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?%?$/i;

type ArgPlan = { kind: "value"; value: RawArg } | { kind: "range"; sheet: string | null; address: string } | { kind: "expression"; text: string };

function literal(text: string): ArgPlan {
  if (text === "") return { kind: "value", value: null };
  if (/^".*"$/s.test(text)) return { kind: "value", value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "value", value: text.toUpperCase() === "TRUE" };
  if (NUMBER.test(text)) return { kind: "value", value: text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text) };
  if (/^\{.*\}$/s.test(text)) {
    const rows = text.slice(1, -1).split(";").map((r) => splitArguments(r).map((c) => literal(c)));
    if (rows.every((r) => r.every((c) => c.kind === "value"))) return { kind: "value", value: rows.map((r) => r.map((c) => (c as { value: RawArg }).value)) };
  }
  const ref = REFERENCE.exec(text);
  if (ref) return { kind: "range", sheet: ref[1]?.replace(/''/g, "'") ?? ref[2] ?? null, address: ref[3]!.replace(/\$/g, "") };
  return { kind: "expression", text };
}

function rawOf(value: unknown, type: string | undefined): RawArg {
  if (type === "Error") return new ErrorValue(String(value));
  if (value === "" || value === null || value === undefined) return null;
  return value as RawArg;
}

export interface FormulaExplanation {
  kind: "formula";
  cell: SelectedCell;
  spec: Pick<FunctionSpec, "id" | "zh" | "summary">;
  /** Each argument: its name, the text in the formula, and what was read for it. */
  args: { name: string; zh: string; text: string; shown: string }[];
  /** Arguments that are expressions the pane cannot evaluate; the cell's own value is shown instead. */
  unevaluated: string[];
  outcome: Outcome | null;
  error: string | null;
}

function shownArg(value: RawArg): string {
  if (Array.isArray(value)) return `${value.length} × ${value[0]?.length ?? 0}`;
  if (value instanceof ErrorValue) return value.code;
  return value === null || value === undefined ? "" : String(value);
}

/** The function's outcome and trace for the call in the cell, its arguments read from the workbook. */
export async function explainFormula(context: Excel.RequestContext, cell: SelectedCell, call: FormulaCall): Promise<FormulaExplanation> {
  const spec = FUNCTIONS.find((f) => f.id === call.id);
  if (!spec) throw new Error(`“${call.id}”不是本插件的函数 / LAND.${call.id} is not a function of this add-in`);
  const plans = call.args.map(literal);
  const ranges = plans.map((p) => {
    if (p.kind !== "range") return null;
    const ws = p.sheet ? context.workbook.worksheets.getItem(p.sheet) : context.workbook.worksheets.getItem(cell.sheet);
    let range = ws.getRange(p.address);
    if (/^\$?[A-Z]+:\$?[A-Z]+$/i.test(p.address)) range = range.getIntersection(ws.getUsedRange(true));
    return range.load("values,valueTypes");
  });
  await context.sync();
  const unevaluated: string[] = [];
  const values: RawArg[] = plans.map((p, i) => {
    if (p.kind === "value") return p.value;
    if (p.kind === "expression") {
      unevaluated.push(spec.params[i]?.name ?? `arg${i + 1}`);
      return null;
    }
    const r = ranges[i]!;
    const grid = r.values.map((row, y) => row.map((v, x) => rawOf(v, (r.valueTypes as string[][])[y]?.[x])));
    return grid.length === 1 && grid[0]!.length === 1 && !spec.params[i]?.range ? grid[0]![0]! : grid;
  });
  const args = spec.params.map((p, i) => ({ name: p.name, zh: p.zh, text: call.args[i] ?? "", shown: shownArg(values[i] ?? null) }));
  if (unevaluated.length > 0) return { kind: "formula", cell, spec, args, unevaluated, outcome: null, error: null };
  try {
    return { kind: "formula", cell, spec, args, unevaluated, outcome: evaluate(spec, values, host), error: null };
  } catch (e) {
    return { kind: "formula", cell, spec, args, unevaluated, outcome: null, error: toCellError(e).message };
  }
}

// ---------------------------------------------------------------------------------------------
// A line of a tier sheet

export interface IndicatorPart {
  label: string;
  unit: string;
  value: number | null;
  weight: number;
  benchmark: number | null;
  /** weight × value ÷ benchmark; null where the value or benchmark is missing. */
  points: number | null;
}

export interface TierRowExplanation {
  kind: "tier-row";
  cell: SelectedCell;
  enterprise: string;
  rank: number | null;
  tier: string;
  score: number | null;
  reason: string;
  parts: IndicatorPart[];
  /** Σ points, to set beside the score. */
  total: number | null;
}

const RANK_HEADER = "排名 / Rank";
const INDICATOR_HEADER = "指标 / Indicator";
const SCORE_HEADER = "综合得分 / Score";

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Reads a tier sheet's indicator table and the selected firm's line; null when the cell is not on a firm's line of one. */
export async function explainTierRow(context: Excel.RequestContext, cell: SelectedCell): Promise<TierRowExplanation | null> {
  const used = context.workbook.worksheets.getItem(cell.sheet).getUsedRange(true);
  used.load("values,rowIndex");
  await context.sync();
  const rows = used.values;
  const at = cell.rowIndex - used.rowIndex;
  const header = rows.findIndex((r) => r[0] === RANK_HEADER);
  const indicatorHeader = rows.findIndex((r) => r[0] === INDICATOR_HEADER);
  if (header < 0 || indicatorHeader < 0 || at <= header || at >= rows.length) return null;
  const heads = rows[header]!.map(String);
  const scoreAt = heads.indexOf(SCORE_HEADER);
  const firstIndicator = 5; // rank, tier, enterprise, credit code, source row
  if (scoreAt < firstIndicator) return null;
  const indicators: { label: string; weight: number; benchmark: number | null; unit: string }[] = [];
  for (let r = indicatorHeader + 1; r < rows.length && rows[r]![0] !== "" && rows[r]![0] !== RANK_HEADER; r++)
    indicators.push({ label: String(rows[r]![0]), weight: num(rows[r]![1]) ?? 0, benchmark: num(rows[r]![2]), unit: String(rows[r]![3] ?? "") });
  const line = rows[at]!;
  const parts = indicators.slice(0, scoreAt - firstIndicator).map((ind, k): IndicatorPart => {
    const value = num(line[firstIndicator + k]);
    const points = value !== null && ind.benchmark ? (ind.weight * value) / ind.benchmark : null;
    return { label: ind.label, unit: ind.unit, value, weight: ind.weight, benchmark: ind.benchmark, points };
  });
  const total = parts.every((p) => p.points !== null) && parts.length > 0 ? parts.reduce((n, p) => n + p.points!, 0) : null;
  return {
    kind: "tier-row",
    cell,
    enterprise: String(line[2] ?? ""),
    rank: num(line[0]),
    tier: String(line[1] ?? ""),
    score: num(line[scoreAt]),
    reason: String(line[scoreAt + 1] ?? ""),
    parts,
    total,
  };
}

export type Explanation = FormulaExplanation | TierRowExplanation | { kind: "none"; cell: SelectedCell };

/** What the selected cell is and why: a LAND formula's trace, a tier-sheet line's score, or nothing to explain. */
export async function explainSelection(context: Excel.RequestContext): Promise<Explanation> {
  const cell = await readSelectedCell(context);
  const call = landCall(cell.formula);
  if (call) return explainFormula(context, cell, call);
  return (await explainTierRow(context, cell)) ?? { kind: "none", cell };
}
