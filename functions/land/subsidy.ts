// LAND.SUBSIDY · 奖补金额 (ZC-SUB-RENT, ZS-RELOC, ZC-SUB-INV, ZC-SUB-ATTR, ZC-SUB-VIL): its descriptor and adapter.
import { ZERO } from "../../policies/engine/decimal";
import { choiceOf } from "../../policies/rules/choices";
import { attractionSubsidy, investmentSubsidy, rentSubsidy, villageSubsidy } from "../../policies/rules/subsidies";
import type { ListStanding } from "../../policies/rules/zengcheng-support";
import type { RawArg } from "../cells";
import type { FunctionHost } from "../host";
import { readDec, readWhole, requireText } from "../coerce";
import { contextFor } from "../context";
import { amount, type Outcome } from "../outcome";
import { defineFunction, PROFILE, type ParamSpec } from "../spec";

type SubsidyKind = "rent" | "investment" | "attraction" | "village";

const KIND_WORDS: Record<string, SubsidyKind> = {
  rent: "rent", 租金: "rent", 租金补助: "rent", 搬迁租金: "rent", 搬迁租金补助: "rent",
  investment: "investment", 投资: "investment", 改造主体: "investment", 改造主体奖励: "investment",
  attraction: "attraction", 招商: "attraction", 招商奖励: "attraction", 招商项目奖励: "attraction",
  village: "village", 村改: "village", 村改专项: "village", 村改专项支持: "village",
};

function subsidyKind(arg: RawArg): SubsidyKind {
  return choiceOf(KIND_WORDS, requireText(arg, "kind"), "kind", { zh: "rent（租金）、investment（改造主体）、attraction（招商）或 village（村改）", en: "rent, investment, attraction or village" });
}

/** kind, a, b, c, d: the inputs LAND.SUBSIDY pins (FUNCTIONS.md), shared with LAND.LISTEDSUBSIDY. */
export const SUBSIDY_INPUTS = [
  { name: "kind", zh: "类别", help: { zh: "rent（租金）、investment（改造主体）、attraction（招商）或 village（村改）", en: "rent, investment, attraction or village" } },
  {
    name: "a",
    zh: "参数a",
    help: {
      zh: "rent：租用面积 ㎡；investment：当年固定资产投资 万元；attraction、village：引进企业当年产值 万元",
      en: "rent: rented floor area ㎡; investment: this year's fixed-asset investment 万元; attraction, village: the enterprise's output that year 万元",
    },
  },
  {
    name: "b",
    zh: "参数b",
    help: {
      zh: "rent：当年补助月数 0–12；investment：计划亩均投资 万元/亩；attraction、village：该企业区级地方经济贡献 万元",
      en: "rent: months in the year 0–12; investment: planned investment per mu 万元/亩; attraction, village: its district-level local economic contribution 万元",
    },
  },
  {
    name: "c",
    zh: "参数c",
    optional: true,
    help: {
      zh: "rent：上一年度区级地方经济贡献 万元；investment、village：第几年（1、2、3…）；attraction：不用",
      en: "rent: previous-year district-level contribution 万元; investment, village: year number (1, 2, 3…); attraction: unused",
    },
  },
  {
    name: "d",
    zh: "参数d",
    optional: true,
    help: { zh: "rent：第几年（默认 1）；investment：已发放金额 万元（默认 0）；其他：不用", en: "rent: year number (default 1); investment: already paid 万元 (default 0); others: unused" },
  },
] as const satisfies readonly ParamSpec[];

export default defineFunction({
  id: "SUBSIDY",
  zh: "奖补金额",
  summary: {
    zh: "奖补：rent 搬迁租金补助、investment 改造主体奖励、attraction 招商项目奖励、village 村改专项支持",
    en: "Subsidies: rent (relocation rent), investment (redeveloper reward), attraction (introduced-enterprise reward), village (village-park reward)",
  },
  params: [...SUBSIDY_INPUTS, PROFILE],
  returns: { type: "number", unit: "万元", help: { zh: "奖补金额", en: "The subsidy" } },
  rules: ["ZC-SUB-RENT", "ZS-RELOC", "ZC-SUB-INV", "ZC-SUB-ATTR", "ZC-SUB-VIL"],
  pinned: true,
  examples: [
    { formula: '=LAND.SUBSIDY("rent", 1000, 12, 100, , "zengcheng")', result: 12, note: { zh: "10 元/㎡/月 × 1000 ㎡ × 12 月", en: "10 元/㎡/月 × 1000 ㎡ × 12 months" } },
    { formula: '=LAND.SUBSIDY("rent", 1000, 12, 100, , "zhongshan")', result: 7.2, note: { zh: "中山 6 元/㎡/月", en: "Zhongshan 6 元/㎡/月" } },
    { formula: '=LAND.SUBSIDY("rent", 1000, 12, 100, 3, "zengcheng")', result: 0, note: { zh: "补助 2 年，第 3 年为 0", en: "2 years of subsidy; year 3 → 0" } },
    { formula: '=LAND.SUBSIDY("investment", 10000, 600, 1, , "zengcheng")', result: 200, note: { zh: "达到 600 万元/亩（含）", en: "达到 600 万元/亩 includes 600" } },
    { formula: '=LAND.SUBSIDY("investment", 10000, 600, 1, 2900, "zengcheng")', result: 100, note: { zh: "累计不超过 3000 万元", en: "cumulative cap 3000 万元" } },
    { formula: '=LAND.SUBSIDY("attraction", 50000, 3000, , , "zengcheng")', result: 2000, note: { zh: "每家不超过 2000 万元", en: "at most 2000 万元 per enterprise" } },
    { formula: '=LAND.SUBSIDY("village", 10000, 300, 2, , "zengcheng")', result: 300, note: { zh: "不超过当年区级贡献", en: "capped by that year's contribution" } },
  ],
  adapter: (args, host) => subsidyOutcome(args, host, {}),
});

/** The arguments LAND.SUBSIDY reads, shared with LAND.LISTEDSUBSIDY (which adds the list flags). */
export type SubsidyArgs = Readonly<Record<"kind" | "a" | "b" | "c" | "d" | "profile", RawArg>>;

/** LAND.SUBSIDY's amount, after the 增城 二(三)7 / 二(四)11 list bars when `listed` names a list. */
export function subsidyOutcome(args: SubsidyArgs, host: FunctionHost, listed: ListStanding): Outcome {
  const kind = subsidyKind(args.kind);
  const ctx = contextFor(args.profile, host);
  switch (kind) {
    case "rent":
      return amount(rentSubsidy(ctx, { areaM2: readDec(args.a, "a"), months: readDec(args.b, "b"), contribution: readDec(args.c, "c"), year: readWhole(args.d, "d", 1), listed }));
    case "investment":
      return amount(investmentSubsidy(ctx, { investment: readDec(args.a, "a"), plannedPerMu: readDec(args.b, "b"), year: readWhole(args.c, "c"), alreadyPaid: readDec(args.d, "d", ZERO), listed }));
    case "attraction":
      return amount(attractionSubsidy(ctx, { output: readDec(args.a, "a"), contribution: readDec(args.b, "b"), listed }));
    case "village":
      return amount(villageSubsidy(ctx, { output: readDec(args.a, "a"), contribution: readDec(args.b, "b"), year: readWhole(args.c, "c"), listed }));
  }
}
