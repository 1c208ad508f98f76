import { Dec, decShown } from "../engine/decimal";
import { edate, type IsoDate } from "../engine/dates";
import { numError } from "../engine/errors";
import { requireNonNegative, requirePositive, type Finding } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { choiceOf } from "./choices";
import { findingOf } from "./findings";
import { CONSTRUCTION_PERIOD, LEASE_TERM } from "../catalogue/concepts";

export type ProjectClass = "general" | "major";

/** 温州 三(三)6: price × years ÷ 50 (年期修正系数); general land ≤ 20 years, major ≤ 50. */
export function leasePrice(ctx: Context, fullTermPrice: Dec, years: Dec, projectClass: ProjectClass = "general"): RuleResult<Dec> {
  const ev = new Evaluation(ctx, LEASE_TERM)
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
  const ev = new Evaluation(ctx, CONSTRUCTION_PERIOD).input("planned_investment", plannedInvestment);
  return ev.done(monthsByInvestment(ev, plannedInvestment));
}

function monthsByInvestment(ev: Evaluation, plannedInvestment: Dec): number {
  requireNonNegative(plannedInvestment, "planned_investment");
  if (ev.meets("band1UpTo", plannedInvestment, "planned investment")) return ev.num("band1Months").toNumber();
  if (ev.meets("band3From", plannedInvestment, "planned investment")) return ev.num("band3Months").toNumber();
  ev.decide("between the bands → 10～20 亿元");
  return ev.num("band2Months").toNumber();
}


const CLASS_WORDS: Record<string, ProjectClass> = {
  "": "general", general: "general", 一般: "general", 一般工业项目: "general",
  major: "major", 重大: "major", 重大产业项目: "major", strategic: "major", 战略性新兴产业项目: "major", 战略性新兴: "major",
};

export function parseProjectClass(text: unknown, argument = "class"): ProjectClass {
  return choiceOf(CLASS_WORDS, text, argument, { zh: "general（一般工业项目）或 major（重大产业/战略性新兴产业项目）", en: "general (一般工业项目) or major (重大产业/战略性新兴产业项目)" });
}

/** 温州 三(三)6: whether an agreed term is within the limit for its class (20 years general, 50 major). */
export function leaseTermCheck(ctx: Context, years: Dec, projectClass: ProjectClass = "general"): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, LEASE_TERM).input("years", years).input("class", projectClass);
  requirePositive(years, "years");
  const limit = projectClass === "major" ? "maxYearsMajor" : "maxYearsGeneral";
  if (ev.meets(limit, years, "term")) return ev.done([]);
  const max = ev.num(limit).toFixed();
  return ev.done([
    findingOf(ev, {
      param: limit,
      field: "term_years",
      value: years,
      severity: "violation",
      message: {
        zh: `出让年限 ${decShown(years, Dec.ROUND_CEIL)} 年超过${projectClass === "major" ? "重大产业项目" : "一般工业项目"}上限 ${max} 年`,
        en: `a ${decShown(years, Dec.ROUND_CEIL)}-year term exceeds the ${max}-year limit for ${projectClass === "major" ? "major projects" : "general industrial land"}`,
      },
    }),
  ]);
}

/** 温州 三(三)6: agreed start of works normally ≤ 3 months (一般, a notice beyond it), never over 6 (a violation). */
export function startOfWorksCheck(ctx: Context, agreedStartMonths: Dec): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, CONSTRUCTION_PERIOD).input("agreed_start_months", agreedStartMonths);
  requireNonNegative(agreedStartMonths, "agreed_start_months");
  if (!ev.meets("startMonthsMax", agreedStartMonths, "agreed start")) {
    const message = { zh: `约定开工期 ${decShown(agreedStartMonths, Dec.ROUND_CEIL)} 个月，超过最长半年`, en: `agreed start of ${decShown(agreedStartMonths, Dec.ROUND_CEIL)} months exceeds the six-month maximum` };
    return ev.done([findingOf(ev, { param: "startMonthsMax", field: "agreed_start_months", value: agreedStartMonths, severity: "violation", message })]);
  }
  if (!ev.meets("startMonthsNormal", agreedStartMonths, "agreed start")) {
    const message = { zh: `约定开工期 ${decShown(agreedStartMonths, Dec.ROUND_CEIL)} 个月，长于一般的 3 个月`, en: `agreed start of ${decShown(agreedStartMonths, Dec.ROUND_CEIL)} months is longer than the usual three` };
    return ev.done([findingOf(ev, { param: "startMonthsNormal", field: "agreed_start_months", value: agreedStartMonths, severity: "notice", message })]);
  }
  return ev.done([]);
}

export interface ConstructionSchedule {
  /** EDATE(contract, 3): the usual agreed start. */
  startBy: IsoDate;
  /** EDATE(contract, 6): the latest start a contract may agree. */
  startLatest: IsoDate;
  months: number;
  /** EDATE(contract, months). */
  completeBy: IsoDate;
}

/** 温州 三(三)6: start-of-works and construction deadlines counted from the contract date. */
export function constructionSchedule(ctx: Context, contractDate: IsoDate, plannedInvestment: Dec): RuleResult<ConstructionSchedule> {
  const ev = new Evaluation(ctx, CONSTRUCTION_PERIOD)
    .input("contract_date", contractDate)
    .input("planned_investment", plannedInvestment);
  const months = monthsByInvestment(ev, plannedInvestment);
  const startBy = edate(contractDate, ev.num("startMonthsNormal").toNumber());
  const startLatest = edate(contractDate, ev.num("startMonthsMax").toNumber());
  const completeBy = edate(contractDate, months);
  ev.decide(`${months} months (by planned investment ${plannedInvestment.toFixed()} 万元) → EDATE(${contractDate}, ${months}) = ${completeBy}`);
  return ev.done({ startBy, startLatest, months, completeBy });
}
