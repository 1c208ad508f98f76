import { concept, conceptTable } from "../engine/concept";
import { optional, V } from "../engine/values";
import { INDICATORS, type IndicatorKey } from "../rules/indicators";

// What each rule implements, and the type and domain of each of its parameters (issue 7
// items 2 and 5). A profile's rule names its concept(s) in the data ("concept": "tier-quotas");
// code finds the rule by concept (`new Evaluation(ctx, TIER_QUOTAS)`) and reads parameters by
// the names declared here, which the compiler checks. A profile whose value is of the wrong
// type, out of its domain, or names a parameter its concept lacks is refused at load.
// `optional(…)`: a parameter some documents give and others leave out (the rule checks `ev.has`).
// A new rule: declare its concept here, name it in the profile's rule, and read it by name.

/** `weights.<indicator>` for every indicator of the catalogue (a profile weights the ones it scores). */
function indicatorWeights(): { [K in IndicatorKey as `weights.${K}`]: ReturnType<typeof optional<typeof V.weight>> } {
  return Object.fromEntries(Object.keys(INDICATORS).map((k) => [`weights.${k}`, optional(V.weight)])) as never;
}

// idle-land-definition: ['NAT-IDLE-DEF']
export const IDLE_LAND_DEFINITION = concept("idle-land-definition", { zh: "闲置土地认定", en: "idle-land definition" }, {
  idleAfterMonths: V.months,
  haltedMonths: V.months,
  developedShareMin: V.share,
  investedShareMin: V.share,
  underDevelopedMayBeIdle: V.flag,
});
// idle-delay-excuse: ['NAT-IDLE-EXC']
export const IDLE_DELAY_EXCUSE = concept("idle-delay-excuse", { zh: "政府原因或不可抗力造成的动工延迟", en: "government-caused or force-majeure delay" }, {
  "cause.landNotDelivered": V.flag,
  "cause.planRevision": V.flag,
  "cause.nationalPolicy": V.flag,
  "cause.petition": V.flag,
  "cause.militaryOrHeritage": V.flag,
  "cause.otherGovernment": V.flag,
  "cause.forceMajeure": V.flag,
});
// idle-fee: ['NAT-IDLE-FEE', 'ZC-IDLE']
export const IDLE_FEE = concept("idle-fee", { zh: "土地闲置费", en: "idle-land fee" }, {
  feeShare: V.share,
  feeAfterMonths: V.months,
  repossessAfterMonths: V.months,
});
// idle-buyback: ['ZC-IDLE']
export const IDLE_BUYBACK = concept("idle-buyback", { zh: "政府原因闲置土地有偿收回", en: "government-caused buy-back" }, {
  buybackMinShareOfCost: V.share,
});
// far-minimum: ['NB-FAR']
export const FAR_MINIMUM = concept("far-minimum", { zh: "新建工业项目容积率", en: "floor-area ratio of new industrial projects" }, {
  "minFar.district": V.rate,
  "minFar.county": V.rate,
  farUpperLimit: V.flag,
  specialProjectsExcepted: V.flag,
  maxRdFloorShare: V.share,
});
// far-bonus: ['NB-FAR-BONUS']
export const FAR_BONUS = concept("far-bonus", { zh: "容积率奖励", en: "floor-area bonus" }, {
  minExcessOverGuide: V.share,
});
// merged-parcel-term: ['NB-MERGE-TERM']
export const MERGED_PARCEL_TERM = concept("merged-parcel-term", { zh: "归并地块的使用年限", en: "term of a merged parcel" }, {
  weightBy: V.choice("area", "parcel"),
  daysPerYear: V.count,
  dayRounding: V.choice("down", "up", "nearest"),
});
// micro-park-share: ['NB-MICRO', 'ZJ-MICRO']
export const MICRO_PARK_SHARE = concept("micro-park-share", { zh: "小微园入园企业比例", en: "micro-park occupancy shares" }, {
  minFirmShare: V.share,
  minAreaShare: V.share,
});
// micro-park-mortgage: ['NB-MICRO']
export const MICRO_PARK_MORTGAGE = concept("micro-park-mortgage", { zh: "小微园抵押上限", en: "micro-park mortgage cap" }, {
  maxMortgageToLandPrice: V.rate,
});
// mixed-use: ['NB-MIXED']
export const MIXED_USE = concept("mixed-use", { zh: "混合用地工业比例", en: "industrial share of mixed-use land" }, {
  minIndustrialFloorShare: V.share,
});
// reclamation-quota: ['NB-RECLAIM']
export const RECLAMATION_QUOTA = concept("reclamation-quota", { zh: "土地复垦指标奖励", en: "reclamation quota award" }, {
  equalQuota: V.rate,
  cityAwardShare: V.share,
  awardWithinEqualQuota: V.flag,
});
// relocation-indicator: ['NB-RELOC-TAX']
export const RELOCATION_INDICATOR = concept("relocation-indicator", { zh: "搬迁企业亩均税收", en: "tax per mu of relocated firms" }, {
  minShareOfStandard: V.share,
});
// reserved-space: ['NB-RESERVE']
export const RESERVED_SPACE = concept("reserved-space", { zh: "预留产业空间", en: "reserved industrial space" }, {
  share: V.share,
  tolerance: V.share,
});
// stay-in-place: ['NB-STAY']
export const STAY_IN_PLACE = concept("stay-in-place", { zh: "原址保留", en: "staying in place" }, {
  minTier: V.choice("A", "B", "C", "D"),
  strategicMayStay: V.flag,
  hardToMoveMayStay: V.flag,
  stayNeedsConfirmation: V.flag,
});
// rezoned-upgrade: ['NB-STAY', 'ZJ-SUPPLY']
export const REZONED_UPGRADE = concept("rezoned-upgrade", { zh: "规划调整未实施区域的技改扩建", en: "upgrades on rezoned, unimplemented land" }, {
  rezonedGraceYears: V.years,
  rezonedNeedsConfirmation: V.flag,
});
// industrial-supply: ['NB-SUPPLY', 'ZJ-SUPPLY']
export const INDUSTRIAL_SUPPLY = concept("industrial-supply", { zh: "工业用地出让占比", en: "industrial share of land supply" }, {
  minIndustrialShare: V.share,
  onlyMajorIndustrialRegions: V.flag,
});
// region-targets: ['NB-TARGET']
export const REGION_TARGETS = concept("region-targets", { zh: "主要目标", en: "region targets" }, {
  parkShare: V.share,
  clusterTaxPerMu: V.amount,
  renewedMu: V.amount,
  firmsHelpedPerYear: V.count,
  energyFreedTce: V.amount,
  privateShare: V.share,
  deadline: V.date,
});
// bid: ['WZ-BID']
export const BID = concept("bid", { zh: "竞买报价与承诺", en: "bids and commitments" }, {
  maxMarkup: V.share,
  commitmentYears: V.years,
});
// breach-remedies: ['WZ-BREACH']
export const BREACH_REMEDIES = concept("breach-remedies", { zh: "达产验收违约处置", en: "breach remedies at acceptance" }, {
  outputShareMin: V.share,
  taxShareMin: V.share,
  buybackAtMostMarket: V.flag,
  buildingsAtReplacementTimesNewness: V.flag,
});
// breach-penalty: ['WZ-BREACH', 'ZC-LOWEFF']
export const BREACH_PENALTY = concept("breach-penalty", { zh: "亩均税收违约金", en: "tax-commitment penalty" }, {
  penaltyOnTaxGap: optional(V.flag),
  taxShortfallPayable: optional(V.flag),
});
// low-efficiency-list: ['ZC-LOWEFF']
export const LOW_EFFICIENCY_LIST = concept("low-efficiency-list", { zh: "低效用地名单", en: "low-efficiency list" }, {
  listedTier: V.choice("A", "B", "C", "D"),
  districtNamedListed: V.flag,
  "exclude.strategicProject": V.flag,
  "exclude.chainLeader": V.flag,
  "exclude.paidShortfallOrPenalty": V.flag,
  "exclude.districtExempted": V.flag,
});
// construction-period: ['WZ-BUILD']
export const CONSTRUCTION_PERIOD = concept("construction-period", { zh: "开竣工期限", en: "construction period" }, {
  startMonthsNormal: V.months,
  startMonthsMax: V.months,
  band1UpTo: V.amount,
  band1Months: V.months,
  band2Months: V.months,
  band3From: V.amount,
  band3Months: V.months,
});
// cluster-entry: ['WZ-CLUSTER']
export const CLUSTER_ENTRY = concept("cluster-entry", { zh: "产业集聚区准入", en: "cluster entry" }, {
  minAreaMu: V.amount,
  "requires.investmentIntensity": V.flag,
  "requires.industry": V.flag,
  "requires.taxPerMu": V.flag,
  "requires.entry": V.flag,
});
// evaluation-schedule: ['WZ-EVAL']
export const EVALUATION_SCHEDULE = concept("evaluation-schedule", { zh: "全周期评估", en: "lifecycle evaluation schedule" }, {
  atProduction: V.flag,
  processEveryYears: V.years,
  expiryLeadYears: V.years,
});
// preemption: ['WZ-PREEMPT']
export const PREEMPTION = concept("preemption", { zh: "优先收购与抵押", en: "pre-emption and mortgage" }, {
  onInvestmentBelowAgreed: V.flag,
  onTaxBelowAgreed: V.flag,
  onTransferBeforeProduction: V.flag,
  onSellerTiers: V.text,
  mortgageBeforeAcceptance: V.text,
  mortgageAfterAcceptance: V.text,
});
// lease-term: ['WZ-TERM']
export const LEASE_TERM = concept("lease-term", { zh: "弹性年期出让", en: "flexible lease term" }, {
  maxYearsGeneral: V.years,
  maxYearsMajor: V.years,
  statutoryMaxYears: V.years,
});
// unlawful-building-compensation: ['ZC-COMP']
export const UNLAWFUL_BUILDING_COMPENSATION = concept("unlawful-building-compensation", { zh: "违法建筑补偿", en: "compensation for unlawful buildings" }, {
  lawfulFactor: V.rate,
  pre2009Factor: V.rate,
  cutoffYear: V.year,
  cutoffYearCountsAsPre: V.flag,
  post2009MoneyBasis: V.text,
});
// rectification: ['ZC-COMPLY']
export const RECTIFICATION = concept("rectification", { zh: "整改要求", en: "rectification requirement" }, {
  explicitMinShare: V.share,
  expectedMinShare: V.share,
  noAgreementYears: V.years,
  noAgreementMinShareOfGuide: V.share,
  watchListRectify: V.flag,
  loweredRequirementAllowed: V.flag,
});
// supervision-thresholds: ['ZC-GGG']
export const SUPERVISION_THRESHOLDS = concept("supervision-thresholds", { zh: "工改工监管指标", en: "工改工 supervision thresholds" }, {
  minFar: V.rate,
  guideShare: V.share,
  "minTax.pilot.core": V.amount,
  "minTax.pilot.multi": V.amount,
  "minTax.pilot.town": V.amount,
  "minTax.other.core": V.amount,
  "minTax.other.multi": V.amount,
  "minTax.other.town": V.amount,
  overrideByAgreement: V.flag,
});
// pilot-project: ['ZC-PILOT']
export const PILOT_PROJECT = concept("pilot-project", { zh: "试点项目", en: "pilot project" }, {
  minContiguousMu: V.amount,
  agreementRequired: V.flag,
});
// split-transfer: ['ZC-SPLIT']
export const SPLIT_TRANSFER = concept("split-transfer", { zh: "分割转让", en: "split transfer" }, {
  minUnitM2: V.amount,
  ancillaryOnlyWithIndustrial: V.flag,
  noResaleMonths: V.months,
  resaleAllowedOnEndDay: V.flag,
});
// attraction-subsidy: ['ZC-SUB-ATTR']
export const ATTRACTION_SUBSIDY = concept("attraction-subsidy", { zh: "招商奖励", en: "attraction subsidy" }, {
  share: V.share,
  capPerEnterprise: V.amount,
  excludeVillageParks: V.flag,
});
// investment-subsidy: ['ZC-SUB-INV']
export const INVESTMENT_SUBSIDY = concept("investment-subsidy", { zh: "投资奖励", en: "investment subsidy" }, {
  minPlannedPerMu: V.amount,
  share: V.share,
  years: V.years,
  capPerProject: V.amount,
  minActualPerMu: V.amount,
});
// rent-subsidy: ['ZC-SUB-RENT', 'ZS-RELOC']
export const RENT_SUBSIDY = concept("rent-subsidy", { zh: "搬迁租金补助", en: "relocation rent subsidy" }, {
  ratePerM2Month: V.rate,
  years: V.years,
});
// relocation-loan-interest: ['ZS-RELOC']
export const RELOCATION_LOAN_INTEREST = concept("relocation-loan-interest", { zh: "搬迁贷款贴息", en: "relocation loan interest subsidy" }, {
  loanInterestShare: V.share,
  loanInterestMonths: V.months,
  accrual: V.text,
});
// village-subsidy: ['ZC-SUB-VIL']
export const VILLAGE_SUBSIDY = concept("village-subsidy", { zh: "村级工业园改造奖励", en: "village park renewal subsidy" }, {
  share: V.share,
  years: V.years,
});
// tier-quotas: ['ZC-TIER', 'ZJ-EVAL']
export const TIER_QUOTAS = concept("tier-quotas", { zh: "亩均效益分档", en: "tier ranking" }, {
  aShare: V.share,
  bLine: V.share,
  dShare: V.share,
  "forcedD.missing": optional(V.flag),
  "forcedD.falsified": optional(V.flag),
  benchmarkMethod: V.choice("mean", "aggregate"),
  ...indicatorWeights(),
});
// renewal-fund: ['ZJ-FUND']
export const RENEWAL_FUND = concept("renewal-fund", { zh: "腾笼换鸟资金", en: "renewal fund" }, {
  minRevenueShare: V.share,
});
// scattered-parcel-merge: ['ZJ-MERGE']
export const SCATTERED_PARCEL_MERGE = concept("scattered-parcel-merge", { zh: "零星地块归并", en: "merging scattered parcels" }, {
  maxParcelMu: V.amount,
  maxTotalShare: V.share,
});
// ancillary-facilities: ['ZS-ANCIL']
export const ANCILLARY_FACILITIES = concept("ancillary-facilities", { zh: "配套设施比例", en: "ancillary facilities" }, {
  minAreaMu: V.amount,
  maxAncillaryLandShare: V.share,
  maxAncillaryFloorShare: V.share,
});
// money-compensation-cap: ['ZS-COMP']
export const MONEY_COMPENSATION_CAP = concept("money-compensation-cap", { zh: "货币补偿上限", en: "money compensation cap" }, {
  maxShare: V.share,
});
// consolidation-reward: ['ZS-CONSOL']
export const CONSOLIDATION_REWARD = concept("consolidation-reward", { zh: "连片整合奖励", en: "consolidation reward" }, {
  minHolders: V.count,
  minAreaMu: V.amount,
  ratePerM2: V.rate,
  milestones: V.count,
  taperFactor: V.rate,
  parkProjectMinAreaMu: V.amount,
});
// interest-subsidy: ['ZS-INTEREST']
export const INTEREST_SUBSIDY = concept("interest-subsidy", { zh: "贷款贴息", en: "loan interest subsidy" }, {
  "landBanking.share": V.share,
  "landBanking.months": V.months,
  "villagePrep.share": V.share,
  "villagePrep.months": V.months,
  "villagePrep.afterSaleMonths": V.months,
  accrual: V.text,
});
// prefab: ['ZS-PREFAB']
export const PREFAB = concept("prefab", { zh: "装配式建筑", en: "prefabricated construction" }, {
  minBuildingAreaM2: V.amount,
});
// self-hold: ['ZS-SELFHOLD']
export const SELF_HOLD = concept("self-hold", { zh: "自持比例与分割", en: "self-held share and splitting" }, {
  minAreaMu: V.amount,
  "minAgreedTax.industrial": V.amount,
  "minAgreedTax.m0": V.amount,
  minSelfHeldShare: V.share,
  minRoomUnitM2: V.amount,
  buyerMustBeEnterprise: V.flag,
  noTransferMonths: V.months,
  transferAllowedOnEndDay: V.flag,
  noResplit: V.flag,
});
// land-swap: ['ZS-SWAP']
export const LAND_SWAP = concept("land-swap", { zh: "置换差价", en: "land-swap price difference" }, {
  negativeCountsAsZero: V.flag,
  residentialFloorMayNotIncrease: V.flag,
});
// single-project: ['ZS-UNIT']
export const SINGLE_PROJECT = concept("single-project", { zh: "单个项目用地规模", en: "single-project land area" }, {
  minAreaMu: V.amount,
});
// evaluation-scope: ['ZC-SCOPE']
export const EVALUATION_SCOPE = concept("evaluation-scope", { zh: "亩产效益综合评价范围", en: "evaluation scope" }, {
  aboveScaleFromYear: V.year,
  blockMinMuFromYear: V.year,
  blockMinMu: V.amount,
  blockAllFromYear: V.year,
});
// no-support: ['ZC-NOSUPPORT']
export const NO_SUPPORT = concept("no-support", { zh: "名单企业不予扶持", en: "no support for listed enterprises" }, {
  "lowEfficiencyBars.investment": V.flag,
  "lowEfficiencyBars.attraction": V.flag,
  "lowEfficiencyBars.rent": V.flag,
  "lowEfficiencyBars.village": V.flag,
  "watchListBars.investment": V.flag,
  "watchListBars.attraction": V.flag,
  "watchListBars.rent": V.flag,
  "watchListBars.village": V.flag,
  noTransferWhileRectifying: V.flag,
  noMortgageWhileRectifying: V.flag,
});
// rectification-overdue: ['ZC-RECTIFY']
export const RECTIFICATION_OVERDUE = concept("rectification-overdue", { zh: "逾期未整改的处理", en: "rectification not completed in time" }, {
  "outcome.withAgreement": V.choice("may-terminate", "low-efficiency"),
  "outcome.withoutAgreement": V.choice("may-terminate", "low-efficiency"),
  deadlineDayInside: V.flag,
});
// plan-approval: ['ZS-PLAN']
export const PLAN_APPROVAL = concept("plan-approval", { zh: "改造方案批复有效期", en: "renewal-plan approval validity" }, {
  maxValidityMonths: V.months,
  lastDayValid: V.flag,
});
// holder-consent: ['ZS-CONSENT']
export const HOLDER_CONSENT = concept("holder-consent", { zh: "村集体协议转让表决", en: "village consent to a transfer to its own company" }, {
  minMemberShare: V.share,
  minHouseholdShare: V.share,
});
// relocation-area: ['NB-RELOC-AREA']
export const RELOCATION_AREA = concept("relocation-area", { zh: "异地调产安置用地面积", en: "land re-arranged for a relocation" }, {
  maxShareOfOriginalLawful: V.rate,
});
// legacy-buildings: ['NB-LEGACY']
export const LEGACY_BUILDINGS = concept("legacy-buildings", { zh: "历史遗留建筑", en: "legacy buildings" }, {
  formedBefore: V.date,
  keptAfterPenalty: V.flag,
  requiresSafetyCertificate: V.flag,
  requiresFireAcceptance: V.flag,
});

/** Every concept, by id: what the registry checks profile values against. */
export const CONCEPTS = conceptTable([
  IDLE_LAND_DEFINITION,
  IDLE_DELAY_EXCUSE,
  IDLE_FEE,
  IDLE_BUYBACK,
  FAR_MINIMUM,
  FAR_BONUS,
  MERGED_PARCEL_TERM,
  MICRO_PARK_SHARE,
  MICRO_PARK_MORTGAGE,
  MIXED_USE,
  RECLAMATION_QUOTA,
  RELOCATION_INDICATOR,
  RESERVED_SPACE,
  STAY_IN_PLACE,
  REZONED_UPGRADE,
  INDUSTRIAL_SUPPLY,
  REGION_TARGETS,
  BID,
  BREACH_REMEDIES,
  BREACH_PENALTY,
  LOW_EFFICIENCY_LIST,
  CONSTRUCTION_PERIOD,
  CLUSTER_ENTRY,
  EVALUATION_SCHEDULE,
  PREEMPTION,
  LEASE_TERM,
  UNLAWFUL_BUILDING_COMPENSATION,
  RECTIFICATION,
  SUPERVISION_THRESHOLDS,
  PILOT_PROJECT,
  SPLIT_TRANSFER,
  ATTRACTION_SUBSIDY,
  INVESTMENT_SUBSIDY,
  RENT_SUBSIDY,
  RELOCATION_LOAN_INTEREST,
  VILLAGE_SUBSIDY,
  TIER_QUOTAS,
  RENEWAL_FUND,
  SCATTERED_PARCEL_MERGE,
  ANCILLARY_FACILITIES,
  MONEY_COMPENSATION_CAP,
  CONSOLIDATION_REWARD,
  INTEREST_SUBSIDY,
  PREFAB,
  SELF_HOLD,
  LAND_SWAP,
  SINGLE_PROJECT,
  EVALUATION_SCOPE,
  NO_SUPPORT,
  RECTIFICATION_OVERDUE,
  PLAN_APPROVAL,
  HOLDER_CONSENT,
  RELOCATION_AREA,
  LEGACY_BUILDINGS,
]);
