// LAND.MORTGAGECAP · 抵押价格上限 (WZ-PREEMPT): its descriptor and adapter.
import { mortgageCap } from "../../policies/rules/wenzhou-stock";
import { optionalDec, readDec, readFlag } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, flag, money, PROFILE } from "../spec";

export default defineFunction({
  id: "MORTGAGECAP",
  zh: "抵押价格上限",
  summary: { zh: "工业用地抵押价格上限：达产验收通过前不高于本地块出让价格，通过后不高于标定地价", en: "Mortgage cap on industrial land: the land's transfer price before production acceptance, the benchmark (标定) land price after" },
  params: [
    money("transfer_price", "本地块出让价格", "The parcel's transfer price"),
    flag("accepted", "已通过达产验收", "Production acceptance passed", false),
    money("benchmark_price", "标定地价", "Benchmark land price (needed once accepted)", true),
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "抵押价格上限", en: "The mortgage cap" } },
  rules: ["WZ-PREEMPT"],
  pinned: false,
  examples: [
    { formula: '=LAND.MORTGAGECAP(1000, FALSE(), , "wenzhou")', result: 1000, note: { zh: "达产验收通过前：出让价格", en: "before acceptance: the transfer price" } },
    { formula: '=LAND.MORTGAGECAP(1000, TRUE(), 1300, "wenzhou")', result: 1300, note: { zh: "通过后：标定地价", en: "after acceptance: the benchmark price" } },
    { formula: '=LAND.MORTGAGECAP(1000, TRUE(), , "wenzhou")', result: { error: "#VALUE!" }, note: { zh: "通过后须给出标定地价", en: "after acceptance the benchmark price is needed" } },
  ],
  adapter: (args, host) =>
    amount(
      mortgageCap(contextFor(args.profile, host), {
        transferPrice: readDec(args.transfer_price, "transfer_price"),
        accepted: readFlag(args.accepted, "accepted", false),
        benchmarkPrice: optionalDec(args.benchmark_price, "benchmark_price"),
      }),
    ),
});
