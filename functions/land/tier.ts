// LAND.TIER · 亩均分档 (ZC-TIER, ZJ-EVAL): its descriptor and adapter.
import type { Context } from "../../policies/engine/evaluation";
import { type DataStatus, parseDataStatus, tier } from "../../policies/rules/tiers";
import { ErrorValue, type RawArg } from "../cells";
import { cellsOf, errorCellFault, isBlank, readNumber, readText, single } from "../coerce";
import { contextFor } from "../context";
import { type Outcome, plain } from "../outcome";
import { defineFunction, PROFILE, SCORES, TIER_STATUS_HELP } from "../spec";

/** The numbers of a population range; blanks and text are ignored (FUNCTIONS.md), an error cell is not. */
export function populationOf(arg: RawArg, argument: string): number[] {
  const out: number[] = [];
  cellsOf(arg, argument).forEach((c, i) => {
    if (c instanceof ErrorValue) throw errorCellFault(argument, c, `第 ${i + 1} 格`);
    if (typeof c === "number" && Number.isFinite(c)) out.push(c);
  });
  return out;
}

export function statusOf(arg: RawArg): DataStatus {
  return parseDataStatus(readText(arg, "status"), "status");
}

/** One score within its population; a forcing status decides "whatever the score" (二(一)2). */
export function tierWithin(ctx: Context, scoreArg: RawArg, population: number[], statusArg: RawArg): Outcome {
  const status = statusOf(statusArg);
  let score: number | null = null;
  try {
    score = isBlank(single(scoreArg, "score")) ? null : readNumber(scoreArg, "score");
  } catch (e) {
    if (status === "ok") throw e;
  }
  return plain(tier(ctx, { score, scores: population, status }));
}

export default defineFunction({
  id: "TIER",
  zh: "亩均分档",
  summary: { zh: "按综合得分在参评企业中的排位分 A/B/C/D 档（并列同档）", en: "Tier A/B/C/D by rank of the score within the population (ties share a tier)" },
  params: [
    { name: "score", zh: "得分", help: { zh: "该企业的综合得分", en: "This enterprise's composite score" }, unit: "分 points" },
    SCORES,
    { name: "status", zh: "数据状态", optional: true, help: TIER_STATUS_HELP },
    PROFILE,
  ],
  returns: { type: "string", help: { zh: "档次 A、B、C 或 D", en: "The tier: A, B, C or D" } },
  rules: ["ZC-TIER", "ZJ-EVAL"],
  pinned: true,
  examples: [
    { formula: '=LAND.TIER(17, SEQUENCE(20), , "zengcheng")', result: "A", note: { zh: "得分 1…20：17–20 为 A", en: "scores 1…20: 17–20 are A" } },
    { formula: '=LAND.TIER(16, SEQUENCE(20), , "zengcheng")', result: "B" },
    { formula: '=LAND.TIER(2, SEQUENCE(20), , "zengcheng")', result: "C" },
    { formula: '=LAND.TIER(1, SEQUENCE(20), , "zengcheng")', result: "D" },
    { formula: '=LAND.TIER(20, SEQUENCE(20), "未上传", "zengcheng")', result: "D", note: { zh: "未主动上传数据 → 直接 D 档", en: "data not submitted → D directly" } },
  ],
  adapter: (args, host) =>
    tierWithin(contextFor(args.profile, host), args.score, populationOf(args.scores, "scores"), args.status),
});
