import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import { choiceOf } from "./choices";
import type { Tier } from "./tiers";
import { LOW_EFFICIENCY_LIST } from "../catalogue/concepts";

export type LowEfficiencyExclusion = "strategicProject" | "chainLeader" | "paidShortfallOrPenalty" | "districtExempted";

/** The four exclusions of 二(三)6, in the order the clause lists them. */
export const LOW_EFFICIENCY_EXCLUSIONS: readonly LowEfficiencyExclusion[] = ["strategicProject", "chainLeader", "paidShortfallOrPenalty", "districtExempted"];

const EXCLUSION_WORDS: Readonly<Record<string, LowEfficiencyExclusion | null>> = {
  "": null, none: null, 无: null,
  strategic: "strategicProject", 重大战略: "strategicProject", 重大战略项目: "strategicProject", 重大项目: "strategicProject", 功能性项目: "strategicProject",
  "chain-leader": "chainLeader", 链主: "chainLeader", 链主企业: "chainLeader", 龙头: "chainLeader", 龙头企业: "chainLeader",
  paid: "paidShortfallOrPenalty", 已缴纳: "paidShortfallOrPenalty", 已缴纳差额: "paidShortfallOrPenalty", 已缴纳违约金: "paidShortfallOrPenalty", 已缴纳税收差额或违约金: "paidShortfallOrPenalty",
  exempted: "districtExempted", 豁免: "districtExempted", 区政府确认: "districtExempted", 区政府确认不列入: "districtExempted",
};

/** The exclusion cell of 二(三)6, in English or the clause's words; blank → none. */
export function parseLowEfficiencyExclusion(text: unknown, argument = "exclusion"): LowEfficiencyExclusion | null {
  return choiceOf(EXCLUSION_WORDS, text, argument, {
    zh: "空白、strategic（重大战略项目）、chain-leader（链主企业）、paid（已缴纳税收差额或违约金）或 exempted（区政府确认不列入）",
    en: "blank, strategic, chain-leader, paid (shortfall or penalty paid) or exempted (by the district)",
  });
}

export interface LowEfficiencyInput {
  /** Last 亩产效益 evaluation tier; null when not evaluated. */
  tier: Tier | null;
  /** 经区政府认定的其他低效工业用地. */
  districtNamed: boolean;
  /** Which exclusions apply to the project (absent = false). */
  exclusions: Partial<Record<LowEfficiencyExclusion, boolean>>;
}

export interface LowEfficiencyDecision {
  listed: boolean;
  ground: "tier" | "district-named" | null;
  exclusion: LowEfficiencyExclusion | null;
  reason: Bilingual;
}

/** 增城 二(三)6: on the low-efficiency list when D-tier or district-named, unless one of the four exclusions applies. */
export function lowEfficiencyListing(ctx: Context, input: LowEfficiencyInput): RuleResult<LowEfficiencyDecision> {
  const ev = new Evaluation(ctx, LOW_EFFICIENCY_LIST)
    .input("tier", input.tier)
    .input("district_named", input.districtNamed);
  for (const x of LOW_EFFICIENCY_EXCLUSIONS) ev.input(x, input.exclusions[x] ?? false);
  const listedTier = ev.text("listedTier");
  const byTier = input.tier === listedTier;
  const byDistrict = input.districtNamed && ev.flag("districtNamedListed");
  ev.decide(`tier ${input.tier ?? "none"} = ${listedTier}: ${byTier ? "yes" : "no"}; named by the district: ${byDistrict ? "yes" : "no"}`);
  const ground = byTier ? "tier" : byDistrict ? "district-named" : null;
  if (ground === null)
    return ev.done({ listed: false, ground, exclusion: null, reason: { zh: `非 ${listedTier} 档，也未经区政府认定为低效用地`, en: `not ${listedTier}-tier and not named by the district` } });
  const groundText: Bilingual = byTier
    ? { zh: `亩产效益综合评价列入 ${listedTier} 档`, en: `${listedTier} in the 亩产效益 evaluation` }
    : { zh: "经区政府认定的其他低效工业用地", en: "named low-efficiency land by the district" };
  const exclusion = LOW_EFFICIENCY_EXCLUSIONS.find((x) => input.exclusions[x] === true && ev.flag(`exclude.${x}`)) ?? null;
  if (exclusion) {
    const p = ev.param(`exclude.${exclusion}`);
    ev.decide(`excluded: ${exclusion} (${p.citation})`);
    return ev.done({ listed: false, ground, exclusion, reason: { zh: `${groundText.zh}，但属于${p.label.zh.replace(/不列入$/, "")}，不列入（${p.citation}）`, en: `${groundText.en}, but excluded: ${p.label.en} (${p.citation})` } });
  }
  const citation = ev.param("listedTier").citation;
  return ev.done({ listed: true, ground, exclusion: null, reason: { zh: `${groundText.zh}，列入低效用地范围（${citation}）`, en: `${groundText.en} → on the low-efficiency list (${citation})` } });
}
