// LAND.BIDCAP · 封顶地价 (WZ-BID): its descriptor and adapter.
import { bidPriceCap } from "../../policies/rules/wenzhou-bid";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "BIDCAP",
  zh: "封顶地价",
  summary: { zh: "竞价封顶地价 = 起拍价 × (1 + 20%)，达到后竞报亩均税收", en: "Auction price cap = starting price × (1 + 20%); at the cap, bidders bid committed tax per mu" },
  params: [money("starting_price", "起拍地价", "Starting price"), PROFILE],
  returns: { type: "number", unit: "万元", help: { zh: "封顶地价", en: "The price cap" } },
  rules: ["WZ-BID"],
  pinned: false,
  examples: [{ formula: '=LAND.BIDCAP(1000, "wenzhou")', result: 1200 }],
  adapter: (args, host) => amount(bidPriceCap(contextFor(args.profile, host), readDec(args.starting_price, "starting_price"))),
});
