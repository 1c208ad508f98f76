// LAND.MU · 平方米换亩: its descriptor and adapter.
import { requireNonNegative } from "../../policies/engine/checks";
import { toCellNumber } from "../../policies/engine/decimal";
import { squareMetresToMu } from "../../policies/engine/units";
import { finiteCell } from "../cells";
import { readDec } from "../coerce";
import { defineFunction } from "../spec";

export default defineFunction({
  id: "MU",
  zh: "平方米换亩",
  summary: { zh: "平方米换算为亩：㎡ × 15 ÷ 10000（精确）", en: "Square metres to mu: ㎡ × 15 ÷ 10000, exact" },
  params: [{ name: "square_metres", zh: "平方米", help: { zh: "面积（㎡）", en: "Area (㎡)" }, unit: "㎡" }],
  returns: { type: "number", unit: "亩", help: { zh: "面积（亩）", en: "Area in mu" } },
  rules: [],
  pinned: true,
  examples: [
    { formula: "=LAND.MU(10000)", result: 15 },
    { formula: "=LAND.MU(2000)", result: 3 },
  ],
  adapter: (args) => ({
    value: finiteCell(toCellNumber(squareMetresToMu(requireNonNegative(readDec(args.square_metres, "square_metres"), "square_metres")))),
    trace: null,
  }),
});
