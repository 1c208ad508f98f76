// LAND.SCHEMESCORES · 方案综合得分 (ZJ-EVAL, ZC-TIER, ZC-SCOPE): its descriptor and adapter, and the
// reading of a table range that LAND.SCHEMETIERS and LAND.SCHEMESCORE share.
import { toCellNumber } from "../../policies/engine/decimal";
import type { Context } from "../../policies/engine/evaluation";
import { evaluateScheme, evaluationYear, profileScheme, type ProfileScheme, type SchemeResult } from "../../policies/schemes";
import type { RawCell } from "../../policies/workbook/cells";
import { listsInUse, schemeFields, schemeRows } from "../../policies/workbook/scheme-sheet";
import { fieldSpec, type FieldId } from "../../policies/workbook/vocabulary";
import { MappingError, readEnterpriseTable, type EnterpriseTable } from "../../policies/workbook/table";
import { ErrorValue, finiteCell, valueFault, type OutCell, type RawArg } from "../cells";
import { isBlank, readWhole, single } from "../coerce";
import { contextFor } from "../context";
import { defineFunction, PROFILE } from "../spec";
import type { FunctionHost } from "../host";

/** A range's cells as the table reader takes them: an error cell stays an error (a finding), never a value. */
function gridOf(arg: RawArg, argument: string): RawCell[][] {
  if (!Array.isArray(arg)) throw valueFault(argument, "应为含表头行的区域", "expected a range with its header row");
  return arg.map((row) => {
    if (!Array.isArray(row)) throw valueFault(argument, "区域的格式不正确", "malformed range");
    return row.map((c): RawCell => (c instanceof ErrorValue ? { error: c.code } : Array.isArray(c) ? null : (c ?? null)));
  });
}

/** The table of a range whose first row is the header row (WORKBOOK.md vocabulary). */
export function tableOf(arg: RawArg, argument: string): EnterpriseTable {
  try {
    return readEnterpriseTable(gridOf(arg, argument), { headerRow: 1 });
  } catch (e) {
    if (e instanceof MappingError) throw valueFault(argument, e.zh, e.en);
    throw e;
  }
}

/** The columns the scheme reads must be there (a missing column would leave every firm unscored). */
export function requireFields(table: EnterpriseTable, fields: readonly FieldId[], argument: string): void {
  const missing = fields.filter((f) => table.mapping.columns[f] === undefined);
  if (missing.length === 0) return;
  const zh = missing.map((f) => `${fieldSpec(f).label.zh}（${f}）`).join("、");
  throw valueFault(argument, `缺少评价方案所需的列：${zh}`, `lacks the columns the scheme needs: ${missing.join(", ")}`);
}

/** The evaluation year argument: blank → the year before the as-of date. */
export function yearOf(arg: RawArg, ctx: Context): number {
  return isBlank(single(arg, "year")) ? evaluationYear(ctx.asOf) : evaluationYear(ctx.asOf, readWhole(arg, "year"));
}

/** The profile's scheme for the year applied to the range's rows. */
export function evaluateRange(tableArg: RawArg, yearArg: RawArg, profileArg: RawArg, host: FunctionHost): { ctx: Context; table: EnterpriseTable; applied: ProfileScheme; result: SchemeResult } {
  const ctx = contextFor(profileArg, host);
  const year = yearOf(yearArg, ctx);
  const table = tableOf(tableArg, "table");
  const applied = profileScheme(ctx, year);
  const result = evaluateScheme(applied.scheme, schemeRows(table), { documents: applied.documents, ...(applied.scope ? { scope: applied.scope } : {}) });
  // A formula needs no name column: the rows are the firms.
  requireFields(table, schemeFields(applied.scheme, listsInUse(result)).required.filter((f) => f !== "enterprise"), "table");
  return { ctx, table, applied, result };
}

/** One output row per row of the range: the header's own label first, then one value per table row (blank lines stay blank). */
export function alongTable(tableArg: RawArg, table: EnterpriseTable, header: string, valueOf: (i: number) => OutCell): OutCell[][] {
  const height = Array.isArray(tableArg) ? tableArg.length : 1;
  const out: OutCell[][] = Array.from({ length: height }, () => [""]);
  out[0] = [header];
  table.rows.forEach((r, i) => (out[r.row - 1] = [valueOf(i)]));
  return out;
}

export const TABLE_PARAM = {
  name: "table",
  zh: "企业数据表",
  range: true,
  help: { zh: "企业数据表（含表头行），表头按表格格式的表头词汇识别，如 企业规模、用地面积、实缴税金", en: "The enterprise table with its header row (the table format's headers, e.g. 企业规模, 用地面积, 实缴税金)" },
} as const;
export const YEAR_PARAM = { name: "year", zh: "评价年度", optional: true, help: { zh: "评价年度，如 2022（默认为评价日的上一年）", en: "The evaluation year, e.g. 2022 (default: the year before today)" }, unit: "年份 year" } as const;

// 黄岩 2022 规下 (黄岩 2022 年度评价公示 2023-09-25): 亩均税收 ÷ 11.5932 × 50 + 单位电耗税收 ÷ 0.2352 × 50.
// 0.2352 亩 paying 2.72672064 万元 on 11.5932 万千瓦时 is at both benchmarks: 100; twice the tax: 200.
const EXAMPLE_TABLE = '{"企业规模","用地面积","实缴税金","用电量";"规下",0.2352,2.72672064,11.5932;"规下",0.2352,5.45344128,11.5932}';

export default defineFunction({
  id: "SCHEMESCORES",
  zh: "方案综合得分",
  summary: {
    zh: "按政策配置的评价方案（评价年度的名单、指标、权重、基准与加减分）为整张企业表计算综合得分，结果与表格逐行对齐溢出",
    en: "Composite scores for a whole enterprise table under the profile's evaluation scheme for the year (lists, indicators, weights, benchmarks, adjustments), spilled row by row beside the table",
  },
  params: [TABLE_PARAM, YEAR_PARAM, PROFILE],
  returns: { type: "table", spill: { rowsLike: "table" }, help: { zh: "表头行为“综合得分”，其后每行一个得分（无得分为空白）", en: "A header “综合得分”, then one score per row (blank where there is none)" } },
  rules: ["ZJ-EVAL", "ZC-TIER"],
  pinned: false,
  examples: [{ formula: `=LAND.SCHEMESCORES(${EXAMPLE_TABLE}, 2022, "huangyan")`, result: [["综合得分"], [100], [200]], note: { zh: "黄岩 2022 规下：两项均在基准值上为 100 分", en: "黄岩 2022 规下: at both benchmarks, 100" } }],
  adapter: (args, host) => {
    const { table, result } = evaluateRange(args.table, args.year, args.profile, host);
    return { value: alongTable(args.table, table, "综合得分", (i) => (result.firms[i]!.total === null ? "" : finiteCell(toCellNumber(result.firms[i]!.total!)))), trace: null };
  },
});

export { EXAMPLE_TABLE };
