// LAND.RECTIFYDEALOK · 整改期间转让抵押 (ZC-NOSUPPORT): its descriptor and adapter.
import { parseRectificationDealing, rectificationDealingCheck } from "../../policies/rules/zengcheng-support";
import { readFlag, requireText } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, flag, PROFILE } from "../spec";

export default defineFunction({
  id: "RECTIFYDEALOK",
  zh: "整改期间转让抵押",
  summary: {
    zh: "违法违规改变用途或违法建设责令整改期间，土地不得转让、不得抵押：转让或抵押是否允许（TRUE）",
    en: "While unlawful use or building is being rectified the land may be neither transferred nor mortgaged: whether the act is allowed (TRUE)",
  },
  params: [
    { name: "act", zh: "行为", help: { zh: "transfer（转让）或 mortgage（抵押）", en: "transfer (转让) or mortgage (抵押)" } },
    flag("rectifying", "处于整改期间", "Under rectification at the time", false),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：允许", en: "TRUE: allowed" } },
  rules: ["ZC-NOSUPPORT"],
  pinned: false,
  examples: [
    { formula: '=LAND.RECTIFYDEALOK("转让", TRUE(), "zengcheng")', result: false, note: { zh: "整改期间不得转让", en: "no transfer while rectifying" } },
    { formula: '=LAND.RECTIFYDEALOK("mortgage", TRUE(), "zengcheng")', result: false, note: { zh: "整改期间不得抵押", en: "no mortgage while rectifying" } },
    { formula: '=LAND.RECTIFYDEALOK("抵押", FALSE(), "zengcheng")', result: true },
    { formula: '=LAND.RECTIFYDEALOK("出租", TRUE(), "zengcheng")', result: { error: "#VALUE!" }, note: { zh: "只规定转让、抵押", en: "only transfer and mortgage are barred" } },
  ],
  adapter: (args, host) =>
    flagOf(rectificationDealingCheck(contextFor(args.profile, host), readFlag(args.rectifying, "rectifying", false), parseRectificationDealing(requireText(args.act, "act"), "act")), noViolation),
});
