// Adapters for the catalogued rules beyond FUNCTIONS.md's pinned set. Thin, as the pinned ones:
// read the cells, call the engine function that decides, hand back a cell value.
import { buybackPrice, terminationAtAcceptance } from "../policies/rules/breach";
import { choiceOf } from "../policies/rules/choices";
import { showValue } from "../policies/rules/findings";
import { idleLandStatus } from "../policies/rules/idle-definition";
import { industrialSupplyCheck, rezonedUpgradeAllowed } from "../policies/rules/land-supply";
import { microParkMortgageCheck, microParkShareCheck } from "../policies/rules/micro-parks";
import { mergedParcelTerm } from "../policies/rules/ningbo-merge-term";
import { farBonusEligibility, minimumFar, mixedUseCheck, parseNingboArea } from "../policies/rules/ningbo-intensity";
import { mayStayInPlace, parseTier, relocationIndicatorFloor } from "../policies/rules/ningbo-siting";
import { reclamationQuota, regionTargetsCheck, reservedSpace, type ReclamationQuota } from "../policies/rules/ningbo-targets";
import { parseZone, supervisionCheck } from "../policies/rules/supervision";
import { bidPriceCap } from "../policies/rules/wenzhou-bid";
import { nextEvaluation } from "../policies/rules/wenzhou-evaluation";
import { clusterCheck, mortgageCap, preemptionRequired } from "../policies/rules/wenzhou-stock";
import { parseAgreementKind, rectificationCheck } from "../policies/rules/zengcheng-compliance";
import { lowEfficiencyListing, parseLowEfficiencyExclusion } from "../policies/rules/zengcheng-lowefficiency";
import { pilotProject } from "../policies/rules/zengcheng-pilot";
import { splitTransferCheck, type SplitUnit } from "../policies/rules/zengcheng-split";
import { minimumRenewalFund } from "../policies/rules/zhejiang-fund";
import { scatteredParcelMergeCheck } from "../policies/rules/zhejiang-merge";
import {
  consolidationReward,
  landBankingInterestSubsidy,
  moneyCompensationCap,
  relocationLoanInterestSubsidy,
  swapPriceDifference,
  villageLoanInterestSubsidy,
} from "../policies/rules/zhongshan-finance";
import { ancillaryFloorShareCap, parseRenewalType, prefabNotice, selfHoldMinShare, singleProjectCheck } from "../policies/rules/zhongshan-planning";
import { requireNonNegative, type Finding } from "../policies/engine/checks";
import { toExcelSerial, type IsoDate } from "../policies/engine/dates";
import { decShown, ZERO, type Dec } from "../policies/engine/decimal";
import type { RuleResult } from "../policies/engine/evaluation";
import type { Bilingual } from "../policies/schema";
import { CellError, valueFault, type RawArg } from "./cells";
import { cellsOf, isBlank, optionalDec, optionalFlag, readDate, readDec, readFlag, readNumber, readText, requireText, single } from "./coerce";
import { contextFor } from "./context";
import { amount, type Adapter, type Outcome } from "./adapters";
import { findingRows } from "./explain";

const isViolation = (f: Finding) => f.severity === "violation";

/** A checked rule as a flag (`decide` reads the findings); LAND.EXPLAIN lists every finding. */
function flagOf(r: RuleResult<Finding[]>, decide: (findings: readonly Finding[]) => boolean): Outcome {
  return { value: decide(r.value), trace: r.trace, notes: findingRows(r.value) };
}

/** TRUE when no finding is a violation: notices (not checked, 一般, 鼓励) leave the flag alone. */
const noViolation = (findings: readonly Finding[]) => !findings.some(isViolation);

function optionalDate(v: RawArg, argument: string): IsoDate | null {
  return isBlank(single(v, argument)) ? null : readDate(v, argument);
}

/** The non-blank cells of a range, as exact numbers (blanks are rows not filled in); `check` sees each with its cell's name. */
function filledDecs(arg: RawArg, argument: string, check: (x: Dec, cell: string) => Dec = (x) => x): Dec[] {
  return cellsOf(arg, argument)
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !isBlank(c))
    .map(({ c, i }) => check(readDec(c, `${argument}[${i + 1}]`), `${argument}[${i + 1}]`));
}

/** A number the other arguments make necessary: a blank says why it is needed. */
function neededDec(v: RawArg, argument: string, why: Bilingual): Dec {
  if (isBlank(single(v, argument))) throw valueFault(argument, why.zh, why.en);
  return readDec(v, argument);
}

function dateCell(r: RuleResult<IsoDate>): Outcome {
  return { value: toExcelSerial(r.value), trace: r.trace, notes: [["日期 date", r.value, "Excel 日期序列号，请将单元格设为日期格式 / an Excel date serial: format the cell as a date"]] };
}

// ── 闲置土地处置办法 第二条 ──────────────────────────────────────────────────────────────

export const IDLESTATUS: Adapter = ([agreedStart, asOf, startedOn, developed, required, invested, total, haltedSince, profile], host) => {
  const date = readDate(asOf, "as_of");
  const r = idleLandStatus(contextFor(profile, host, date), {
    agreedStart: readDate(agreedStart, "agreed_start"),
    asOf: date,
    startedOn: optionalDate(startedOn, "started_on"),
    developedArea: optionalDec(developed, "developed_area"),
    requiredArea: optionalDec(required, "required_area"),
    invested: optionalDec(invested, "invested"),
    totalInvestment: optionalDec(total, "total_investment"),
    haltedSince: optionalDate(haltedSince, "halted_since"),
  });
  return { value: r.value.status, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
};

// ── 温州 ────────────────────────────────────────────────────────────────────────────────

export const TERMINABLE: Adapter = ([contractOutput, actualOutput, contractTax, actualTax, profile], host) => {
  const r = terminationAtAcceptance(contextFor(profile, host), {
    contractOutput: readDec(contractOutput, "contract_output"),
    actualOutput: readDec(actualOutput, "actual_output"),
    contractTax: readDec(contractTax, "contract_tax"),
    actualTax: readDec(actualTax, "actual_tax"),
  });
  return { value: r.value.terminable, trace: r.trace };
};

export const BUYBACK: Adapter = ([original, market, replacement, newness, profile], host) => {
  const replacementCost = readDec(replacement, "replacement_cost", ZERO);
  if (!replacementCost.isZero() && isBlank(single(newness, "newness_ratio")))
    throw valueFault("newness_ratio", "给出建筑物重置价时须给出成新率（0–1）", "give the newness ratio (0–1) with a replacement cost");
  const r = buybackPrice(contextFor(profile, host), {
    originalPrice: readDec(original, "original_price"),
    marketPrice: optionalDec(market, "market_price"),
    replacementCost,
    newnessRatio: readDec(newness, "newness_ratio", ZERO),
  });
  return amount({ value: r.value.total, trace: r.trace });
};

export const BIDCAP: Adapter = ([startingPrice, profile], host) => amount(bidPriceCap(contextFor(profile, host), readDec(startingPrice, "starting_price")));

export const NEXTEVAL: Adapter = ([productionDate, termEnd, asOf, profile], host) => {
  const on = optionalDate(asOf, "as_of") ?? host.today();
  const r = nextEvaluation(contextFor(profile, host, on), { productionDate: readDate(productionDate, "production_date"), termEnd: readDate(termEnd, "term_end") }, on);
  if (r.value === null)
    throw new CellError("#N/A", `as_of：${on} 之后已无绩效评估（到期评估已过） / as_of: no evaluation is left on or after ${on} (the pre-expiry one has passed)`);
  const cell = dateCell({ value: r.value.date, trace: r.trace });
  return { ...cell, notes: [["评估 evaluation", r.value.name.zh, r.value.name.en], ...(cell.notes ?? [])] };
};

export const PREEMPT: Adapter = ([transferDate, deadline, sellerTier, investment, agreedInvestment, tax, agreedTax, profile], host) => {
  const r = preemptionRequired(contextFor(profile, host), {
    transferDate: readDate(transferDate, "transfer_date"),
    productionDeadline: optionalDate(deadline, "production_deadline"),
    sellerLastYearTier: parseTier(readText(sellerTier, "seller_last_year_tier"), "seller_last_year_tier"),
    investmentPerMu: optionalDec(investment, "investment_per_mu"),
    agreedInvestmentPerMu: optionalDec(agreedInvestment, "agreed_investment_per_mu"),
    taxPerMu: optionalDec(tax, "tax_per_mu"),
    agreedTaxPerMu: optionalDec(agreedTax, "agreed_tax_per_mu"),
  });
  return { value: r.value.required, trace: r.trace, notes: r.value.grounds.map((g): [string, string, string] => ["依据 ground", g, ""]) };
};

export const CLUSTEROK: Adapter = ([area, investment, industry, tax, entry, profile], host) =>
  flagOf(
    clusterCheck(contextFor(profile, host), {
      areaMu: readDec(area, "area_mu"),
      requirementsSet: {
        investmentIntensity: readFlag(investment, "sets_investment", false),
        industry: readFlag(industry, "sets_industry", false),
        taxPerMu: readFlag(tax, "sets_tax", false),
        entry: readFlag(entry, "sets_entry", false),
      },
    }),
    noViolation,
  );

export const MORTGAGECAP: Adapter = ([transferPrice, accepted, benchmark, profile], host) =>
  amount(
    mortgageCap(contextFor(profile, host), {
      transferPrice: readDec(transferPrice, "transfer_price"),
      accepted: readFlag(accepted, "accepted", false),
      benchmarkPrice: optionalDec(benchmark, "benchmark_price"),
    }),
  );

// ── 增城 ────────────────────────────────────────────────────────────────────────────────

export const RECTIFY: Adapter = ([agreement, actualOutput, agreedOutput, recentRates, guideRate, watchListed, profile], host) =>
  flagOf(
    rectificationCheck(contextFor(profile, host), {
      agreement: parseAgreementKind(requireText(agreement, "agreement"), "agreement"),
      actualOutput: optionalDec(actualOutput, "actual_output"),
      agreedOutput: optionalDec(agreedOutput, "agreed_output"),
      recentOutputRates: filledDecs(recentRates, "recent_output_rates"),
      guideOutputRate: optionalDec(guideRate, "guide_output_rate"),
      watchListed: readFlag(watchListed, "watch_listed", false),
    }),
    (findings) => findings.some(isViolation),
  );

export const PILOT: Adapter = ([parcels, contiguous, signed, profile], host) => {
  const r = pilotProject(contextFor(profile, host), {
    parcelsMu: filledDecs(parcels, "parcels_mu"),
    contiguous: readFlag(contiguous, "contiguous", false),
    agreementSigned: readFlag(signed, "agreement_signed", false),
  });
  return { value: r.value.pilot, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
};

export const LOWEFF: Adapter = ([tier, districtNamed, exclusionArg, profile], host) => {
  const exclusion = parseLowEfficiencyExclusion(readText(exclusionArg, "exclusion"), "exclusion");
  const r = lowEfficiencyListing(contextFor(profile, host), {
    tier: parseTier(readText(tier, "tier"), "tier"),
    districtNamed: readFlag(districtNamed, "district_named", false),
    exclusions: exclusion ? { [exclusion]: true } : {},
  });
  return { value: r.value.listed, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
};

const PILOT_NEEDS: Bilingual = {
  zh: "试点项目须给出此值（二(六)17：亩均投资、亩均产值不低于《广州市工业用地指南（2018 年版）》指标值的 70%）",
  en: "a pilot project needs this value (二(六)17: investment and output per mu ≥ 70% of the Guangzhou 2018 guide values)",
};

export const GGGOK: Adapter = ([zone, far, tax, pilot, investment, output, guideInvestment, guideOutput, agreement, agreedFar, agreedTax, profile], host) => {
  const isPilot = readFlag(pilot, "pilot", false);
  // A pilot is held to investment and output too: a blank would pass unchecked, so it is an error here.
  const pilotValue = (v: RawArg, argument: string) => (isPilot ? neededDec(v, argument, PILOT_NEEDS) : optionalDec(v, argument));
  const reference = readText(agreement, "agreement");
  const minFar = optionalDec(agreedFar, "agreed_min_far");
  const minTaxPerMu = optionalDec(agreedTax, "agreed_min_tax_per_mu");
  if (reference === null && (minFar !== null || minTaxPerMu !== null))
    throw valueFault("agreement", "给出协议约定值时须注明项目协议（名称或文号）", "name the project agreement (title or number) that sets the agreed values");
  return flagOf(
    supervisionCheck(contextFor(profile, host), {
      zone: parseZone(requireText(zone, "zone"), "zone"),
      pilot: isPilot,
      far: readDec(far, "far"),
      taxPerMu: readDec(tax, "tax_per_mu"),
      investmentPerMu: pilotValue(investment, "investment_per_mu"),
      outputPerMu: pilotValue(output, "output_per_mu"),
      guideInvestmentPerMu: pilotValue(guideInvestment, "guide_investment_per_mu"),
      guideOutputPerMu: pilotValue(guideOutput, "guide_output_per_mu"),
      override: reference === null ? null : { source: "agreement", reference, ...(minFar ? { minFar } : {}), ...(minTaxPerMu ? { minTaxPerMu } : {}) },
    }),
    noViolation,
  );
};

export const SPLITOK: Adapter = ([units, ancillary, projectIndustrial, projectAncillary, registeredOn, transferOn, profile], host) => {
  const industrial = filledDecs(units, "unit_areas_m2", requireNonNegative);
  const ancillaryM2 = requireNonNegative(readDec(ancillary, "ancillary_m2", ZERO), "ancillary_m2");
  if (industrial.length === 0 && ancillaryM2.isZero()) throw valueFault("unit_areas_m2", "至少需要一个分割单元的建筑面积", "give at least one unit's floor area");
  // 随产业用房比例 can only be checked against the project's own floor areas.
  const proportional = !ancillaryM2.isZero() && industrial.length > 0;
  const why = { zh: "随产业用房分割配套设施时须给出项目的产业用房和配套设施面积（三(一)2 随产业用房比例）", en: "ancillary space split with 产业用房 needs the project's floor areas (三(一)2: in proportion)" };
  const transfer = optionalDate(transferOn, "transfer_on");
  if (transfer !== null && isBlank(single(registeredOn, "registered_on")))
    throw valueFault("registered_on", "判断 5 年内不得再次转让须给出分割转让登记日期", "the five-year lock needs the split-transfer registration date");
  const conveyed: SplitUnit[] = industrial.map((areaM2) => ({ areaM2, use: "industrial" }));
  if (!ancillaryM2.isZero()) conveyed.push({ areaM2: ancillaryM2, use: "ancillary" });
  return flagOf(
    splitTransferCheck(contextFor(profile, host), {
      units: conveyed,
      projectIndustrialM2: proportional ? neededDec(projectIndustrial, "project_industrial_m2", why) : optionalDec(projectIndustrial, "project_industrial_m2"),
      projectAncillaryM2: proportional ? neededDec(projectAncillary, "project_ancillary_m2", why) : optionalDec(projectAncillary, "project_ancillary_m2"),
      registeredOn: optionalDate(registeredOn, "registered_on"),
      transferOn: transfer,
    }),
    noViolation,
  );
};

// ── 中山 ────────────────────────────────────────────────────────────────────────────────

/** A concession's share as a flag: TRUE when the rule grants it (a share, not null); the card names the share. */
function shareGranted(r: RuleResult<Dec | null>, item: string): Outcome {
  return { value: r.value !== null, trace: r.trace, notes: [[item, r.value === null ? "不适用 not eligible" : showValue(r.value, "fraction"), ""]] };
}

export const SELFHOLDELIGIBLE: Adapter = ([area, projectType, agreedTax, priority, profile], host) =>
  shareGranted(
    selfHoldMinShare(contextFor(profile, host), {
      areaMu: readDec(area, "area_mu"),
      renewalType: parseRenewalType(requireText(projectType, "project_type"), "project_type"),
      agreedTaxPerMu: optionalDec(agreedTax, "agreed_tax_per_mu"),
      priorityIndustry: readFlag(priority, "priority_industry", false),
    }),
    "最低自持比例 minimum self-held share",
  );

export const SWAPDIFF: Adapter = ([before, after, profile], host) =>
  amount(swapPriceDifference(contextFor(profile, host), readDec(before, "value_before"), readDec(after, "value_after")));

export const COMPCAP: Adapter = ([salePrice, fund, profile], host) =>
  amount(moneyCompensationCap(contextFor(profile, host), { landSalePrice: readDec(salePrice, "land_sale_price"), agriculturalFund: readDec(fund, "agricultural_fund") }));

export const CONSOLREWARD: Adapter = ([holders, area, floorArea, residential, meetsStandard, profile], host) => {
  const r = consolidationReward(contextFor(profile, host), {
    holders: readNumber(holders, "holders"),
    areaMu: readDec(area, "area_mu"),
    floorAreaM2: readDec(floorArea, "floor_area_m2"),
    residentialOrCommercial: readFlag(residential, "residential_or_commercial", false),
    meetsBuildingStandard: readFlag(meetsStandard, "meets_building_standard", false),
  });
  return amount({ value: r.value.total, trace: r.trace });
};

export const UNITOK: Adapter = ([area, approved, profile], host) =>
  flagOf(singleProjectCheck(contextFor(profile, host), readDec(area, "area_mu"), readFlag(approved, "area_plan_approved", false)), noViolation);

type InterestKind = "banking" | "village" | "relocation";

const INTEREST_WORDS: Record<string, InterestKind> = {
  banking: "banking", 收储: "banking", 收储整备: "banking", 收储整备资金: "banking",
  village: "village", 村集体: "village", 前期整理: "village", 土地前期整理贷款: "village",
  relocation: "relocation", 腾挪: "relocation", 腾挪载体: "relocation", 腾挪载体贷款: "relocation",
};

export const INTERESTSUBSIDY: Adapter = ([kindArg, interest, from, to, start, end, profile], host) => {
  const kind = choiceOf(INTEREST_WORDS, requireText(kindArg, "kind"), "kind", {
    zh: "banking（收储整备资金）、village（村集体土地前期整理贷款）或 relocation（腾挪载体贷款）",
    en: "banking (land-banking finance), village (village pre-development loan) or relocation (relocation-space loan)",
  });
  const ctx = contextFor(profile, host);
  const period = { interest: readDec(interest, "interest"), from: readDate(from, "from"), to: readDate(to, "to") };
  const startDate = readDate(start, "start_date");
  const endDate = optionalDate(end, "end_date");
  switch (kind) {
    case "banking":
      return amount(landBankingInterestSubsidy(ctx, { ...period, fundedOn: startDate, completedOn: endDate }));
    case "village":
      return amount(villageLoanInterestSubsidy(ctx, { ...period, loanDate: startDate, landSoldOn: endDate }));
    case "relocation":
      return amount(relocationLoanInterestSubsidy(ctx, { ...period, loanDate: startDate }));
  }
};

export const ANCILLARYELIGIBLE: Adapter = ([area, projectType, landShare, profile], host) =>
  shareGranted(
    ancillaryFloorShareCap(contextFor(profile, host), {
      areaMu: readDec(area, "area_mu"),
      renewalType: parseRenewalType(requireText(projectType, "project_type"), "project_type"),
      ancillaryLandShare: readDec(landShare, "ancillary_land_share"),
    }),
    "配套设施计容建筑面积占比上限 ancillary floor-share ceiling",
  );

export const PREFAB: Adapter = ([area, profile], host) =>
  flagOf(prefabNotice(contextFor(profile, host), readDec(area, "building_area_m2"), false), (findings) => findings.length > 0);

// ── 宁波 ────────────────────────────────────────────────────────────────────────────────

export const MINFAR: Adapter = ([area, profile], host) => amount(minimumFar(contextFor(profile, host), parseNingboArea(requireText(area, "area"), "area")));

const MERGE_METHODS: Record<string, "earliest" | "latest" | "weighted"> = {
  earliest: "earliest", 最早: "earliest", 终止时间在前: "earliest",
  latest: "latest", 最迟: "latest", 最晚: "latest",
  weighted: "weighted", 加权: "weighted", 加权平均: "weighted",
};

export const MERGETERM: Adapter = ([areas, endDates, methodArg, asOf, profile], host) => {
  const method = choiceOf(MERGE_METHODS, requireText(methodArg, "method"), "method", { zh: "earliest（最早）、latest（最迟）或 weighted（加权平均）", en: "earliest, latest or weighted" });
  const areaCells = cellsOf(areas, "areas");
  const endCells = cellsOf(endDates, "end_dates");
  if (areaCells.length !== endCells.length)
    throw valueFault("end_dates", `应与 areas 大小相同（${endCells.length} 对 ${areaCells.length} 格）`, `must be the same size as areas (${endCells.length} vs ${areaCells.length} cells)`);
  const parcels = areaCells.flatMap((a, i) =>
    isBlank(a) && isBlank(endCells[i]!) ? [] : [{ area: readDec(a, `areas[${i + 1}]`), endDate: readDate(endCells[i]!, `end_dates[${i + 1}]`) }],
  );
  const on = optionalDate(asOf, "as_of") ?? host.today();
  const r = mergedParcelTerm(contextFor(profile, host, on), parcels);
  return dateCell({ value: r.value[method].endDate, trace: r.trace });
};

export const TARGETSMET: Adapter = ([park, clusterTax, renewed, firms, energy, privateShare, asOf, profile], host) => {
  const on = optionalDate(asOf, "as_of") ?? host.today();
  const figures = {
    parkShare: optionalDec(park, "park_share"),
    clusterTaxPerMu: optionalDec(clusterTax, "cluster_tax_per_mu"),
    renewedMu: optionalDec(renewed, "renewed_mu"),
    firmsHelpedThisYear: optionalDec(firms, "firms_helped"),
    energyFreedTce: optionalDec(energy, "energy_freed_tce"),
    privateShare: optionalDec(privateShare, "private_share"),
  };
  if (Object.values(figures).every((x) => x === null))
    throw valueFault("park_share", "至少填写一项目标指标（park_share … private_share）", "give at least one target figure (park_share … private_share)");
  // Every shortfall counts, the notices before the target date included: "met" means met.
  return flagOf(regionTargetsCheck(contextFor(profile, host, on), figures), (findings) => findings.length === 0);
};

export const RESERVE: Adapter = ([newSpace, profile], host) => amount(reservedSpace(contextFor(profile, host), readDec(newSpace, "new_space")));

export const MAYSTAY: Adapter = ([tier, fits, strategic, hardToMove, confirmed, inside, profile], host) => {
  const r = mayStayInPlace(contextFor(profile, host), {
    outsideTownBoundary: !readFlag(inside, "inside_town_boundary", false),
    tier: parseTier(readText(tier, "tier"), "tier"),
    fitsIndustrialGuidance: readFlag(fits, "fits_guidance", false),
    strategic: readFlag(strategic, "strategic", false),
    hardToMove: readFlag(hardToMove, "hard_to_move", false),
    confirmed: readFlag(confirmed, "confirmed", false),
  });
  return { value: r.value.decision, trace: r.trace, notes: [["依据 grounds", r.value.grounds.join(", ") || "—", ""]] };
};

export const UPGRADEOK: Adapter = ([implementation, unlawful, confirmed, asOf, profile], host) => {
  const on = optionalDate(asOf, "as_of") ?? host.today();
  const r = rezonedUpgradeAllowed(contextFor(profile, host, on), {
    implementationDate: optionalDate(implementation, "implementation_date"),
    unlawfulUse: readFlag(unlawful, "unlawful_use", false),
    confirmed: readFlag(confirmed, "confirmed", false),
  });
  const blocked = r.value.blockedBy.map((b): [string, string, string] => ["不允许 blocked by", b, ""]);
  return { value: r.value.allowed, trace: r.trace, notes: [["5 年期限 window end", r.value.windowEnd, "实施日期不晚于此日即为 5 年内 / implementation on or before it is within 5 years"], ...blocked] };
};

export const MIXEDOK: Adapter = ([industrial, total, profile], host) =>
  flagOf(mixedUseCheck(contextFor(profile, host), readDec(industrial, "industrial_floor_m2"), readDec(total, "total_floor_m2")), noViolation);

export const MICROPARKOK: Adapter = ([manufacturingFirms, totalFirms, manufacturingArea, totalArea, profile], host) =>
  flagOf(
    microParkShareCheck(contextFor(profile, host), {
      manufacturingFirms: readDec(manufacturingFirms, "manufacturing_firms"),
      totalFirms: readDec(totalFirms, "total_firms"),
      manufacturingArea: readDec(manufacturingArea, "manufacturing_area"),
      totalArea: readDec(totalArea, "total_area"),
    }),
    noViolation,
  );

export const MICROMORTGAGEOK: Adapter = ([mortgage, landPrice, filed, profile], host) =>
  flagOf(
    microParkMortgageCheck(contextFor(profile, host), {
      mortgage: readDec(mortgage, "mortgage"),
      landPrice: readDec(landPrice, "land_price"),
      completionFiled: readFlag(filed, "completion_filed", false),
    }),
    noViolation,
  );

export const RELOCMIN: Adapter = ([standard, profile], host) => amount(relocationIndicatorFloor(contextFor(profile, host), readDec(standard, "standard_value")));

export const FARBONUS: Adapter = ([far, guide, profile], host) => {
  const r = farBonusEligibility(contextFor(profile, host), readDec(far, "far"), readDec(guide, "guide_far"));
  return { value: r.value.eligible, trace: r.trace, notes: [["最低容积率 qualifying FAR", showValue(r.value.requiredFar, "ratio"), "指导性指标 × (1 + 40%) / guide × (1 + 40%)"]] };
};

export const SUPPLYOK: Adapter = ([industrial, total, major, profile], host) =>
  flagOf(
    industrialSupplyCheck(contextFor(profile, host), {
      industrialArea: readDec(industrial, "industrial_area"),
      totalArea: readDec(total, "total_area"),
      majorIndustrialRegion: optionalFlag(major, "major_industrial_region"),
    }),
    noViolation,
  );

const QUOTA_PARTS: Record<string, keyof ReclamationQuota> = {
  "": "total", total: "total", 合计: "total", 新增指标: "total",
  city: "cityAward", 市奖励: "cityAward", 市级奖励: "cityAward",
  local: "localQuota", 当地: "localQuota", 当地安排: "localQuota",
};

export const RECLAIMQUOTA: Adapter = ([linkage, partArg, profile], host) => {
  const part = choiceOf(QUOTA_PARTS, readText(partArg, "part"), "part", { zh: "total（合计，默认）、city（市奖励）或 local（当地安排）", en: "total (default), city (the city's award) or local (arranged locally)" });
  const r = reclamationQuota(contextFor(profile, host), readDec(linkage, "linkage_quota"));
  const q = r.value;
  const notes: [string, string, string][] = [["指标 quota", `合计 total ${decShown(q.total)} · 市奖励 city ${decShown(q.cityAward)} · 当地 local ${decShown(q.localQuota)}`, `等量 equal ${decShown(q.equalQuota)}`]];
  return { ...amount({ value: q[part], trace: r.trace }), notes };
};

// ── 浙江 ────────────────────────────────────────────────────────────────────────────────

export const MERGEOK: Adapter = ([parcels, projectArea, profile], host) =>
  flagOf(scatteredParcelMergeCheck(contextFor(profile, host), { parcelsMu: filledDecs(parcels, "parcels_mu"), projectAreaMu: readDec(projectArea, "project_area_mu") }), noViolation);

export const RENEWALFUND: Adapter = ([revenue, profile], host) => amount(minimumRenewalFund(contextFor(profile, host), readDec(revenue, "land_sale_revenue")));
