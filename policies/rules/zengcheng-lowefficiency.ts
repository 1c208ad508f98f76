import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import type { Tier } from "./tiers";

export type LowEfficiencyExclusion = "strategicProject" | "chainLeader" | "paidShortfallOrPenalty" | "districtExempted";

/** The four exclusions of 二(三)6, in the order the clause lists them. */
export const LOW_EFFICIENCY_EXCLUSIONS: readonly LowEfficiencyExclusion[] = ["strategicProject", "chainLeader", "paidShortfallOrPenalty", "districtExempted"];

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
  const ev = new Evaluation(ctx, ["ZC-LOWEFF"], { zh: "低效工业用地认定", en: "low-efficiency land listing" })
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
