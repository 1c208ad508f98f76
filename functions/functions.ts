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
 * Idle-land status: idle (not started a full year after the agreed date), may-be-idle (started, < 1/3 developed or < 25% invested, halted a full year), not-idle
 * @customfunction IDLESTATUS
 * @param agreed_start Agreed start-of-works date
 * @param as_of Evaluation date
 * @param started_on Date works started (blank: not started)
 * @param developed_area Developed area (same unit as required_area)
 * @param required_area Area required to be developed
 * @param invested Invested so far (万元)
 * @param total_investment Total investment (万元)
 * @param halted_since Date works stopped (blank: not halted)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns idle, may-be-idle or not-idle
 */
export function landIdlestatus(agreed_start: unknown, as_of: unknown, started_on?: unknown, developed_area?: unknown, required_area?: unknown, invested?: unknown, total_investment?: unknown, halted_since?: unknown, profile?: unknown): string {
  return excelCall("IDLESTATUS", [agreed_start, as_of, started_on, developed_area, required_area, invested, total_investment, halted_since, profile], host) as string;
}

/**
 * At production acceptance, output < 50% or tax < 30% of the contract → the contract may be terminated (TRUE)
 * @customfunction TERMINABLE
 * @param contract_output Contract output (万元)
 * @param actual_output Actual output (万元)
 * @param contract_tax Contract tax (万元)
 * @param actual_tax Actual tax (万元)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: the contract may be terminated
 */
export function landTerminable(contract_output: unknown, actual_output: unknown, contract_tax: unknown, actual_tax: unknown, profile?: unknown): boolean {
  return excelCall("TERMINABLE", [contract_output, actual_output, contract_tax, actual_tax, profile], host) as boolean;
}

/**
 * Buy-back on breach: land at the original price (the market price when lower), buildings at replacement cost × newness
 * @customfunction BUYBACK
 * @param original_price Original land price (万元)
 * @param market_price Market price (blank: not appraised) (万元)
 * @param replacement_cost Buildings' replacement cost (default 0) (万元)
 * @param newness_ratio Newness ratio (0–1)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The buy-back total
 */
export function landBuyback(original_price: unknown, market_price?: unknown, replacement_cost?: unknown, newness_ratio?: unknown, profile?: unknown): number {
  return excelCall("BUYBACK", [original_price, market_price, replacement_cost, newness_ratio, profile], host) as number;
}

/**
 * Auction price cap = starting price × (1 + 20%); at the cap, bidders bid committed tax per mu
 * @customfunction BIDCAP
 * @param starting_price Starting price (万元)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The price cap
 */
export function landBidcap(starting_price: unknown, profile?: unknown): number {
  return excelCall("BIDCAP", [starting_price, profile], host) as number;
}

/**
 * The next land-use performance evaluation: at production, every 5 years after, and 1 year before the term ends
 * @customfunction NEXTEVAL
 * @param production_date Production (达产) date
 * @param term_end Land-use term end date
 * @param as_of Evaluation date (default today)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The evaluation date (an Excel date); #N/A when none is left
 */
export function landNexteval(production_date: unknown, term_end: unknown, as_of?: unknown, profile?: unknown): number {
  return excelCall("NEXTEVAL", [production_date, term_end, as_of, profile], host) as number;
}

/**
 * Whether the government must pre-empt a transfer (TRUE): investment or tax per mu below the agreed standard, transfer before the production deadline, or the seller rated C/D last year
 * @customfunction PREEMPT
 * @param transfer_date Transfer date
 * @param production_deadline Agreed production deadline
 * @param seller_last_year_tier The seller's tier A–D in last year's evaluation
 * @param investment_per_mu Investment per mu (万元/亩)
 * @param agreed_investment_per_mu Agreed investment per mu (万元/亩)
 * @param tax_per_mu Tax per mu (万元/亩)
 * @param agreed_tax_per_mu Agreed tax per mu (万元/亩)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: pre-emption required
 */
export function landPreempt(transfer_date: unknown, production_deadline?: unknown, seller_last_year_tier?: unknown, investment_per_mu?: unknown, agreed_investment_per_mu?: unknown, tax_per_mu?: unknown, agreed_tax_per_mu?: unknown, profile?: unknown): boolean {
  return excelCall("PREEMPT", [transfer_date, production_deadline, seller_last_year_tier, investment_per_mu, agreed_investment_per_mu, tax_per_mu, agreed_tax_per_mu, profile], host) as boolean;
}

/**
 * Whether the project must rectify (TRUE): below 80% of an explicit agreed output, 50% of an expected one, the 3-year average output rate below the guide value without agreement, or on the watch list
 * @customfunction RECTIFY
 * @param agreement explicit, expected or none
 * @param actual_output The year's actual output (same unit as agreed)
 * @param agreed_output Agreed output
 * @param recent_output_rates No agreement: land output rates of the latest statistical years (at most 3)
 * @param guide_output_rate The Guangzhou 2018 guide output-rate value
 * @param watch_listed On the watch list? TRUE/FALSE (default FALSE)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: rectification required
 */
export function landRectify(agreement: unknown, actual_output?: unknown, agreed_output?: unknown, recent_output_rates?: unknown[][], guide_output_rate?: unknown, watch_listed?: unknown, profile?: unknown): boolean {
  return excelCall("RECTIFY", [agreement, actual_output, agreed_output, recent_output_rates, guide_output_rate, watch_listed, profile], host) as boolean;
}

/**
 * 工改工 pilot project (TRUE): contiguous 50 亩以上 (merged parcels count) with a signed supervision agreement
 * @customfunction PILOT
 * @param parcels_mu Each parcel's area (亩)
 * @param contiguous Contiguous? TRUE/FALSE (default FALSE)
 * @param agreement_signed Supervision agreement signed? TRUE/FALSE (default FALSE)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: a pilot project
 */
export function landPilot(parcels_mu: unknown[][], contiguous?: unknown, agreement_signed?: unknown, profile?: unknown): boolean {
  return excelCall("PILOT", [parcels_mu, contiguous, agreement_signed, profile], host) as boolean;
}

/**
 * Whether the self-held share may drop to 20% (TRUE): 30 亩以上, an agreed tax per mu ≥ 30 (工改工) or ≥ 100 (工改M0) 万元/亩, occupants in priority industries
 * @customfunction SELFHOLDELIGIBLE
 * @param area_mu Land area (亩)
 * @param project_type 工改工 or 工改M0
 * @param agreed_tax_per_mu Agreed tax per mu (blank: no agreement) (万元/亩)
 * @param priority_industry Occupants named as priority industries? TRUE/FALSE (default FALSE)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: may drop to 20%
 */
export function landSelfholdeligible(area_mu: unknown, project_type: unknown, agreed_tax_per_mu?: unknown, priority_industry?: unknown, profile?: unknown): boolean {
  return excelCall("SELFHOLDELIGIBLE", [area_mu, project_type, agreed_tax_per_mu, priority_industry, profile], host) as boolean;
}

/**
 * Land-swap price difference = market value after − before; a negative difference counts as zero
 * @customfunction SWAPDIFF
 * @param value_before Market value before (万元)
 * @param value_after Market value after (万元)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The difference payable
 */
export function landSwapdiff(value_before: unknown, value_after: unknown, profile?: unknown): number {
  return excelCall("SWAPDIFF", [value_before, value_after, profile], host) as number;
}

/**
 * Money compensation cap = 100% × (工改工 sale price − agricultural-land development fund)
 * @customfunction COMPCAP
 * @param land_sale_price Land sale price (万元)
 * @param agricultural_fund Agricultural-land development fund (万元)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The cap
 */
export function landCompcap(land_sale_price: unknown, agricultural_fund: unknown, profile?: unknown): number {
  return excelCall("COMPCAP", [land_sale_price, agricultural_fund, profile], host) as number;
}

/**
 * Consolidation reward: 3+ holders, 30 亩以上 → 100 元/㎡ of floor area, at the construction permit and again at completion
 * @customfunction CONSOLREWARD
 * @param holders Number of different holders
 * @param area_mu Consolidated area (亩)
 * @param floor_area_m2 New factories' floor area counted in FAR (㎡)
 * @param residential_or_commercial Involves residential or commercial development? TRUE/FALSE (default FALSE)
 * @param meets_building_standard New factories meet the building standard? TRUE/FALSE (default FALSE)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The total reward (both milestones)
 */
export function landConsolreward(holders: unknown, area_mu: unknown, floor_area_m2: unknown, residential_or_commercial?: unknown, meets_building_standard?: unknown, profile?: unknown): number {
  return excelCall("CONSOLREWARD", [holders, area_mu, floor_area_m2, residential_or_commercial, meets_building_standard, profile], host) as number;
}

/**
 * Minimum plot ratio of new industrial land: ≥ 2.0 in the city districts, ≥ 1.5 in the counties (in principle)
 * @customfunction MINFAR
 * @param area district (市区) or county (县（市）)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The minimum plot ratio (inclusive)
 */
export function landMinfar(area: unknown, profile?: unknown): number {
  return excelCall("MINFAR", [area, profile], host) as number;
}

/**
 * End date of merged parcels: earliest, latest (the difference years paid for), or weighted (area-weighted remaining term)
 * @customfunction MERGETERM
 * @param areas Each parcel's area
 * @param end_dates Each parcel's term end date, matching areas
 * @param method earliest, latest or weighted
 * @param as_of Evaluation date (default today)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The merged term's end date (an Excel date)
 */
export function landMergeterm(areas: unknown[][], end_dates: unknown[][], method: unknown, as_of?: unknown, profile?: unknown): number {
  return excelCall("MERGETERM", [areas, end_dates, method, as_of, profile], host) as number;
}

/**
 * Whether scattered parcels may join an adjacent redevelopment (TRUE): each ≤ 3 亩, together ≤ 10% of the project's land
 * @customfunction MERGEOK
 * @param parcels_mu Each scattered parcel's area (亩)
 * @param project_area_mu The redevelopment's total land, parcels included (亩)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: they may join
 */
export function landMergeok(parcels_mu: unknown[][], project_area_mu: unknown, profile?: unknown): boolean {
  return excelCall("MERGEOK", [parcels_mu, project_area_mu, profile], host) as boolean;
}

/**
 * Minimum 腾笼换鸟 fund: 0.5% of the year's land-sale revenue
 * @customfunction RENEWALFUND
 * @param land_sale_revenue The year's land-sale revenue (万元)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The least to set aside
 */
export function landRenewalfund(land_sale_revenue: unknown, profile?: unknown): number {
  return excelCall("RENEWALFUND", [land_sale_revenue, profile], host) as number;
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
 * @param arg7 That function's argument 7
 * @param arg8 That function's argument 8
 * @param arg9 That function's argument 9
 * @returns A three-column table: item, value, detail
 */
export function landExplain(function_name: unknown, arg1?: unknown[][], arg2?: unknown[][], arg3?: unknown[][], arg4?: unknown[][], arg5?: unknown[][], arg6?: unknown[][], arg7?: unknown[][], arg8?: unknown[][], arg9?: unknown[][]): unknown[][] {
  return excelCall("EXPLAIN", [function_name, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9], host) as unknown[][];
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
  CustomFunctions.associate("IDLESTATUS", landIdlestatus);
  CustomFunctions.associate("TERMINABLE", landTerminable);
  CustomFunctions.associate("BUYBACK", landBuyback);
  CustomFunctions.associate("BIDCAP", landBidcap);
  CustomFunctions.associate("NEXTEVAL", landNexteval);
  CustomFunctions.associate("PREEMPT", landPreempt);
  CustomFunctions.associate("RECTIFY", landRectify);
  CustomFunctions.associate("PILOT", landPilot);
  CustomFunctions.associate("SELFHOLDELIGIBLE", landSelfholdeligible);
  CustomFunctions.associate("SWAPDIFF", landSwapdiff);
  CustomFunctions.associate("COMPCAP", landCompcap);
  CustomFunctions.associate("CONSOLREWARD", landConsolreward);
  CustomFunctions.associate("MINFAR", landMinfar);
  CustomFunctions.associate("MERGETERM", landMergeterm);
  CustomFunctions.associate("MERGEOK", landMergeok);
  CustomFunctions.associate("RENEWALFUND", landRenewalfund);
  CustomFunctions.associate("STATUS", landStatus);
  CustomFunctions.associate("EXPLAIN", landExplain);
}
