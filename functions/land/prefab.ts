// LAND.PREFAB · 鼓励装配式 (ZS-PREFAB): its descriptor and adapter.
import { prefabNotice } from "../../policies/rules/zhongshan-planning";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf } from "../outcome";
import { defineFunction, m2, PROFILE } from "../spec";

export default defineFunction({
  id: "PREFAB",
  zh: "鼓励装配式",
  summary: { zh: "园区内单体建筑是否鼓励采用装配式建筑（TRUE）：建筑面积达到 3000 ㎡ 以上", en: "Whether a park building is encouraged to be prefabricated (TRUE): a single building of 3000 ㎡ or more" },
  params: [m2("building_area_m2", "单体建筑面积", "Single building floor area"), PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：鼓励采用装配式建筑（鼓励，非强制）", en: "TRUE: encouraged (not required)" } },
  rules: ["ZS-PREFAB"],
  pinned: false,
  examples: [
    { formula: '=LAND.PREFAB(3000, "zhongshan")', result: true, note: { zh: "达到 3000 ㎡ 含本数", en: "达到 includes 3000" } },
    { formula: '=LAND.PREFAB(2999.99, "zhongshan")', result: false },
  ],
  adapter: (args, host) =>
    flagOf(prefabNotice(contextFor(args.profile, host), readDec(args.building_area_m2, "building_area_m2"), false), (findings) => findings.length > 0),
});
