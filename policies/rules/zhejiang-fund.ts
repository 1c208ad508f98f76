import { requireNonNegative, type Finding } from "../engine/checks";
import type { Dec } from "../engine/decimal";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { shareOf, thresholdFindings } from "./land-shares";
import { RENEWAL_FUND } from "../catalogue/concepts";

/** 浙江 三(十): the least a place sets aside for the 腾笼换鸟 fund: 0.5% of the year's land-sale revenue (以上, inclusive). */
export function minimumRenewalFund(ctx: Context, landSaleRevenue: Dec): RuleResult<Dec> {
  const ev = new Evaluation(ctx, RENEWAL_FUND).input("land_sale_revenue", landSaleRevenue);
  requireNonNegative(landSaleRevenue, "land_sale_revenue");
  const share = ev.num("minRevenueShare");
  ev.decide(`${share.toFixed()} × ${landSaleRevenue.toFixed()} 万元`);
  return ev.done(landSaleRevenue.times(share));
}

/** 浙江 三(十): whether the amount set aside reaches 0.5% of the year's land-sale revenue. */
export function renewalFundCheck(ctx: Context, landSaleRevenue: Dec, setAside: Dec): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, RENEWAL_FUND).input("land_sale_revenue", landSaleRevenue).input("set_aside", setAside);
  const share = shareOf(setAside, landSaleRevenue, "set_aside", "land_sale_revenue");
  return ev.done(thresholdFindings(ev, "minRevenueShare", share, "fund_share", { zh: "“腾笼换鸟”专项经费占土地出让收入比例", en: "fund as a share of land-sale revenue" }));
}
