// LAND.MERGETERM · 归宗使用期限 (NB-MERGE-TERM): its descriptor and adapter.
import { choiceOf } from "../../policies/rules/choices";
import { mergedParcelTerm } from "../../policies/rules/ningbo-merge-term";
import { valueFault } from "../cells";
import { cellsOf, isBlank, optionalDate, readDate, readDec, requireText } from "../coerce";
import { contextFor } from "../context";
import { dateCell } from "../outcome";
import { date, DATE_RESULT, defineFunction, PROFILE } from "../spec";

const MERGE_METHODS: Record<string, "earliest" | "latest" | "weighted"> = {
  earliest: "earliest", 最早: "earliest", 终止时间在前: "earliest",
  latest: "latest", 最迟: "latest", 最晚: "latest",
  weighted: "weighted", 加权: "weighted", 加权平均: "weighted",
};

export default defineFunction({
  id: "MERGETERM",
  zh: "归宗使用期限",
  summary: {
    zh: "归宗地块终止日期：earliest 终止时间在前、latest 最迟一宗（补缴差额年限）、weighted 按面积加权平均剩余年期",
    en: "End date of merged parcels: earliest, latest (the difference years paid for), or weighted (area-weighted remaining term)",
  },
  params: [
    { name: "areas", zh: "各宗面积", range: true, help: { zh: "各宗土地面积", en: "Each parcel's area" }, unit: "亩" },
    { name: "end_dates", zh: "各宗终止日期", range: true, help: { zh: "各宗出让终止日期（与面积一一对应）", en: "Each parcel's term end date, matching areas" }, unit: "日期 date" },
    { name: "method", zh: "方法", help: { zh: "earliest（最早）、latest（最迟）或 weighted（加权平均）", en: "earliest, latest or weighted" } },
    date("as_of", "评价日", "Evaluation date (default today)", true),
    PROFILE,
  ],
  returns: { ...DATE_RESULT, help: { zh: "归宗后的终止日期（Excel 日期）", en: "The merged term's end date (an Excel date)" } },
  rules: ["NB-MERGE-TERM"],
  pinned: false,
  examples: [
    { formula: '=LAND.MERGETERM({10;30}, {"2040-01-01";"2050-01-01"}, "earliest", "2024-01-01", "ningbo")', result: 51136, note: { zh: "2040-01-01", en: "2040-01-01" } },
    { formula: '=LAND.MERGETERM({10;30}, {"2040-01-01";"2050-01-01"}, "latest", "2024-01-01", "ningbo")', result: 54789, note: { zh: "2050-01-01", en: "2050-01-01" } },
    {
      formula: '=LAND.MERGETERM({10;30}, {"2040-01-01";"2050-01-01"}, "weighted", "2024-01-01", "ningbo")',
      result: 53875,
      note: { zh: "(10×5844 + 30×9497) ÷ 40 = 8583.75 天，舍去 → 2047-07-02（天数取整为假定）", en: "(10×5844 + 30×9497) ÷ 40 = 8583.75 days, rounded down → 2047-07-02 (rounding assumed)" },
    },
  ],
  adapter: (args, host) => {
    const method = choiceOf(MERGE_METHODS, requireText(args.method, "method"), "method", { zh: "earliest（最早）、latest（最迟）或 weighted（加权平均）", en: "earliest, latest or weighted" });
    const areaCells = cellsOf(args.areas, "areas");
    const endCells = cellsOf(args.end_dates, "end_dates");
    if (areaCells.length !== endCells.length)
      throw valueFault("end_dates", `应与 areas 大小相同（${endCells.length} 对 ${areaCells.length} 格）`, `must be the same size as areas (${endCells.length} vs ${areaCells.length} cells)`);
    const parcels = areaCells.flatMap((a, i) =>
      isBlank(a) && isBlank(endCells[i]!) ? [] : [{ area: readDec(a, `areas[${i + 1}]`), endDate: readDate(endCells[i]!, `end_dates[${i + 1}]`) }],
    );
    const on = optionalDate(args.as_of, "as_of") ?? host.today();
    const r = mergedParcelTerm(contextFor(args.profile, host, on), parcels);
    return dateCell({ value: r.value[method].endDate, trace: r.trace });
  },
});
