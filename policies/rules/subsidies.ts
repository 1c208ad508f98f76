import { dec, decMax, decMin, ZERO, type Dec } from "../engine/decimal";
import { requireNonNegative, requirePositive, requireRange, requireWhole } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { YUAN_PER_WAN } from "../engine/units";
import { barredByList, type ListStanding } from "./zengcheng-support";
import { ATTRACTION_SUBSIDY, INVESTMENT_SUBSIDY, RENT_SUBSIDY, VILLAGE_SUBSIDY } from "../catalogue/concepts";

export interface RentSubsidyInput {
  areaM2: Dec;
  /** Months of the year subsidised, 0–12. */
  months: Dec;
  /** Previous-year local economic contribution, 万元: the yearly cap. */
  contribution: Dec;
  /** Year of the subsidy, 1-based; beyond the rule's years → 0. */
  year: number;
  /** 增城 二(三)7 / 二(四)11: on the low-efficiency or 重点关注 list → 0 (ZC-NOSUPPORT). */
  listed?: ListStanding;
}

/** 增城 三(二)7 / 中山 二(十二): min(rate 元/㎡/月 × ㎡ × months ÷ 10000, contribution), for the first N years. */
export function rentSubsidy(ctx: Context, input: RentSubsidyInput): RuleResult<Dec> {
  const ev = new Evaluation(ctx, RENT_SUBSIDY)
    .input("area_m2", input.areaM2)
    .input("months", input.months)
    .input("contribution", input.contribution)
    .input("year", input.year);
  requireNonNegative(input.areaM2, "a");
  requireRange(input.months, 0, 12, "b");
  requireNonNegative(input.contribution, "c");
  requireWhole(requireRange(dec(input.year), 1, 100, "d"), "d");
  if (barredByList(ev, "rent", input.listed)) return ev.done(ZERO);
  if (!ev.meets("years", dec(input.year), "subsidy year")) return ev.done(ZERO);
  const gross = ev.num("ratePerM2Month").times(input.areaM2).times(input.months).div(YUAN_PER_WAN);
  const value = decMin(gross, input.contribution);
  ev.decide(`${ev.num("ratePerM2Month").toFixed()} × ${input.areaM2.toFixed()} × ${input.months.toFixed()} ÷ 10000 = ${gross.toFixed()} 万元; cap ${input.contribution.toFixed()} → ${value.toFixed()}`);
  return ev.done(value);
}

export interface InvestmentSubsidyInput {
  investment: Dec;
  plannedPerMu: Dec;
  year: number;
  alreadyPaid: Dec;
  /** 增城 二(三)7 / 二(四)11: on the low-efficiency or 重点关注 list → 0 (ZC-NOSUPPORT). */
  listed?: ListStanding;
}

/** 增城 三(二)5: planned ≥ 600 万元/亩 and year 1–3 → min(2% × investment, 3000 − paid), not below 0. */
export function investmentSubsidy(ctx: Context, input: InvestmentSubsidyInput): RuleResult<Dec> {
  const ev = new Evaluation(ctx, INVESTMENT_SUBSIDY)
    .input("investment", input.investment)
    .input("planned_per_mu", input.plannedPerMu)
    .input("year", input.year)
    .input("already_paid", input.alreadyPaid);
  requireNonNegative(input.investment, "a");
  requireNonNegative(input.plannedPerMu, "b");
  requireWhole(requireRange(dec(input.year), 1, 100, "c"), "c");
  requireNonNegative(input.alreadyPaid, "d");
  if (barredByList(ev, "investment", input.listed)) return ev.done(ZERO);
  if (!ev.meets("minPlannedPerMu", input.plannedPerMu, "planned investment per mu")) return ev.done(ZERO);
  if (!ev.meets("years", dec(input.year), "reward year")) return ev.done(ZERO);
  const share = input.investment.times(ev.num("share"));
  const room = decMax(ev.num("capPerProject").minus(input.alreadyPaid), ZERO);
  ev.decide(`2% × ${input.investment.toFixed()} = ${share.toFixed()}; room under the cap = ${room.toFixed()}`);
  return ev.done(decMin(share, room));
}

export interface InvestmentClawbackInput {
  /** Actual fixed-asset investment at completion, 万元. */
  actualInvestment: Dec;
  areaMu: Dec;
  /** Reward already paid under 三(二)5, 万元. */
  paid: Dec;
}

/** 增城 三(二)5: actual investment at completion 未达到 600 万元/亩 (< 600) → the paid reward is clawed back. */
export function investmentClawback(ctx: Context, input: InvestmentClawbackInput): RuleResult<Dec> {
  const ev = new Evaluation(ctx, INVESTMENT_SUBSIDY)
    .input("actual_investment", input.actualInvestment)
    .input("area_mu", input.areaMu)
    .input("paid", input.paid);
  requireNonNegative(input.actualInvestment, "actual_investment");
  requirePositive(input.areaMu, "area_mu");
  requireNonNegative(input.paid, "paid");
  const perMu = input.actualInvestment.div(input.areaMu);
  if (ev.meets("minActualPerMu", perMu, "actual investment per mu at completion")) return ev.done(ZERO);
  ev.decide(`below ${ev.num("minActualPerMu").toFixed()} 万元/亩 → claw back the ${input.paid.toFixed()} 万元 paid`);
  return ev.done(input.paid);
}

export interface AttractionSubsidyInput {
  output: Dec;
  contribution: Dec;
  /** A village industrial park project: 三(二)8 applies instead, so this reward is 0. */
  villagePark?: boolean;
  /** 增城 二(三)7 / 二(四)11: on the low-efficiency or 重点关注 list → 0 (ZC-NOSUPPORT). */
  listed?: ListStanding;
}

/** 增城 三(二)6: min(5% × first-year output, 2000, that year's district-level contribution); not village parks. */
export function attractionSubsidy(ctx: Context, input: AttractionSubsidyInput): RuleResult<Dec> {
  const ev = new Evaluation(ctx, ATTRACTION_SUBSIDY)
    .input("output", input.output)
    .input("contribution", input.contribution)
    .input("village_park", input.villagePark ?? false);
  requireNonNegative(input.output, "a");
  requireNonNegative(input.contribution, "b");
  if (barredByList(ev, "attraction", input.listed)) return ev.done(ZERO);
  if (input.villagePark && ev.flag("excludeVillageParks")) {
    ev.decide("village industrial park: 三(二)6 excludes it (三(二)8 applies) → 0");
    return ev.done(ZERO);
  }
  const share = input.output.times(ev.num("share"));
  const value = decMin(share, ev.num("capPerEnterprise"), input.contribution);
  ev.decide(`min(5% × ${input.output.toFixed()} = ${share.toFixed()}, ${ev.num("capPerEnterprise").toFixed()}, ${input.contribution.toFixed()}) = ${value.toFixed()}`);
  return ev.done(value);
}

export interface VillageSubsidyInput {
  output: Dec;
  contribution: Dec;
  year: number;
  /** 增城 二(三)7 / 二(四)11: on the low-efficiency or 重点关注 list → 0 (ZC-NOSUPPORT). */
  listed?: ListStanding;
}

/** 增城 三(二)8: years 1–3 from the first accounting year: min(5% × that year's output, that year's contribution). */
export function villageSubsidy(ctx: Context, input: VillageSubsidyInput): RuleResult<Dec> {
  const ev = new Evaluation(ctx, VILLAGE_SUBSIDY)
    .input("output", input.output)
    .input("contribution", input.contribution)
    .input("year", input.year);
  requireNonNegative(input.output, "a");
  requireNonNegative(input.contribution, "b");
  requireWhole(requireRange(dec(input.year), 1, 100, "c"), "c");
  if (barredByList(ev, "village", input.listed)) return ev.done(ZERO);
  if (!ev.meets("years", dec(input.year), "reward year")) return ev.done(ZERO);
  const value = decMin(input.output.times(ev.num("share")), input.contribution);
  ev.decide(`min(5% × ${input.output.toFixed()}, ${input.contribution.toFixed()}) = ${value.toFixed()}`);
  return ev.done(value);
}
