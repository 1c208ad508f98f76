// LAND.TIERS · 批量分档 (ZC-TIER, ZJ-EVAL): its descriptor and adapter.
import { tiers } from "../../policies/rules/tiers";
import { toCellError, valueFault, type OutCell } from "../cells";
import { cellsOf, isBlank, type Cell } from "../coerce";
import { contextFor } from "../context";
import { defineFunction, PROFILE, SCORES } from "../spec";
import { populationOf, statusOf, tierWithin } from "./tier";

/** A row the fast path cannot take as is: text or a flag in the score, or an unreadable status. */
function needsPerCell(score: Cell, status: Cell): boolean {
  if (typeof score === "boolean" || (typeof score === "string" && !isBlank(score))) return true;
  try {
    statusOf(status);
    return false;
  } catch {
    return true;
  }
}

export default defineFunction({
  id: "TIERS",
  zh: "批量分档",
  summary: { zh: "一次为整列得分分档，结果溢出为一列（1 万行以上用此函数）", en: "Tiers for a whole column of scores in one call, spilled as a column (the fast path for 10,000+ rows)" },
  params: [
    { ...SCORES, help: { zh: "整列得分（空白得分的结果为空白）", en: "The column of scores (a blank score gives a blank result)" } },
    { name: "statuses", zh: "数据状态列", optional: true, range: true, help: { zh: "与得分同样大小的数据状态列（可省略）", en: "Data statuses, the same size as scores (optional)" } },
    PROFILE,
  ],
  returns: { type: "table", spill: { rowsLike: "scores" }, help: { zh: "一列档次，逐行与 LAND.TIER 相同", en: "A column of tiers, row by row equal to LAND.TIER" } },
  rules: ["ZC-TIER", "ZJ-EVAL"],
  pinned: true,
  examples: [
    {
      formula: '=LAND.TIERS(SEQUENCE(20), , "zengcheng")',
      result: [..."DCCCBBBBBBBBBBBBAAAA"].map((t) => [t]),
      note: { zh: "得分 1…20：1 为 D，2–4 为 C，5–16 为 B，17–20 为 A", en: "scores 1…20: 1 D, 2–4 C, 5–16 B, 17–20 A" },
    },
  ],
  adapter: (args, host) => {
    const ctx = contextFor(args.profile, host);
    const cells = cellsOf(args.scores, "scores");
    const population = populationOf(args.scores, "scores");
    const given = cellsOf(args.statuses, "statuses");
    const statusCells = given.every(isBlank) ? null : given;
    if (statusCells && statusCells.length !== cells.length)
      throw valueFault("statuses", `应与 scores 大小相同（${statusCells.length} 对 ${cells.length} 格）`, `must be the same size as scores (${statusCells.length} vs ${cells.length} cells)`);
    const perCell = cells.map((c, i) => needsPerCell(c, statusCells?.[i] ?? null));
    const fast = tiers(
      ctx,
      cells.map((c) => (typeof c === "number" && Number.isFinite(c) ? c : null)),
      statusCells?.map((s, i) => (perCell[i] ? "ok" : statusOf(s))),
    );
    const column: OutCell[][] = cells.map((c, i) => {
      if (!perCell[i]) return [fast.value.tiers[i] ?? ""];
      try {
        return [tierWithin(ctx, c, population, statusCells?.[i] ?? null).value as string];
      } catch (e) {
        return [toCellError(e)];
      }
    });
    return { value: column, trace: fast.trace };
  },
});
