// LAND.CONSOLREWARD · 连片整合奖励 (ZS-CONSOL): its descriptor and adapter.
import { consolidationReward } from "../../policies/rules/zhongshan-finance";
import { readDec, readFlag, readNumber } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, flag, mu, PROFILE } from "../spec";

export default defineFunction({
  id: "CONSOLREWARD",
  zh: "连片整合奖励",
  summary: {
    zh: "连片整合改造奖励：3 个以上权利人、30 亩以上 → 100 元/㎡ 计容建筑面积，施工许可和竣工验收各一次",
    en: "Consolidation reward: 3+ holders, 30 亩以上 → 100 元/㎡ of floor area, at the construction permit and again at completion",
  },
  params: [
    { name: "holders", zh: "权利人数", help: { zh: "不同权利人数", en: "Number of different holders" }, unit: "个" },
    mu("area_mu", "整合面积", "Consolidated area"),
    { name: "floor_area_m2", zh: "计容建筑面积", help: { zh: "新建厂房计容建筑面积（㎡）", en: "New factories' floor area counted in FAR (㎡)" }, unit: "㎡" },
    flag("residential_or_commercial", "涉及住宅商服", "Involves residential or commercial development", false),
    flag("meets_building_standard", "符合建设标准", "New factories meet the building standard", false),
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "奖励合计（两次）", en: "The total reward (both milestones)" } },
  rules: ["ZS-CONSOL"],
  pinned: false,
  examples: [
    { formula: '=LAND.CONSOLREWARD(3, 30, 50000, FALSE(), TRUE(), "zhongshan")', result: 1000, note: { zh: "3 个以上、30 亩以上均含本数", en: "3个以上 and 30 亩以上 include the numbers" } },
    { formula: '=LAND.CONSOLREWARD(2, 30, 50000, FALSE(), TRUE(), "zhongshan")', result: 0 },
  ],
  adapter: (args, host) => {
    const r = consolidationReward(contextFor(args.profile, host), {
      holders: readNumber(args.holders, "holders"),
      areaMu: readDec(args.area_mu, "area_mu"),
      floorAreaM2: readDec(args.floor_area_m2, "floor_area_m2"),
      residentialOrCommercial: readFlag(args.residential_or_commercial, "residential_or_commercial", false),
      meetsBuildingStandard: readFlag(args.meets_building_standard, "meets_building_standard", false),
    });
    return amount({ value: r.value.total, trace: r.trace });
  },
});
