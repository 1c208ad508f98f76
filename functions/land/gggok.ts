// LAND.GGGOK · 工改工监管达标 (ZC-GGG): its descriptor and adapter.
import { parseZone, supervisionCheck } from "../../policies/rules/supervision";
import type { Bilingual } from "../../policies/schema";
import { type RawArg, valueFault } from "../cells";
import { neededDec, optionalDec, readDec, readFlag, readText, requireText } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, flag, perMu, PROFILE } from "../spec";

const PILOT_NEEDS: Bilingual = {
  zh: "试点项目须给出此值（二(六)17：亩均投资、亩均产值不低于《广州市工业用地指南（2018 年版）》指标值的 70%）",
  en: "a pilot project needs this value (二(六)17: investment and output per mu ≥ 70% of the Guangzhou 2018 guide values)",
};

export default defineFunction({
  id: "GGGOK",
  zh: "工改工监管达标",
  summary: {
    zh: "“工改工”项目是否达到产业监管要求（TRUE）：容积率不低于 2.0，亩均税收按区域和是否试点不低于下限；试点项目亩均投资、亩均产值不低于指南值的 70%；另有项目协议约定的按协议",
    en: "Whether a 工改工 project meets its supervision requirements (TRUE): FAR ≥ 2.0, tax per mu ≥ the floor for its zone and pilot status; pilots also investment and output per mu ≥ 70% of the Guangzhou guide; an agreement's own values replace the clause's",
  },
  params: [
    { name: "zone", zh: "所在区域", help: { zh: "core（开发区核心区）、multi（一区多园）或 town（其他镇街）", en: "core (开发区核心区), multi (一区多园) or town (其他镇街)" } },
    { name: "far", zh: "容积率", help: { zh: "容积率", en: "Plot ratio (FAR)" }, unit: "比值 ratio" },
    perMu("tax_per_mu", "亩均税收", "Tax per mu"),
    flag("pilot", "是否试点", "Pilot project", false),
    perMu("investment_per_mu", "亩均投资", "Investment per mu (pilots)", true),
    perMu("output_per_mu", "亩均产值", "Output per mu (pilots)", true),
    perMu("guide_investment_per_mu", "指南亩均投资", "Guangzhou 2018 guide investment value (pilots)", true),
    perMu("guide_output_per_mu", "指南亩均产值", "Guangzhou 2018 guide output value (pilots)", true),
    { name: "agreement", zh: "项目协议", optional: true, help: { zh: "另有项目协议约定监管要求时：协议名称或文号", en: "Where a project agreement sets the requirements: its title or number" } },
    { name: "agreed_min_far", zh: "协议容积率", optional: true, help: { zh: "协议约定的容积率下限", en: "The agreement's minimum FAR" }, unit: "比值 ratio" },
    perMu("agreed_min_tax_per_mu", "协议亩均税收", "The agreement's minimum tax per mu", true),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：达到监管要求", en: "TRUE: the requirements are met" } },
  rules: ["ZC-GGG"],
  pinned: false,
  examples: [
    { formula: '=LAND.GGGOK("core", 2, 50, FALSE(), , , , , , , , "zengcheng")', result: true, note: { zh: "不低于 2.0、50 万元/亩均含本数", en: "不低于 includes 2.0 and 50" } },
    { formula: '=LAND.GGGOK("core", 2, 49.99, FALSE(), , , , , , , , "zengcheng")', result: false },
    { formula: '=LAND.GGGOK("multi", 2.2, 56, TRUE(), 350, 700, 500, 1000, , , , "zengcheng")', result: true, note: { zh: "试点：亩均投资、产值恰为指南值的 70%", en: "pilot: investment and output exactly 70% of the guide" } },
    { formula: '=LAND.GGGOK("multi", 1.8, 45, FALSE(), , , , , "监管协议 2023-015", 1.8, , "zengcheng")', result: true, note: { zh: "按项目协议约定的容积率 1.8", en: "the agreement's FAR 1.8 applies" } },
    { formula: '=LAND.GGGOK("town", 2, 40, TRUE(), , , , , , , , "zengcheng")', result: { error: "#VALUE!" }, note: { zh: "试点项目须给出亩均投资、产值及指南值", en: "a pilot needs investment, output and the guide values" } },
  ],
  adapter: (args, host) => {
    const isPilot = readFlag(args.pilot, "pilot", false);
    // A pilot is held to investment and output too: a blank would pass unchecked, so it is an error here.
    const pilotValue = (v: RawArg, argument: string) => (isPilot ? neededDec(v, argument, PILOT_NEEDS) : optionalDec(v, argument));
    const reference = readText(args.agreement, "agreement");
    const minFar = optionalDec(args.agreed_min_far, "agreed_min_far");
    const minTaxPerMu = optionalDec(args.agreed_min_tax_per_mu, "agreed_min_tax_per_mu");
    if (reference === null && (minFar !== null || minTaxPerMu !== null))
      throw valueFault("agreement", "给出协议约定值时须注明项目协议（名称或文号）", "name the project agreement (title or number) that sets the agreed values");
    return flagOf(
      supervisionCheck(contextFor(args.profile, host), {
        zone: parseZone(requireText(args.zone, "zone"), "zone"),
        pilot: isPilot,
        far: readDec(args.far, "far"),
        taxPerMu: readDec(args.tax_per_mu, "tax_per_mu"),
        investmentPerMu: pilotValue(args.investment_per_mu, "investment_per_mu"),
        outputPerMu: pilotValue(args.output_per_mu, "output_per_mu"),
        guideInvestmentPerMu: pilotValue(args.guide_investment_per_mu, "guide_investment_per_mu"),
        guideOutputPerMu: pilotValue(args.guide_output_per_mu, "guide_output_per_mu"),
        override: reference === null ? null : { source: "agreement", reference, ...(minFar ? { minFar } : {}), ...(minTaxPerMu ? { minTaxPerMu } : {}) },
      }),
      noViolation,
    );
  },
});
