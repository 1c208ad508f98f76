// LAND.UPGRADEOK · 技改扩建许可 (NB-STAY, ZJ-SUPPLY): its descriptor and adapter.
import { rezonedUpgradeAllowed } from "../../policies/rules/land-supply";
import { optionalDate, readFlag } from "../coerce";
import { contextFor } from "../context";
import { date, defineFunction, flag, PROFILE } from "../spec";

export default defineFunction({
  id: "UPGRADEOK",
  zh: "技改扩建许可",
  summary: {
    zh: "规划工业用途已调整但 5 年内暂不实施的区域，可否实施技改及新扩建工业项目（TRUE）：新用途不在 5 年内实施、无违法改变功能或违法出租（宁波另须区政府确认）",
    en: "On planned industrial land re-zoned but not to be implemented within 5 years, whether upgrades and new or expanded industrial projects are allowed (TRUE): no implementation within 5 years, no unlawful use (宁波: and the district confirms)",
  },
  params: [
    date("implementation_date", "新用途实施日期", "When the new use is scheduled to be implemented (blank: not scheduled)", true),
    flag("unlawful_use", "违法改变功能或出租", "Unlawful change of use or letting", false),
    flag("confirmed", "已经区政府确认", "Confirmed by the district government or 管委会 (宁波)", false),
    date("as_of", "评价日", "Evaluation date (default today): the 5 years run from it", true),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：允许技改及新扩建", en: "TRUE: upgrades and expansion allowed" } },
  rules: ["NB-STAY", "ZJ-SUPPLY"],
  pinned: false,
  examples: [
    { formula: '=LAND.UPGRADEOK("2029-03-15", , TRUE(), "2024-03-15", "ningbo")', result: false, note: { zh: "5 年内（含 2029-03-15）实施", en: "implemented within 5 years (2029-03-15 included)" } },
    { formula: '=LAND.UPGRADEOK("2029-03-16", , TRUE(), "2024-03-15", "ningbo")', result: true },
    { formula: '=LAND.UPGRADEOK(, , FALSE(), "2024-03-15", "ningbo")', result: false, note: { zh: "宁波须经区政府确认", en: "宁波 needs the district's confirmation" } },
    { formula: '=LAND.UPGRADEOK(, , , "2024-03-15", "zhejiang")', result: true, note: { zh: "省文件不要求确认", en: "the provincial text needs no confirmation" } },
    { formula: '=LAND.UPGRADEOK(, TRUE(), , "2024-03-15", "zhejiang")', result: false, note: { zh: "违法出租", en: "unlawful letting" } },
  ],
  adapter: (args, host) => {
    const on = optionalDate(args.as_of, "as_of") ?? host.today();
    const r = rezonedUpgradeAllowed(contextFor(args.profile, host, on), {
      implementationDate: optionalDate(args.implementation_date, "implementation_date"),
      unlawfulUse: readFlag(args.unlawful_use, "unlawful_use", false),
      confirmed: readFlag(args.confirmed, "confirmed", false),
    });
    const blocked = r.value.blockedBy.map((b): [string, string, string] => ["不允许 blocked by", b, ""]);
    return { value: r.value.allowed, trace: r.trace, notes: [["5 年期限 window end", r.value.windowEnd, "实施日期不晚于此日即为 5 年内 / implementation on or before it is within 5 years"], ...blocked] };
  },
});
