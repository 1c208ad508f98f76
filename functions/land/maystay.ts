// LAND.MAYSTAY · 原地保留 (NB-STAY): its descriptor and adapter.
import { mayStayInPlace, parseTier } from "../../policies/rules/ningbo-siting";
import { readFlag, readText } from "../coerce";
import { contextFor } from "../context";
import { defineFunction, flag, PROFILE, tierArg } from "../spec";

export default defineFunction({
  id: "MAYSTAY",
  zh: "原地保留",
  summary: {
    zh: "城镇开发边界外企业可否原地保留：stay（可保留）、pending-confirmation（待区政府确认）、relocate（腾挪入园）、not-applicable（边界内不适用）；B 档及以上且符合产业导向，或战略性、难以腾挪的企业",
    en: "Whether a firm outside the town boundary may stay: stay, pending-confirmation, relocate, or not-applicable (inside the boundary); rated B or above and fitting the guidance, or strategic, or hard to move",
  },
  params: [
    tierArg("tier", "亩均效益评价档次", "Tier in the 亩均效益 evaluation"),
    flag("fits_guidance", "符合产业导向", "Fits the industrial guidance and advanced-manufacturing requirements", false),
    flag("strategic", "战略性重点企业", "Strategic, key supply-chain or key livelihood firm", false),
    flag("hard_to_move", "难以腾挪", "Hard to move for its industry, equipment or process", false),
    flag("confirmed", "已经区政府确认", "Confirmed by the district government or 管委会", false),
    flag("inside_town_boundary", "位于开发边界内", "Inside the town development boundary", false),
    PROFILE,
  ],
  returns: { type: "string", help: { zh: "stay、pending-confirmation、relocate 或 not-applicable", en: "stay, pending-confirmation, relocate or not-applicable" } },
  rules: ["NB-STAY"],
  pinned: false,
  examples: [
    { formula: '=LAND.MAYSTAY("B", TRUE(), , , TRUE(), , "ningbo")', result: "stay", note: { zh: "B 档及以上含 B", en: "B档及以上 includes B" } },
    { formula: '=LAND.MAYSTAY("B", TRUE(), , , FALSE(), , "ningbo")', result: "pending-confirmation" },
    { formula: '=LAND.MAYSTAY("C", TRUE(), , , TRUE(), , "ningbo")', result: "relocate" },
    { formula: '=LAND.MAYSTAY("C", , TRUE(), , TRUE(), , "ningbo")', result: "stay", note: { zh: "战略性重点企业", en: "a strategic firm" } },
  ],
  adapter: (args, host) => {
    const r = mayStayInPlace(contextFor(args.profile, host), {
      outsideTownBoundary: !readFlag(args.inside_town_boundary, "inside_town_boundary", false),
      tier: parseTier(readText(args.tier, "tier"), "tier"),
      fitsIndustrialGuidance: readFlag(args.fits_guidance, "fits_guidance", false),
      strategic: readFlag(args.strategic, "strategic", false),
      hardToMove: readFlag(args.hard_to_move, "hard_to_move", false),
      confirmed: readFlag(args.confirmed, "confirmed", false),
    });
    return { value: r.value.decision, trace: r.trace, notes: [["依据 grounds", r.value.grounds.join(", ") || "—", ""]] };
  },
});
