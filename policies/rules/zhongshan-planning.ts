import type { Bilingual } from "../schema";
import { dec, Dec, decShown } from "../engine/decimal";
import type { IsoDate } from "../engine/dates";
import { valueError } from "../engine/errors";
import { requireNonNegative, requireRange, type Finding } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { choiceOf } from "./choices";
import { findingOf, showValue } from "./findings";
import { insideLock, lockPeriod } from "./periods";
import { ANCILLARY_FACILITIES, CONSOLIDATION_REWARD, LAND_SWAP, PREFAB, SELF_HOLD, SINGLE_PROJECT } from "../catalogue/concepts";

// 中山 中府〔2022〕11号: planning and parcel conditions, checked.

export type RenewalType = "industrial" | "m0";

const RENEWAL_WORDS: Record<string, RenewalType> = {
  工改工: "industrial", industrial: "industrial", ggg: "industrial",
  工改m0: "m0", m0: "m0", "工改 m0": "m0",
};

/** The 项目类型 cell: 工改工 or 工改M0. */
export function parseRenewalType(text: unknown, argument = "project_type"): RenewalType {
  return choiceOf(RENEWAL_WORDS, text, argument, { zh: "工改工 或 工改M0", en: "工改工 or 工改M0" });
}

const RENEWAL_NAMES: Record<RenewalType, string> = { industrial: "工改工", m0: "工改M0" };

/** 中山 一(三): before the area plan is approved, only single projects of 30 亩以上（含本数） may proceed on their own plan. */
export function singleProjectCheck(ctx: Context, areaMu: Dec, areaPlanApproved = false): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, SINGLE_PROJECT)
    .input("area_mu", areaMu)
    .input("area_plan_approved", areaPlanApproved);
  requireNonNegative(areaMu, "area_mu");
  if (areaPlanApproved) {
    ev.decide("片区策划方案已批准 → the single-project allowance is not needed");
    return ev.done([]);
  }
  if (ev.meets("minAreaMu", areaMu, "project area")) return ev.done([]);
  const message = { zh: `片区策划方案批准前，单个项目用地 ${decShown(areaMu, Dec.ROUND_FLOOR)} 亩，未达到 30 亩，不能先行编制改造方案`, en: `before the area plan is approved a single project needs 30 mu; ${decShown(areaMu, Dec.ROUND_FLOOR)} mu cannot proceed on its own plan` };
  return ev.done([findingOf(ev, { param: "minAreaMu", field: "area_mu", value: areaMu, severity: "violation", message })]);
}

/** 中山 二(八): projects under 30 亩 (小于, so 30 itself is accepted) inside the 万亩千亩 parks are, in principle, no longer accepted. */
export function parkProjectAreaCheck(ctx: Context, areaMu: Dec, insideWanmuQianmuPark: boolean): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, CONSOLIDATION_REWARD)
    .input("area_mu", areaMu)
    .input("inside_park", insideWanmuQianmuPark);
  requireNonNegative(areaMu, "area_mu");
  if (!insideWanmuQianmuPark || ev.meets("parkProjectMinAreaMu", areaMu, "project area")) return ev.done([]);
  const message = { zh: `万亩千亩产业园范围内项目用地 ${decShown(areaMu, Dec.ROUND_FLOOR)} 亩，小于 30 亩，原则上不再受理改造方案`, en: `a ${decShown(areaMu, Dec.ROUND_FLOOR)}-mu project inside a 万亩千亩 park is under 30 mu: its plan is, in principle, no longer accepted` };
  return ev.done([findingOf(ev, { param: "parkProjectMinAreaMu", field: "area_mu", value: areaMu, severity: "violation", message })]);
}

/** A condition of a concession: met, or the reason it is not. */
function unmetIf(met: boolean, zh: string, en: string): Bilingual[] {
  return met ? [] : [{ zh, en }];
}

export interface SelfHoldQualification {
  areaMu: Dec;
  renewalType: RenewalType;
  /** 亩均税收 agreed in the supervision agreement, 万元/亩; null when there is no agreement. */
  agreedTaxPerMu: Dec | null;
  /** The agreement names the occupants as the city's 优先发展产业. */
  priorityIndustry: boolean;
}

function selfHoldUnmet(ev: Evaluation, q: SelfHoldQualification): Bilingual[] {
  requireNonNegative(q.areaMu, "area_mu");
  const type = RENEWAL_NAMES[q.renewalType];
  const taxParam = q.renewalType === "m0" ? "minAgreedTax.m0" : "minAgreedTax.industrial";
  const taxMet = q.agreedTaxPerMu !== null && ev.meets(taxParam, requireNonNegative(q.agreedTaxPerMu, "agreed_tax_per_mu"), "agreed tax per mu");
  return [
    ...unmetIf(ev.meets("minAreaMu", q.areaMu, "project area"), `用地面积 ${decShown(q.areaMu, Dec.ROUND_FLOOR)} 亩未达到 30 亩`, `area ${decShown(q.areaMu, Dec.ROUND_FLOOR)} mu is under 30 mu`),
    ...unmetIf(taxMet, `监管协议约定的${type}亩均税收未达到 ${ev.text(taxParam)} 万元/亩`, `no supervision agreement of at least ${ev.text(taxParam)} 万元/亩 for ${type}`),
    ...unmetIf(q.priorityIndustry, "监管协议未明确入驻项目为我市优先发展产业", "the agreement does not name the occupants as a priority industry"),
  ];
}

/** 中山 三(十四): the lowest self-held share allowed, 20% of registered floor area, when the project qualifies; null when it does not. */
export function selfHoldMinShare(ctx: Context, q: SelfHoldQualification): RuleResult<Dec | null> {
  const ev = new Evaluation(ctx, SELF_HOLD)
    .input("area_mu", q.areaMu)
    .input("project_type", RENEWAL_NAMES[q.renewalType])
    .input("agreed_tax_per_mu", q.agreedTaxPerMu)
    .input("priority_industry", q.priorityIndustry);
  return ev.done(selfHoldUnmet(ev, q).length === 0 ? ev.num("minSelfHeldShare") : null);
}

export interface SelfHoldInput extends SelfHoldQualification {
  /** Share of 确权登记总建筑面积 the renewer keeps, 0–1. */
  selfHeldShare: Dec;
  /** Areas of units split within a floor by room (按间/套), ㎡; empty when split by building or floor. */
  roomUnitsM2: readonly Dec[];
  /** null before any sale. */
  buyerIsEnterprise: boolean | null;
  registrationDate: IsoDate | null;
  /** Date a buyer applies to transfer; null when none. */
  transferDate: IsoDate | null;
  /** A split part is being split again. */
  resplit: boolean;
}

/**
 * 中山 三(十四): self-held share ≥ 20% (and only with the conditions met), room units ≥ 300 ㎡,
 * enterprise buyers, no transfer through EDATE(registration, 60) (the reading note), no re-splitting.
 */
export function selfHoldCheck(ctx: Context, input: SelfHoldInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, SELF_HOLD)
    .input("area_mu", input.areaMu)
    .input("project_type", RENEWAL_NAMES[input.renewalType])
    .input("agreed_tax_per_mu", input.agreedTaxPerMu)
    .input("priority_industry", input.priorityIndustry)
    .input("self_held_share", input.selfHeldShare)
    .input("room_units_m2", input.roomUnitsM2.map((u) => u.toFixed()).join(","))
    .input("buyer_is_enterprise", input.buyerIsEnterprise)
    .input("registration_date", input.registrationDate)
    .input("transfer_date", input.transferDate)
    .input("resplit", input.resplit);
  requireRange(input.selfHeldShare, 0, 1, "self_held_share");
  const findings: Finding[] = [];
  const unmet = selfHoldUnmet(ev, input);
  if (!ev.meets("minSelfHeldShare", input.selfHeldShare, "self-held share"))
    findings.push(
      findingOf(ev, {
        param: "minSelfHeldShare",
        field: "self_held_share",
        value: input.selfHeldShare,
        severity: "violation",
        message: { zh: `自持比例 ${showValue(input.selfHeldShare, "fraction", Dec.ROUND_FLOOR)} 低于最低 20%`, en: `self-held share ${showValue(input.selfHeldShare, "fraction", Dec.ROUND_FLOOR)} is below the 20% minimum` },
      }),
    );
  else if (unmet.length > 0 && input.selfHeldShare.lt(1))
    findings.push(
      findingOf(ev, {
        param: "minSelfHeldShare",
        field: "self_held_share",
        value: input.selfHeldShare,
        threshold: "降低自持比例的条件",
        severity: "notice",
        message: {
          zh: `不具备降低自持比例至 20% 的条件（${unmet.map((u) => u.zh).join("；")}），自持比例按一般规定执行`,
          en: `the 20% self-hold concession does not apply (${unmet.map((u) => u.en).join("; ")}); the general self-hold rule governs`,
        },
      }),
    );
  input.roomUnitsM2.forEach((unit, i) => {
    if (ev.meets("minRoomUnitM2", requireNonNegative(unit, `room_units_m2[${i + 1}]`), `room unit ${i + 1}`)) return;
    findings.push(
      findingOf(ev, {
        param: "minRoomUnitM2",
        field: `room_units_m2[${i + 1}]`,
        value: unit,
        severity: "violation",
        message: { zh: `按间（套）分割单元面积 ${decShown(unit, Dec.ROUND_FLOOR)} ㎡，小于 300 ㎡`, en: `a room unit of ${decShown(unit, Dec.ROUND_FLOOR)} ㎡ is under 300 ㎡` },
      }),
    );
  });
  if (input.buyerIsEnterprise === false && ev.flag("buyerMustBeEnterprise"))
    findings.push(
      findingOf(ev, {
        param: "buyerMustBeEnterprise",
        field: "buyer_is_enterprise",
        value: false,
        threshold: "企业",
        severity: "violation",
        message: { zh: "受让主体须为企业", en: "the buyer must be an enterprise" },
      }),
    );
  if (input.transferDate !== null) findings.push(...transferLockFindings(ev, input.registrationDate, input.transferDate));
  if (input.resplit && ev.flag("noResplit"))
    findings.push(
      findingOf(ev, {
        param: "noResplit",
        field: "resplit",
        value: true,
        threshold: "不得再次分割",
        severity: "violation",
        message: { zh: "已办理分割部分不得申请再次分割", en: "a part already split may not be split again" },
      }),
    );
  return ev.done(findings);
}

/** 三(十四): 自完成登记之日起5年内不得申请转让 — the last day, EDATE(registration, 60), is still inside (RULES.md reading note). */
function transferLockFindings(ev: Evaluation, registrationDate: IsoDate | null, transferDate: IsoDate): Finding[] {
  if (registrationDate === null) throw valueError("registration_date", "判断 5 年内不得转让需要登记日期", "the five-year transfer lock needs the registration date");
  const lock = lockPeriod(ev, registrationDate, "noTransferMonths", "transferAllowedOnEndDay", "registration_date");
  ev.decide(`transfer ${transferDate} before ${lock.freeFrom}: ${insideLock(lock, transferDate) ? "within 5 years" : "allowed"}`);
  if (!insideLock(lock, transferDate)) return [];
  return [
    findingOf(ev, {
      param: "noTransferMonths",
      field: "transfer_date",
      value: transferDate,
      threshold: `≥ ${lock.freeFrom}`,
      severity: "violation",
      message: { zh: `登记之日（${registrationDate}）起 5 年内（至 ${lock.lastDay}）不得申请转让，最早 ${lock.freeFrom}`, en: `no transfer within five years of registration (${registrationDate}, through ${lock.lastDay}); earliest ${lock.freeFrom}` },
    }),
  ];
}

export interface AncillaryInput {
  areaMu: Dec;
  renewalType: RenewalType;
  /** 行政办公及生活配套设施用地 as a share of the land area, 0–1. */
  ancillaryLandShare: Dec;
  /** Their share of 计容建筑面积, 0–1. */
  ancillaryFloorShare: Dec;
}

function ancillaryUnmet(ev: Evaluation, input: AncillaryInput): Bilingual[] {
  requireNonNegative(input.areaMu, "area_mu");
  requireRange(input.ancillaryLandShare, 0, 1, "ancillary_land_share");
  return [
    ...unmetIf(input.renewalType === "industrial", "非“工改工”项目", "not a 工改工 project"),
    ...unmetIf(ev.meets("minAreaMu", input.areaMu, "project area"), `用地面积 ${decShown(input.areaMu, Dec.ROUND_FLOOR)} 亩未达到 30 亩`, `area ${decShown(input.areaMu, Dec.ROUND_FLOOR)} mu is under 30 mu`),
    ...unmetIf(
      ev.meets("maxAncillaryLandShare", input.ancillaryLandShare, "ancillary land share"),
      `配套设施用地占比 ${showValue(input.ancillaryLandShare, "fraction", Dec.ROUND_CEIL)} 超过 7%`,
      `ancillary land share ${showValue(input.ancillaryLandShare, "fraction", Dec.ROUND_CEIL)} exceeds 7%`,
    ),
  ];
}

/**
 * 中山 三(十五): a 30 亩以上 工改工 project whose admin and living land is ≤ 7% may raise their floor
 * share to 20% (a violation above it); a project without the conditions gets a notice that the allowance does not apply.
 */
export function ancillaryCheck(ctx: Context, input: AncillaryInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, ANCILLARY_FACILITIES)
    .input("area_mu", input.areaMu)
    .input("project_type", RENEWAL_NAMES[input.renewalType])
    .input("ancillary_land_share", input.ancillaryLandShare)
    .input("ancillary_floor_share", input.ancillaryFloorShare);
  requireRange(input.ancillaryFloorShare, 0, 1, "ancillary_floor_share");
  const unmet = ancillaryUnmet(ev, input);
  if (!ev.meets("maxAncillaryFloorShare", input.ancillaryFloorShare, "ancillary floor share")) {
    const message = { zh: `配套设施计容建筑面积占比 ${showValue(input.ancillaryFloorShare, "fraction", Dec.ROUND_CEIL)} 超过 20%`, en: `ancillary floor share ${showValue(input.ancillaryFloorShare, "fraction", Dec.ROUND_CEIL)} exceeds 20%` };
    return ev.done([findingOf(ev, { param: "maxAncillaryFloorShare", field: "ancillary_floor_share", value: input.ancillaryFloorShare, severity: "violation", message })]);
  }
  if (unmet.length === 0 || input.ancillaryFloorShare.isZero()) return ev.done([]);
  const message = {
    zh: `不适用配套设施计容建筑面积占比提高到 20% 的规定（${unmet.map((u) => u.zh).join("；")}），占比按一般标准核定`,
    en: `the 20% ancillary floor-share allowance does not apply (${unmet.map((u) => u.en).join("; ")}); the general standard governs`,
  };
  return ev.done([
    findingOf(ev, { param: "maxAncillaryFloorShare", field: "ancillary_floor_share", value: input.ancillaryFloorShare, threshold: "提高到 20% 的条件", severity: "notice", message }),
  ]);
}

/** 中山 三(十五): the ancillary floor share allowed, 20%, when the conditions hold; null when the allowance does not apply. */
export function ancillaryFloorShareCap(ctx: Context, input: Omit<AncillaryInput, "ancillaryFloorShare">): RuleResult<Dec | null> {
  const ev = new Evaluation(ctx, ANCILLARY_FACILITIES)
    .input("area_mu", input.areaMu)
    .input("project_type", RENEWAL_NAMES[input.renewalType])
    .input("ancillary_land_share", input.ancillaryLandShare);
  const unmet = ancillaryUnmet(ev, { ...input, ancillaryFloorShare: dec(0) });
  return ev.done(unmet.length === 0 ? ev.num("maxAncillaryFloorShare") : null);
}

/** 中山 三(十八): where residential land is involved, 计容建筑面积 after the layout adjustment must not exceed before. */
export function residentialFloorAreaCheck(ctx: Context, floorBeforeM2: Dec, floorAfterM2: Dec): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, LAND_SWAP)
    .input("floor_before_m2", floorBeforeM2)
    .input("floor_after_m2", floorAfterM2);
  requireNonNegative(floorBeforeM2, "floor_before_m2");
  requireNonNegative(floorAfterM2, "floor_after_m2");
  const increased = floorAfterM2.gt(floorBeforeM2) && ev.flag("residentialFloorMayNotIncrease");
  ev.decide(`after ${floorAfterM2.toFixed()} > before ${floorBeforeM2.toFixed()}: ${increased ? "yes" : "no"}`);
  if (!increased) return ev.done([]);
  const message = { zh: `调整后住宅计容建筑面积 ${decShown(floorAfterM2)} ㎡ 多于调整前 ${decShown(floorBeforeM2)} ㎡`, en: `residential floor area rises from ${decShown(floorBeforeM2)} ㎡ to ${decShown(floorAfterM2)} ㎡` };
  return ev.done([
    findingOf(ev, { param: "residentialFloorMayNotIncrease", field: "floor_after_m2", value: floorAfterM2, threshold: `≤ ${decShown(floorBeforeM2)} ㎡`, severity: "violation", message }),
  ]);
}

/** 中山 三(十九): a park building of 3000 ㎡ 以上 (inclusive) is encouraged to be prefabricated: a notice, not a violation. */
export function prefabNotice(ctx: Context, buildingAreaM2: Dec, prefabricated: boolean): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, PREFAB)
    .input("building_area_m2", buildingAreaM2)
    .input("prefabricated", prefabricated);
  requireNonNegative(buildingAreaM2, "building_area_m2");
  if (prefabricated || !ev.meets("minBuildingAreaM2", buildingAreaM2, "single building floor area")) return ev.done([]);
  const message = { zh: `单体建筑面积 ${decShown(buildingAreaM2)} ㎡，达到 3000 ㎡，鼓励采用装配式建筑`, en: `a ${decShown(buildingAreaM2)} ㎡ building (3000 ㎡ or more) is encouraged to be prefabricated` };
  return ev.done([findingOf(ev, { param: "minBuildingAreaM2", field: "building_area_m2", value: buildingAreaM2, severity: "notice", message })]);
}
