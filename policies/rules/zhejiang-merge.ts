import { requirePositive, type Finding } from "../engine/checks";
import { decSum, type Dec } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { shareOf, thresholdFindings } from "./land-shares";
import { SCATTERED_PARCEL_MERGE } from "../catalogue/concepts";

export interface ScatteredParcelsInput {
  /** Each scattered parcel's land area, 亩. */
  parcelsMu: readonly Dec[];
  /** 再开发项目用地总面积, 亩: the whole redevelopment project, the scattered parcels included. */
  projectAreaMu: Dec;
}

/**
 * 浙江 三(三): scattered parcels may join an adjacent redevelopment when each is ≤ 3 亩 and
 * together they are ≤ 10% of the project's total land (不超过 includes the number).
 */
export function scatteredParcelMergeCheck(ctx: Context, input: ScatteredParcelsInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, SCATTERED_PARCEL_MERGE).input(
    "project_area_mu",
    input.projectAreaMu,
  );
  if (input.parcelsMu.length === 0) throw valueError("parcels_mu", "至少需要一宗零星用地", "at least one scattered parcel is needed");
  const findings = input.parcelsMu.flatMap((area, i) => {
    ev.input(`parcels_mu[${i}]`, area);
    requirePositive(area, `parcels_mu[${i}]`);
    return thresholdFindings(ev, "maxParcelMu", area, `parcels_mu[${i}]`, { zh: `第 ${i + 1} 宗零星用地面积`, en: `parcel ${i + 1} area` });
  });
  const total = decSum(input.parcelsMu);
  const share = shareOf(total, input.projectAreaMu, "parcels_mu", "project_area_mu");
  ev.decide(`Σ parcels = ${total.toFixed()} 亩 of ${input.projectAreaMu.toFixed()} 亩`);
  findings.push(...thresholdFindings(ev, "maxTotalShare", share, "parcels_share", { zh: "零星用地累计占再开发项目用地总面积", en: "scattered parcels' share of the project land" }));
  return ev.done(findings);
}
