import { RuleError } from "../engine/errors";
import type { Context } from "../engine/evaluation";
import { evaluationScope } from "../rules/zengcheng-scope";
import type { RowValues } from "../workbook/table";
import type { ScopeAnswer } from "./evaluate";
import { wordOf } from "./select";

// Who the year's evaluation covers, by the profile's scope rule (evaluation.scope.rule).

const ABOVE = new Set(["规上", "规模以上", "规上企业", "规模以上工业企业", "是", "above", "above-scale"].map(wordOf));
const BELOW = new Set(["规下", "规模以下", "规下企业", "规模以下工业企业", "否", "below", "below-scale"].map(wordOf));

/** 规上 / 规下 from the scale column; null when blank or not a size class. */
export function aboveScale(values: RowValues): boolean | null {
  const w = wordOf(values.scale);
  return ABOVE.has(w) ? true : BELOW.has(w) ? false : null;
}

/**
 * 增城 一(三)1 (ZC-SCOPE) applied to a table row: 规上 from `scale`, 工业产业区块 from
 * `inside_block`, land from `area_mu`. A blank that the rule needs leaves the firm unevaluated,
 * with the reason — never guessed as 否.
 */
export function zengchengScope(ctx: Context, year: number): (values: RowValues) => ScopeAnswer {
  return (values) => {
    const above = aboveScale(values);
    const block = values.inside_block;
    const decide = (a: boolean, b: boolean) => evaluationScope(ctx, { year, aboveScale: a, insideBlock: b, landMu: values.area_mu ?? null }).value;
    const unknown = (zh: string, en: string): ScopeAnswer => ({ inScope: false, reason: { zh: `${zh}，无法判断是否在 ${year} 年评价范围内，未评价（增城 一(三)1）`, en: `${en}: cannot tell whether the firm is in the ${year} scope; not evaluated (增城 一(三)1)` } });
    try {
      // A blank matters only when filling it either way would change the decision.
      const as = above === null ? [true, false] : [above];
      const bs = block === undefined ? [true, false] : [block];
      const decisions = as.flatMap((a) => bs.map((b) => decide(a, b)));
      if (decisions.some((x) => x.inScope !== decisions[0]!.inScope)) {
        const blanks = [above === null ? "企业规模（规上/规下）" : null, block === undefined ? "是否位于工业产业区块" : null].filter(Boolean).join("、");
        const blanksEn = [above === null ? "size class" : null, block === undefined ? "industrial-block flag" : null].filter(Boolean).join(" and ");
        return unknown(`${blanks}为空`, `${blanksEn} blank`);
      }
      return { inScope: decisions[0]!.inScope, reason: decisions[0]!.reason };
    } catch (e) {
      if (e instanceof RuleError) return { inScope: false, reason: { zh: `${e.zh}，未评价`, en: `${e.en}; not evaluated` } };
      throw e;
    }
  };
}

/** The scope function of a profile's scope rule, or null when the profile has none. */
export function scopeOf(ctx: Context, rule: string | undefined, year: number): ((values: RowValues) => ScopeAnswer) | null {
  if (rule === undefined) return null;
  if (rule === "ZC-SCOPE") return zengchengScope(ctx, year);
  throw new RuleError("na", null, `评价范围规则 ${rule} 未实现`, `scope rule ${rule} is not implemented`);
}
