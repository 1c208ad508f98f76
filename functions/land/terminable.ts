// LAND.TERMINABLE · 可终止合同 (WZ-BREACH): its descriptor and adapter.
import { terminationAtAcceptance } from "../../policies/rules/breach";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "TERMINABLE",
  zh: "可终止合同",
  summary: { zh: "达产验收时产值不足合同约定 50% 或税收不足 30%：可解除合同（TRUE）", en: "At production acceptance, output < 50% or tax < 30% of the contract → the contract may be terminated (TRUE)" },
  params: [
    money("contract_output", "合同约定产值", "Contract output"),
    money("actual_output", "实际产值", "Actual output"),
    money("contract_tax", "合同约定税收", "Contract tax"),
    money("actual_tax", "实际税收", "Actual tax"),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：可解除合同", en: "TRUE: the contract may be terminated" } },
  rules: ["WZ-BREACH"],
  pinned: false,
  examples: [
    { formula: '=LAND.TERMINABLE(1000, 500, 100, 30, "wenzhou")', result: false, note: { zh: "恰为 50% 与 30%：不足不含本数", en: "exactly 50% and 30%: 不足 excludes the number" } },
    { formula: '=LAND.TERMINABLE(1000, 499.99, 100, 30, "wenzhou")', result: true },
    { formula: '=LAND.TERMINABLE(1000, 800, 100, 29.99, "wenzhou")', result: true },
  ],
  adapter: (args, host) => {
    const r = terminationAtAcceptance(contextFor(args.profile, host), {
      contractOutput: readDec(args.contract_output, "contract_output"),
      actualOutput: readDec(args.actual_output, "actual_output"),
      contractTax: readDec(args.contract_tax, "contract_tax"),
      actualTax: readDec(args.actual_tax, "actual_tax"),
    });
    return { value: r.value.terminable, trace: r.trace };
  },
});
