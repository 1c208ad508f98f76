// LAND.BREACHPENALTY · 税收违约金 (WZ-BREACH, ZC-LOWEFF): its descriptor and adapter.
import { breachPenalty } from "../../policies/rules/breach";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "BREACHPENALTY",
  zh: "税收违约金",
  summary: { zh: "亩均税收承诺未达：违约金 = max(0, 承诺 − 实际) × 面积", en: "Tax-commitment penalty: max(0, committed − actual) × area" },
  params: [
    { name: "committed_tax_per_mu", zh: "承诺亩均税收", help: { zh: "承诺亩均税收（万元/亩）", en: "Committed tax per mu (万元/亩)" }, unit: "万元/亩" },
    { name: "actual_tax_per_mu", zh: "实际亩均税收", help: { zh: "实际亩均税收（万元/亩）", en: "Actual tax per mu (万元/亩)" }, unit: "万元/亩" },
    { name: "area_mu", zh: "用地面积", help: { zh: "用地面积（亩）", en: "Land area (亩)" }, unit: "亩" },
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "违约金", en: "The penalty" } },
  rules: ["WZ-BREACH", "ZC-LOWEFF"],
  pinned: true,
  examples: [{ formula: '=LAND.BREACHPENALTY(30, 25, 10, "wenzhou")', result: 50 }],
  adapter: (args, host) =>
    amount(
      breachPenalty(contextFor(args.profile, host), {
        committedTaxPerMu: readDec(args.committed_tax_per_mu, "committed_tax_per_mu"),
        actualTaxPerMu: readDec(args.actual_tax_per_mu, "actual_tax_per_mu"),
        areaMu: readDec(args.area_mu, "area_mu"),
      }),
    ),
});
