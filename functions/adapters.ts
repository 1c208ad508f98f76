// One thin adapter per formula: Excel values → engine inputs, engine result → a cell value.
// No rule lives here; each adapter names the engine function that decides.
import { breachPenalty } from "../policies/rules/breach";
import { choiceOf } from "../policies/rules/choices";
import { compensationArea, unlawfulBuildingClass } from "../policies/rules/compensation";
import { idleFee, parseIdleCause } from "../policies/rules/idle";
import { buildMonths, leasePrice } from "../policies/rules/lease";
import { attractionSubsidy, investmentSubsidy, rentSubsidy, villageSubsidy } from "../policies/rules/subsidies";
import { minTaxPerMu, parseZone } from "../policies/rules/supervision";
import { compositeScore, parseDataStatus, tier, tiers, type DataStatus } from "../policies/rules/tiers";
import { requireNonNegative } from "../policies/engine/checks";
import { toCellNumber, ZERO, type Dec } from "../policies/engine/decimal";
import type { Context, RuleResult, Trace } from "../policies/engine/evaluation";
import { squareMetresToMu } from "../policies/engine/units";
import { ErrorValue, finiteCell, toCellError, valueFault, type CellResult, type OutCell, type RawArg } from "./cells";
import { cellsOf, errorCellFault, isBlank, readDate, readDec, readFlag, readNumber, readText, readWhole, requireText, single, type Cell } from "./coerce";
import { contextFor } from "./context";
import type { FunctionHost } from "./host";

/** A formula's value with the trace that explains it (null where no profile rule decides). */
export interface Outcome {
  value: CellResult;
  trace: Trace | null;
  /** Extra rows for LAND.EXPLAIN: [item, value, detail]. */
  notes?: [string, string, string][];
}

export type Adapter = (args: RawArg[], host: FunctionHost) => Outcome;

/** An exact engine amount as the nearest double, with its trace. */
export function amount(r: RuleResult<Dec>): Outcome {
  return { value: finiteCell(toCellNumber(r.value)), trace: r.trace };
}

export function plain<T extends string | number | boolean>(r: RuleResult<T>): Outcome {
  return { value: typeof r.value === "number" ? finiteCell(r.value) : r.value, trace: r.trace };
}

// ── ZC-TIER / ZJ-EVAL ────────────────────────────────────────────────────────────────────

/** The numbers of a population range; blanks and text are ignored (FUNCTIONS.md), an error cell is not. */
function populationOf(arg: RawArg, argument: string): number[] {
  const out: number[] = [];
  cellsOf(arg, argument).forEach((c, i) => {
    if (c instanceof ErrorValue) throw errorCellFault(argument, c, `第 ${i + 1} 格`);
    if (typeof c === "number" && Number.isFinite(c)) out.push(c);
  });
  return out;
}

function statusOf(arg: RawArg): DataStatus {
  return parseDataStatus(readText(arg, "status"), "status");
}

/** One score within its population; a forcing status decides "whatever the score" (二(一)2). */
function tierWithin(ctx: Context, scoreArg: RawArg, population: number[], statusArg: RawArg): Outcome {
  const status = statusOf(statusArg);
  let score: number | null = null;
  try {
    score = isBlank(single(scoreArg, "score")) ? null : readNumber(scoreArg, "score");
  } catch (e) {
    if (status === "ok") throw e;
  }
  return plain(tier(ctx, { score, scores: population, status }));
}

export const TIER: Adapter = ([score, scores, status, profile], host) =>
  tierWithin(contextFor(profile, host), score, populationOf(scores, "scores"), status);

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

export const TIERS: Adapter = ([scores, statuses, profile], host) => {
  const ctx = contextFor(profile, host);
  const cells = cellsOf(scores, "scores");
  const population = populationOf(scores, "scores");
  const given = cellsOf(statuses, "statuses");
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
};

export function decsOf(arg: RawArg, argument: string): Dec[] {
  return cellsOf(arg, argument).map((c, i) => readDec(c, `${argument}[${i + 1}]`));
}

export const SCORE: Adapter = ([values, benchmarks, weights]) => ({
  value: finiteCell(toCellNumber(compositeScore(decsOf(values, "values"), decsOf(benchmarks, "benchmarks"), decsOf(weights, "weights")))),
  trace: null,
});

// ── Idle land, penalties, supervision ────────────────────────────────────────────────────

export const IDLEFEE: Adapter = ([landPrice, agreedStart, asOf, cause, profile], host) => {
  const date = readDate(asOf, "as_of");
  const r = idleFee(contextFor(profile, host, date), {
    landPrice: readDec(landPrice, "land_price"),
    agreedStart: readDate(agreedStart, "agreed_start"),
    asOf: date,
    cause: parseIdleCause(readText(cause, "cause"), "cause"),
  });
  return amount({ value: r.value.fee, trace: r.trace });
};

export const BREACHPENALTY: Adapter = ([committed, actual, area, profile], host) =>
  amount(
    breachPenalty(contextFor(profile, host), {
      committedTaxPerMu: readDec(committed, "committed_tax_per_mu"),
      actualTaxPerMu: readDec(actual, "actual_tax_per_mu"),
      areaMu: readDec(area, "area_mu"),
    }),
  );

export const MINTAX: Adapter = ([zone, pilot, profile], host) =>
  amount(minTaxPerMu(contextFor(profile, host), parseZone(requireText(zone, "zone"), "zone"), readFlag(pilot, "pilot", false)));

// ── Subsidies (增城 三(二)5–8, 中山 二(十二)) ───────────────────────────────────────────────

type SubsidyKind = "rent" | "investment" | "attraction" | "village";

const KIND_WORDS: Record<string, SubsidyKind> = {
  rent: "rent", 租金: "rent", 租金补助: "rent", 搬迁租金: "rent", 搬迁租金补助: "rent",
  investment: "investment", 投资: "investment", 改造主体: "investment", 改造主体奖励: "investment",
  attraction: "attraction", 招商: "attraction", 招商奖励: "attraction", 招商项目奖励: "attraction",
  village: "village", 村改: "village", 村改专项: "village", 村改专项支持: "village",
};

function subsidyKind(arg: RawArg): SubsidyKind {
  return choiceOf(KIND_WORDS, requireText(arg, "kind"), "kind", { zh: "rent（租金）、investment（改造主体）、attraction（招商）或 village（村改）", en: "rent, investment, attraction or village" });
}

export const SUBSIDY: Adapter = ([kindArg, a, b, c, d, profile], host) => {
  const kind = subsidyKind(kindArg);
  const ctx = contextFor(profile, host);
  switch (kind) {
    case "rent":
      return amount(rentSubsidy(ctx, { areaM2: readDec(a, "a"), months: readDec(b, "b"), contribution: readDec(c, "c"), year: readWhole(d, "d", 1) }));
    case "investment":
      return amount(investmentSubsidy(ctx, { investment: readDec(a, "a"), plannedPerMu: readDec(b, "b"), year: readWhole(c, "c"), alreadyPaid: readDec(d, "d", ZERO) }));
    case "attraction":
      return amount(attractionSubsidy(ctx, { output: readDec(a, "a"), contribution: readDec(b, "b") }));
    case "village":
      return amount(villageSubsidy(ctx, { output: readDec(a, "a"), contribution: readDec(b, "b"), year: readWhole(c, "c") }));
  }
};

// ── Land terms, construction, compensation, units ───────────────────────────────────────

export const LEASEPRICE: Adapter = ([price, years, profile], host) =>
  amount(leasePrice(contextFor(profile, host), readDec(price, "full_term_price"), readDec(years, "years")));

export const BUILDMONTHS: Adapter = ([investment, profile], host) =>
  plain(buildMonths(contextFor(profile, host), readDec(investment, "planned_investment")));

export const COMPENSATION: Adapter = ([lawful, unlawfulPre2009, profile], host) =>
  amount(compensationArea(contextFor(profile, host), readDec(lawful, "lawful_m2"), readDec(unlawfulPre2009, "unlawful_pre2009_m2")));

export const COMPCLASS: Adapter = ([year, profile], host) => plain(unlawfulBuildingClass(contextFor(profile, host), readWhole(year, "year_completed")));

export const MU: Adapter = ([m2]) => ({
  value: finiteCell(toCellNumber(squareMetresToMu(requireNonNegative(readDec(m2, "square_metres"), "square_metres")))),
  trace: null,
});
