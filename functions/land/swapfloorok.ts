// LAND.SWAPFLOOROK · 住宅计容面积不增加 (ZS-SWAP): its descriptor and adapter.
import { residentialFloorAreaCheck } from "../../policies/rules/zhongshan-planning";
import { readDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, m2, PROFILE } from "../spec";

export default defineFunction({
  id: "SWAPFLOOROK",
  zh: "住宅计容面积不增加",
  summary: {
    zh: "用地布局调整涉及住宅用地的，调整后的计容建筑面积是否不多于调整前（TRUE；相等也符合）",
    en: "Where a layout adjustment involves residential land: whether 计容建筑面积 after is no more than before (TRUE; equal complies)",
  },
  params: [m2("floor_before_m2", "调整前计容建筑面积", "计容建筑面积 before the adjustment"), m2("floor_after_m2", "调整后计容建筑面积", "计容建筑面积 after the adjustment"), PROFILE],
  returns: { type: "boolean", help: { zh: "TRUE：未增加", en: "TRUE: not increased" } },
  rules: ["ZS-SWAP"],
  pinned: false,
  examples: [
    { formula: '=LAND.SWAPFLOOROK(10000, 10000, "zhongshan")', result: true },
    { formula: '=LAND.SWAPFLOOROK(10000, 10001, "zhongshan")', result: false, note: { zh: "不得增加", en: "must not increase" } },
  ],
  adapter: (args, host) =>
    flagOf(residentialFloorAreaCheck(contextFor(args.profile, host), readDec(args.floor_before_m2, "floor_before_m2"), readDec(args.floor_after_m2, "floor_after_m2")), noViolation),
});
