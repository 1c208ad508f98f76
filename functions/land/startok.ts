// LAND.STARTOK · 约定开工期合规 (WZ-BUILD): its descriptor and adapter.
import { startOfWorksCheck } from "../../policies/rules/lease";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "STARTOK",
  zh: "约定开工期合规",
  summary: {
    zh: "出让合同约定的开工期是否合规（TRUE）：一般为 3 个月（超过只作提示），最长不得超过半年",
    en: "Whether the start of works agreed in the contract complies (TRUE): normally 3 months (beyond it only a notice), never over six",
  },
  params: [{ name: "agreed_start_months", zh: "约定开工期", help: { zh: "合同签订后约定开工的月数", en: "Months after the contract by which works must start" }, unit: "月" }, PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：不超过半年（EXPLAIN 列出超过 3 个月的提示）", en: "TRUE: six months or less (EXPLAIN lists the notice beyond three)" } },
  rules: ["WZ-BUILD"],
  pinned: false,
  examples: [
    { formula: '=LAND.STARTOK(3, "wenzhou")', result: true },
    { formula: '=LAND.STARTOK(6, "wenzhou")', result: true, note: { zh: "最长不得超过半年，含 6 个月（超过 3 个月有提示）", en: "six months is the most allowed (a notice beyond three)" } },
    { formula: '=LAND.STARTOK(6.5, "wenzhou")', result: false },
  ],
  adapter: (args, host) => flagOf(startOfWorksCheck(contextFor(args.profile, host), readDec(args.agreed_start_months, "agreed_start_months")), noViolation),
});
