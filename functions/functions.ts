// Generated from functions/descriptors.ts by `npx tsx functions/generate.ts`: edit the table, not this file.
// Excel's entry: custom-functions-metadata reads the JSDoc blocks below into functions.json.
// No HyperFormula in this bundle (GPL-3.0): Excel calls the adapters directly.
import { getActiveProfileId } from "../addin/activeProfile";
import { localToday } from "../policies/engine/dates";
import { excelCall } from "./excel";
import type { FunctionHost } from "./host";

/** The workbook's active profile (chosen in the task pane) and the machine's calendar day. */
const host: FunctionHost = { activeProfile: getActiveProfileId, today: () => localToday() };

/**
 * Tier A/B/C/D by rank of the score within the population (ties share a tier)
 * @customfunction TIER
 * @param score This enterprise's composite score
 * @param scores The population's scores, a range (blanks and text are ignored)
 * @param status Data status: blank, missing (未上传) or falsified (造假); the last two are tier D whatever the score
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The tier: A, B, C or D
 */
export function landTier(score: unknown, scores: unknown[][], status?: unknown, profile?: unknown): string {
  return excelCall("TIER", [score, scores, status, profile], host) as string;
}

/**
 * Tiers for a whole column of scores in one call, spilled as a column (the fast path for 10,000+ rows)
 * @customfunction TIERS
 * @param scores The column of scores (a blank score gives a blank result)
 * @param statuses Data statuses, the same size as scores (optional)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns A column of tiers, row by row equal to LAND.TIER
 */
export function landTiers(scores: unknown[][], statuses?: unknown[][], profile?: unknown): unknown[][] {
  return excelCall("TIERS", [scores, statuses, profile], host) as unknown[][];
}

/**
 * Composite per-mu score: Σ weight × value ÷ benchmark
 * @customfunction SCORE
 * @param values Indicator values
 * @param benchmarks Benchmarks, one per value (each > 0)
 * @param weights Weights in points, one per value
 * @returns The composite score
 */
export function landScore(values: unknown[][], benchmarks: unknown[][], weights: unknown[][]): number {
  return excelCall("SCORE", [values, benchmarks, weights], host) as number;
}

/**
 * Idle-land fee: 20% of the land price once 满一年 (EDATE(agreed_start, 12)) has passed; government-caused → 0
 * @customfunction IDLEFEE
 * @param land_price Land price (transfer or allocation) (万元)
 * @param agreed_start Agreed (or approved) start-of-works date
 * @param as_of Evaluation date
 * @param cause enterprise (企业, default) or government (政府)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The idle-land fee
 */
export function landIdlefee(land_price: unknown, agreed_start: unknown, as_of: unknown, cause?: unknown, profile?: unknown): number {
  return excelCall("IDLEFEE", [land_price, agreed_start, as_of, cause, profile], host) as number;
}

/**
 * Tax-commitment penalty: max(0, committed − actual) × area
 * @customfunction BREACHPENALTY
 * @param committed_tax_per_mu Committed tax per mu (万元/亩)
 * @param actual_tax_per_mu Actual tax per mu (万元/亩)
 * @param area_mu Land area (亩)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The penalty
 */
export function landBreachpenalty(committed_tax_per_mu: unknown, actual_tax_per_mu: unknown, area_mu: unknown, profile?: unknown): number {
  return excelCall("BREACHPENALTY", [committed_tax_per_mu, actual_tax_per_mu, area_mu, profile], host) as number;
}

/**
 * Subsidies: rent (relocation rent), investment (redeveloper reward), attraction (introduced-enterprise reward), village (village-park reward)
 * @customfunction SUBSIDY
 * @param kind rent, investment, attraction or village
 * @param a rent: rented floor area ㎡; investment: this year's fixed-asset investment 万元; attraction, village: the enterprise's output that year 万元
 * @param b rent: months in the year 0–12; investment: planned investment per mu 万元/亩; attraction, village: its district-level local economic contribution 万元
 * @param c rent: previous-year district-level contribution 万元; investment, village: year number (1, 2, 3…); attraction: unused
 * @param d rent: year number (default 1); investment: already paid 万元 (default 0); others: unused
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The subsidy
 */
export function landSubsidy(kind: unknown, a: unknown, b: unknown, c?: unknown, d?: unknown, profile?: unknown): number {
  return excelCall("SUBSIDY", [kind, a, b, c, d, profile], host) as number;
}

/**
 * Minimum tax per mu for 工改工 supervision, by zone and pilot status
 * @customfunction MINTAX
 * @param zone core (开发区核心区), multi (一区多园) or town (其他镇街)
 * @param pilot Pilot project? TRUE/FALSE (default FALSE)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The minimum tax per mu (不低于: inclusive)
 */
export function landMintax(zone: unknown, pilot?: unknown, profile?: unknown): number {
  return excelCall("MINTAX", [zone, pilot, profile], host) as number;
}

/**
 * Flexible-term price = full-term price × years ÷ 50; general industrial land ≤ 20 years
 * @customfunction LEASEPRICE
 * @param full_term_price Full-term (50-year) price (万元)
 * @param years Term in years
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The price for the term
 */
export function landLeaseprice(full_term_price: unknown, years: unknown, profile?: unknown): number {
  return excelCall("LEASEPRICE", [full_term_price, years, profile], host) as number;
}

/**
 * Construction period by planned investment: ≤ 10 亿 24 months, 10–20 亿 30, ≥ 20 亿 36
 * @customfunction BUILDMONTHS
 * @param planned_investment Planned investment (万元)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The longest construction period (months)
 */
export function landBuildmonths(planned_investment: unknown, profile?: unknown): number {
  return excelCall("BUILDMONTHS", [planned_investment, profile], host) as number;
}

/**
 * Property compensation = 1.2 × lawful + 0.6 × unlawful built before 2009
 * @customfunction COMPENSATION
 * @param lawful_m2 Lawful floor area (㎡)
 * @param unlawful_pre2009_m2 Unlawful floor area built before 2009 (㎡)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns Property to compensate, in ㎡
 */
export function landCompensation(lawful_m2: unknown, unlawful_pre2009_m2: unknown, profile?: unknown): number {
  return excelCall("COMPENSATION", [lawful_m2, unlawful_pre2009_m2, profile], host) as number;
}

/**
 * Compensation class of an unlawful building by completion year: unlawful-pre (before 2009, property × 0.6) or unlawful-post (after 2009, money at construction cost)
 * @customfunction COMPCLASS
 * @param year_completed Year completed
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns unlawful-pre or unlawful-post
 */
export function landCompclass(year_completed: unknown, profile?: unknown): string {
  return excelCall("COMPCLASS", [year_completed, profile], host) as string;
}

/**
 * Square metres to mu: ㎡ × 15 ÷ 10000, exact
 * @customfunction MU
 * @param square_metres Area (㎡)
 * @returns Area in mu
 */
export function landMu(square_metres: unknown): number {
  return excelCall("MU", [square_metres], host) as number;
}

/**
 * The standing of the profile's document on a date: in force, draft, expired or not yet in force
 * @customfunction STATUS
 * @volatile
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @param as_of Evaluation date (default today)
 * @returns The standing, e.g. “征求意见稿 draft”
 */
export function landStatus(profile?: unknown, as_of?: unknown): string {
  return excelCall("STATUS", [profile, as_of], host) as string;
}

/**
 * The result card: rule, clause, parameters (sourced/assumed), deciding steps and warnings (draft, expired)
 * @customfunction EXPLAIN
 * @param function_name The function to explain, e.g. "TIER"
 * @param arg1 That function's argument 1
 * @param arg2 That function's argument 2
 * @param arg3 That function's argument 3
 * @param arg4 That function's argument 4
 * @param arg5 That function's argument 5
 * @param arg6 That function's argument 6
 * @returns A three-column table: item, value, detail
 */
export function landExplain(function_name: unknown, arg1?: unknown[][], arg2?: unknown[][], arg3?: unknown[][], arg4?: unknown[][], arg5?: unknown[][], arg6?: unknown[][]): unknown[][] {
  return excelCall("EXPLAIN", [function_name, arg1, arg2, arg3, arg4, arg5, arg6], host) as unknown[][];
}

if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("TIER", landTier);
  CustomFunctions.associate("TIERS", landTiers);
  CustomFunctions.associate("SCORE", landScore);
  CustomFunctions.associate("IDLEFEE", landIdlefee);
  CustomFunctions.associate("BREACHPENALTY", landBreachpenalty);
  CustomFunctions.associate("SUBSIDY", landSubsidy);
  CustomFunctions.associate("MINTAX", landMintax);
  CustomFunctions.associate("LEASEPRICE", landLeaseprice);
  CustomFunctions.associate("BUILDMONTHS", landBuildmonths);
  CustomFunctions.associate("COMPENSATION", landCompensation);
  CustomFunctions.associate("COMPCLASS", landCompclass);
  CustomFunctions.associate("MU", landMu);
  CustomFunctions.associate("STATUS", landStatus);
  CustomFunctions.associate("EXPLAIN", landExplain);
}
