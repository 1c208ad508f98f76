import { requireNonNegative, requirePositive, type Finding } from "../engine/checks";
import { decText, type Dec } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { choiceOf } from "./choices";
import { shareOf, thresholdFindings } from "./land-shares";
import { FAR_BONUS, FAR_MINIMUM, MIXED_USE } from "../catalogue/concepts";

/** 宁波 二(六) sets one FAR floor for the city districts (市区) and another for the counties (县（市）). */
export type NingboArea = "district" | "county";

const AREA_WORDS: Record<string, NingboArea> = {
  district: "district", city: "district", 市区: "district", 区: "district",
  county: "county", 县: "county", 县市: "county", "县（市）": "county", "县(市)": "county", 县级市: "county",
};

export function parseNingboArea(text: unknown, argument = "area"): NingboArea {
  return choiceOf(AREA_WORDS, text, argument, { zh: "district（市区）或 county（县（市））", en: "district (市区) or county (县（市）)" });
}

/** 宁波 二(六): the FAR floor of new industrial land by area (原则上不低于; no upper limit). */
export function minimumFar(ctx: Context, area: NingboArea): RuleResult<Dec> {
  const ev = new Evaluation(ctx, FAR_MINIMUM).input("area", area);
  const value = ev.num(`minFar.${area}`);
  ev.decide(`${area === "district" ? "市区" : "县（市）"} → minFar.${area} = ${decText(value)} (不低于, inclusive)`);
  return ev.done(value);
}

export interface NewIndustrialFarInput {
  far: Dec;
  area: NingboArea;
  /** A project with special requirements (有特殊要求的项目) is excepted from the floor. */
  specialRequirement: boolean;
  /** R&D, design, testing and pilot floor area (㎡); null to skip that check. */
  rdFloorM2: Dec | null;
  /** The project's total floor area (㎡), needed with rdFloorM2. */
  totalFloorM2: Dec | null;
}

/**
 * 宁波 二(六): FAR ≥ 2.0 (市区) / ≥ 1.5 (县（市）) unless the project has special requirements;
 * no upper limit; R&D/design/testing/pilot floor area ≤ 15% of the total floor area.
 */
export function newIndustrialFarCheck(ctx: Context, input: NewIndustrialFarInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, FAR_MINIMUM)
    .input("far", input.far)
    .input("area", input.area)
    .input("special_requirement", input.specialRequirement)
    .input("rd_floor_m2", input.rdFloorM2)
    .input("total_floor_m2", input.totalFloorM2);
  requireNonNegative(input.far, "far");
  if (!ev.flag("farUpperLimit")) ev.decide("容积率一般不设上限: no ceiling checked");
  const findings: Finding[] = [];
  if (input.specialRequirement && ev.flag("specialProjectsExcepted")) ev.decide("project with special requirements: the FAR floor does not apply");
  else findings.push(...thresholdFindings(ev, `minFar.${input.area}`, input.far, "far", { zh: "容积率", en: "FAR" }));
  if (input.rdFloorM2 !== null) {
    if (input.totalFloorM2 === null) throw valueError("total_floor_m2", "给出研发等设施建筑面积时须同时给出总建筑面积", "give the total floor area with the R&D floor area");
    const share = shareOf(input.rdFloorM2, input.totalFloorM2, "rd_floor_m2", "total_floor_m2");
    findings.push(...thresholdFindings(ev, "maxRdFloorShare", share, "rd_floor_share", { zh: "研发、设计、检测、中试设施建筑面积占比", en: "R&D/design/testing/pilot floor share" }));
  }
  return ev.done(findings);
}

/** 宁波 二(七): in mixed industrial land the industrial floor area is at least 50% of the total (不得低于). */
export function mixedUseCheck(ctx: Context, industrialFloorM2: Dec, totalFloorM2: Dec): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, MIXED_USE)
    .input("industrial_floor_m2", industrialFloorM2)
    .input("total_floor_m2", totalFloorM2);
  const share = shareOf(industrialFloorM2, totalFloorM2, "industrial_floor_m2", "total_floor_m2");
  return ev.done(thresholdFindings(ev, "minIndustrialFloorShare", share, "industrial_floor_share", { zh: "工业建筑面积占比", en: "industrial floor share" }));
}

export interface FarBonus {
  eligible: boolean;
  /** far ÷ guide − 1, exact. */
  excess: Dec;
  /** The lowest FAR that qualifies: guide × (1 + 40%). */
  requiredFar: Dec;
}

/** 宁波 二(二十五): FAR exceeding the provincial 标准地 guide by 40% or more (以上, inclusive) → eligible for a reward. */
export function farBonusEligibility(ctx: Context, far: Dec, guideFar: Dec): RuleResult<FarBonus> {
  const ev = new Evaluation(ctx, FAR_BONUS).input("far", far).input("guide_far", guideFar);
  requireNonNegative(far, "far");
  requirePositive(guideFar, "guide_far");
  const excess = far.div(guideFar).minus(1);
  const eligible = ev.meets("minExcessOverGuide", excess, "excess over the guide");
  const requiredFar = guideFar.times(ev.num("minExcessOverGuide").plus(1));
  return ev.done({ eligible, excess, requiredFar });
}
