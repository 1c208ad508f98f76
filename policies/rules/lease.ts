import type { Dec } from "../engine/decimal";
import { numError } from "../engine/errors";
import { requireNonNegative, requirePositive } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";

export type ProjectClass = "general" | "major";

/** 温州 三(三)6: price × years ÷ 50 (年期修正系数); general land ≤ 20 years, major ≤ 50. */
export function leasePrice(ctx: Context, fullTermPrice: Dec, years: Dec, projectClass: ProjectClass = "general"): RuleResult<Dec> {
  const ev = new Evaluation(ctx, ["WZ-TERM"], { zh: "弹性年期出让", en: "flexible lease term" })
    .input("full_term_price", fullTermPrice)
    .input("years", years)
    .input("class", projectClass);
  requireNonNegative(fullTermPrice, "full_term_price");
  requirePositive(years, "years");
  const limit = projectClass === "major" ? "maxYearsMajor" : "maxYearsGeneral";
  if (!ev.meets(limit, years, "term")) {
    const p = ev.param(limit);
    throw numError("years", `出让年限超过上限 ${String(p.value)} 年（${p.citation}）`, `term exceeds the ${String(p.value)}-year limit (${p.citation})`);
  }
  const max = ev.num("statutoryMaxYears");
  ev.decide(`年期修正系数 = ${years.toFixed()} ÷ ${max.toFixed()}`);
  return ev.done(fullTermPrice.times(years).div(max));
}

/**
 * 温州 三(三)6: construction months by planned investment (万元): ≤ 100000 → 24 (10 亿元以下
 * includes 10 亿); 100000 < x < 200000 → 30; ≥ 200000 → 36 (20 亿元以上 includes 20 亿).
 */
export function buildMonths(ctx: Context, plannedInvestment: Dec): RuleResult<number> {
  const ev = new Evaluation(ctx, ["WZ-BUILD"], { zh: "建设周期", en: "construction period" }).input("planned_investment", plannedInvestment);
  requireNonNegative(plannedInvestment, "planned_investment");
  if (ev.meets("band1UpTo", plannedInvestment, "planned investment")) return ev.done(ev.num("band1Months").toNumber());
  if (ev.meets("band3From", plannedInvestment, "planned investment")) return ev.done(ev.num("band3Months").toNumber());
  ev.decide("between the bands → 10～20 亿元");
  return ev.done(ev.num("band2Months").toNumber());
}

