// LAND.RECTIFY · 须整改 (ZC-COMPLY): its descriptor and adapter.
import { parseAgreementKind, rectificationCheck } from "../../policies/rules/zengcheng-compliance";
import { filledDecs, optionalDec, readFlag, requireText } from "../coerce";
import { contextFor } from "../context";
import { flagOf, isViolation } from "../outcome";
import { defineFunction, flag, PROFILE } from "../spec";

export default defineFunction({
  id: "RECTIFY",
  zh: "须整改",
  summary: {
    zh: "项目履约是否须整改（TRUE）：明确约定产出未达 80%、预期约定未达 50%、无约定时近三年土地产出率均值低于指南值，或列入重点关注名单",
    en: "Whether the project must rectify (TRUE): below 80% of an explicit agreed output, 50% of an expected one, the 3-year average output rate below the guide value without agreement, or on the watch list",
  },
  params: [
    { name: "agreement", zh: "约定类型", help: { zh: "explicit（有明确约定）、expected（有预期约定）或 none（无约定）", en: "explicit, expected or none" } },
    { name: "actual_output", zh: "实际产出", optional: true, help: { zh: "当年实际产出（与约定产出同单位）", en: "The year's actual output (same unit as agreed)" } },
    { name: "agreed_output", zh: "约定产出", optional: true, help: { zh: "约定产出", en: "Agreed output" } },
    { name: "recent_output_rates", zh: "近年产出率", optional: true, range: true, help: { zh: "无约定时：最近统计年度（最多 3 年）的土地产出率", en: "No agreement: land output rates of the latest statistical years (at most 3)" } },
    { name: "guide_output_rate", zh: "指南产出率", optional: true, help: { zh: "《广州市工业用地指南（2018 年版）》土地产出率指标值", en: "The Guangzhou 2018 guide output-rate value" } },
    flag("watch_listed", "列入重点关注名单", "On the watch list", false),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：须整改", en: "TRUE: rectification required" } },
  rules: ["ZC-COMPLY"],
  pinned: false,
  examples: [
    { formula: '=LAND.RECTIFY("explicit", 80, 100, , , , "zengcheng")', result: false, note: { zh: "达到 80%（含）", en: "80% reached (inclusive)" } },
    { formula: '=LAND.RECTIFY("explicit", 79.99, 100, , , , "zengcheng")', result: true },
    { formula: '=LAND.RECTIFY("expected", 50, 100, , , , "zengcheng")', result: false },
    { formula: '=LAND.RECTIFY("none", , , {90,95,100}, 100, , "zengcheng")', result: true, note: { zh: "均值 95 低于指南值 100", en: "average 95 below the guide value 100" } },
    { formula: '=LAND.RECTIFY("explicit", 100, 100, , , TRUE(), "zengcheng")', result: true, note: { zh: "列入重点关注名单", en: "on the watch list" } },
  ],
  adapter: (args, host) =>
    flagOf(
      rectificationCheck(contextFor(args.profile, host), {
        agreement: parseAgreementKind(requireText(args.agreement, "agreement"), "agreement"),
        actualOutput: optionalDec(args.actual_output, "actual_output"),
        agreedOutput: optionalDec(args.agreed_output, "agreed_output"),
        recentOutputRates: filledDecs(args.recent_output_rates, "recent_output_rates"),
        guideOutputRate: optionalDec(args.guide_output_rate, "guide_output_rate"),
        watchListed: readFlag(args.watch_listed, "watch_listed", false),
      }),
      (findings) => findings.some(isViolation),
    ),
});
