// LAND.KEPTBUILDINGOK · 保留建筑带地出让 (NB-LEGACY): its descriptor and adapter.
import { keptBuildingTransferCheck } from "../../policies/rules/ningbo-legacy";
import { readFlag } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, flag, PROFILE } from "../spec";

export default defineFunction({
  id: "KEPTBUILDINGOK",
  zh: "保留建筑带地出让",
  summary: {
    zh: "经行政处罚并符合规划、予以保留的现状建筑，是否可带建筑物公开出让或租赁（TRUE）：须同时取得房屋安全鉴定合格证明和消防验收合格意见书（或备案凭证）",
    en: "Whether a building kept after an administrative penalty and consistent with the plan may be sold or leased with the land (TRUE): it needs both the house-safety certificate and the fire acceptance (or filing)",
  },
  params: [
    flag("penalised", "已经行政处罚", "Administratively penalised", true),
    flag("consistent_with_plan", "符合规划、予以保留", "Consistent with the plan and kept", true),
    flag("safety_certificate", "取得房屋安全鉴定合格证明", "Has the house-safety certificate", false),
    flag("fire_acceptance", "取得消防验收合格意见书", "Has the fire-acceptance opinion (or filing)", false),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：可带建筑物出让或租赁", en: "TRUE: may go with the land" } },
  rules: ["NB-LEGACY"],
  pinned: false,
  examples: [
    { formula: '=LAND.KEPTBUILDINGOK(TRUE(), TRUE(), TRUE(), TRUE(), "ningbo")', result: true },
    { formula: '=LAND.KEPTBUILDINGOK(TRUE(), TRUE(), TRUE(), FALSE(), "ningbo")', result: false, note: { zh: "两证须齐全", en: "both documents are needed" } },
    { formula: '=LAND.KEPTBUILDINGOK(FALSE(), TRUE(), TRUE(), TRUE(), "ningbo")', result: false, note: { zh: "未经行政处罚", en: "not penalised" } },
  ],
  adapter: (args, host) =>
    flagOf(
      keptBuildingTransferCheck(contextFor(args.profile, host), {
        penalised: readFlag(args.penalised, "penalised", true),
        consistentWithPlan: readFlag(args.consistent_with_plan, "consistent_with_plan", true),
        safetyCertificate: readFlag(args.safety_certificate, "safety_certificate", false),
        fireAcceptance: readFlag(args.fire_acceptance, "fire_acceptance", false),
      }),
      noViolation,
    ),
});
