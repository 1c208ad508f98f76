// LAND.EXPLAIN: a result's trace as a small table (the result card), and the rows other functions add to it.
import { analystLine, bilingualText, citationLine, fieldShown, reasonLine } from "../policies/citations";
import type Decimal from "decimal.js";
import type { Finding } from "../policies/engine/checks";
import { dec, Dec, decShown } from "../policies/engine/decimal";
import type { DocumentState, Trace } from "../policies/engine/evaluation";
import type { Profile } from "../policies/registry";
import { toCellError, valueFault, type OutCell } from "./cells";
import { cellsOf, isBlank, requireText } from "./coerce";
import { evaluate } from "./invoke";
import type { Outcome } from "./outcome";
import { defineFunction, type FunctionSpec, type ParamSpec } from "./spec";

type Row = [string, OutCell, string];

const both = (b: { zh: string; en: string }): string => (b.zh === b.en ? b.zh : `${b.zh} / ${b.en}`);

/** A decimal number, and the comparison that may follow it ("49.99… ≥ 50", "49.99… (≥ 50"). */
const DECIMAL = /(\d+\.\d+)(\s*[(（]?[≥>≤<])?/g;

/** The rounding that keeps a value on its side of a bound: down before ≥ 50 (or a threshold "≥ 50"), up before ≤. */
function awayFrom(comparison: string | undefined): Decimal.Rounding {
  if (comparison && /[≥>]/.test(comparison)) return Dec.ROUND_FLOOR;
  if (comparison && /[≤<]/.test(comparison)) return Dec.ROUND_CEIL;
  return Dec.ROUND_HALF_EVEN;
}

/**
 * Text as the card shows it: every decimal number shortened by decShown (≈, 6 significant
 * digits), so a 50-digit exact value reads ≈527.299, rounded away from a bound it is compared
 * with ("≈49.9999 ≥ 50: no", never "≈50 ≥ 50: no"). The exact values stay in the trace.
 */
export function readable(text: string, rounding?: Decimal.Rounding): string {
  return text.replace(DECIMAL, (_, n: string, comparison: string | undefined) => decShown(dec(n), rounding ?? awayFrom(comparison)) + (comparison ?? ""));
}

/** Findings as rows of the result card: ✗ violations, ℹ notices, each with its clause. */
export function findingRows(findings: readonly Finding[]): [string, string, string][] {
  return findings.map((f) => [
    f.severity === "violation" ? "✗ 不符合 violation" : "ℹ 提示 notice",
    `${fieldShown(f.field).zh} = ${readable(f.value, awayFrom(f.threshold))}（${analystLine(f.threshold)}）`,
    `${both(bilingualText(f.message))} · ${citationLine(f.citation)}`,
  ]);
}

export const STATE_LABEL: Record<DocumentState, string> = {
  "in-force": "有效 in force",
  draft: "征求意见稿 draft",
  expired: "已失效 expired",
  "not-yet-in-force": "尚未施行 not yet in force",
};

/** The document a profile follows, as rows of the result card. */
export function documentRows(profile: Profile): [string, string, string][] {
  const d = profile.document;
  return [
    ["文件 document", d.title, d.number ?? "无文号 no document number"],
    ["发布 issuer", d.issuer, both(d.short)],
    ["施行期间 in force", `${d.effective.from ?? "?"} … ${d.effective.to ?? "?"}`, d.status === "draft" ? "征求意见稿 draft for comments" : "正式文本 adopted text"],
  ];
}

function traceRows(t: Trace): Row[] {
  const rows: Row[] = [
    ["规则 rule", t.rule, `${t.title.zh} / ${t.title.en}`],
    ["条款 clause", t.clause, both(t.shown)],
    [
      "配置 profile",
      `${t.profile.id}（${t.profile.name}）`,
      `${STATE_LABEL[t.profile.state]} · 评价日 as of ${t.profile.asOf}${t.profile.derivedFrom ? ` · 派生自 derived from ${t.profile.derivedFrom}` : ""}`,
    ],
  ];
  for (const p of t.params) {
    // The reasons, Chinese first, through citations.ts (the one analyst-facing text implementation).
    const basis = p.basis === "sourced" ? "有出处 sourced" : `假定 assumed${p.reason && !p.overridden ? `：${reasonLine(p.reason)}` : ""}`;
    const overridden = p.overridden ? ` · 已覆盖 overridden${p.overrideReason ? `：${reasonLine(p.overrideReason)}` : ""}` : "";
    rows.push(["参数 parameter", `${p.label.zh} = ${String(p.value)} ${p.unit}`, analystLine(`${basis} · ${citationLine(p.citation)}${overridden}`)]);
  }
  for (const [name, value] of Object.entries(t.inputs)) rows.push(["输入 input", fieldShown(name).zh, readable(analystLine(value))]);
  for (const step of t.decidedBy) rows.push(["判定 step", readable(analystLine(step)), ""]);
  for (const w of t.warnings.map(bilingualText)) rows.push(["⚠ 警告 warning", w.zh, w.en]);
  return rows;
}

function resultCell(value: Outcome["value"]): [OutCell, string] {
  if (!Array.isArray(value)) return [value, ""];
  const rows = value.length;
  const cols = rows ? value[0]!.length : 0;
  return [`${rows}×${cols}`, `${rows} 行 × ${cols} 列的表 / a table of ${rows} rows × ${cols} columns`];
}

/** LAND.EXPLAIN spills a block this size in HyperFormula, which sizes arrays before evaluating (Excel shows all rows). */
export const EXPLAIN_ROWS = 40;
export const EXPLAIN_COLUMNS = 3;

/**
 * LAND.EXPLAIN(function, args…): the result card of any other function in the table, as rows
 * of [item, value, detail]. It takes as many arguments as the longest function.
 */
export function explainFunction(functions: readonly FunctionSpec[]): FunctionSpec {
  const lookup = (name: string) => {
    const key = name.trim().toUpperCase().replace(/^LAND\./, "");
    return functions.find((f) => f.id === key || f.zh === name.trim() || `LAND.${f.zh}` === name.trim());
  };
  const names = () => functions.map((f) => f.id).join(", ");
  const width = Math.max(...functions.map((f) => f.params.length));
  return defineFunction({
    id: "EXPLAIN",
    zh: "计算说明",
    summary: {
      zh: "结果说明卡：规则、条款、参数（有出处/假定）、判定步骤和警告（征求意见稿、已失效）",
      en: "The result card: rule, clause, parameters (sourced/assumed), deciding steps and warnings (draft, expired)",
    },
    params: [
      { name: "function_name", zh: "函数名", help: { zh: '要说明的函数名，如 "TIER"', en: 'The function to explain, e.g. "TIER"' } },
      ...Array.from({ length: width }, (_, i): ParamSpec => ({
        name: `arg${i + 1}`,
        zh: `参数${i + 1}`,
        optional: true,
        range: true,
        help: { zh: `该函数的第 ${i + 1} 个参数`, en: `That function's argument ${i + 1}` },
      })),
    ],
    returns: { type: "table", spill: { rows: EXPLAIN_ROWS, columns: EXPLAIN_COLUMNS }, help: { zh: "三列表：项目、取值、说明", en: "A three-column table: item, value, detail" } },
    rules: [],
    pinned: false,
    examples: [{ formula: '=LAND.EXPLAIN("BUILDMONTHS", 100000, "wenzhou")', result: [["函数 function", "LAND.BUILDMONTHS"], ["结果 result", 24]], note: { zh: "前两行", en: "the first two rows" } }],
    adapter: (args, host) => {
      const name = requireText(args.function_name, "function_name");
      const spec = lookup(name);
      if (!spec)
        throw valueFault("function_name", `应为本插件的函数名（如 "TIER"），可选：${names()}；收到 "${name}"`, `expected one of this add-in's functions (e.g. "TIER"): ${names()}; got "${name}"`);
      const rest = Array.from({ length: width }, (_, i) => args[`arg${i + 1}`]);
      const extra = rest.slice(spec.params.length).findIndex((a) => cellsOf(a, "args").some((c) => !isBlank(c)));
      if (extra >= 0)
        throw valueFault(`arg${spec.params.length + extra + 1}`, `LAND.${spec.id} 只有 ${spec.params.length} 个参数`, `LAND.${spec.id} takes ${spec.params.length} argument(s)`);
      const rows: Row[] = [["函数 function", `LAND.${spec.id}`, `${spec.zh}：${spec.summary.zh} / ${spec.summary.en}`]];
      try {
        const outcome = evaluate(spec, rest.slice(0, spec.params.length), host);
        const [value, detail] = resultCell(outcome.value);
        rows.push(["结果 result", value, detail]);
        if (outcome.trace) rows.push(...traceRows(outcome.trace));
        else rows.push(["规则 rule", spec.rules.join(", ") || "—", "不读取政策配置参数 / reads no profile parameters"]);
        if (outcome.notes) rows.push(...outcome.notes.map(([item, value, detail]): Row => [item, readable(analystLine(value)), readable(analystLine(detail))]));
      } catch (e) {
        const err = toCellError(e);
        rows.push(["错误 error", err.code, analystLine(err.message)]);
      }
      return { value: rows, trace: null };
    },
  });
}
