import type { Bilingual } from "../schema";
import { requireNonNegative, requireRange, type Finding } from "../engine/checks";
import { isAfterDate, parseIsoDate } from "../engine/dates";
import { decText, type Dec } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { findingOf, showValue } from "./findings";
import { shareOf, thresholdFindings } from "./land-shares";
import { RECLAMATION_QUOTA, REGION_TARGETS, RESERVED_SPACE } from "../catalogue/concepts";

/** A region's figures against the 2025 targets; a figure left null is not checked. */
export interface RegionTargetsInput {
  parkShare?: Dec | null;
  clusterTaxPerMu?: Dec | null;
  renewedMu?: Dec | null;
  firmsHelpedThisYear?: Dec | null;
  energyFreedTce?: Dec | null;
  privateShare?: Dec | null;
}

const TARGETS: ReadonlyArray<{ key: keyof RegionTargetsInput; param: string; field: string; share: boolean; what: Bilingual }> = [
  { key: "parkShare", param: "parkShare", field: "park_share", share: true, what: { zh: "工业用地入园率", en: "share of industrial land inside parks" } },
  { key: "clusterTaxPerMu", param: "clusterTaxPerMu", field: "cluster_tax_per_mu", share: false, what: { zh: "工业集聚区规上工业亩均税收", en: "cluster tax per mu" } },
  { key: "renewedMu", param: "renewedMu", field: "renewed_mu", share: false, what: { zh: "累计完成低效工业用地改造", en: "land renewed" } },
  { key: "firmsHelpedThisYear", param: "firmsHelpedPerYear", field: "firms_helped", share: false, what: { zh: "本年帮扶提升高耗低效企业", en: "firms helped this year" } },
  { key: "energyFreedTce", param: "energyFreedTce", field: "energy_freed_tce", share: false, what: { zh: "累计腾出用能", en: "energy use freed" } },
  { key: "privateShare", param: "privateShare", field: "private_share", share: true, what: { zh: "工业用地用于保障民间投资项目占比", en: "share for private investment" } },
];

/** 宁波 一(二): the 2025 targets; a shortfall is a notice until the deadline passes, a violation after. */
export function regionTargetsCheck(ctx: Context, input: RegionTargetsInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, REGION_TARGETS);
  const given = TARGETS.filter((t) => input[t.key] !== null && input[t.key] !== undefined);
  if (given.length === 0) throw valueError("targets", "至少填写一项目标指标", "give at least one target figure");
  const deadline = parseIsoDate(ev.text("deadline"), "NB-TARGET.deadline");
  const severity = isAfterDate(ctx.asOf, deadline) ? "violation" : "notice";
  ev.decide(`as of ${ctx.asOf} vs target date ${deadline}: a shortfall is a ${severity}`);
  const findings = given.flatMap((t) => {
    const x = input[t.key]!;
    ev.input(t.field, x);
    if (t.share) requireRange(x, 0, 1, t.field);
    else requireNonNegative(x, t.field);
    return thresholdFindings(ev, t.param, x, t.field, t.what, severity);
  });
  return ev.done(findings);
}

/** 宁波 二(四): the nominal reserve, 20% (左右) of the new space inside the control line. */
export function reservedSpace(ctx: Context, newSpace: Dec): RuleResult<Dec> {
  const ev = new Evaluation(ctx, RESERVED_SPACE).input("new_space", newSpace);
  requireNonNegative(newSpace, "new_space");
  const share = ev.num("share");
  ev.decide(`${decText(share)} × ${decText(newSpace)} (20%左右: nominal)`);
  return ev.done(newSpace.times(share));
}

/** 宁波 二(四): a planned reserve further than the tolerance from about 20% is a notice, never a violation. */
export function reserveShareCheck(ctx: Context, newSpace: Dec, reserved: Dec): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, RESERVED_SPACE).input("new_space", newSpace).input("reserved", reserved);
  const share = shareOf(reserved, newSpace, "reserved", "new_space");
  const nominal = ev.num("share");
  const tolerance = ev.num("tolerance");
  const [low, high] = [nominal.minus(tolerance), nominal.plus(tolerance)];
  const about = share.gte(low) && share.lte(high);
  ev.decide(`reserved share ${showValue(share, "fraction")} within ${showValue(low, "fraction")}–${showValue(high, "fraction")} (左右): ${about ? "yes" : "no"}`);
  if (about) return ev.done([]);
  const p = ev.param("share");
  const value = showValue(share, "fraction");
  const threshold = `≈ ${showValue(nominal, "fraction")}（${showValue(low, "fraction")}–${showValue(high, "fraction")}）`;
  const message = {
    zh: `预留空间占新增空间 ${value}，与“${showValue(nominal, "fraction")}左右”相差超过容差，请核实（${p.quote}）`,
    en: `the reserve is ${value} of the new space, further from "about ${showValue(nominal, "fraction")}" than the tolerance; please review`,
  };
  return ev.done([findingOf(ev, { param: "share", field: "reserved_share", value, threshold, severity: "notice", message })]);
}

export interface ReclamationQuota {
  /** New construction-land quota the local government arranges (等量). */
  equalQuota: Dec;
  /** The city's plan-quota reward (50%). */
  cityAward: Dec;
  /** What the local government supplies itself. */
  localQuota: Dec;
  /** Total new quota for industrial projects inside the control line. */
  total: Dec;
}

/**
 * 宁波 二(十九): linkage quota from reclamation → an equal amount of new quota, of which (其中)
 * the city grants 50%; the profile's awardWithinEqualQuota says whether the award is on top.
 */
export function reclamationQuota(ctx: Context, linkageQuota: Dec): RuleResult<ReclamationQuota> {
  const ev = new Evaluation(ctx, RECLAMATION_QUOTA).input("linkage_quota", linkageQuota);
  requireNonNegative(linkageQuota, "linkage_quota");
  const equalQuota = linkageQuota.times(ev.num("equalQuota"));
  const cityAward = equalQuota.times(ev.num("cityAwardShare"));
  const within = ev.flag("awardWithinEqualQuota");
  const localQuota = within ? equalQuota.minus(cityAward) : equalQuota;
  const total = within ? equalQuota : equalQuota.plus(cityAward);
  ev.decide(`equal quota ${decText(equalQuota)}; city award ${decText(cityAward)} ${within ? "within it (其中)" : "on top"} → total ${decText(total)}`);
  return ev.done({ equalQuota, cityAward, localQuota, total });
}
