import { dec, decText, ZERO, type Dec } from "../engine/decimal";
import { requireNonNegative, requireWhole } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { YUAN_PER_WAN } from "../engine/units";
import { UNLAWFUL_BUILDING_COMPENSATION } from "../catalogue/concepts";

/** 增城 三(一)3: property compensation ㎡ = 1.2 × lawful + 0.6 × unlawful built before 2009. */
export function compensationArea(ctx: Context, lawfulM2: Dec, unlawfulPre2009M2: Dec): RuleResult<Dec> {
  const ev = new Evaluation(ctx, UNLAWFUL_BUILDING_COMPENSATION)
    .input("lawful_m2", lawfulM2)
    .input("unlawful_pre2009_m2", unlawfulPre2009M2);
  requireNonNegative(lawfulM2, "lawful_m2");
  requireNonNegative(unlawfulPre2009M2, "unlawful_pre2009_m2");
  return ev.done(propertyArea(ev, lawfulM2, unlawfulPre2009M2));
}

function propertyArea(ev: Evaluation, lawfulM2: Dec, unlawfulPre2009M2: Dec): Dec {
  const lawful = lawfulM2.times(ev.num("lawfulFactor"));
  const pre = unlawfulPre2009M2.times(ev.num("pre2009Factor"));
  ev.decide(`${ev.num("lawfulFactor").toFixed()} × ${lawfulM2.toFixed()} + ${ev.num("pre2009Factor").toFixed()} × ${unlawfulPre2009M2.toFixed()}`);
  return lawful.plus(pre);
}

export type BuildingClass = "lawful" | "unlawful-pre" | "unlawful-post";

function classOfUnlawful(ev: Evaluation, yearCompleted: number): BuildingClass {
  const cutoff = ev.num("cutoffYear").toNumber();
  const pre = yearCompleted < cutoff || (yearCompleted === cutoff && ev.flag("cutoffYearCountsAsPre"));
  ev.decide(`completed ${yearCompleted} vs ${cutoff}${yearCompleted === cutoff ? " (the cut-off year itself: see cutoffYearCountsAsPre)" : ""} → ${pre ? "2009 年前 (×0.6)" : "2009 年后 (money at 建安成本)"}`);
  return pre ? "unlawful-pre" : "unlawful-post";
}

/** 增城 三(一)3: which compensation an unlawful building gets by the year it was completed. */
export function unlawfulBuildingClass(ctx: Context, yearCompleted: number): RuleResult<BuildingClass> {
  const ev = new Evaluation(ctx, UNLAWFUL_BUILDING_COMPENSATION).input("year_completed", yearCompleted);
  requireWhole(dec(yearCompleted), "year_completed");
  return ev.done(classOfUnlawful(ev, yearCompleted));
}

function post2009Money(ev: Evaluation, m2: Dec, costPerM2: Dec): Dec {
  const money = m2.times(costPerM2).div(YUAN_PER_WAN);
  ev.param("post2009MoneyBasis");
  ev.decide(`${decText(m2)} ㎡ × 建安成本 ${decText(costPerM2)} 元/㎡ ÷ 10000 = ${decText(money)} 万元`);
  return money;
}

/** 增城 三(一)3: unlawful floor area built after 2009 → money = ㎡ × 建安成本 (元/㎡) ÷ 10000, in 万元. */
export function unlawfulPost2009Money(ctx: Context, m2: Dec, costPerM2: Dec): RuleResult<Dec> {
  const ev = new Evaluation(ctx, UNLAWFUL_BUILDING_COMPENSATION).input("unlawful_post2009_m2", m2).input("cost_per_m2", costPerM2);
  requireNonNegative(m2, "unlawful_post2009_m2");
  requireNonNegative(costPerM2, "cost_per_m2");
  return ev.done(post2009Money(ev, m2, costPerM2));
}

export interface UnlawfulBuilding {
  m2: Dec;
  yearCompleted: number;
}

export interface CompensationPackageInput {
  lawfulM2: Dec;
  unlawful: readonly UnlawfulBuilding[];
  /** 建安成本, 元/㎡: an input (the document names the basis, not the figure). */
  costPerM2: Dec;
}

export interface CompensationPackage {
  /** Compensation property, ㎡. */
  propertyM2: Dec;
  /** Money for unlawful floor area built after 2009, 万元. */
  moneyWan: Dec;
  unlawfulPreM2: Dec;
  unlawfulPostM2: Dec;
}

/** 增城 三(一)3 for a whole site: buildings sorted by completion year into property ㎡ and money 万元. */
export function compensationPackage(ctx: Context, input: CompensationPackageInput): RuleResult<CompensationPackage> {
  const ev = new Evaluation(ctx, UNLAWFUL_BUILDING_COMPENSATION)
    .input("lawful_m2", input.lawfulM2)
    .input("unlawful", input.unlawful.map((b) => `${decText(b.m2)} ㎡ (${b.yearCompleted})`).join("; "))
    .input("cost_per_m2", input.costPerM2);
  requireNonNegative(input.lawfulM2, "lawful_m2");
  requireNonNegative(input.costPerM2, "cost_per_m2");
  let pre = ZERO;
  let post = ZERO;
  input.unlawful.forEach((b, i) => {
    requireNonNegative(b.m2, `unlawful[${i + 1}].m2`);
    requireWhole(dec(b.yearCompleted), `unlawful[${i + 1}].year_completed`);
    if (classOfUnlawful(ev, b.yearCompleted) === "unlawful-pre") pre = pre.plus(b.m2);
    else post = post.plus(b.m2);
  });
  const propertyM2 = propertyArea(ev, input.lawfulM2, pre);
  const moneyWan = post2009Money(ev, post, input.costPerM2);
  return ev.done({ propertyM2, moneyWan, unlawfulPreM2: pre, unlawfulPostM2: post });
}
