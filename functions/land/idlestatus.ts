// LAND.IDLESTATUS · 闲置土地认定 (NAT-IDLE-DEF): its descriptor and adapter.
import { idleLandStatus } from "../../policies/rules/idle-definition";
import { optionalDate, optionalDec, readDate } from "../coerce";
import { contextFor } from "../context";
import { date, defineFunction, PROFILE } from "../spec";

export default defineFunction({
  id: "IDLESTATUS",
  zh: "闲置土地认定",
  summary: {
    zh: "闲置土地认定：idle（未动工满一年）、may-be-idle（已动工但开发不足三分之一或投资不足 25%，中止满一年）、not-idle",
    en: "Idle-land status: idle (not started a full year after the agreed date), may-be-idle (started, < 1/3 developed or < 25% invested, halted a full year), not-idle",
  },
  params: [
    date("agreed_start", "约定动工日期", "Agreed start-of-works date"),
    date("as_of", "评价日", "Evaluation date"),
    date("started_on", "实际动工日期", "Date works started (blank: not started)", true),
    { name: "developed_area", zh: "已开发面积", optional: true, help: { zh: "已动工开发面积（与应开发面积同单位）", en: "Developed area (same unit as required_area)" } },
    { name: "required_area", zh: "应开发面积", optional: true, help: { zh: "应动工开发面积", en: "Area required to be developed" } },
    { name: "invested", zh: "已投资额", optional: true, help: { zh: "已投资额（万元）", en: "Invested so far (万元)" }, unit: "万元" },
    { name: "total_investment", zh: "总投资额", optional: true, help: { zh: "总投资额（万元）", en: "Total investment (万元)" }, unit: "万元" },
    date("halted_since", "中止开发日期", "Date works stopped (blank: not halted)", true),
    PROFILE,
  ],
  returns: { type: "string", help: { zh: "idle、may-be-idle 或 not-idle", en: "idle, may-be-idle or not-idle" } },
  rules: ["NAT-IDLE-DEF"],
  pinned: false,
  examples: [
    { formula: '=LAND.IDLESTATUS("2022-03-15", "2023-03-14", , , , , , , "zengcheng")', result: "not-idle" },
    { formula: '=LAND.IDLESTATUS("2022-03-15", "2023-03-15", , , , , , , "zengcheng")', result: "idle", note: { zh: "满一年含当日", en: "满一年 reached on the day" } },
    { formula: '=LAND.IDLESTATUS("2021-01-01", "2023-06-01", "2021-06-01", 30, 100, , , "2022-06-01", "zhejiang")', result: "may-be-idle", note: { zh: "开发 30% 不足三分之一", en: "30% developed < 1/3" } },
    { formula: '=LAND.IDLESTATUS("2021-01-01", "2023-06-01", "2021-06-01", 1, 3, , , "2022-06-01", "zhejiang")', result: "not-idle", note: { zh: "恰为三分之一：不足三分之一不含本数", en: "exactly 1/3: 不足 excludes the number" } },
  ],
  adapter: (args, host) => {
    const on = readDate(args.as_of, "as_of");
    const r = idleLandStatus(contextFor(args.profile, host, on), {
      agreedStart: readDate(args.agreed_start, "agreed_start"),
      asOf: on,
      startedOn: optionalDate(args.started_on, "started_on"),
      developedArea: optionalDec(args.developed_area, "developed_area"),
      requiredArea: optionalDec(args.required_area, "required_area"),
      invested: optionalDec(args.invested, "invested"),
      totalInvestment: optionalDec(args.total_investment, "total_investment"),
      haltedSince: optionalDate(args.halted_since, "halted_since"),
    });
    return { value: r.value.status, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
  },
});
