// LAND.EVALSCOPE · 纳入亩产评价 (ZC-SCOPE): its descriptor and adapter.
import { evaluationScope } from "../../policies/rules/zengcheng-scope";
import { optionalDec, readFlag, readWhole } from "../coerce";
import { contextFor } from "../context";
import { defineFunction, flag, PROFILE } from "../spec";

export default defineFunction({
  id: "EVALSCOPE",
  zh: "纳入亩产评价",
  summary: {
    zh: "企业当年是否纳入亩产效益综合评价（TRUE）：2023 年起规上工业企业；2024 年起工业产业区块内用地 10 亩（含）以上企业；2025 年起区块内全部工业企业。不在范围内的企业不评价、不排序",
    en: "Whether the enterprise is in the year's 亩产效益 evaluation (TRUE): from 2023 every 规上 firm; from 2024 block firms with 10 亩 or more; from 2025 every firm in an industrial block. Firms outside are not evaluated or ranked",
  },
  params: [
    { name: "year", zh: "评价年度", help: { zh: "评价年度，如 2024", en: "The evaluation year, e.g. 2024" }, unit: "年份 year" },
    flag("above_scale", "规模以上工业企业", "An above-scale (规上) industrial enterprise", false),
    flag("inside_block", "位于工业产业区块内", "Inside an 工业产业区块", false),
    { name: "land_mu", zh: "用地面积", optional: true, help: { zh: "用地面积（亩）；仅在 2024 年区块内规下企业时需要", en: "Land area (亩); needed only for a block firm below scale in 2024" }, unit: "亩" },
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：纳入当年评价", en: "TRUE: evaluated that year" } },
  rules: ["ZC-SCOPE"],
  pinned: false,
  examples: [
    { formula: '=LAND.EVALSCOPE(2023, TRUE(), FALSE(), , "zengcheng")', result: true, note: { zh: "2023 年起规上企业", en: "规上 from 2023" } },
    { formula: '=LAND.EVALSCOPE(2022, TRUE(), FALSE(), , "zengcheng")', result: false },
    { formula: '=LAND.EVALSCOPE(2024, FALSE(), TRUE(), 10, "zengcheng")', result: true, note: { zh: "10 亩（含）以上", en: "10 亩 included" } },
    { formula: '=LAND.EVALSCOPE(2024, FALSE(), TRUE(), 9.99, "zengcheng")', result: false },
    { formula: '=LAND.EVALSCOPE(2025, FALSE(), TRUE(), , "zengcheng")', result: true, note: { zh: "2025 年区块内全覆盖", en: "every block firm from 2025" } },
    { formula: '=LAND.EVALSCOPE(2024, FALSE(), TRUE(), , "zengcheng")', result: { error: "#VALUE!" }, note: { zh: "2024 年须给出用地面积", en: "2024 needs the land area" } },
  ],
  adapter: (args, host) => {
    const r = evaluationScope(contextFor(args.profile, host), {
      year: readWhole(args.year, "year"),
      aboveScale: readFlag(args.above_scale, "above_scale", false),
      insideBlock: readFlag(args.inside_block, "inside_block", false),
      landMu: optionalDec(args.land_mu, "land_mu"),
    });
    return { value: r.value.inScope, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
  },
});
