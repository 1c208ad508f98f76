// LAND.RELOCAREAOK · 安置用地面积合规 (NB-RELOC-AREA): its descriptor and adapter.
import { relocationAreaCheck } from "../../policies/rules/ningbo-relocation";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, mu, PROFILE } from "../spec";

export default defineFunction({
  id: "RELOCAREAOK",
  zh: "安置用地面积合规",
  summary: {
    zh: "异地调产安置重新安排的工业用地是否不超过原合法面积（TRUE；相等也符合）",
    en: "Whether the industrial land re-arranged for an approved relocation is no more than the original lawful area (TRUE; equal is allowed)",
  },
  params: [mu("original_lawful_mu", "原合法用地面积", "Original lawful land area"), mu("new_mu", "重新安排用地面积", "Land re-arranged"), PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：不超过原合法面积", en: "TRUE: within the original lawful area" } },
  rules: ["NB-RELOC-AREA"],
  pinned: false,
  examples: [
    { formula: '=LAND.RELOCAREAOK(30, 30, "ningbo")', result: true, note: { zh: "不超过含本数", en: "不超过 includes the number" } },
    { formula: '=LAND.RELOCAREAOK(30, 30.01, "ningbo")', result: false },
    { formula: '=LAND.RELOCAREAOK(30, 30, "zengcheng")', result: { error: "#N/A" }, note: { zh: "增城无此规则", en: "not a 增城 rule" } },
  ],
  adapter: (args, host) =>
    flagOf(relocationAreaCheck(contextFor(args.profile, host), readDec(args.original_lawful_mu, "original_lawful_mu"), readDec(args.new_mu, "new_mu")), noViolation),
});
