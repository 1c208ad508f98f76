// LAND.PREEMPT · 优先收购 (WZ-PREEMPT): its descriptor and adapter.
import { parseTier } from "../../policies/rules/ningbo-siting";
import { preemptionRequired } from "../../policies/rules/wenzhou-stock";
import { optionalDate, optionalDec, readDate, readText } from "../coerce";
import { contextFor } from "../context";
import { date, defineFunction, perMu, PROFILE } from "../spec";

export default defineFunction({
  id: "PREEMPT",
  zh: "优先收购",
  summary: {
    zh: "转让时政府须行使优先收购权（TRUE）：投资或亩均税收未达约定、达产期前转让、或出让方上年亩均评价为 C/D 档",
    en: "Whether the government must pre-empt a transfer (TRUE): investment or tax per mu below the agreed standard, transfer before the production deadline, or the seller rated C/D last year",
  },
  params: [
    date("transfer_date", "转让日期", "Transfer date"),
    date("production_deadline", "约定达产期", "Agreed production deadline", true),
    { name: "seller_last_year_tier", zh: "出让方上年档次", optional: true, help: { zh: "出让方上年亩均论英雄评价档次 A–D", en: "The seller's tier A–D in last year's evaluation" } },
    perMu("investment_per_mu", "亩均投资", "Investment per mu", true),
    perMu("agreed_investment_per_mu", "约定亩均投资", "Agreed investment per mu", true),
    perMu("tax_per_mu", "亩均税收", "Tax per mu", true),
    perMu("agreed_tax_per_mu", "约定亩均税收", "Agreed tax per mu", true),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：必须优先收购", en: "TRUE: pre-emption required" } },
  rules: ["WZ-PREEMPT"],
  pinned: false,
  examples: [
    { formula: '=LAND.PREEMPT("2024-03-15", "2025-01-01", , , , , , "wenzhou")', result: true, note: { zh: "达产期前转让", en: "transfer before the production deadline" } },
    { formula: '=LAND.PREEMPT("2025-01-01", "2025-01-01", "B", , , , , "wenzhou")', result: false, note: { zh: "达产期当日不在“之前”", en: "the deadline itself is not before it" } },
    { formula: '=LAND.PREEMPT("2025-01-01", , "C", , , , , "wenzhou")', result: true },
    { formula: '=LAND.PREEMPT("2025-01-01", , , , , 29.9, 30, "wenzhou")', result: true },
  ],
  adapter: (args, host) => {
    const r = preemptionRequired(contextFor(args.profile, host), {
      transferDate: readDate(args.transfer_date, "transfer_date"),
      productionDeadline: optionalDate(args.production_deadline, "production_deadline"),
      sellerLastYearTier: parseTier(readText(args.seller_last_year_tier, "seller_last_year_tier"), "seller_last_year_tier"),
      investmentPerMu: optionalDec(args.investment_per_mu, "investment_per_mu"),
      agreedInvestmentPerMu: optionalDec(args.agreed_investment_per_mu, "agreed_investment_per_mu"),
      taxPerMu: optionalDec(args.tax_per_mu, "tax_per_mu"),
      agreedTaxPerMu: optionalDec(args.agreed_tax_per_mu, "agreed_tax_per_mu"),
    });
    return { value: r.value.required, trace: r.trace, notes: r.value.grounds.map((g): [string, string, string] => ["依据 ground", g, ""]) };
  },
});
