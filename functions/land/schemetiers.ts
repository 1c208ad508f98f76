// LAND.SCHEMETIERS · 方案分档 (ZJ-EVAL, ZC-TIER, ZC-SCOPE): its descriptor and adapter.
import { defineFunction, PROFILE } from "../spec";
import { alongTable, evaluateRange, EXAMPLE_TABLE, TABLE_PARAM, YEAR_PARAM } from "./schemescores";

export default defineFunction({
  id: "SCHEMETIERS",
  zh: "方案分档",
  summary: {
    zh: "按政策配置的评价方案为整张企业表分档：各名单、各分组内排名，名次并列者同档；不参评类别显示其代码，未评价为空白",
    en: "Tiers for a whole enterprise table under the profile's evaluation scheme: ranked within each list and group, ties share a tier; a not-evaluated class shows its code, a firm not evaluated is blank",
  },
  params: [TABLE_PARAM, YEAR_PARAM, PROFILE],
  returns: { type: "table", spill: { rowsLike: "table" }, help: { zh: "表头行为“档次”，其后每行一个档次", en: "A header “档次”, then one tier per row" } },
  rules: ["ZJ-EVAL", "ZC-TIER"],
  pinned: false,
  examples: [
    {
      formula: `=LAND.SCHEMETIERS(${EXAMPLE_TABLE}, 2022, "huangyan")`,
      result: [["档次"], ["C"], ["B"]],
      note: { zh: "两家规下企业：A 名额 ⌊0.2×2⌋ = 0，B 至第 ⌊0.8×2⌋ = 1 名", en: "two 规下 firms: ⌊0.2×2⌋ = 0 A places, B down to place ⌊0.8×2⌋ = 1" },
    },
  ],
  adapter: (args, host) => {
    const { table, result } = evaluateRange(args.table, args.year, args.profile, host);
    // A tier where there is one (a class managed as B shows B); else the class's code (T); else blank.
    const classCode = (i: number) => result.firms[i]!.tier ?? result.firms[i]!.classCode ?? "";
    return { value: alongTable(args.table, table, "档次", classCode), trace: null };
  },
});
