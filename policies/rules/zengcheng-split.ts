import { requireNonNegative, requirePositive, type Finding } from "../engine/checks";
import { isBeforeDate, type IsoDate } from "../engine/dates";
import { Dec, decShown, decSum, decText } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { findingOf } from "./findings";
import { insideLock, lockPeriod } from "./periods";
import { SPLIT_TRANSFER } from "../catalogue/concepts";

export type SplitUse = "industrial" | "ancillary";

export interface SplitUnit {
  areaM2: Dec;
  /** 产业用房, or 配套行政办公及生活设施. */
  use: SplitUse;
}

export interface SplitTransferInput {
  /** The units conveyed together in this split transfer. */
  units: readonly SplitUnit[];
  /** The project's 产业用房 and ancillary floor areas, ㎡, for "随产业用房比例"; null = not checked. */
  projectIndustrialM2?: Dec | null;
  projectAncillaryM2?: Dec | null;
  /** For a re-transfer: the date of the split-transfer 不动产登记 it follows, and the new transfer's date. */
  registeredOn?: IsoDate | null;
  transferOn?: IsoDate | null;
}

function sumOf(units: readonly SplitUnit[], use: SplitUse): Dec {
  return decSum(units.filter((u) => u.use === use).map((u) => u.areaM2));
}

/** 三(一)2: each 产业用房 unit ≥ 500 ㎡ (不低于, inclusive). */
function unitSizeFindings(ev: Evaluation, units: readonly SplitUnit[]): Finding[] {
  return units.flatMap((u, i) =>
    u.use === "industrial" && !ev.meets("minUnitM2", u.areaM2, `unit ${i + 1} floor area`)
      ? [findingOf(ev, { param: "minUnitM2", field: "area_m2", value: u.areaM2, severity: "violation", message: { zh: `第 ${i + 1} 个分割单元建筑面积 ${decShown(u.areaM2, Dec.ROUND_FLOOR)} ㎡ 低于 500 ㎡`, en: `unit ${i + 1} floor area ${decShown(u.areaM2, Dec.ROUND_FLOOR)} ㎡ is below 500 ㎡` } })]
      : [],
  );
}

/** 三(一)2: ancillary space never alone, and no more than its project share of the 产业用房 conveyed. */
function ancillaryFindings(ev: Evaluation, input: SplitTransferInput): Finding[] {
  const ancillary = sumOf(input.units, "ancillary");
  if (ancillary.isZero() || !ev.flag("ancillaryOnlyWithIndustrial")) return [];
  const industrial = sumOf(input.units, "industrial");
  if (industrial.isZero())
    return [findingOf(ev, { param: "ancillaryOnlyWithIndustrial", field: "use", value: "ancillary", threshold: "随产业用房 / with 产业用房", severity: "violation", message: { zh: "配套行政办公及生活设施不得独立分割转让", en: "ancillary office/living space may not be split and transferred on its own" } })];
  const projectIndustrial = input.projectIndustrialM2 ?? null;
  const projectAncillary = input.projectAncillaryM2 ?? null;
  if (projectIndustrial === null || projectAncillary === null) {
    ev.decide("project floor areas not given: 随产业用房比例 not checked");
    return [findingOf(ev, { param: "ancillaryOnlyWithIndustrial", field: "project_ancillary_m2", value: "", threshold: "随产业用房比例", severity: "notice", message: { zh: "未给出项目产业用房及配套设施面积，未核对配套设施比例", en: "project floor areas not given; the ancillary proportion was not checked" } })];
  }
  requirePositive(projectIndustrial, "project_industrial_m2");
  requireNonNegative(projectAncillary, "project_ancillary_m2");
  const allowed = industrial.times(projectAncillary).div(projectIndustrial);
  ev.decide(`ancillary ${decText(ancillary)} ≤ ${decText(industrial)} × ${decText(projectAncillary)} ÷ ${decText(projectIndustrial)} = ${decText(allowed)} ㎡: ${ancillary.lte(allowed) ? "yes" : "no"}`);
  if (ancillary.lte(allowed)) return [];
  return [findingOf(ev, { param: "ancillaryOnlyWithIndustrial", field: "ancillary_m2", value: ancillary, threshold: `≤ ${decShown(allowed, Dec.ROUND_FLOOR)} ㎡`, severity: "violation", message: { zh: `配套设施 ${decShown(ancillary, Dec.ROUND_CEIL)} ㎡ 超过随产业用房比例可分割的 ${decShown(allowed, Dec.ROUND_FLOOR)} ㎡`, en: `ancillary space ${decShown(ancillary, Dec.ROUND_CEIL)} ㎡ exceeds its proportional share ${decShown(allowed, Dec.ROUND_FLOOR)} ㎡` } })];
}

/** 三(一)2: 5 年内不得再次转让 — the last day, EDATE(registration, 60), is still inside (RULES.md reading note). */
function resaleFindings(ev: Evaluation, input: SplitTransferInput): Finding[] {
  const registered = input.registeredOn ?? null;
  const transfer = input.transferOn ?? null;
  if (registered === null || transfer === null) return [];
  if (isBeforeDate(transfer, registered)) throw valueError("transfer_on", `转让日期 ${transfer} 早于登记日期 ${registered}`, `transfer date ${transfer} is before the registration ${registered}`);
  const lock = lockPeriod(ev, registered, "noResaleMonths", "resaleAllowedOnEndDay", "registered_on");
  const inside = insideLock(lock, transfer);
  ev.decide(`re-transfer ${transfer} before ${lock.freeFrom}: ${inside ? "within 5 years" : "allowed"}`);
  if (!inside) return [];
  return [findingOf(ev, { param: "noResaleMonths", field: "transfer_on", value: transfer, threshold: `≥ ${lock.freeFrom}`, severity: "violation", message: { zh: `自分割转让登记之日 ${registered} 起 5 年内（至 ${lock.lastDay}）不得再次转让，最早 ${lock.freeFrom}`, en: `no re-transfer within 5 years of the registration on ${registered} (through ${lock.lastDay}); earliest ${lock.freeFrom}` } })];
}

/** 增城 三(一)2: the findings for one split transfer of 工改工 产业用房. */
export function splitTransferCheck(ctx: Context, input: SplitTransferInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, SPLIT_TRANSFER)
    .input("units", input.units.map((u) => `${u.use} ${decText(u.areaM2)}`).join("; "))
    .input("project_industrial_m2", input.projectIndustrialM2)
    .input("project_ancillary_m2", input.projectAncillaryM2)
    .input("registered_on", input.registeredOn)
    .input("transfer_on", input.transferOn);
  if (input.units.length === 0) throw valueError("units", "至少需要一个分割单元", "at least one unit is needed");
  input.units.forEach((u, i) => requireNonNegative(u.areaM2, `units[${i + 1}].area_m2`));
  return ev.done([...unitSizeFindings(ev, input.units), ...ancillaryFindings(ev, input), ...resaleFindings(ev, input)]);
}
