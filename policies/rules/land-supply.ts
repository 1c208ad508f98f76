import type { Finding } from "../engine/checks";
import { edate, isAfterDate, type IsoDate } from "../engine/dates";
import type { Dec } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { shareOf, thresholdFindings } from "./land-shares";
import { INDUSTRIAL_SUPPLY, REZONED_UPGRADE } from "../catalogue/concepts";


export interface SupplyInput {
  /** Industrial land (and sea) sold in the year, any area unit. */
  industrialArea: Dec;
  /** All construction land (and sea) sold in the year, same unit. */
  totalArea: Dec;
  /** Whether the region is a 工业大市大县; needed only where the profile limits the rule to them. */
  majorIndustrialRegion: boolean | null;
}

/** 宁波 二(二十三) / 浙江 三(一): industrial land's share of the year's land sold ≥ the profile's floor (不低于). */
export function industrialSupplyCheck(ctx: Context, input: SupplyInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, INDUSTRIAL_SUPPLY)
    .input("industrial_area", input.industrialArea)
    .input("total_area", input.totalArea)
    .input("major_industrial_region", input.majorIndustrialRegion);
  const share = shareOf(input.industrialArea, input.totalArea, "industrial_area", "total_area");
  if (ev.flag("onlyMajorIndustrialRegions")) {
    if (input.majorIndustrialRegion === null)
      throw valueError("major_industrial_region", "该要求仅适用于工业大市大县：请说明是否为工业大市大县", "the requirement binds only 工业大市大县: say whether the region is one");
    if (!input.majorIndustrialRegion) {
      ev.decide("not a 工业大市大县: the share requirement does not apply");
      return ev.done([]);
    }
  }
  return ev.done(thresholdFindings(ev, "minIndustrialShare", share, "industrial_share", { zh: "工业用地出让占比", en: "industrial share of land sold" }));
}


export interface RezonedInput {
  /** When the new (non-industrial) planned use is scheduled to be implemented; null = not scheduled. */
  implementationDate: IsoDate | null;
  /** 违法改变功能、违法出租 or the like. */
  unlawfulUse: boolean;
  /** The district government or 管委会 has confirmed (宁波 only). */
  confirmed: boolean;
}

export type RezonedBlock = "implemented-within-window" | "unlawful-use" | "unconfirmed";

export interface RezonedUpgrade {
  allowed: boolean;
  /** EDATE(as-of, 12 × years): implementation on or before this day is "within 5 years". */
  windowEnd: IsoDate;
  blockedBy: RezonedBlock[];
}

/**
 * 宁波 二(五) / 浙江 三(一): on planned industrial land already rezoned but not implemented
 * within 5 years (5年内, inclusive: to EDATE(as-of, 60)), upgrades and new or expanded
 * industrial projects are allowed absent unlawful use (and, in 宁波, once confirmed).
 */
export function rezonedUpgradeAllowed(ctx: Context, input: RezonedInput): RuleResult<RezonedUpgrade> {
  const ev = new Evaluation(ctx, REZONED_UPGRADE)
    .input("implementation_date", input.implementationDate)
    .input("unlawful_use", input.unlawfulUse)
    .input("confirmed", input.confirmed);
  const years = ev.num("rezonedGraceYears").toNumber();
  const windowEnd = edate(ctx.asOf, 12 * years);
  const blockedBy: RezonedBlock[] = [];
  if (input.implementationDate === null) ev.decide("new use not scheduled: not implemented within the window");
  else {
    const within = !isAfterDate(input.implementationDate, windowEnd);
    ev.decide(`implementation ${input.implementationDate} ≤ EDATE(${ctx.asOf}, ${12 * years}) = ${windowEnd} (${years}年内, inclusive): ${within ? "yes" : "no"}`);
    if (within) blockedBy.push("implemented-within-window");
  }
  if (input.unlawfulUse) {
    ev.decide("unlawful change of use or letting: not allowed");
    blockedBy.push("unlawful-use");
  }
  if (ev.flag("rezonedNeedsConfirmation") && !input.confirmed) {
    ev.decide("the district's confirmation is required and not given");
    blockedBy.push("unconfirmed");
  }
  return ev.done({ allowed: blockedBy.length === 0, windowEnd, blockedBy });
}
