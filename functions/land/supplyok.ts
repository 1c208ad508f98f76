// LAND.SUPPLYOK · 工业用地供应达标 (NB-SUPPLY, ZJ-SUPPLY): its descriptor and adapter.
import { industrialSupplyCheck } from "../../policies/rules/land-supply";
import { optionalFlag, readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "SUPPLYOK",
  zh: "工业用地供应达标",
  summary: {
    zh: "年度建设用地出让总量中工业用地占比是否达标（TRUE）：宁波不低于 35%；浙江工业大市大县不低于 30%",
    en: "Whether industrial land's share of the year's land sold reaches the floor (TRUE): 宁波 35%; 浙江 30% for major industrial cities and counties",
  },
  params: [
    { name: "industrial_area", zh: "工业用地出让量", help: { zh: "当年工业用地（海）出让面积（与总量同单位）", en: "Industrial land (and sea) sold this year (same unit as the total)" } },
    { name: "total_area", zh: "出让总量", help: { zh: "当年建设用地（海）出让总量", en: "All construction land (and sea) sold this year" } },
    { name: "major_industrial_region", zh: "工业大市大县", optional: true, help: { zh: "是否工业大市大县 TRUE/FALSE（浙江须填写）", en: "A major industrial city or county? TRUE/FALSE (needed for 浙江)" } },
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：占比达标（或不适用）", en: "TRUE: the share is met (or the rule does not apply)" } },
  rules: ["NB-SUPPLY", "ZJ-SUPPLY"],
  pinned: false,
  examples: [
    { formula: '=LAND.SUPPLYOK(35, 100, , "ningbo")', result: true, note: { zh: "不低于 35% 含本数", en: "不低于 includes 35%" } },
    { formula: '=LAND.SUPPLYOK(34.99, 100, , "ningbo")', result: false },
    { formula: '=LAND.SUPPLYOK(30, 100, TRUE(), "zhejiang")', result: true },
    { formula: '=LAND.SUPPLYOK(20, 100, FALSE(), "zhejiang")', result: true, note: { zh: "非工业大市大县：不适用", en: "not a major industrial region: does not apply" } },
    { formula: '=LAND.SUPPLYOK(30, 100, , "zhejiang")', result: { error: "#VALUE!" }, note: { zh: "浙江须说明是否工业大市大县", en: "浙江 needs to know whether it is a major industrial region" } },
  ],
  adapter: (args, host) =>
    flagOf(
      industrialSupplyCheck(contextFor(args.profile, host), {
        industrialArea: readDec(args.industrial_area, "industrial_area"),
        totalArea: readDec(args.total_area, "total_area"),
        majorIndustrialRegion: optionalFlag(args.major_industrial_region, "major_industrial_region"),
      }),
      noViolation,
    ),
});
