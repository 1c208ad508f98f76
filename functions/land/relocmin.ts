// LAND.RELOCMIN · 调产安置指标下限 (NB-RELOC-TAX): its descriptor and adapter.
import { relocationIndicatorFloor } from "../../policies/rules/ningbo-siting";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "RELOCMIN",
  zh: "调产安置指标下限",
  summary: { zh: "异地调产安置协议出让用地的亩均税收等指标下限：“标准地”指标值的 50%", en: "The floor for 亩均税收 and similar indicators on relocation land sold by agreement: 50% of the 标准地 value" },
  params: [{ name: "standard_value", zh: "标准地指标值", help: { zh: "“标准地”该项指标值（结果同单位）", en: "The 标准地 value of the indicator (the result is in its unit)" } }, PROFILE],
  returns: { type: "number", help: { zh: "指标下限（不低于）", en: "The floor (inclusive)" } },
  rules: ["NB-RELOC-TAX"],
  pinned: false,
  examples: [{ formula: '=LAND.RELOCMIN(60, "ningbo")', result: 30 }],
  adapter: (args, host) => amount(relocationIndicatorFloor(contextFor(args.profile, host), readDec(args.standard_value, "standard_value"))),
});
