// LAND.ANCILLARYELIGIBLE · 配套比例可提高 (ZS-ANCIL): its descriptor and adapter.
import { ancillaryFloorShareCap, parseRenewalType } from "../../policies/rules/zhongshan-planning";
import { readDec, requireText } from "../coerce";
import { contextFor } from "../context";
import { shareGranted } from "../outcome";
import { defineFunction, mu, PROFILE, share } from "../spec";

export default defineFunction({
  id: "ANCILLARYELIGIBLE",
  zh: "配套比例可提高",
  summary: {
    zh: "配套设施计容建筑面积占比可否提高到 20%（TRUE）：30 亩以上“工改工”项目，行政办公和生活配套设施用地占比不超过 7%",
    en: "Whether the ancillary facilities' share of floor area may rise to 20% (TRUE): a 工改工 project of 30 亩以上 whose admin and living land is ≤ 7%",
  },
  params: [mu("area_mu", "用地面积", "Land area"), { name: "project_type", zh: "项目类型", help: { zh: "工改工 或 工改M0", en: "工改工 or 工改M0" } }, share("ancillary_land_share", "配套设施用地占比", "Admin and living facilities' share of the land area"), PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：占比可提高到 20%", en: "TRUE: the share may rise to 20%" } },
  rules: ["ZS-ANCIL"],
  pinned: false,
  examples: [
    { formula: '=LAND.ANCILLARYELIGIBLE(30, "工改工", 0.07, "zhongshan")', result: true, note: { zh: "30 亩以上、不超过 7% 均含本数", en: "30 亩以上 and 不超过 7% include the numbers" } },
    { formula: '=LAND.ANCILLARYELIGIBLE(30, "工改工", 0.0701, "zhongshan")', result: false },
    { formula: '=LAND.ANCILLARYELIGIBLE(40, "工改M0", 0.05, "zhongshan")', result: false, note: { zh: "仅“工改工”项目", en: "工改工 projects only" } },
  ],
  adapter: (args, host) =>
    shareGranted(
      ancillaryFloorShareCap(contextFor(args.profile, host), {
        areaMu: readDec(args.area_mu, "area_mu"),
        renewalType: parseRenewalType(requireText(args.project_type, "project_type"), "project_type"),
        ancillaryLandShare: readDec(args.ancillary_land_share, "ancillary_land_share"),
      }),
      "配套设施计容建筑面积占比上限 ancillary floor-share ceiling",
    ),
});
