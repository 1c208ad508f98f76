// LAND.IDLEFEE · 土地闲置费 (ZC-IDLE, NAT-IDLE-FEE, NAT-IDLE-EXC): its descriptor and adapter.
import { idleFee, parseIdleCause } from "../../policies/rules/idle";
import { readDate, readDec, readText } from "../coerce";
import { contextFor } from "../context";
import { amount } from "../outcome";
import { defineFunction, money, PROFILE } from "../spec";

export default defineFunction({
  id: "IDLEFEE",
  zh: "土地闲置费",
  summary: { zh: "企业原因未动工满一年：土地闲置费 = 20% × 出让或划拨价款；政府原因为 0", en: "Idle-land fee: 20% of the land price once 满一年 (EDATE(agreed_start, 12)) has passed; government-caused → 0" },
  params: [
    money("land_price", "出让或划拨价款", "Land price (transfer or allocation)"),
    { name: "agreed_start", zh: "约定动工日期", help: { zh: "约定（或批准）的动工开发日期", en: "Agreed (or approved) start-of-works date" }, unit: "日期 date" },
    { name: "as_of", zh: "评价日", help: { zh: "评价日", en: "Evaluation date" }, unit: "日期 date" },
    { name: "cause", zh: "闲置原因", optional: true, help: { zh: "enterprise（企业，默认）或 government（政府）", en: "enterprise (企业, default) or government (政府)" } },
    PROFILE,
  ],
  returns: { type: "number", unit: "万元", help: { zh: "土地闲置费", en: "The idle-land fee" } },
  rules: ["ZC-IDLE", "NAT-IDLE-FEE", "NAT-IDLE-EXC"],
  pinned: true,
  examples: [
    { formula: '=LAND.IDLEFEE(1000, "2023-03-15", "2024-03-14", , "zengcheng")', result: 0, note: { zh: "未满一年", en: "one year not yet reached" } },
    { formula: '=LAND.IDLEFEE(1000, "2023-03-15", "2024-03-15", , "zengcheng")', result: 200, note: { zh: "满一年（含当日）", en: "满一年 reached on the day" } },
    { formula: '=LAND.IDLEFEE(1000, "2023-03-15", "2025-01-01", "政府", "zengcheng")', result: 0, note: { zh: "政府原因", en: "government-caused" } },
  ],
  adapter: (args, host) => {
    const on = readDate(args.as_of, "as_of");
    const r = idleFee(contextFor(args.profile, host, on), {
      landPrice: readDec(args.land_price, "land_price"),
      agreedStart: readDate(args.agreed_start, "agreed_start"),
      asOf: on,
      cause: parseIdleCause(readText(args.cause, "cause"), "cause"),
    });
    return amount({ value: r.value.fee, trace: r.trace });
  },
});
