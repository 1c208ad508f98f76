// LAND.MINTAX · 亩均税收下限 (ZC-GGG): its descriptor and adapter.
import { minTaxPerMu, parseZone } from "../../policies/rules/supervision";
import { readFlag, requireText } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "MINTAX",
  zh: "亩均税收下限",
  summary: { zh: "“工改工”监管协议的亩均税收下限（按区域、是否试点）", en: "Minimum tax per mu for 工改工 supervision, by zone and pilot status" },
  params: [
    { name: "zone", zh: "所在区域", help: { zh: "core（开发区核心区）、multi（一区多园）或 town（其他镇街）", en: "core (开发区核心区), multi (一区多园) or town (其他镇街)" } },
    { name: "pilot", zh: "是否试点", optional: true, help: { zh: "是否试点项目 TRUE/FALSE（默认 FALSE）", en: "Pilot project? TRUE/FALSE (default FALSE)" } },
    PROFILE,
  ],
  returns: { type: "number", unit: "万元/亩", help: { zh: "亩均税收下限（不低于）", en: "The minimum tax per mu (不低于: inclusive)" } },
  rules: ["ZC-GGG"],
  pinned: true,
  examples: [
    { formula: '=LAND.MINTAX("core", TRUE(), "zengcheng")', result: 70 },
    { formula: '=LAND.MINTAX("multi", TRUE(), "zengcheng")', result: 56 },
    { formula: '=LAND.MINTAX("town", TRUE(), "zengcheng")', result: 38.5 },
    { formula: '=LAND.MINTAX("core", FALSE(), "zengcheng")', result: 50 },
    { formula: '=LAND.MINTAX("multi", , "zengcheng")', result: 40 },
    { formula: '=LAND.MINTAX("其他镇街", FALSE(), "增城")', result: 27.5 },
  ],
  adapter: (args, host) =>
    amount(minTaxPerMu(contextFor(args.profile, host), parseZone(requireText(args.zone, "zone"), "zone"), readFlag(args.pilot, "pilot", false))),
});
