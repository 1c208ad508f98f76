import { excelApiSupported } from "../../addin/settings";
import { builtInProfiles } from "../../policies/profiles";
import type { Concept } from "../../policies/engine/concept";
import type { Profile } from "../../policies/registry";
import type { Bilingual } from "../../policies/schema";

export type Readiness = { ready: true; profile: Profile } | { ready: false; why: Bilingual };

/**
 * Whether a workbook job can run: inside Excel (ExcelApi 1.12: sheet custom properties mark our
 * output sheets), with an active profile that has one of `rules` (or implements the concept).
 */
export function readiness(activeId: string | null, rules: readonly string[] | Concept, topic: Bilingual): Readiness {
  if (!excelApiSupported("1.12")) return { ready: false, why: { zh: "需要在 Excel 中打开本任务窗格", en: "open this task pane in Excel" } };
  const profile = activeId ? builtInProfiles.find(activeId) : undefined;
  if (!profile) return { ready: false, why: { zh: "请先选择政策配置", en: "choose a policy profile first" } };
  if (Array.isArray(rules) ? !rules.some((r) => profile.rules.has(r)) : !profile.concepts.has((rules as Concept).id))
    return { ready: false, why: { zh: `${profile.names.short}配置没有${topic.zh}规则`, en: `the ${profile.names.en} profile has no ${topic.en} rule` } };
  return { ready: true, profile };
}
