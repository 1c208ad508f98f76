// LAND.RECLAIMQUOTA · 复垦指标奖励 (NB-RECLAIM): its descriptor and adapter.
import { decShown } from "../../policies/engine/decimal";
import { choiceOf } from "../../policies/rules/choices";
import { reclamationQuota, type ReclamationQuota } from "../../policies/rules/ningbo-targets";
import { readDec, readText } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

const QUOTA_PARTS: Record<string, keyof ReclamationQuota> = {
  "": "total", total: "total", 合计: "total", 新增指标: "total",
  city: "cityAward", 市奖励: "cityAward", 市级奖励: "cityAward",
  local: "localQuota", 当地: "localQuota", 当地安排: "localQuota",
};

export default defineFunction({
  id: "RECLAIMQUOTA",
  zh: "复垦指标奖励",
  summary: {
    zh: "复垦腾出的建设用地指标：当地安排等量新增建设用地指标，其中市给予 50% 计划指标奖励（“其中”按包含在等量之内理解，为配置的假定）",
    en: "Construction-land quota from reclamation: an equal amount of new quota, of which the city awards 50% (其中 read as within the equal amount: the profile's assumption)",
  },
  params: [
    { name: "linkage_quota", zh: "复垦指标", help: { zh: "复垦形成的增减挂钩指标（亩）", en: "Linkage quota from reclamation (亩)" }, unit: "亩" },
    { name: "part", zh: "部分", optional: true, help: { zh: "total（合计，默认）、city（市奖励）或 local（当地安排）", en: "total (default), city (the city's award) or local (arranged locally)" } },
    PROFILE,
  ],
  returns: { type: "number", unit: "亩", help: { zh: "新增建设用地指标", en: "New construction-land quota" } },
  rules: ["NB-RECLAIM"],
  pinned: false,
  examples: [
    { formula: '=LAND.RECLAIMQUOTA(100, , "ningbo")', result: 100 },
    { formula: '=LAND.RECLAIMQUOTA(100, "city", "ningbo")', result: 50, note: { zh: "其中市奖励 50%", en: "of which the city awards 50%" } },
    { formula: '=LAND.RECLAIMQUOTA(100, "local", "ningbo")', result: 50 },
  ],
  adapter: (args, host) => {
    const part = choiceOf(QUOTA_PARTS, readText(args.part, "part"), "part", { zh: "total（合计，默认）、city（市奖励）或 local（当地安排）", en: "total (default), city (the city's award) or local (arranged locally)" });
    const r = reclamationQuota(contextFor(args.profile, host), readDec(args.linkage_quota, "linkage_quota"));
    const q = r.value;
    const notes: [string, string, string][] = [["指标 quota", `合计 total ${decShown(q.total)} · 市奖励 city ${decShown(q.cityAward)} · 当地 local ${decShown(q.localQuota)}`, `等量 equal ${decShown(q.equalQuota)}`]];
    return { ...amount({ value: q[part], trace: r.trace }), notes };
  },
});
