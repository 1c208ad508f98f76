// LAND.LOWEFF · 低效用地认定 (ZC-LOWEFF): its descriptor and adapter.
import { parseTier } from "../../policies/rules/ningbo-siting";
import { lowEfficiencyListing, parseLowEfficiencyExclusion } from "../../policies/rules/zengcheng-lowefficiency";
import { readFlag, readText } from "../coerce";
import { contextFor } from "../context";
import { defineFunction, flag, PROFILE, tierArg } from "../spec";

export default defineFunction({
  id: "LOWEFF",
  zh: "低效用地认定",
  summary: {
    zh: "是否列入低效工业用地范围（TRUE）：亩产效益评价 D 档或经区政府认定，但重大战略项目、链主企业、已按协议缴纳税收差额或违约金、经区政府确认的除外",
    en: "Whether land goes on the low-efficiency list (TRUE): tier D or named by the district, unless a strategic project, a chain leader, the shortfall or penalty was paid under the agreement, or exempted by the district",
  },
  params: [
    tierArg("tier", "亩产效益评价档次", "Tier in the 亩产效益 evaluation"),
    flag("district_named", "经区政府认定", "Named low-efficiency land by the district", false),
    {
      name: "exclusion",
      zh: "排除情形",
      optional: true,
      help: {
        zh: "空白，或 strategic（重大战略项目）、chain-leader（链主企业）、paid（已缴纳税收差额或违约金）、exempted（区政府确认不列入）",
        en: "blank, or strategic, chain-leader, paid (shortfall or penalty paid) or exempted (by the district)",
      },
    },
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：列入低效用地范围", en: "TRUE: on the low-efficiency list" } },
  rules: ["ZC-LOWEFF"],
  pinned: false,
  examples: [
    { formula: '=LAND.LOWEFF("D", , , "zengcheng")', result: true, note: { zh: "评价列入 D 档", en: "rated D" } },
    { formula: '=LAND.LOWEFF("D", , "链主", "zengcheng")', result: false, note: { zh: "链主企业除外", en: "a chain leader is excluded" } },
    { formula: '=LAND.LOWEFF("C", TRUE(), , "zengcheng")', result: true, note: { zh: "经区政府认定的其他低效工业用地", en: "named by the district" } },
    { formula: '=LAND.LOWEFF("C", , , "zengcheng")', result: false },
  ],
  adapter: (args, host) => {
    const exclusion = parseLowEfficiencyExclusion(readText(args.exclusion, "exclusion"), "exclusion");
    const r = lowEfficiencyListing(contextFor(args.profile, host), {
      tier: parseTier(readText(args.tier, "tier"), "tier"),
      districtNamed: readFlag(args.district_named, "district_named", false),
      exclusions: exclusion ? { [exclusion]: true } : {},
    });
    return { value: r.value.listed, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
  },
});
