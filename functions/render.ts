// Renders docs/FUNCTIONS-REFERENCE.md from the formula table and the profiles in the registry.
import { bothLine } from "../policies/engine/bilingual";
import { reasonShown, shownCitation, valueShown } from "../policies/citations";
import { builtInProfiles, jurisdictionProfiles } from "../policies/profiles";
import type { ParamData, ResolvedRule } from "../policies/registry";
import { FUNCTIONS, type Example, type FunctionSpec } from "./descriptors";

// ── docs/FUNCTIONS-REFERENCE.md ─────────────────────────────────────────────────────────

/** A rule from the profile that owns it: its clause, its document as the analyst reads it (short title, never the file), the profiles that apply it. */
function ruleSource(id: string): { rule: ResolvedRule; clause: string; source: string; profiles: string[] } | null {
  const owners = builtInProfiles.list().filter((p) => p.derivedFrom === null && p.rules.has(id));
  const rule = owners.map((p) => p.rules.get(id)!).find(Boolean);
  if (!rule) return null;
  const profiles = jurisdictionProfiles()
    .filter((j) => owners.some((p) => p.id === j.id))
    .map((j) => j.id);
  return { rule, clause: rule.clause, source: bothLine(shownCitation(rule.document, "")), profiles };
}

/**
 * A parameter's values as the reference gives them. The reference has no as-of date, so a
 * value given by date is listed with the day each takes effect (never its latest alone).
 */
export function valuesText(p: ParamData): string {
  const shown = (v: ParamData["value"]) => bothLine(valueShown(v, p.unit));
  if (!p.values) return shown(p.value);
  return p.values.map((v) => `${shown(v.value)}（${v.from} 起 / from ${v.from}）`).join("；");
}

/** The assumed values of a function's rules, each with its reason, Chinese first (policies/citations.ts). */
function assumedRows(rules: readonly ResolvedRule[]): string[] {
  const rows: string[] = [];
  for (const rule of rules)
    for (const [name, p] of Object.entries(rule.params)) {
      const dated = (p.values ?? []).filter((v) => v.basis === "assumed" && v.reason);
      if (p.basis === "assumed" && p.reason) {
        const why = reasonShown(p.reason);
        rows.push(`| ${rule.id}.${name} | ${cell(p.label.zh)} | ${cell(valuesText(p))} | ${cell(why.zh)} | ${cell(why.en)} |`);
      }
      for (const v of dated) {
        const why = reasonShown(v.reason!);
        rows.push(`| ${rule.id}.${name}（${v.from} 起）| ${cell(p.label.zh)} | ${cell(bothLine(valueShown(v.value, p.unit)))} | ${cell(why.zh)} | ${cell(why.en)} |`);
      }
    }
  return rows;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function signature(f: FunctionSpec): string {
  const required = f.params.filter((p) => !p.optional).map((p) => p.name);
  const optional = f.params.filter((p) => p.optional).map((p) => `[${p.name}]`);
  return `LAND.${f.id}(${[...required, ...optional].join(", ")})`;
}

function showResult(r: Example["result"]): string {
  if (typeof r === "object" && !Array.isArray(r)) return r.error;
  if (Array.isArray(r)) return r.length > 1 && r.every((row) => row.length === 1) ? `{${r.map((row) => String(row[0])).join(";")}}` : r.map((row) => row.join(" · ")).join(" ⏎ ");
  return typeof r === "string" ? `"${r}"` : String(r);
}

function section(f: FunctionSpec): string {
  const out = [`## LAND.${f.id} · ${f.zh}`, "", `\`${signature(f)}\``, "", `${f.summary.zh}`, "", `${f.summary.en}`, ""];
  out.push(`${f.pinned ? "固定契约（FUNCTIONS.md）/ pinned in FUNCTIONS.md" : "扩展函数 / added beyond the pinned set"}${f.volatile ? " · 易失函数（随今天日期重算）/ volatile (recalculates with today's date)" : ""}`, "");
  out.push("| 参数 argument | 中文名 | 单位 unit | 说明 | help |", "|---|---|---|---|---|");
  for (const p of f.params)
    out.push(`| \`${p.name}\`${p.optional ? " (可选 optional)" : ""}${p.range ? " 区域 range" : ""} | ${cell(p.zh)} | ${cell(p.unit ?? "—")} | ${cell(p.help.zh)} | ${cell(p.help.en)} |`);
  out.push("", `返回 returns: ${f.returns.help.zh} / ${f.returns.help.en}${f.returns.unit ? `（${f.returns.unit}）` : ""}`, "");
  if (f.rules.length) {
    out.push("| 规则 rule | 条款 clause | 出处 source | 配置 profiles |", "|---|---|---|---|");
    const sources = f.rules.map((id) => [id, ruleSource(id)] as const);
    for (const [id, s] of sources)
      out.push(s ? `| ${id} | ${s.clause} | ${cell(s.source)} | ${s.profiles.join(", ") || "national"} |` : `| ${id} | — | 尚无配置 not yet in any profile | — |`);
    out.push("");
    const assumed = assumedRows(sources.flatMap(([, s]) => (s ? [s.rule] : [])));
    if (assumed.length)
      out.push("假定取值 assumed values（文件未载明，可在派生配置中修改的默认值及其理由 / not in the text: defaults with their reasons）:", "", "| 参数 parameter | 名称 | 取值 value | 理由 | reason |", "|---|---|---|---|---|", ...assumed, "");
  } else out.push("规则 rule: 不读取政策配置 / reads no profile rule" + (f.id === "MU" ? "（RULES.md 读法约定：1 亩 = 10000/15 ㎡ / reading conventions: 1 亩 = 10000/15 ㎡）" : ""), "");
  out.push("示例 examples:", "", "| 公式 formula | 结果 result | 说明 note |", "|---|---|---|");
  for (const e of f.examples) out.push(`| \`${cell(e.formula)}\` | ${cell(showResult(e.result))} | ${cell(e.note ? `${e.note.zh} / ${e.note.en}` : "")} |`);
  out.push("");
  return out.join("\n");
}

export function renderReference(functions: readonly FunctionSpec[] = FUNCTIONS): string {
  const index = functions.map((f) => `| LAND.${f.id} | ${f.zh} | ${cell(f.summary.zh)} | ${f.rules.join(", ") || "—"} |`);
  return `<!-- Generated from the function modules (functions/land/) by the build (\`npm run build\`, or \`npx tsx functions/generate.ts\`); edit the modules, not this file. -->
# LAND.* 函数参考 / Function reference

所有函数在 Excel 中以 \`=LAND.名称(...)\` 调用，在命令行（HyperFormula）中写法相同；中文版 Excel 显示中文函数名与参数名（functions.zh-CN.json）。
Every function is typed as \`=LAND.NAME(...)\` in Excel and evaluates the same way in the CLI (HyperFormula); Chinese Excel shows the Chinese names (functions.zh-CN.json).

## 约定 / Conventions

- 金额单位万元，土地面积单位亩，建筑面积单位㎡，比例用小数（0.8 = 80%），日期为 Excel 日期或 \`2024-03-15\` 形式的文本（也接受 \`2024/3/15\`、\`2024年3月15日\`）。
  Money in 万元, land in 亩, floor area in ㎡, ratios as fractions, dates as Excel dates or ISO text.
- 数字可为文本：千位分隔符（\`1,234.5\`）、全角数字（\`１２３\`）、百分号（\`80%\` = 0.8）均可；空白单元格是“缺失”，不是 0。
  Numbers may be text with thousands separators, full-width digits or a trailing %; a blank is missing, never zero.
- \`profile\`（最后一个可选参数）：${jurisdictionProfiles().map((j) => `\`${j.id}\`（${j.names.short}）`).join("、")}，不分大小写；省略时用任务窗格中选定的配置，都没有则返回 #N/A 并提示如何选择。
  \`profile\` (last, optional): a jurisdiction id or Chinese short name; omitted → the task pane's choice; neither → #N/A saying what to do.
- 错误 errors: 类型不对（文本代替数字、未知的类别或区域）→ \`#VALUE!\`，消息写明哪个参数、应为何值；超出定义域（负面积、月数不在 0–12、超过年限）→ \`#NUM!\`；配置没有该规则 → \`#N/A\`，消息写明配置与规则。Excel 只对 #VALUE! 和 #N/A 显示自定义消息；#NUM! 的原因请用 \`LAND.EXPLAIN\` 查看。
  Wrong type → #VALUE! naming the argument; out of domain → #NUM!; the profile lacks the rule → #N/A naming profile and rule. Excel shows custom messages only for #VALUE! and #N/A; LAND.EXPLAIN shows the reason for a #NUM!.
- 边界 boundaries: 以上、以下、满、不低于、不超过、达到 含本数；超过、不满、不足、低于 不含。满 N 年 = \`EDATE(起算日, 12·N)\`。
- 精确计算 exact: 十进制精确运算（decimal.js），最后才转换为最接近的双精度数。Exact decimal arithmetic, converted to the nearest double at the end.
- 名称以 OK 结尾的检查函数（CLUSTEROK、GGGOK、SPLITOK、MICROPARKOK、SUPPLYOK 等）：返回 TRUE/FALSE；“提示”（一般、未核对）不改变结果，\`LAND.EXPLAIN\` 逐条列出不符合项与提示及其条款。TARGETSMET、SUPPLYOK、RESERVE、RECLAIMQUOTA 取一个地区的年度或累计合计数，放在汇总行即可。
  Checks named …OK return TRUE/FALSE; notices (一般, not checked) leave the flag alone, and \`LAND.EXPLAIN\` lists every violation and notice with its clause. TARGETSMET, SUPPLYOK, RESERVE and RECLAIMQUOTA take a region's yearly or cumulative totals: put them on a summary row.
- 征求意见稿与失效文件 drafts and expired documents: 数值单元格无法附带警告，请用 \`LAND.STATUS\` 与 \`LAND.EXPLAIN\` 查看配置所依据文件的状态。A number cannot carry a warning: \`LAND.STATUS\` and \`LAND.EXPLAIN\` show the document's standing.

## 索引 / Index

| 函数 function | 中文名 | 作用 | 规则 rules |
|---|---|---|---|
${index.join("\n")}

${functions.map(section).join("\n")}`;
}
