// LAND.STATUS and LAND.EXPLAIN: a document's standing, and a result's trace as a small table.
import type Decimal from "decimal.js";
import type { Finding } from "../policies/engine/checks";
import { dec, Dec, decShown } from "../policies/engine/decimal";
import { documentStatus, type DocumentState, type Trace } from "../policies/engine/evaluation";
import type { Profile } from "../policies/registry";
import { toCellError, valueFault, type OutCell } from "./cells";
import { cellsOf, isBlank, readDate, requireText, single } from "./coerce";
import { resolveProfile } from "./context";
import type { Adapter, Outcome } from "./adapters";

type Row = [string, OutCell, string];

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
    `${f.field} = ${readable(f.value, awayFrom(f.threshold))}（${f.threshold}）`,
    `${f.message.zh} / ${f.message.en} · ${f.citation}`,
  ]);
}

export const STATE_LABEL: Record<DocumentState, string> = {
  "in-force": "有效 in force",
  draft: "征求意见稿 draft",
  expired: "已失效 expired",
  "not-yet-in-force": "尚未施行 not yet in force",
};

function documentRows(profile: Profile): Row[] {
  const d = profile.document;
  return [
    ["文件 document", d.title, d.number ?? "无文号 no document number"],
    ["发布 issuer", d.issuer, d.source],
    ["施行期间 in force", `${d.effective.from ?? "?"} … ${d.effective.to ?? "?"}`, d.status === "draft" ? "征求意见稿 draft for comments" : "正式文本 adopted text"],
  ];
}

/** LAND.STATUS([profile], [as_of]): in force, draft, expired or not yet in force on the date. */
export const STATUS: Adapter = ([profileArg, asOfArg], host) => {
  const profile = resolveProfile(profileArg, host);
  const asOf = isBlank(single(asOfArg, "as_of")) ? host.today() : readDate(asOfArg, "as_of");
  const status = documentStatus(profile.document, asOf);
  const notes: Row[] = [["配置 profile", `${profile.id}（${profile.names.zh}）`, `评价日 as of ${asOf}`], ...documentRows(profile)];
  if (status.warning) notes.push(["⚠ 警告 warning", status.warning.zh, status.warning.en]);
  return { value: STATE_LABEL[status.state], trace: null, notes: notes.map(([a, b, c]) => [a, String(b), c]) };
};

function traceRows(t: Trace): Row[] {
  const rows: Row[] = [
    ["规则 rule", t.rule, `${t.title.zh} / ${t.title.en}`],
    ["条款 clause", t.clause, t.citation],
    [
      "配置 profile",
      `${t.profile.id}（${t.profile.name}）`,
      `${STATE_LABEL[t.profile.state]} · 评价日 as of ${t.profile.asOf}${t.profile.derivedFrom ? ` · 派生自 derived from ${t.profile.derivedFrom}` : ""}`,
    ],
  ];
  for (const p of t.params) {
    const basis = p.basis === "sourced" ? "有出处 sourced" : `假定 assumed${p.reason ? `：${p.reason}` : ""}`;
    rows.push(["参数 parameter", `${p.name} = ${String(p.value)} ${p.unit}`, `${basis} · ${p.citation}${p.overridden ? " · 已覆盖 overridden" : ""}`]);
  }
  for (const [name, value] of Object.entries(t.inputs)) rows.push(["输入 input", name, readable(value)]);
  for (const step of t.decidedBy) rows.push(["判定 step", readable(step), ""]);
  for (const w of t.warnings) rows.push(["⚠ 警告 warning", w.zh, w.en]);
  return rows;
}

function resultCell(value: Outcome["value"]): [OutCell, string] {
  if (!Array.isArray(value)) return [value, ""];
  const rows = value.length;
  const cols = rows ? value[0]!.length : 0;
  return [`${rows}×${cols}`, `${rows} 行 × ${cols} 列的表 / a table of ${rows} rows × ${cols} columns`];
}

/** What LAND.EXPLAIN needs to know about the function it explains. */
export interface Explainable {
  id: string;
  zh: string;
  summary: { zh: string; en: string };
  rules: readonly string[];
  params: readonly unknown[];
  adapter: Adapter;
}

/** LAND.EXPLAIN(function, args…): the result card as rows of [item, value, detail]. */
export function explainAdapter(lookup: (name: string) => Explainable | undefined, names: () => string): Adapter {
  return ([fnArg, ...rest], host) => {
    const name = requireText(fnArg, "function_name");
    const spec = lookup(name);
    if (!spec || spec.id === "EXPLAIN")
      throw valueFault("function_name", `应为本插件的函数名（如 "TIER"），可选：${names()}；收到 "${name}"`, `expected one of this add-in's functions (e.g. "TIER"): ${names()}; got "${name}"`);
    const extra = rest.slice(spec.params.length).findIndex((a) => cellsOf(a, "args").some((c) => !isBlank(c)));
    if (extra >= 0)
      throw valueFault(`arg${spec.params.length + extra + 1}`, `LAND.${spec.id} 只有 ${spec.params.length} 个参数`, `LAND.${spec.id} takes ${spec.params.length} argument(s)`);
    const rows: Row[] = [["函数 function", `LAND.${spec.id}`, `${spec.zh}：${spec.summary.zh} / ${spec.summary.en}`]];
    try {
      const outcome = spec.adapter(rest.slice(0, spec.params.length), host);
      const [value, detail] = resultCell(outcome.value);
      rows.push(["结果 result", value, detail]);
      if (outcome.trace) rows.push(...traceRows(outcome.trace));
      else rows.push(["规则 rule", spec.rules.join(", ") || "—", "不读取政策配置参数 / reads no profile parameters"]);
      if (outcome.notes) rows.push(...outcome.notes.map(([item, value, detail]): Row => [item, readable(value), readable(detail)]));
    } catch (e) {
      const err = toCellError(e);
      rows.push(["错误 error", err.code, err.message]);
    }
    return { value: rows, trace: null };
  };
}
