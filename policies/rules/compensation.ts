import type { Dec } from "../engine/decimal";
import { requireNonNegative } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";

/** 增城 三(一)3: property compensation ㎡ = 1.2 × lawful + 0.6 × unlawful built before 2009. */
export function compensationArea(ctx: Context, lawfulM2: Dec, unlawfulPre2009M2: Dec): RuleResult<Dec> {
  const ev = new Evaluation(ctx, ["ZC-COMP"], { zh: "收储物业补偿", en: "property compensation" })
    .input("lawful_m2", lawfulM2)
    .input("unlawful_pre2009_m2", unlawfulPre2009M2);
  requireNonNegative(lawfulM2, "lawful_m2");
  requireNonNegative(unlawfulPre2009M2, "unlawful_pre2009_m2");
  const lawful = lawfulM2.times(ev.num("lawfulFactor"));
  const pre = unlawfulPre2009M2.times(ev.num("pre2009Factor"));
  ev.decide(`${ev.num("lawfulFactor").toFixed()} × ${lawfulM2.toFixed()} + ${ev.num("pre2009Factor").toFixed()} × ${unlawfulPre2009M2.toFixed()}`);
  return ev.done(lawful.plus(pre));
}

export type BuildingClass = "lawful" | "unlawful-pre" | "unlawful-post";

/** 增城 三(一)3: which compensation an unlawful building gets by the year it was completed. */
export function unlawfulBuildingClass(ctx: Context, yearCompleted: number): RuleResult<BuildingClass> {
  const ev = new Evaluation(ctx, ["ZC-COMP"], { zh: "收储物业补偿", en: "property compensation" }).input("year_completed", yearCompleted);
  const cutoff = ev.num("cutoffYear").toNumber();
  const pre = yearCompleted < cutoff || (yearCompleted === cutoff && ev.flag("cutoffYearCountsAsPre"));
  ev.decide(`completed ${yearCompleted} vs ${cutoff}${yearCompleted === cutoff ? " (the cut-off year itself: see cutoffYearCountsAsPre)" : ""} → ${pre ? "2009 年前 (×0.6)" : "2009 年后 (money at 建安成本)"}`);
  return ev.done(pre ? "unlawful-pre" : "unlawful-post");
}
