// LAND.COMPCLASS · 违建补偿类别 (ZC-COMP): its descriptor and adapter.
import { unlawfulBuildingClass } from "../../policies/rules/compensation";
import { readWhole } from "../coerce";
import { contextFor } from "../context";
import { plain } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "COMPCLASS",
  zh: "违建补偿类别",
  summary: {
    zh: "违法建筑按建成年份的补偿类别：unlawful-pre（2009 年前，按物业 ×0.6）或 unlawful-post（2009 年后，按建安成本补偿货币）",
    en: "Compensation class of an unlawful building by completion year: unlawful-pre (before 2009, property × 0.6) or unlawful-post (after 2009, money at construction cost)",
  },
  params: [{ name: "year_completed", zh: "建成年份", help: { zh: "建成年份", en: "Year completed" }, unit: "年" }, PROFILE],
  returns: { type: "string", help: { zh: "unlawful-pre 或 unlawful-post", en: "unlawful-pre or unlawful-post" } },
  rules: ["ZC-COMP"],
  pinned: false,
  examples: [
    { formula: '=LAND.COMPCLASS(2008, "zengcheng")', result: "unlawful-pre" },
    { formula: '=LAND.COMPCLASS(2009, "zengcheng")', result: "unlawful-pre", note: { zh: "2009 年本身：配置的假定（见 EXPLAIN）", en: "2009 itself: the profile's assumption (see EXPLAIN)" } },
    { formula: '=LAND.COMPCLASS(2010, "zengcheng")', result: "unlawful-post" },
  ],
  adapter: (args, host) => plain(unlawfulBuildingClass(contextFor(args.profile, host), readWhole(args.year_completed, "year_completed"))),
});
