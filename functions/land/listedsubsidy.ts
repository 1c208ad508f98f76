// LAND.LISTEDSUBSIDY · 名单核减后奖补 (ZC-NOSUPPORT with ZC-SUB-*): its descriptor and adapter.
//
// A new function rather than two more arguments to LAND.SUBSIDY: SUBSIDY's arguments are pinned
// (FUNCTIONS.md) and `profile` is always the last one, so nothing can go in before it.
import { readFlag } from "../coerce";
import { defineFunction, flag, PROFILE } from "../spec";
import { SUBSIDY_INPUTS, subsidyOutcome } from "./subsidy";

export default defineFunction({
  id: "LISTEDSUBSIDY",
  zh: "名单核减后奖补",
  summary: {
    zh: "与 SUBSIDY 相同的奖补，但列入低效工业用地名单（二(三)7：不予享受技术改造、财税、金融服务等扶持政策）或“重点关注项目名单”（二(四)11：不予享受区级扶持政策）的企业为 0，EXPLAIN 说明理由",
    en: "The same subsidy as SUBSIDY, but 0 for a firm on the low-efficiency list (二(三)7: no 技术改造/财税/金融服务 support) or on the 重点关注 list (二(四)11: no district-level support); EXPLAIN gives the reason",
  },
  params: [
    ...SUBSIDY_INPUTS,
    flag("low_efficiency_listed", "列入低效工业用地名单", "On the low-efficiency land list", false),
    flag("watch_listed", "列入重点关注项目名单", "On the 重点关注 (watch) list", false),
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "奖补金额（名单企业为 0）", en: "The subsidy (0 for a listed firm)" } },
  rules: ["ZC-NOSUPPORT", "ZC-SUB-RENT", "ZC-SUB-INV", "ZC-SUB-ATTR", "ZC-SUB-VIL", "ZS-RELOC"],
  pinned: false,
  examples: [
    { formula: '=LAND.LISTEDSUBSIDY("rent", 1000, 12, 100, , FALSE(), FALSE(), "zengcheng")', result: 12, note: { zh: "未列入名单：同 SUBSIDY", en: "not listed: as SUBSIDY" } },
    { formula: '=LAND.LISTEDSUBSIDY("rent", 1000, 12, 100, , TRUE(), FALSE(), "zengcheng")', result: 0, note: { zh: "低效用地名单：不予享受财税扶持", en: "low-efficiency list: no fiscal support" } },
    { formula: '=LAND.LISTEDSUBSIDY("investment", 10000, 600, 1, , FALSE(), TRUE(), "zengcheng")', result: 0, note: { zh: "重点关注项目名单：不予享受区级扶持政策", en: "watch list: no district-level support" } },
    { formula: '=LAND.LISTEDSUBSIDY("rent", 1000, 12, 100, , TRUE(), FALSE(), "zhongshan")', result: { error: "#N/A" }, note: { zh: "中山没有这两份名单", en: "中山 has no such lists" } },
  ],
  adapter: (args, host) =>
    subsidyOutcome(args, host, {
      lowEfficiencyListed: readFlag(args.low_efficiency_listed, "low_efficiency_listed", false),
      watchListed: readFlag(args.watch_listed, "watch_listed", false),
    }),
});
