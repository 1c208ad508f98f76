// LAND.CLUSTEROK · 连片开发条件 (WZ-CLUSTER): its descriptor and adapter.
import { clusterCheck } from "../../policies/rules/wenzhou-stock";
import { readDec, readFlag } from "../coerce";
import { contextFor } from "../context";
import { flagOf, noViolation } from "../outcome";
import { defineFunction, flag, mu, PROFILE } from "../spec";

export default defineFunction({
  id: "CLUSTEROK",
  zh: "连片开发条件",
  summary: {
    zh: "连片开发是否符合条件（TRUE）：须设置亩均投资强度、产业导向、亩均税收、准入条件等要求；规模一般达到 50 亩以上（不足为提示，见 LAND.EXPLAIN）",
    en: "Whether a contiguous redevelopment meets the clause (TRUE): it must set investment-intensity, industry, tax-per-mu and entry requirements; its size is generally 50 亩以上 (below that is a notice, shown by LAND.EXPLAIN)",
  },
  params: [
    mu("area_mu", "连片面积", "Contiguous area"),
    flag("sets_investment", "设置亩均投资强度", "Sets an investment-intensity requirement", false),
    flag("sets_industry", "设置产业导向", "Sets an industry orientation", false),
    flag("sets_tax", "设置亩均税收", "Sets a tax-per-mu requirement", false),
    flag("sets_entry", "设置准入条件", "Sets entry conditions", false),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：符合连片开发条件（“一般 50 亩以上”不足时为提示）", en: "TRUE: the conditions are met (below the usual 50 亩 is a notice only)" } },
  rules: ["WZ-CLUSTER"],
  pinned: false,
  examples: [
    { formula: '=LAND.CLUSTEROK(50, TRUE(), TRUE(), TRUE(), TRUE(), "wenzhou")', result: true, note: { zh: "50 亩以上含 50 亩，四项要求均已设置", en: "50 亩以上 includes 50; all four requirements set" } },
    { formula: '=LAND.CLUSTEROK(60, TRUE(), TRUE(), FALSE(), TRUE(), "wenzhou")', result: false, note: { zh: "未设置亩均税收要求（须设置）", en: "no tax-per-mu requirement (须设置)" } },
    { formula: '=LAND.CLUSTEROK(40, TRUE(), TRUE(), TRUE(), TRUE(), "wenzhou")', result: true, note: { zh: "不足 50 亩：“一般”，仅提示", en: "under 50 亩: 一般 (generally), a notice only" } },
  ],
  adapter: (args, host) =>
    flagOf(
      clusterCheck(contextFor(args.profile, host), {
        areaMu: readDec(args.area_mu, "area_mu"),
        requirementsSet: {
          investmentIntensity: readFlag(args.sets_investment, "sets_investment", false),
          industry: readFlag(args.sets_industry, "sets_industry", false),
          taxPerMu: readFlag(args.sets_tax, "sets_tax", false),
          entry: readFlag(args.sets_entry, "sets_entry", false),
        },
      }),
      noViolation,
    ),
});
