import { requireNonNegative, requireRange, requireWhole } from "../engine/checks";
import { dec, Dec, decShown } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import { EVALUATION_SCOPE } from "../catalogue/concepts";

// 增城 一(三)1: which enterprises the year's 亩产效益综合评价 must cover.

export interface ScopeInput {
  /** The evaluation year, e.g. 2024. */
  year: number;
  /** 规模以上工业企业. */
  aboveScale: boolean;
  /** Inside a 工业产业区块. */
  insideBlock: boolean;
  /** Land area, 亩; needed only when it decides (a block firm below scale in the 10-亩 year). */
  landMu: Dec | null;
}

export type ScopeGround = "above-scale" | "block-min-area" | "block";

export interface ScopeDecision {
  inScope: boolean;
  ground: ScopeGround | null;
  reason: Bilingual;
}

const GROUNDS: Record<ScopeGround, Bilingual> = {
  "above-scale": { zh: "规模以上工业企业", en: "an above-scale (规上) industrial enterprise" },
  "block-min-area": { zh: "工业产业区块内用地 10 亩（含）以上的工业企业", en: "an enterprise inside an industrial block with 10 亩 or more" },
  block: { zh: "工业产业区块内的工业企业", en: "an enterprise inside an industrial block" },
};

/**
 * 增城 一(三)1: in the year's scope when 规上 (from 2023), inside a 工业产业区块 with 10 亩（含）以上
 * (from 2024), or inside a 工业产业区块 at all (from 2025); coverage only grows. Outside it an
 * enterprise is listed as not evaluated, with the reason, and never ranked.
 */
export function evaluationScope(ctx: Context, input: ScopeInput): RuleResult<ScopeDecision> {
  const ev = new Evaluation(ctx, EVALUATION_SCOPE)
    .input("year", input.year)
    .input("above_scale", input.aboveScale)
    .input("inside_block", input.insideBlock)
    .input("land_mu", input.landMu);
  const year = requireWhole(requireRange(dec(input.year), 1900, 9999, "year"), "year");
  const inScope = (ground: ScopeGround): RuleResult<ScopeDecision> => {
    const citation = ev.param("aboveScaleFromYear").citation;
    return ev.done({ inScope: true, ground, reason: { zh: `${GROUNDS[ground].zh}，${input.year} 年纳入亩产效益综合评价（${citation}）`, en: `${GROUNDS[ground].en}: evaluated in ${input.year} (${citation})` } });
  };
  if (input.aboveScale && ev.meets("aboveScaleFromYear", year, "evaluation year")) return inScope("above-scale");
  if (input.insideBlock && ev.meets("blockAllFromYear", year, "evaluation year")) return inScope("block");
  if (input.insideBlock && ev.meets("blockMinMuFromYear", year, "evaluation year")) {
    if (input.landMu === null) throw valueError("land_mu", `${input.year} 年工业产业区块内企业是否纳入评价取决于用地面积，请填写用地面积（亩）`, `in ${input.year} a block enterprise's scope depends on its land area; give it in 亩`);
    if (ev.meets("blockMinMu", requireNonNegative(input.landMu, "land_mu"), "land area")) return inScope("block-min-area");
  }
  return ev.done({ inScope: false, ground: null, reason: outOfScopeReason(ev, input) });
}

/** Why an enterprise is outside the year's scope, naming the first year its group is covered (if any). */
function outOfScopeReason(ev: Evaluation<typeof EVALUATION_SCOPE.params>, input: ScopeInput): Bilingual {
  const citation = ev.param("aboveScaleFromYear").citation;
  const from = (name: "aboveScaleFromYear" | "blockMinMuFromYear" | "blockAllFromYear") => decShown(ev.num(name));
  const notYet = (ground: ScopeGround, fromYear: string): Bilingual => ({
    zh: `${GROUNDS[ground].zh}自 ${fromYear} 年起纳入评价，${input.year} 年不评价、不排序（${citation}）`,
    en: `${GROUNDS[ground].en} is evaluated from ${fromYear}; not evaluated or ranked in ${input.year} (${citation})`,
  });
  if (input.aboveScale) return notYet("above-scale", from("aboveScaleFromYear"));
  if (input.insideBlock) {
    const bigEnough = input.landMu !== null && input.landMu.gte(ev.num("blockMinMu"));
    return bigEnough ? notYet("block-min-area", from("blockMinMuFromYear")) : notYet("block", from("blockAllFromYear"));
  }
  return {
    zh: `非规模以上工业企业且不在工业产业区块内，不在亩产效益综合评价范围，不评价、不排序（${citation}）`,
    en: `neither above scale nor inside an industrial block: outside the evaluation scope, not evaluated or ranked (${citation})`,
  };
}
