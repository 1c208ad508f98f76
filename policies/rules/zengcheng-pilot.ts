import { requireNonNegative } from "../engine/checks";
import { Dec, decShown, decSum, decText } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import { PILOT_PROJECT } from "../catalogue/concepts";

export interface PilotInput {
  /** The parcels' areas, 亩 (含多宗用地合并: merged parcels are summed). */
  parcelsMu: readonly Dec[];
  /** Whether the parcels form one contiguous area (a single parcel always does). */
  contiguous: boolean;
  /** 《项目投入产出监管协议》 signed to the pilot requirements. */
  agreementSigned: boolean;
}

export interface PilotDecision {
  pilot: boolean;
  totalMu: Dec;
  reason: Bilingual;
}

/** 增城 二(五)13: contiguous 50 亩以上 (merged parcels summed) with a signed supervision agreement → 工改工 pilot. */
export function pilotProject(ctx: Context, input: PilotInput): RuleResult<PilotDecision> {
  const ev = new Evaluation(ctx, PILOT_PROJECT)
    .input("parcels_mu", input.parcelsMu.map(decText).join(" + "))
    .input("contiguous", input.contiguous)
    .input("agreement_signed", input.agreementSigned);
  if (input.parcelsMu.length === 0) throw valueError("parcels_mu", "至少需要一宗用地面积", "at least one parcel area is needed");
  input.parcelsMu.forEach((a, i) => requireNonNegative(a, `parcels_mu[${i + 1}]`));
  const totalMu = decSum(input.parcelsMu);
  const no = (zh: string, en: string) => ev.done<PilotDecision>({ pilot: false, totalMu, reason: { zh, en } });
  if (input.parcelsMu.length > 1 && !input.contiguous) {
    ev.decide("parcels not contiguous: they cannot be merged");
    return no("多宗用地不连片，不能合并计算面积", "the parcels are not contiguous and cannot be merged");
  }
  if (!ev.meets("minContiguousMu", totalMu, "contiguous area")) return no(`连片面积 ${decShown(totalMu, Dec.ROUND_FLOOR)} 亩不足 50 亩`, `contiguous area ${decShown(totalMu, Dec.ROUND_FLOOR)} 亩 is under 50 亩`);
  if (ev.flag("agreementRequired") && !input.agreementSigned) {
    ev.decide("no signed 《项目投入产出监管协议》");
    return no("未按试点监管要求签订《项目投入产出监管协议》", "no supervision agreement signed to the pilot requirements");
  }
  const citation = ev.param("minContiguousMu").citation;
  return ev.done({ pilot: true, totalMu, reason: { zh: `连片 ${decShown(totalMu)} 亩（50 亩以上）且已签订监管协议，直接纳入试点（${citation}）`, en: `contiguous ${decShown(totalMu)} 亩 (≥ 50) with a signed agreement → pilot (${citation})` } });
}
