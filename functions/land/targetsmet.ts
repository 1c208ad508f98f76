// LAND.TARGETSMET · 年度目标达成 (NB-TARGET): its descriptor and adapter.
import { regionTargetsCheck } from "../../policies/rules/ningbo-targets";
import { valueFault } from "../cells";
import { optionalDate, optionalDec } from "../coerce";
import { contextFor } from "../context";
import { flagOf } from "../outcome";
import { date, defineFunction, perMu, PROFILE, share } from "../spec";

export default defineFunction({
  id: "TARGETSMET",
  zh: "年度目标达成",
  summary: {
    zh: "2025 年主要目标是否全部达到（TRUE）：工业用地入园率 65%、集聚区规上亩均税收 60 万元/亩、累计改造 1.5 万亩、每年帮扶 800 家、腾出用能 60 万吨标煤、民间投资占比 80%；只核对已填写的指标",
    en: "Whether the 2025 targets are all met (TRUE): 65% inside parks, 60 万元/亩 cluster tax, 15,000 亩 renewed, 800 firms a year, 600,000 tce freed, 80% for private investment; only the figures given are checked",
  },
  params: [
    share("park_share", "工业用地入园率", "Share of industrial land inside parks", true),
    perMu("cluster_tax_per_mu", "集聚区亩均税收", "规上 tax per mu in industrial clusters", true),
    { name: "renewed_mu", zh: "累计改造面积", optional: true, help: { zh: "累计完成低效工业用地改造（亩）", en: "Low-efficiency land renewed so far (亩)" }, unit: "亩" },
    { name: "firms_helped", zh: "本年帮扶企业", optional: true, help: { zh: "本年帮扶提升高耗低效企业（家）", en: "High-energy low-efficiency firms helped this year" }, unit: "家" },
    { name: "energy_freed_tce", zh: "累计腾出用能", optional: true, help: { zh: "累计腾出用能（吨标准煤）", en: "Energy use freed so far (tce)" }, unit: "吨标准煤" },
    share("private_share", "民间投资占比", "Share of industrial land for private investment", true),
    date("as_of", "评价日", "Evaluation date (default today): a shortfall after 2025 is a violation", true),
    PROFILE,
  ],
  returns: { type: "boolean", help: { zh: "TRUE：已填写的指标全部达到目标", en: "TRUE: every figure given reaches its target" } },
  rules: ["NB-TARGET"],
  pinned: false,
  examples: [
    { formula: '=LAND.TARGETSMET(0.65, 60, 15000, 800, 600000, 0.8, "2025-12-31", "ningbo")', result: true, note: { zh: "均恰为目标值：以上含本数", en: "each exactly at its target: 以上 includes it" } },
    { formula: '=LAND.TARGETSMET(0.6499, , , , , , "2024-03-15", "ningbo")', result: false, note: { zh: "入园率未达 65%（2025 年前为提示）", en: "below 65% inside parks (a notice before 2025)" } },
  ],
  adapter: (args, host) => {
    const on = optionalDate(args.as_of, "as_of") ?? host.today();
    const figures = {
      parkShare: optionalDec(args.park_share, "park_share"),
      clusterTaxPerMu: optionalDec(args.cluster_tax_per_mu, "cluster_tax_per_mu"),
      renewedMu: optionalDec(args.renewed_mu, "renewed_mu"),
      firmsHelpedThisYear: optionalDec(args.firms_helped, "firms_helped"),
      energyFreedTce: optionalDec(args.energy_freed_tce, "energy_freed_tce"),
      privateShare: optionalDec(args.private_share, "private_share"),
    };
    if (Object.values(figures).every((x) => x === null))
      throw valueFault("park_share", "至少填写一项目标指标（park_share … private_share）", "give at least one target figure (park_share … private_share)");
    // Every shortfall counts, the notices before the target date included: "met" means met.
    return flagOf(regionTargetsCheck(contextFor(args.profile, host, on), figures), (findings) => findings.length === 0);
  },
});
