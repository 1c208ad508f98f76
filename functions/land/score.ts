// LAND.SCORE · 综合得分 (ZJ-EVAL, ZC-TIER): its descriptor and adapter.
import { toCellNumber } from "../../policies/engine/decimal";
import { compositeScore } from "../../policies/rules/tiers";
import { finiteCell } from "../cells";
import { decsOf } from "../coerce";
import { defineFunction } from "../spec";

export default defineFunction({
  id: "SCORE",
  zh: "综合得分",
  summary: { zh: "亩均效益综合得分：Σ 权重 × 指标值 ÷ 基准值", en: "Composite per-mu score: Σ weight × value ÷ benchmark" },
  params: [
    { name: "values", zh: "指标值", range: true, help: { zh: "各项指标值", en: "Indicator values" } },
    { name: "benchmarks", zh: "基准值", range: true, help: { zh: "各项指标的基准值（须大于 0，与指标值同样多）", en: "Benchmarks, one per value (each > 0)" } },
    { name: "weights", zh: "权重", range: true, help: { zh: "各项指标的权重（分）", en: "Weights in points, one per value" } },
  ],
  returns: { type: "number", unit: "分 points", help: { zh: "综合得分", en: "The composite score" } },
  rules: ["ZJ-EVAL", "ZC-TIER"],
  pinned: true,
  examples: [
    {
      formula: "=LAND.SCORE({30,100,2,5000,20,0.03}, {24.097,136.16,2.694,4929.81,18.14,0.0302}, {30,20,20,10,10,10})",
      result: 97.98697106338906,
    },
  ],
  adapter: (args) => ({
    value: finiteCell(toCellNumber(compositeScore(decsOf(args.values, "values"), decsOf(args.benchmarks, "benchmarks"), decsOf(args.weights, "weights")))),
    trace: null,
  }),
});
