// LAND.SELFHOLDELIGIBLE · 可降低自持 (ZS-SELFHOLD): its descriptor and adapter.
import { parseRenewalType, selfHoldMinShare } from "../../policies/rules/zhongshan-planning";
import { optionalDec, readDec, readFlag, requireText } from "../coerce";
import { contextFor } from "../context";
import { shareGranted } from "../outcome";
import { defineFunction, flag, mu, perMu, PROFILE } from "../spec";

export default defineFunction({
  id: "SELFHOLDELIGIBLE",
  zh: "可降低自持",
  summary: {
    zh: "自持比例可降至 20% 的条件（TRUE）：30 亩以上，监管协议约定亩均税收 工改工 ≥ 30、工改M0 ≥ 100 万元/亩，且入驻为优先发展产业",
    en: "Whether the self-held share may drop to 20% (TRUE): 30 亩以上, an agreed tax per mu ≥ 30 (工改工) or ≥ 100 (工改M0) 万元/亩, occupants in priority industries",
  },
  params: [
    mu("area_mu", "用地面积", "Land area"),
    { name: "project_type", zh: "项目类型", help: { zh: "工改工 或 工改M0", en: "工改工 or 工改M0" } },
    perMu("agreed_tax_per_mu", "约定亩均税收", "Agreed tax per mu (blank: no agreement)", true),
    flag("priority_industry", "优先发展产业", "Occupants named as priority industries", false),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：可降至 20%", en: "TRUE: may drop to 20%" } },
  rules: ["ZS-SELFHOLD"],
  pinned: false,
  examples: [
    { formula: '=LAND.SELFHOLDELIGIBLE(30, "工改工", 30, TRUE(), "zhongshan")', result: true, note: { zh: "30 亩以上、不低于 30 万元/亩均含本数", en: "30 亩以上 and ≥ 30 include the numbers" } },
    { formula: '=LAND.SELFHOLDELIGIBLE(29.99, "工改工", 30, TRUE(), "zhongshan")', result: false },
    { formula: '=LAND.SELFHOLDELIGIBLE(40, "工改M0", 99, TRUE(), "zhongshan")', result: false },
    { formula: '=LAND.SELFHOLDELIGIBLE(40, "工改M0", 100, TRUE(), "zhongshan")', result: true },
  ],
  adapter: (args, host) =>
    shareGranted(
      selfHoldMinShare(contextFor(args.profile, host), {
        areaMu: readDec(args.area_mu, "area_mu"),
        renewalType: parseRenewalType(requireText(args.project_type, "project_type"), "project_type"),
        agreedTaxPerMu: optionalDec(args.agreed_tax_per_mu, "agreed_tax_per_mu"),
        priorityIndustry: readFlag(args.priority_industry, "priority_industry", false),
      }),
      "最低自持比例 minimum self-held share",
    ),
});
