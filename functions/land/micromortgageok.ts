// LAND.MICROMORTGAGEOK · 小微园抵押额 (NB-MICRO): its descriptor and adapter.
import { microParkMortgageCheck } from "../../policies/rules/micro-parks";
import { readDec, readFlag } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, flag, money, PROFILE } from "../spec";

export default defineFunction({
  id: "MICROMORTGAGEOK",
  zh: "小微园抵押额",
  summary: { zh: "新建小微企业园竣工备案前最高抵押额是否不超过土地出让价款（TRUE）", en: "Whether a new micro-park's highest mortgage before completion filing stays within the land price (TRUE)" },
  params: [money("mortgage", "最高抵押额", "Highest mortgage amount"), money("land_price", "土地出让价款", "Land price"), flag("completion_filed", "已竣工备案", "Completion filed", false), PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：不超过出让价款（竣工备案后不再限制）", en: "TRUE: within the land price (no limit after completion filing)" } },
  rules: ["NB-MICRO"],
  pinned: false,
  examples: [
    { formula: '=LAND.MICROMORTGAGEOK(1000, 1000, , "ningbo")', result: true, note: { zh: "不超过含本数", en: "不超过 includes it" } },
    { formula: '=LAND.MICROMORTGAGEOK(1000.01, 1000, , "ningbo")', result: false },
    { formula: '=LAND.MICROMORTGAGEOK(5000, 1000, TRUE(), "ningbo")', result: true, note: { zh: "已竣工备案", en: "completion filed" } },
  ],
  adapter: (args, host) =>
    flagOf(
      microParkMortgageCheck(contextFor(args.profile, host), {
        mortgage: readDec(args.mortgage, "mortgage"),
        landPrice: readDec(args.land_price, "land_price"),
        completionFiled: readFlag(args.completion_filed, "completion_filed", false),
      }),
      noViolation,
    ),
});
