// LAND.MERGEOK · 零星用地归并 (ZJ-MERGE): its descriptor and adapter.
import { scatteredParcelMergeCheck } from "../../policies/rules/zhejiang-merge";
import { filledDecs, readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, mu, PROFILE } from "../spec";

export default defineFunction({
  id: "MERGEOK",
  zh: "零星用地归并",
  summary: {
    zh: "零星用地可否并入相邻再开发项目（TRUE）：每宗不超过 3 亩，合计不超过项目总用地 10%",
    en: "Whether scattered parcels may join an adjacent redevelopment (TRUE): each ≤ 3 亩, together ≤ 10% of the project's land",
  },
  params: [
    { name: "parcels_mu", zh: "零星用地面积", range: true, help: { zh: "各宗零星用地面积（亩）", en: "Each scattered parcel's area (亩)" }, unit: "亩" },
    mu("project_area_mu", "项目总用地", "The redevelopment's total land, parcels included"),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：可以归并", en: "TRUE: they may join" } },
  rules: ["ZJ-MERGE"],
  pinned: false,
  examples: [
    { formula: '=LAND.MERGEOK({3,2}, 50, "zhejiang")', result: true, note: { zh: "不超过 3 亩、10% 均含本数", en: "不超过 includes 3 亩 and 10%" } },
    { formula: '=LAND.MERGEOK({3.01}, 100, "zhejiang")', result: false },
    { formula: '=LAND.MERGEOK({3,3}, 50, "zhejiang")', result: false, note: { zh: "合计 12%", en: "12% together" } },
  ],
  adapter: (args, host) =>
    flagOf(scatteredParcelMergeCheck(contextFor(args.profile, host), { parcelsMu: filledDecs(args.parcels_mu, "parcels_mu"), projectAreaMu: readDec(args.project_area_mu, "project_area_mu") }), noViolation),
});
