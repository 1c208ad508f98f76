// Adapters for the catalogued rules beyond FUNCTIONS.md's pinned set. Thin, as the pinned ones:
// read the cells, call the engine function that decides, hand back a cell value.
import { buybackPrice, terminationAtAcceptance } from "../policies/rules/breach";
import { choiceOf } from "../policies/rules/choices";
import { idleLandStatus } from "../policies/rules/idle-definition";
import { mergedParcelTerm } from "../policies/rules/ningbo-merge-term";
import { minimumFar, parseNingboArea } from "../policies/rules/ningbo-intensity";
import { parseTier } from "../policies/rules/ningbo-siting";
import { bidPriceCap } from "../policies/rules/wenzhou-bid";
import { nextEvaluation } from "../policies/rules/wenzhou-evaluation";
import { preemptionRequired } from "../policies/rules/wenzhou-stock";
import { parseAgreementKind, rectificationCheck } from "../policies/rules/zengcheng-compliance";
import { pilotProject } from "../policies/rules/zengcheng-pilot";
import { minimumRenewalFund } from "../policies/rules/zhejiang-fund";
import { scatteredParcelMergeCheck } from "../policies/rules/zhejiang-merge";
import { consolidationReward, moneyCompensationCap, swapPriceDifference } from "../policies/rules/zhongshan-finance";
import { parseRenewalType, selfHoldMinShare } from "../policies/rules/zhongshan-planning";
import type { Finding } from "../policies/engine/checks";
import { toExcelSerial, type IsoDate } from "../policies/engine/dates";
import { ZERO } from "../policies/engine/decimal";
import type { RuleResult } from "../policies/engine/evaluation";
import { CellError, valueFault, type RawArg } from "./cells";
import { cellsOf, isBlank, optionalDec, readDate, readDec, readFlag, readNumber, readText, requireText, single } from "./coerce";
import { contextFor } from "./context";
import { amount, type Adapter, type Outcome } from "./adapters";

/** Findings as rows of the result card: ✗ violations, ℹ notices, each with its clause. */
function findingNotes(findings: readonly Finding[]): [string, string, string][] {
  return findings.map((f) => [
    f.severity === "violation" ? "✗ 不符合 violation" : "ℹ 提示 notice",
    `${f.field} = ${f.value}（${f.threshold}）`,
    `${f.message.zh} / ${f.message.en} · ${f.citation}`,
  ]);
}

/** A checked rule as a flag: whether any finding is a violation. */
function anyViolation(r: RuleResult<Finding[]>): { violated: boolean; trace: Outcome["trace"]; notes: [string, string, string][] } {
  return { violated: r.value.some((f) => f.severity === "violation"), trace: r.trace, notes: findingNotes(r.value) };
}

function optionalDate(v: RawArg, argument: string): IsoDate | null {
  return isBlank(single(v, argument)) ? null : readDate(v, argument);
}

/** The non-blank cells of a range, as exact numbers (blanks are rows not filled in). */
function filledDecs(arg: RawArg, argument: string) {
  return cellsOf(arg, argument)
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !isBlank(c))
    .map(({ c, i }) => readDec(c, `${argument}[${i + 1}]`));
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

// ── 增城 ────────────────────────────────────────────────────────────────────────────────

export const RECTIFY: Adapter = ([agreement, actualOutput, agreedOutput, recentRates, guideRate, watchListed, profile], host) => {
  const checked = anyViolation(
    rectificationCheck(contextFor(profile, host), {
      agreement: parseAgreementKind(requireText(agreement, "agreement"), "agreement"),
      actualOutput: optionalDec(actualOutput, "actual_output"),
      agreedOutput: optionalDec(agreedOutput, "agreed_output"),
      recentOutputRates: filledDecs(recentRates, "recent_output_rates"),
      guideOutputRate: optionalDec(guideRate, "guide_output_rate"),
      watchListed: readFlag(watchListed, "watch_listed", false),
    }),
  );
  return { value: checked.violated, trace: checked.trace, notes: checked.notes };
};

export const PILOT: Adapter = ([parcels, contiguous, signed, profile], host) => {
  const r = pilotProject(contextFor(profile, host), {
    parcelsMu: filledDecs(parcels, "parcels_mu"),
    contiguous: readFlag(contiguous, "contiguous", false),
    agreementSigned: readFlag(signed, "agreement_signed", false),
  });
  return { value: r.value.pilot, trace: r.trace, notes: [["理由 reason", r.value.reason.zh, r.value.reason.en]] };
};

// ── 中山 ────────────────────────────────────────────────────────────────────────────────

export const SELFHOLDELIGIBLE: Adapter = ([area, projectType, agreedTax, priority, profile], host) => {
  const r = selfHoldMinShare(contextFor(profile, host), {
    areaMu: readDec(area, "area_mu"),
    renewalType: parseRenewalType(requireText(projectType, "project_type"), "project_type"),
    agreedTaxPerMu: optionalDec(agreedTax, "agreed_tax_per_mu"),
    priorityIndustry: readFlag(priority, "priority_industry", false),
  });
  const share = r.value === null ? "不适用 not eligible" : `${r.value.times(100).toFixed()}%`;
  return { value: r.value !== null, trace: r.trace, notes: [["最低自持比例 minimum self-held share", share, ""]] };
};

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

// ── 浙江 ────────────────────────────────────────────────────────────────────────────────

export const MERGEOK: Adapter = ([parcels, projectArea, profile], host) => {
  const checked = anyViolation(
    scatteredParcelMergeCheck(contextFor(profile, host), { parcelsMu: filledDecs(parcels, "parcels_mu"), projectAreaMu: readDec(projectArea, "project_area_mu") }),
  );
  return { value: !checked.violated, trace: checked.trace, notes: checked.notes };
};

export const RENEWALFUND: Adapter = ([revenue, profile], host) => amount(minimumRenewalFund(contextFor(profile, host), readDec(revenue, "land_sale_revenue")));
