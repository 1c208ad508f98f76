// LAND.SCHEMESCORE · 企业方案得分 (ZJ-EVAL): its descriptor and adapter.
import { toCellNumber } from "../../policies/engine/decimal";
import { evaluateScheme, profileScheme } from "../../policies/schemes";
import { schemeRows } from "../../policies/workbook/scheme-sheet";
import { finiteCell, valueFault, type RawArg } from "../cells";
import { contextFor } from "../context";
import { defineFunction, PROFILE } from "../spec";
import { tableOf, YEAR_PARAM, yearOf } from "./schemescores";

/** The header row over one row of values, as a two-row table. */
function headedRow(headers: RawArg, row: RawArg): RawArg {
  const h = Array.isArray(headers) ? headers : [[headers ?? null]];
  const r = Array.isArray(row) ? row : [[row ?? null]];
  if (h.length !== 1 || r.length !== 1) throw valueFault(h.length !== 1 ? "headers" : "row", "应为单行区域", "expected a one-row range");
  if (h[0]!.length !== r[0]!.length) throw valueFault("row", `应与 headers 同宽（${r[0]!.length} 对 ${h[0]!.length} 列）`, `must be as wide as headers (${r[0]!.length} vs ${h[0]!.length} columns)`);
  return [h[0]!, r[0]!];
}

export default defineFunction({
  id: "SCHEMESCORE",
  zh: "企业方案得分",
  summary: {
    zh: "一家企业在政策配置评价方案下的综合得分，由其一行数据算出；仅适用于基准值已公布、不依赖全体企业的方案（如黄岩），否则请用 LAND.SCHEMESCORES",
    en: "One firm's composite score under the profile's evaluation scheme, from its row of values; only for schemes whose benchmarks are published and need no population (e.g. 黄岩) — otherwise use LAND.SCHEMESCORES",
  },
  params: [
    { name: "headers", zh: "表头", range: true, help: { zh: "表头行（按表格格式的表头词汇，如 企业规模、用地面积、实缴税金）", en: "The header row (the table format's headers, e.g. 企业规模, 用地面积, 实缴税金)" } },
    { name: "row", zh: "企业数据行", range: true, help: { zh: "该企业的一行数据，与表头同宽", en: "The firm's row of values, as wide as the headers" } },
    YEAR_PARAM,
    PROFILE,
  ],
  returns: { type: "number", unit: "分 points", help: { zh: "综合得分", en: "The composite score" } },
  rules: ["ZJ-EVAL"],
  pinned: false,
  examples: [
    {
      formula: '=LAND.SCHEMESCORE({"企业规模","用地面积","实缴税金","用电量"}, {"规下",0.2352,2.72672064,11.5932}, 2022, "huangyan")',
      result: 100,
      note: { zh: "黄岩 2022 规下：亩均税收 ÷ 11.5932 × 50 + 单位电耗税收 ÷ 0.2352 × 50", en: "黄岩 2022 规下: 亩均税收 ÷ 11.5932 × 50 + 单位电耗税收 ÷ 0.2352 × 50" },
    },
    { formula: '=LAND.SCHEMESCORE({"企业规模","用地面积","实缴税金","用电量"}, {"规下",0.2352,2.72672064,11.5932}, 2021, "huangyan")', result: 84.62854745564876, note: { zh: "同一企业按 2021 年基准值（16.601058 / 0.236565）", en: "the same firm on the 2021 benchmarks (16.601058 / 0.236565)" } },
  ],
  adapter: (args, host) => {
    const ctx = contextFor(args.profile, host);
    const table = tableOf(headedRow(args.headers, args.row), "headers");
    const applied = profileScheme(ctx, yearOf(args.year, ctx));
    const result = evaluateScheme(applied.scheme, schemeRows(table), { documents: applied.documents, ...(applied.scope ? { scope: applied.scope } : {}) });
    const firm = result.firms[0];
    if (!firm || firm.list === null) throw valueFault("row", `该企业不在方案的任何名单中：${firm?.reason?.zh ?? "无数据"}`, `the firm is in none of the scheme's lists: ${firm?.reason?.en ?? "no data"}`);
    const list = applied.scheme.lists.find((l) => l.id === firm.list)!;
    // A benchmark taken from the population, or a missing value that takes the population's average, needs the whole table.
    const populationBased = list.indicators.some((ind, k) => ["mean", "aggregate", "minmax"].includes(ind.benchmark.method) || (ind.missing.policy === "averagePoints" && firm.indicators[k]?.value === null));
    if (populationBased) throw valueFault("row", "该方案的得分取决于全体参评企业（均值、最小–最大值或平均得分），请用 LAND.SCHEMESCORES 计算整张表", "this scheme's score depends on the whole population (means, min–max or average points); use LAND.SCHEMESCORES on the table");
    if (firm.total === null) throw valueFault("row", firm.reason?.zh ?? "无法计分", firm.reason?.en ?? "cannot be scored");
    return { value: finiteCell(toCellNumber(firm.total)), trace: null };
  },
});
