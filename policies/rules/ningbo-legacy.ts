import type { Finding } from "../engine/checks";
import { isBeforeDate, parseIsoDate, type IsoDate } from "../engine/dates";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import { findingOf } from "./findings";
import { LEGACY_BUILDINGS } from "../catalogue/concepts";

// 宁波 二(十八): unlawful buildings of the past, and buildings kept after a penalty.

export interface LegacyDemolitionInput {
  /** The day the unlawful building was formed (形成). */
  formedOn: IsoDate;
  /** The renewal plan (工业用地综合整治方案) requires its demolition. */
  demolishedByPlan: boolean;
}

export interface LegacyDecision {
  eligible: boolean;
  reason: Bilingual;
}

/** 2013年5月28日前: the cut-off day itself is not 前 unless the profile says so. */
function formedBeforeCutoff(ev: Evaluation<typeof LEGACY_BUILDINGS.params>, formedOn: IsoDate): { before: boolean; cutoff: IsoDate } {
  const p = ev.param("formedBefore");
  const cutoff = parseIsoDate(String(p.value), "NB-LEGACY.formedBefore");
  const before = isBeforeDate(formedOn, cutoff) || (p.inclusive === true && !isBeforeDate(cutoff, formedOn));
  ev.decide(`formed ${formedOn} before ${cutoff}${p.inclusive ? " (inclusive)" : " (the day itself excluded)"}: ${before ? "yes" : "no"}`);
  return { before, cutoff };
}

/**
 * 宁波 二(十八): an unlawful building formed before 2013-05-28 (that day excluded) which the renewal
 * plan demolishes may be tied to directed sale of 小微企业园 space; others get no such treatment.
 */
export function legacyDirectedSaleEligible(ctx: Context, input: LegacyDemolitionInput): RuleResult<LegacyDecision> {
  const ev = new Evaluation(ctx, LEGACY_BUILDINGS)
    .input("formed_on", input.formedOn)
    .input("demolished_by_plan", input.demolishedByPlan);
  const { before, cutoff } = formedBeforeCutoff(ev, input.formedOn);
  const citation = ev.param("formedBefore").citation;
  if (!before) return ev.done({ eligible: false, reason: { zh: `${input.formedOn} 形成，不属于 ${cutoff} 前形成的违法建筑（${citation}）`, en: `formed ${input.formedOn}, not before ${cutoff} (${citation})` } });
  if (!input.demolishedByPlan) return ev.done({ eligible: false, reason: { zh: `综合整治方案未要求拆除（${citation}）`, en: `the renewal plan does not demolish it (${citation})` } });
  return ev.done({ eligible: true, reason: { zh: `${cutoff} 前形成、整治方案需拆除的违法建筑，可与小微企业园定向销售挂钩（${citation}）`, en: `formed before ${cutoff} and demolished by the plan: may be tied to directed micro-park sale (${citation})` } });
}

export interface KeptBuildingInput {
  /** 经行政处罚. */
  penalised: boolean;
  /** 符合规划、予以保留. */
  consistentWithPlan: boolean;
  /** 房屋安全鉴定合格证明. */
  safetyCertificate: boolean;
  /** 建设工程消防验收合格意见书（消防验收备案凭证）. */
  fireAcceptance: boolean;
}

/**
 * 宁波 二(十八): a building kept after an administrative penalty and consistent with the plan may be
 * sold or leased with the land only with both the house-safety certificate and the fire acceptance.
 */
export function keptBuildingTransferCheck(ctx: Context, input: KeptBuildingInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, LEGACY_BUILDINGS)
    .input("penalised", input.penalised)
    .input("consistent_with_plan", input.consistentWithPlan)
    .input("safety_certificate", input.safetyCertificate)
    .input("fire_acceptance", input.fireAcceptance);
  const findings: Finding[] = [];
  if ((!input.penalised || !input.consistentWithPlan) && ev.flag("keptAfterPenalty"))
    findings.push(
      findingOf(ev, {
        param: "keptAfterPenalty",
        field: input.penalised ? "consistent_with_plan" : "penalised",
        value: false,
        threshold: "经行政处罚并符合规划、予以保留",
        severity: "violation",
        message: { zh: "仅经行政处罚并符合规划、予以保留的现状建筑可带建筑物出让或租赁", en: "only a building kept after an administrative penalty and consistent with the plan may go with the land" },
      }),
    );
  // Both papers are needed (二(十八)); each missing one is its own finding.
  const papers = [
    { held: input.safetyCertificate, param: "requiresSafetyCertificate", field: "safety_certificate", name: "房屋安全鉴定合格证明", zh: "未取得房屋安全鉴定合格证明", en: "no house-safety certificate" },
    { held: input.fireAcceptance, param: "requiresFireAcceptance", field: "fire_acceptance", name: "消防验收合格意见书（消防验收备案凭证）", zh: "未取得建设工程消防验收合格意见书（消防验收备案凭证）", en: "no fire-acceptance opinion (or filing)" },
  ] as const;
  for (const paper of papers)
    if (!paper.held && ev.flag(paper.param))
      findings.push(
        findingOf(ev, {
          param: paper.param,
          field: paper.field,
          value: false,
          threshold: paper.name,
          severity: "violation",
          message: { zh: paper.zh, en: paper.en },
        }),
      );
  return ev.done(findings);
}
