// LAND.BUILDMONTHS · 建设周期月数 (WZ-BUILD): its descriptor and adapter.
import { buildMonths } from "../../policies/rules/lease";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { plain } from "../outcome";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "BUILDMONTHS",
  zh: "建设周期月数",
  summary: { zh: "按计划投资定建设周期：10 亿元以下 24 个月，10～20 亿元 30 个月，20 亿元以上 36 个月", en: "Construction period by planned investment: ≤ 10 亿 24 months, 10–20 亿 30, ≥ 20 亿 36" },
  params: [money("planned_investment", "计划投资", "Planned investment"), PROFILE],
  returns: { type: "number", unit: "月", help: { zh: "建设周期上限（月）", en: "The longest construction period (months)" } },
  rules: ["WZ-BUILD"],
  pinned: true,
  examples: [
    { formula: '=LAND.BUILDMONTHS(100000, "wenzhou")', result: 24, note: { zh: "10 亿元以下含 10 亿", en: "10 亿元以下 includes 10 亿" } },
    { formula: '=LAND.BUILDMONTHS(150000, "wenzhou")', result: 30 },
    { formula: '=LAND.BUILDMONTHS(200000, "wenzhou")', result: 36, note: { zh: "20 亿元以上含 20 亿", en: "20 亿元以上 includes 20 亿" } },
  ],
  adapter: (args, host) =>
    plain(buildMonths(contextFor(args.profile, host), readDec(args.planned_investment, "planned_investment"))),
});
