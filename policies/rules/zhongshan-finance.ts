import type { Concept, ParamShape } from "../engine/concept";
import { dec, decMax, decShown, ZERO, type Dec } from "../engine/decimal";
import { addDays, daysBetween, edate, isAfterDate, isBeforeDate, type IsoDate } from "../engine/dates";
import { numError } from "../engine/errors";
import { requireNonNegative, requireWhole } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { YUAN_PER_WAN } from "../engine/units";
import { CONSOLIDATION_REWARD, INTEREST_SUBSIDY, LAND_SWAP, MONEY_COMPENSATION_CAP, RELOCATION_LOAN_INTEREST } from "../catalogue/concepts";

// 中山 中府〔2022〕11号: the money rules (interest support, compensation, rewards, land-price differences).

/** Interest a lender charged over one accrual period, 算头不算尾: from `from` up to, not including, `to`. */
export interface InterestPeriod {
  /** 万元. */
  interest: Dec;
  from: IsoDate;
  to: IsoDate;
}

/** The day after `date`: the exclusive end of a window that includes `date` (算头不算尾). */
function nextDay(date: IsoDate): IsoDate {
  return addDays(date, 1);
}

function earlier(a: IsoDate, b: IsoDate | null): IsoDate {
  return b !== null && isBeforeDate(b, a) ? b : a;
}


/**
 * The part of a period's interest accrued inside the window [start, end), pro-rated by days
 * (the profile's `accrual`, assumed: interest accrues evenly day by day), times the share supported.
 */
function supportedInterest(ev: Evaluation, period: InterestPeriod, start: IsoDate, end: IsoDate, share: Dec): Dec {
  requireNonNegative(period.interest, "interest");
  const periodDays = daysBetween(period.from, period.to);
  if (periodDays <= 0) throw numError("to", `计息期间终止日 ${period.to} 应晚于起始日 ${period.from}`, `the period end ${period.to} must come after its start ${period.from}`);
  ev.param("accrual");
  const from = isAfterDate(period.from, start) ? period.from : start;
  const to = isBeforeDate(period.to, end) ? period.to : end;
  const days = Math.max(0, daysBetween(from, to));
  const value = period.interest.times(share).times(days).div(periodDays);
  ev.decide(`window [${start}, ${end}); ${days} of ${periodDays} accrual days inside → ${period.interest.toFixed()} × ${share.toFixed()} × ${days}/${periodDays} = ${value.toFixed()}`);
  return value;
}

/** An evaluation of an interest rule with the period recorded, then the dates that bound its window. */
function interestEvaluation<S extends ParamShape>(ctx: Context, concept: Concept<S>, period: InterestPeriod, dates: Record<string, IsoDate | null>): Evaluation<S> {
  const ev = new Evaluation(ctx, concept).input("interest", period.interest).input("from", period.from).input("to", period.to);
  for (const [name, date] of Object.entries(dates)) ev.input(name, date);
  return ev;
}

export interface LandBankingInterestInput extends InterestPeriod {
  /** 筹措取得资金之日. */
  fundedOn: IsoDate;
  /** 竣工验收（综合验收备案） date; null while not completed. */
  completedOn: IsoDate | null;
}

/** 中山 二(七)1: interest from funding until completion acceptance, within the first 3 years, fully supported (不足3年的据实). */
export function landBankingInterestSubsidy(ctx: Context, input: LandBankingInterestInput): RuleResult<Dec> {
  const ev = interestEvaluation(ctx, INTEREST_SUBSIDY, input, { funded_on: input.fundedOn, completed_on: input.completedOn });
  const threeYears = edate(input.fundedOn, ev.num("landBanking.months").toNumber());
  const end = earlier(threeYears, input.completedOn === null ? null : nextDay(input.completedOn));
  return ev.done(supportedInterest(ev, input, input.fundedOn, end, ev.num("landBanking.share")));
}

export interface VillageLoanInterestInput extends InterestPeriod {
  /** 村集体取得贷款之日. */
  loanDate: IsoDate;
  /** 土地出让 date; null while unsold. */
  landSoldOn: IsoDate | null;
}

/** 中山 二(七)2: interest from the loan until 3 months after the land sale, within the first 3 years, fully supported. */
export function villageLoanInterestSubsidy(ctx: Context, input: VillageLoanInterestInput): RuleResult<Dec> {
  const ev = interestEvaluation(ctx, INTEREST_SUBSIDY, input, { loan_date: input.loanDate, land_sold_on: input.landSoldOn });
  const threeYears = edate(input.loanDate, ev.num("villagePrep.months").toNumber());
  // 出让后3个月内: the period ends with EDATE(sale, 3) itself (民法典 第201–202条).
  const afterSale = input.landSoldOn === null ? null : nextDay(edate(input.landSoldOn, ev.num("villagePrep.afterSaleMonths").toNumber()));
  return ev.done(supportedInterest(ev, input, input.loanDate, earlier(threeYears, afterSale), ev.num("villagePrep.share")));
}

export interface RelocationLoanInterestInput extends InterestPeriod {
  /** 村集体取得贷款之日. */
  loanDate: IsoDate;
}

/** 中山 二(十二): village loans providing relocation space: 50% of the interest in the first 3 years from the loan. */
export function relocationLoanInterestSubsidy(ctx: Context, input: RelocationLoanInterestInput): RuleResult<Dec> {
  const ev = interestEvaluation(ctx, RELOCATION_LOAN_INTEREST, input, { loan_date: input.loanDate });
  const end = edate(input.loanDate, ev.num("loanInterestMonths").toNumber());
  return ev.done(supportedInterest(ev, input, input.loanDate, end, ev.num("loanInterestShare")));
}

export interface CompensationCapInput {
  /** “工改工” land sale price, 万元. */
  landSalePrice: Dec;
  /** 农业土地开发资金 set aside from it, 万元. */
  agriculturalFund: Dec;
}

/** 中山 二(七)3: money compensation ≤ 100% × (工改工 sale price − agricultural-land development fund). */
export function moneyCompensationCap(ctx: Context, input: CompensationCapInput): RuleResult<Dec> {
  const ev = new Evaluation(ctx, MONEY_COMPENSATION_CAP)
    .input("land_sale_price", input.landSalePrice)
    .input("agricultural_fund", input.agriculturalFund);
  requireNonNegative(input.landSalePrice, "land_sale_price");
  requireNonNegative(input.agriculturalFund, "agricultural_fund");
  if (input.agriculturalFund.gt(input.landSalePrice))
    throw numError("agricultural_fund", `计提的农业土地开发资金 ${decShown(input.agriculturalFund)} 超过出让价款 ${decShown(input.landSalePrice)}`, `the agricultural fund ${decShown(input.agriculturalFund)} exceeds the sale price ${decShown(input.landSalePrice)}`);
  const share = ev.num("maxShare");
  const cap = input.landSalePrice.minus(input.agriculturalFund).times(share);
  ev.decide(`(${input.landSalePrice.toFixed()} − ${input.agriculturalFund.toFixed()}) × ${share.toFixed()} = ${cap.toFixed()}`);
  return ev.done(cap);
}

export interface ConsolidationInput {
  /** Different holders whose land is consolidated. */
  holders: number;
  areaMu: Dec;
  /** 计容建筑面积 of the new factory buildings, ㎡. */
  floorAreaM2: Dec;
  /** 涉及住宅、商服用地开发: excluded from the reward. */
  residentialOrCommercial: boolean;
  /** 新建工业厂房符合建设标准. */
  meetsBuildingStandard: boolean;
}

export interface ConsolidationReward {
  qualifies: boolean;
  /** At each milestone (施工许可, 竣工验收), 万元. */
  perMilestone: Dec;
  total: Dec;
}

/**
 * 中山 二(八): 3个以上 holders (3 counts) consolidated to 30 亩以上 → 100 元/㎡ of 计容建筑面积 at the
 * construction permit and again at completion acceptance, × the taper factor (assumed 1 until 退坡细则).
 */
export function consolidationReward(ctx: Context, input: ConsolidationInput): RuleResult<ConsolidationReward> {
  const ev = new Evaluation(ctx, CONSOLIDATION_REWARD)
    .input("holders", input.holders)
    .input("area_mu", input.areaMu)
    .input("floor_area_m2", input.floorAreaM2)
    .input("residential_or_commercial", input.residentialOrCommercial)
    .input("meets_building_standard", input.meetsBuildingStandard);
  requireWhole(requireNonNegative(dec(input.holders), "holders"), "holders");
  requireNonNegative(input.areaMu, "area_mu");
  requireNonNegative(input.floorAreaM2, "floor_area_m2");
  const holdersMet = ev.meets("minHolders", dec(input.holders), "holders");
  const areaMet = ev.meets("minAreaMu", input.areaMu, "consolidated area");
  ev.decide(`residential/commercial development: ${input.residentialOrCommercial ? "yes (excluded)" : "no"}; building standard met: ${input.meetsBuildingStandard ? "yes" : "no"}`);
  const qualifies = holdersMet && areaMet && !input.residentialOrCommercial && input.meetsBuildingStandard;
  if (!qualifies) return ev.done({ qualifies, perMilestone: ZERO, total: ZERO });
  const rate = ev.num("ratePerM2");
  const taper = ev.num("taperFactor");
  const perMilestone = rate.times(input.floorAreaM2).div(YUAN_PER_WAN).times(taper);
  const milestones = ev.num("milestones");
  ev.decide(`${rate.toFixed()} 元/㎡ × ${input.floorAreaM2.toFixed()} ㎡ ÷ 10000 × ${taper.toFixed()} = ${perMilestone.toFixed()} 万元, × ${milestones.toFixed()} milestones`);
  return ev.done({ qualifies, perMilestone, total: perMilestone.times(milestones) });
}

/** 中山 三(十八): land price = market value after − before; a negative difference counts as none. */
export function swapPriceDifference(ctx: Context, valueBefore: Dec, valueAfter: Dec): RuleResult<Dec> {
  const ev = new Evaluation(ctx, LAND_SWAP)
    .input("value_before", valueBefore)
    .input("value_after", valueAfter);
  requireNonNegative(valueBefore, "value_before");
  requireNonNegative(valueAfter, "value_after");
  ev.param("negativeCountsAsZero");
  const difference = decMax(valueAfter.minus(valueBefore), ZERO);
  ev.decide(`max(0, ${valueAfter.toFixed()} − ${valueBefore.toFixed()}) = ${difference.toFixed()}`);
  return ev.done(difference);
}
