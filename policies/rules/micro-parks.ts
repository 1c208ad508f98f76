import { requireNonNegative, requirePositive, requireWhole, type Finding } from "../engine/checks";
import type { Dec } from "../engine/decimal";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { shareOf, thresholdFindings } from "./land-shares";
import { MICRO_PARK_MORTGAGE, MICRO_PARK_SHARE } from "../catalogue/concepts";

export interface MicroParkInput {
  manufacturingFirms: Dec;
  totalFirms: Dec;
  /** Floor area used by manufacturing micro-firms, in the same unit as the total. */
  manufacturingArea: Dec;
  totalArea: Dec;
}

/** 宁波 二(十一) / 浙江 二(四): manufacturing micro-firms ≥ 70% by count and by area (原则上均不低于). */
export function microParkShareCheck(ctx: Context, input: MicroParkInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, MICRO_PARK_SHARE)
    .input("manufacturing_firms", input.manufacturingFirms)
    .input("total_firms", input.totalFirms)
    .input("manufacturing_area", input.manufacturingArea)
    .input("total_area", input.totalArea);
  requireWhole(input.manufacturingFirms, "manufacturing_firms");
  requireWhole(input.totalFirms, "total_firms");
  const byCount = shareOf(input.manufacturingFirms, input.totalFirms, "manufacturing_firms", "total_firms");
  const byArea = shareOf(input.manufacturingArea, input.totalArea, "manufacturing_area", "total_area");
  return ev.done([
    ...thresholdFindings(ev, "minFirmShare", byCount, "manufacturing_firm_share", { zh: "制造类小微企业数量占比", en: "manufacturing share by count" }),
    ...thresholdFindings(ev, "minAreaShare", byArea, "manufacturing_area_share", { zh: "制造类小微企业面积占比", en: "manufacturing share by area" }),
  ]);
}

export interface MicroParkMortgageInput {
  /** The highest mortgage amount, 万元. */
  mortgage: Dec;
  /** 土地出让价款, 万元. */
  landPrice: Dec;
  /** 竣工备案 done: the ceiling no longer applies. */
  completionFiled: boolean;
}

/** 宁波 二(十一): before 竣工备案 the highest mortgage must not exceed the land price (不超过 includes it). */
export function microParkMortgageCheck(ctx: Context, input: MicroParkMortgageInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, MICRO_PARK_MORTGAGE)
    .input("mortgage", input.mortgage)
    .input("land_price", input.landPrice)
    .input("completion_filed", input.completionFiled);
  requireNonNegative(input.mortgage, "mortgage");
  requirePositive(input.landPrice, "land_price");
  if (input.completionFiled) {
    ev.param("maxMortgageToLandPrice");
    ev.decide("竣工备案 filed: the pre-completion ceiling no longer applies");
    return ev.done([]);
  }
  const times = input.mortgage.div(input.landPrice);
  return ev.done(thresholdFindings(ev, "maxMortgageToLandPrice", times, "mortgage", { zh: "竣工备案前最高抵押额 ÷ 土地出让价款", en: "mortgage before completion ÷ land price" }));
}
