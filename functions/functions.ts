// Generated from functions/descriptors.ts by `npx tsx functions/generate.ts`: edit the table, not this file.
// Excel's entry: custom-functions-metadata reads the JSDoc blocks below into functions.json, and
// its webpack plugin appends CustomFunctions.associate(id, function) for each of them.
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
 * Whether a contiguous redevelopment meets the clause (TRUE): it must set investment-intensity, industry, tax-per-mu and entry requirements; its size is generally 50 亩以上 (below that is a notice, shown by LAND.EXPLAIN)
 * @customfunction CLUSTEROK
 * @param area_mu Contiguous area (亩)
 * @param sets_investment Sets an investment-intensity requirement? TRUE/FALSE (default FALSE)
 * @param sets_industry Sets an industry orientation? TRUE/FALSE (default FALSE)
 * @param sets_tax Sets a tax-per-mu requirement? TRUE/FALSE (default FALSE)
 * @param sets_entry Sets entry conditions? TRUE/FALSE (default FALSE)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: the conditions are met (below the usual 50 亩 is a notice only)
 */
export function landClusterok(area_mu: unknown, sets_investment?: unknown, sets_industry?: unknown, sets_tax?: unknown, sets_entry?: unknown, profile?: unknown): boolean {
  return excelCall("CLUSTEROK", [area_mu, sets_investment, sets_industry, sets_tax, sets_entry, profile], host) as boolean;
}

/**
 * Mortgage cap on industrial land: the land's transfer price before production acceptance, the benchmark (标定) land price after
 * @customfunction MORTGAGECAP
 * @param transfer_price The parcel's transfer price (万元)
 * @param accepted Production acceptance passed? TRUE/FALSE (default FALSE)
 * @param benchmark_price Benchmark land price (needed once accepted) (万元)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The mortgage cap
 */
export function landMortgagecap(transfer_price: unknown, accepted?: unknown, benchmark_price?: unknown, profile?: unknown): number {
  return excelCall("MORTGAGECAP", [transfer_price, accepted, benchmark_price, profile], host) as number;
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
 * Whether land goes on the low-efficiency list (TRUE): tier D or named by the district, unless a strategic project, a chain leader, the shortfall or penalty was paid under the agreement, or exempted by the district
 * @customfunction LOWEFF
 * @param tier Tier in the 亩产效益 evaluation: A, B, C or D (also A档…); blank: not rated
 * @param district_named Named low-efficiency land by the district? TRUE/FALSE (default FALSE)
 * @param exclusion blank, or strategic, chain-leader, paid (shortfall or penalty paid) or exempted (by the district)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: on the low-efficiency list
 */
export function landLoweff(tier?: unknown, district_named?: unknown, exclusion?: unknown, profile?: unknown): boolean {
  return excelCall("LOWEFF", [tier, district_named, exclusion, profile], host) as boolean;
}

/**
 * Whether a 工改工 project meets its supervision requirements (TRUE): FAR ≥ 2.0, tax per mu ≥ the floor for its zone and pilot status; pilots also investment and output per mu ≥ 70% of the Guangzhou guide; an agreement's own values replace the clause's
 * @customfunction GGGOK
 * @param zone core (开发区核心区), multi (一区多园) or town (其他镇街)
 * @param far Plot ratio (FAR)
 * @param tax_per_mu Tax per mu (万元/亩)
 * @param pilot Pilot project? TRUE/FALSE (default FALSE)
 * @param investment_per_mu Investment per mu (pilots) (万元/亩)
 * @param output_per_mu Output per mu (pilots) (万元/亩)
 * @param guide_investment_per_mu Guangzhou 2018 guide investment value (pilots) (万元/亩)
 * @param guide_output_per_mu Guangzhou 2018 guide output value (pilots) (万元/亩)
 * @param agreement Where a project agreement sets the requirements: its title or number
 * @param agreed_min_far The agreement's minimum FAR
 * @param agreed_min_tax_per_mu The agreement's minimum tax per mu (万元/亩)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: the requirements are met
 */
export function landGggok(zone: unknown, far: unknown, tax_per_mu: unknown, pilot?: unknown, investment_per_mu?: unknown, output_per_mu?: unknown, guide_investment_per_mu?: unknown, guide_output_per_mu?: unknown, agreement?: unknown, agreed_min_far?: unknown, agreed_min_tax_per_mu?: unknown, profile?: unknown): boolean {
  return excelCall("GGGOK", [zone, far, tax_per_mu, pilot, investment_per_mu, output_per_mu, guide_investment_per_mu, guide_output_per_mu, agreement, agreed_min_far, agreed_min_tax_per_mu, profile], host) as boolean;
}

/**
 * Whether a split transfer of 产业用房 complies (TRUE): each unit ≥ 500 ㎡; ancillary space never alone and only in proportion; no re-transfer within 5 years of registration
 * @customfunction SPLITOK
 * @param unit_areas_m2 Each 产业用房 unit's floor area in this transfer (㎡)
 * @param ancillary_m2 Ancillary office/living space conveyed with them (㎡)
 * @param project_industrial_m2 The project's 产业用房 floor area (㎡)
 * @param project_ancillary_m2 The project's ancillary floor area (㎡)
 * @param registered_on Date of the split-transfer registration (for a re-transfer)
 * @param transfer_on Date of the re-transfer
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: the split transfer complies
 */
export function landSplitok(unit_areas_m2: unknown[][], ancillary_m2?: unknown, project_industrial_m2?: unknown, project_ancillary_m2?: unknown, registered_on?: unknown, transfer_on?: unknown, profile?: unknown): boolean {
  return excelCall("SPLITOK", [unit_areas_m2, ancillary_m2, project_industrial_m2, project_ancillary_m2, registered_on, transfer_on, profile], host) as boolean;
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
 * Before the area plan is approved, whether a single project may proceed on its own plan (TRUE): 30 亩以上 (inclusive)
 * @customfunction UNITOK
 * @param area_mu Project land area (亩)
 * @param area_plan_approved The area plan is approved? TRUE/FALSE (default FALSE)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: it may proceed (or the area plan is approved)
 */
export function landUnitok(area_mu: unknown, area_plan_approved?: unknown, profile?: unknown): boolean {
  return excelCall("UNITOK", [area_mu, area_plan_approved, profile], host) as boolean;
}

/**
 * Interest supported for one accrual period: banking (to completion acceptance, first 3 years, in full), village (to 3 months after the land sale, first 3 years, in full), relocation (3 years, 50%); pro rata by day
 * @customfunction INTERESTSUBSIDY
 * @param kind banking, village or relocation
 * @param interest Interest charged for the period (万元)
 * @param from Period start (counted)
 * @param to Period end (not counted: 算头不算尾)
 * @param start_date banking: date the funds were raised; village, relocation: loan date
 * @param end_date banking: completion acceptance date; village: land sale date; relocation: unused (blank: not yet)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The interest supported
 */
export function landInterestsubsidy(kind: unknown, interest: unknown, from: unknown, to: unknown, start_date: unknown, end_date?: unknown, profile?: unknown): number {
  return excelCall("INTERESTSUBSIDY", [kind, interest, from, to, start_date, end_date, profile], host) as number;
}

/**
 * Whether the ancillary facilities' share of floor area may rise to 20% (TRUE): a 工改工 project of 30 亩以上 whose admin and living land is ≤ 7%
 * @customfunction ANCILLARYELIGIBLE
 * @param area_mu Land area (亩)
 * @param project_type 工改工 or 工改M0
 * @param ancillary_land_share Admin and living facilities' share of the land area (0–1, e.g. 0.07 = 7%)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: the share may rise to 20%
 */
export function landAncillaryeligible(area_mu: unknown, project_type: unknown, ancillary_land_share: unknown, profile?: unknown): boolean {
  return excelCall("ANCILLARYELIGIBLE", [area_mu, project_type, ancillary_land_share, profile], host) as boolean;
}

/**
 * Whether a park building is encouraged to be prefabricated (TRUE): a single building of 3000 ㎡ or more
 * @customfunction PREFAB
 * @param building_area_m2 Single building floor area (㎡)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: encouraged (not required)
 */
export function landPrefab(building_area_m2: unknown, profile?: unknown): boolean {
  return excelCall("PREFAB", [building_area_m2, profile], host) as boolean;
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
 * Whether the 2025 targets are all met (TRUE): 65% inside parks, 60 万元/亩 cluster tax, 15,000 亩 renewed, 800 firms a year, 600,000 tce freed, 80% for private investment; only the figures given are checked
 * @customfunction TARGETSMET
 * @param park_share Share of industrial land inside parks (0–1, e.g. 0.07 = 7%)
 * @param cluster_tax_per_mu 规上 tax per mu in industrial clusters (万元/亩)
 * @param renewed_mu Low-efficiency land renewed so far (亩)
 * @param firms_helped High-energy low-efficiency firms helped this year
 * @param energy_freed_tce Energy use freed so far (tce)
 * @param private_share Share of industrial land for private investment (0–1, e.g. 0.07 = 7%)
 * @param as_of Evaluation date (default today): a shortfall after 2025 is a violation
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: every figure given reaches its target
 */
export function landTargetsmet(park_share?: unknown, cluster_tax_per_mu?: unknown, renewed_mu?: unknown, firms_helped?: unknown, energy_freed_tce?: unknown, private_share?: unknown, as_of?: unknown, profile?: unknown): boolean {
  return excelCall("TARGETSMET", [park_share, cluster_tax_per_mu, renewed_mu, firms_helped, energy_freed_tce, private_share, as_of, profile], host) as boolean;
}

/**
 * Space reserved inside the industrial control line for micro-parks and relocation: about 20% of the new space
 * @customfunction RESERVE
 * @param new_space New space inside the control line (any area unit; the result is in the same unit)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The space to reserve (左右: nominal)
 */
export function landReserve(new_space: unknown, profile?: unknown): number {
  return excelCall("RESERVE", [new_space, profile], host) as number;
}

/**
 * Whether a firm outside the town boundary may stay: stay, pending-confirmation, relocate, or not-applicable (inside the boundary); rated B or above and fitting the guidance, or strategic, or hard to move
 * @customfunction MAYSTAY
 * @param tier Tier in the 亩均效益 evaluation: A, B, C or D (also A档…); blank: not rated
 * @param fits_guidance Fits the industrial guidance and advanced-manufacturing requirements? TRUE/FALSE (default FALSE)
 * @param strategic Strategic, key supply-chain or key livelihood firm? TRUE/FALSE (default FALSE)
 * @param hard_to_move Hard to move for its industry, equipment or process? TRUE/FALSE (default FALSE)
 * @param confirmed Confirmed by the district government or 管委会? TRUE/FALSE (default FALSE)
 * @param inside_town_boundary Inside the town development boundary? TRUE/FALSE (default FALSE)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns stay, pending-confirmation, relocate or not-applicable
 */
export function landMaystay(tier?: unknown, fits_guidance?: unknown, strategic?: unknown, hard_to_move?: unknown, confirmed?: unknown, inside_town_boundary?: unknown, profile?: unknown): string {
  return excelCall("MAYSTAY", [tier, fits_guidance, strategic, hard_to_move, confirmed, inside_town_boundary, profile], host) as string;
}

/**
 * On planned industrial land re-zoned but not to be implemented within 5 years, whether upgrades and new or expanded industrial projects are allowed (TRUE): no implementation within 5 years, no unlawful use (宁波: and the district confirms)
 * @customfunction UPGRADEOK
 * @param implementation_date When the new use is scheduled to be implemented (blank: not scheduled)
 * @param unlawful_use Unlawful change of use or letting? TRUE/FALSE (default FALSE)
 * @param confirmed Confirmed by the district government or 管委会 (宁波)? TRUE/FALSE (default FALSE)
 * @param as_of Evaluation date (default today): the 5 years run from it
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: upgrades and expansion allowed
 */
export function landUpgradeok(implementation_date?: unknown, unlawful_use?: unknown, confirmed?: unknown, as_of?: unknown, profile?: unknown): boolean {
  return excelCall("UPGRADEOK", [implementation_date, unlawful_use, confirmed, as_of, profile], host) as boolean;
}

/**
 * Whether mixed industrial land keeps industrial floor area at 50% or more (TRUE)
 * @customfunction MIXEDOK
 * @param industrial_floor_m2 Industrial floor area (㎡)
 * @param total_floor_m2 Total floor area (㎡)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: industrial floor share ≥ 50%
 */
export function landMixedok(industrial_floor_m2: unknown, total_floor_m2: unknown, profile?: unknown): boolean {
  return excelCall("MIXEDOK", [industrial_floor_m2, total_floor_m2, profile], host) as boolean;
}

/**
 * Whether a new micro-enterprise park has manufacturing firms at 70% or more by count and by area (TRUE)
 * @customfunction MICROPARKOK
 * @param manufacturing_firms Manufacturing micro-firms
 * @param total_firms All firms in the park
 * @param manufacturing_area Area used by manufacturing firms (same unit as total_area)
 * @param total_area The park's total usable area
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: both shares reach the floor
 */
export function landMicroparkok(manufacturing_firms: unknown, total_firms: unknown, manufacturing_area: unknown, total_area: unknown, profile?: unknown): boolean {
  return excelCall("MICROPARKOK", [manufacturing_firms, total_firms, manufacturing_area, total_area, profile], host) as boolean;
}

/**
 * Whether a new micro-park's highest mortgage before completion filing stays within the land price (TRUE)
 * @customfunction MICROMORTGAGEOK
 * @param mortgage Highest mortgage amount (万元)
 * @param land_price Land price (万元)
 * @param completion_filed Completion filed? TRUE/FALSE (default FALSE)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: within the land price (no limit after completion filing)
 */
export function landMicromortgageok(mortgage: unknown, land_price: unknown, completion_filed?: unknown, profile?: unknown): boolean {
  return excelCall("MICROMORTGAGEOK", [mortgage, land_price, completion_filed, profile], host) as boolean;
}

/**
 * The floor for 亩均税收 and similar indicators on relocation land sold by agreement: 50% of the 标准地 value
 * @customfunction RELOCMIN
 * @param standard_value The 标准地 value of the indicator (the result is in its unit)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns The floor (inclusive)
 */
export function landRelocmin(standard_value: unknown, profile?: unknown): number {
  return excelCall("RELOCMIN", [standard_value, profile], host) as number;
}

/**
 * Plot ratio exceeding the provincial 标准地 guide by 40% or more → eligible for a local reward (TRUE)
 * @customfunction FARBONUS
 * @param far The project's plot ratio
 * @param guide_far The provincial 标准地 guide FAR
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: eligible
 */
export function landFarbonus(far: unknown, guide_far: unknown, profile?: unknown): boolean {
  return excelCall("FARBONUS", [far, guide_far, profile], host) as boolean;
}

/**
 * Whether industrial land's share of the year's land sold reaches the floor (TRUE): 宁波 35%; 浙江 30% for major industrial cities and counties
 * @customfunction SUPPLYOK
 * @param industrial_area Industrial land (and sea) sold this year (same unit as the total)
 * @param total_area All construction land (and sea) sold this year
 * @param major_industrial_region A major industrial city or county? TRUE/FALSE (needed for 浙江)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns TRUE: the share is met (or the rule does not apply)
 */
export function landSupplyok(industrial_area: unknown, total_area: unknown, major_industrial_region?: unknown, profile?: unknown): boolean {
  return excelCall("SUPPLYOK", [industrial_area, total_area, major_industrial_region, profile], host) as boolean;
}

/**
 * Construction-land quota from reclamation: an equal amount of new quota, of which the city awards 50% (其中 read as within the equal amount: the profile's assumption)
 * @customfunction RECLAIMQUOTA
 * @param linkage_quota Linkage quota from reclamation (亩)
 * @param part total (default), city (the city's award) or local (arranged locally)
 * @param profile Policy profile: zengcheng, wenzhou, zhongshan, ningbo, zhejiang or 增城, 温州, 中山, 宁波, 浙江 (any case); omitted → the profile chosen in the task pane
 * @returns New construction-land quota
 */
export function landReclaimquota(linkage_quota: unknown, part?: unknown, profile?: unknown): number {
  return excelCall("RECLAIMQUOTA", [linkage_quota, part, profile], host) as number;
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
 * @param arg10 That function's argument 10
 * @param arg11 That function's argument 11
 * @param arg12 That function's argument 12
 * @returns A three-column table: item, value, detail
 */
export function landExplain(function_name: unknown, arg1?: unknown[][], arg2?: unknown[][], arg3?: unknown[][], arg4?: unknown[][], arg5?: unknown[][], arg6?: unknown[][], arg7?: unknown[][], arg8?: unknown[][], arg9?: unknown[][], arg10?: unknown[][], arg11?: unknown[][], arg12?: unknown[][]): unknown[][] {
  return excelCall("EXPLAIN", [function_name, arg1, arg2, arg3, arg4, arg5, arg6, arg7, arg8, arg9, arg10, arg11, arg12], host) as unknown[][];
}
