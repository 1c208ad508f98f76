import { Dec, decShown } from "../engine/decimal";
import { isBeforeDate, type IsoDate } from "../engine/dates";
import { valueError } from "../engine/errors";
import { requireNonNegative, type Finding } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import type { Tier } from "./tiers";
import { findingOf } from "./findings";
import { CLUSTER_ENTRY, PREEMPTION } from "../catalogue/concepts";

// 温州 三(五): revitalising low-efficiency stock land.

/** The four conditions 三(五)12 requires a contiguous redevelopment to set (须设置). */
export const CLUSTER_REQUIREMENTS = ["investmentIntensity", "industry", "taxPerMu", "entry"] as const;
export type ClusterRequirement = (typeof CLUSTER_REQUIREMENTS)[number];

const REQUIREMENT_NAMES: Record<ClusterRequirement, { zh: string; en: string }> = {
  investmentIntensity: { zh: "亩均投资强度", en: "investment intensity" },
  industry: { zh: "产业导向", en: "industry orientation" },
  taxPerMu: { zh: "亩均税收", en: "tax per mu" },
  entry: { zh: "准入条件", en: "entry conditions" },
};

export interface ClusterInput {
  areaMu: Dec;
  /** Which of the four requirements the project sets. */
  requirementsSet: Readonly<Record<ClusterRequirement, boolean>>;
}

/**
 * 三(五)12: contiguous redevelopment 一般达到 50 亩以上 (inclusive; 一般 → a notice below it, the
 * county may still approve 一事一议), and 须设置 the four requirements (a violation when one is missing).
 */
export function clusterCheck(ctx: Context, input: ClusterInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, CLUSTER_ENTRY)
    .input("area_mu", input.areaMu)
    .input("requirements_set", CLUSTER_REQUIREMENTS.filter((r) => input.requirementsSet[r]).join(","));
  requireNonNegative(input.areaMu, "area_mu");
  const findings: Finding[] = [];
  if (!ev.meets("minAreaMu", input.areaMu, "contiguous area"))
    findings.push(
      findingOf(ev, {
        param: "minAreaMu",
        field: "area_mu",
        value: input.areaMu,
        severity: "notice",
        message: { zh: `连片开发面积 ${decShown(input.areaMu, Dec.ROUND_FLOOR)} 亩，不足一般要求的 50 亩`, en: `contiguous area ${decShown(input.areaMu, Dec.ROUND_FLOOR)} mu is below the usual 50 mu` },
      }),
    );
  for (const r of CLUSTER_REQUIREMENTS) {
    const param = `requires.${r}` as const;
    if (!ev.flag(param) || input.requirementsSet[r]) continue;
    const name = REQUIREMENT_NAMES[r];
    findings.push(
      findingOf(ev, {
        param,
        field: r,
        value: "未设置",
        threshold: "须设置",
        severity: "violation",
        message: { zh: `连片开发未设置${name.zh}要求`, en: `the contiguous redevelopment sets no ${name.en} requirement` },
      }),
    );
  }
  return ev.done(findings);
}

export type PreemptionGround = "investment-below-agreed" | "tax-below-agreed" | "before-production-deadline" | "seller-rated";

export interface PreemptionInput {
  /** Actual and agreed 亩均投资强度, 万元/亩 (null when not known or not agreed). */
  investmentPerMu: Dec | null;
  agreedInvestmentPerMu: Dec | null;
  /** Actual and agreed 亩均税收, 万元/亩. */
  taxPerMu: Dec | null;
  agreedTaxPerMu: Dec | null;
  transferDate: IsoDate;
  /** 达产期 agreed in the contract. */
  productionDeadline: IsoDate | null;
  /** The seller's class in last year's 亩均论英雄 evaluation. */
  sellerLastYearTier: Tier | null;
}

export interface Preemption {
  /** 必须行使优先收购权. */
  required: boolean;
  grounds: PreemptionGround[];
}

/** 未达约定标准: actual strictly below the agreed value; either missing → not a ground. */
function belowAgreed(ev: Evaluation, actual: Dec | null, agreed: Dec | null, argument: string, what: string): boolean {
  if (actual === null || agreed === null) return false;
  requireNonNegative(actual, argument);
  const below = actual.lt(agreed);
  ev.decide(`${what} ${actual.toFixed()} < agreed ${agreed.toFixed()} (未达约定标准): ${below ? "yes" : "no"}`);
  return below;
}

/**
 * 三(五)14: on a transfer of land where the contract reserves pre-emption, the government must
 * pre-empt when investment or 亩均税收 is below the agreed standard, the transfer comes before
 * the production deadline (之前: the deadline itself is not before it), or the seller was rated C or D last year.
 */
export function preemptionRequired(ctx: Context, input: PreemptionInput): RuleResult<Preemption> {
  const ev = new Evaluation(ctx, PREEMPTION)
    .input("investment_per_mu", input.investmentPerMu)
    .input("agreed_investment_per_mu", input.agreedInvestmentPerMu)
    .input("tax_per_mu", input.taxPerMu)
    .input("agreed_tax_per_mu", input.agreedTaxPerMu)
    .input("transfer_date", input.transferDate)
    .input("production_deadline", input.productionDeadline)
    .input("seller_last_year_tier", input.sellerLastYearTier);
  const grounds: PreemptionGround[] = [];
  if (ev.flag("onInvestmentBelowAgreed") && belowAgreed(ev, input.investmentPerMu, input.agreedInvestmentPerMu, "investment_per_mu", "investment per mu"))
    grounds.push("investment-below-agreed");
  if (ev.flag("onTaxBelowAgreed") && belowAgreed(ev, input.taxPerMu, input.agreedTaxPerMu, "tax_per_mu", "tax per mu")) grounds.push("tax-below-agreed");
  if (ev.flag("onTransferBeforeProduction") && input.productionDeadline !== null) {
    const early = isBeforeDate(input.transferDate, input.productionDeadline);
    ev.decide(`transfer ${input.transferDate} before the production deadline ${input.productionDeadline}: ${early ? "yes" : "no"}`);
    if (early) grounds.push("before-production-deadline");
  }
  const rated = ev.text("onSellerTiers").split(",").map((t) => t.trim());
  if (input.sellerLastYearTier !== null) {
    const hit = rated.includes(input.sellerLastYearTier);
    ev.decide(`seller rated ${input.sellerLastYearTier} last year, pre-empt for ${rated.join("/")}: ${hit ? "yes" : "no"}`);
    if (hit) grounds.push("seller-rated");
  }
  return ev.done({ required: grounds.length > 0, grounds });
}

export interface MortgageInput {
  /** Whether 达产验收 has been passed. */
  accepted: boolean;
  /** 本地块出让价格, 万元. */
  transferPrice: Dec;
  /** 标定地价, 万元; needed once accepted. */
  benchmarkPrice: Dec | null;
}

/** 三(五)14: mortgage value ≤ the land's transfer price before 达产验收, ≤ 标定地价 after. */
export function mortgageCap(ctx: Context, input: MortgageInput): RuleResult<Dec> {
  const ev = new Evaluation(ctx, PREEMPTION)
    .input("accepted", input.accepted)
    .input("transfer_price", input.transferPrice)
    .input("benchmark_price", input.benchmarkPrice);
  requireNonNegative(input.transferPrice, "transfer_price");
  if (!input.accepted) {
    ev.param("mortgageBeforeAcceptance");
    ev.decide(`before 达产验收 → cap = transfer price ${input.transferPrice.toFixed()}`);
    return ev.done(input.transferPrice);
  }
  if (input.benchmarkPrice === null)
    throw valueError("benchmark_price", "达产验收通过后，抵押上限为标定地价：请提供标定地价", "after production acceptance the cap is the benchmark land price: give it");
  requireNonNegative(input.benchmarkPrice, "benchmark_price");
  ev.param("mortgageAfterAcceptance");
  ev.decide(`after 达产验收 → cap = 标定地价 ${input.benchmarkPrice.toFixed()}`);
  return ev.done(input.benchmarkPrice);
}
