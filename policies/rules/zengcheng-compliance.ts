import { requireNonNegative, requirePositive, type Finding } from "../engine/checks";
import { dec, Dec, decShown, decSum, decText } from "../engine/decimal";
import { numError, valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { choiceOf } from "./choices";
import { findingOf } from "./findings";
import { RECTIFICATION } from "../catalogue/concepts";

/** 二(四)9: 有明确约定 / 有预期约定（预计、达产后等）/ 无约定. */
export type AgreementKind = "explicit" | "expected" | "none";

const AGREEMENT_WORDS: Record<string, AgreementKind> = {
  explicit: "explicit", 明确约定: "explicit", 有明确约定: "explicit",
  expected: "expected", 预期约定: "expected", 有预期约定: "expected",
  none: "none", 无约定: "none", 无明确约定: "none",
};

export function parseAgreementKind(text: unknown, argument = "agreement"): AgreementKind {
  return choiceOf(AGREEMENT_WORDS, text, argument, { zh: "explicit（有明确约定）、expected（有预期约定）或 none（无约定）", en: "explicit, expected or none" });
}

export interface LoweredRequirement {
  /** The lowered requirement for this year, in the unit of the one it replaces. */
  requirement: Dec;
  /** The approval on file (二(四)11: 企业申请、区行业主管部门核实认可), e.g. its 文号. */
  approval: string;
}

export interface ComplianceInput {
  agreement: AgreementKind;
  /** explicit / expected: the year's actual output and the agreed output (same unit). */
  actualOutput?: Dec | null;
  agreedOutput?: Dec | null;
  /** none: the land output rates of the latest statistical years (at most 3) and the guide value, same unit. */
  recentOutputRates?: readonly Dec[];
  /** 《广州市工业用地指南（2018 年版）》 output-rate value: an input, the guide is not in the sources. */
  guideOutputRate?: Dec | null;
  watchListed: boolean;
  /** 二(四)11: a documented, approved lowered requirement for the year. */
  lowered?: LoweredRequirement | null;
}

function applyLowering(ev: Evaluation, original: Dec, lowered: LoweredRequirement | null | undefined, findings: Finding[]): Dec {
  if (!lowered) return original;
  if (!lowered.approval.trim()) throw valueError("lowered", "调低监管要求须注明核实认可文件", "a lowered requirement must name its approval");
  requireNonNegative(lowered.requirement, "lowered");
  if (lowered.requirement.gt(original))
    throw numError("lowered", `调低后的要求 ${decShown(lowered.requirement)} 高于原要求 ${decShown(original)}`, `the lowered requirement ${decShown(lowered.requirement)} exceeds the original ${decShown(original)}`);
  if (!ev.flag("loweredRequirementAllowed")) return original;
  findings.push(
    findingOf(ev, {
      param: "loweredRequirementAllowed",
      field: "requirement",
      value: lowered.requirement,
      threshold: `原要求 ${decShown(original)}`,
      severity: "notice",
      message: { zh: `按 ${lowered.approval} 调低当年监管要求：${decShown(original)} → ${decShown(lowered.requirement)}`, en: `year's requirement lowered under ${lowered.approval}: ${decShown(original)} → ${decShown(lowered.requirement)}` },
    }),
  );
  return lowered.requirement;
}

/** 二(四)10 explicit / expected: actual ÷ agreed must reach 80% / 50% (未达到 → below). */
function agreedOutputFinding(ev: Evaluation, input: ComplianceInput, findings: Finding[]): void {
  const param = input.agreement === "explicit" ? "explicitMinShare" : "expectedMinShare";
  if (input.actualOutput == null) throw valueError("actual_output", "有约定的项目须给出实际产出", "an agreed project needs its actual output");
  if (input.agreedOutput == null) throw valueError("agreed_output", "有约定的项目须给出约定产出", "an agreed project needs its agreed output");
  const actual = requireNonNegative(input.actualOutput, "actual_output");
  const agreed = applyLowering(ev, requirePositive(input.agreedOutput, "agreed_output"), input.lowered, findings);
  const ratio = agreed.isZero() ? null : actual.div(agreed);
  if (ratio === null || ev.meets(param, ratio, "actual ÷ agreed output")) return;
  const share = decText(ev.num(param).times(100));
  findings.push(
    findingOf(ev, {
      param,
      field: "output",
      value: actual,
      threshold: `≥ ${share}% × ${decShown(agreed)}`,
      severity: "violation",
      message: {
        zh: `实际产出 ${decShown(actual, Dec.ROUND_FLOOR)} 未达到${input.agreement === "explicit" ? "约定" : "预期约定"}产出 ${decShown(agreed)} 的 ${share}%（${decShown(ratio.times(100), Dec.ROUND_FLOOR)}%），须整改`,
        en: `actual output ${decShown(actual, Dec.ROUND_FLOOR)} is below ${share}% of the ${input.agreement} agreed output ${decShown(agreed)} (${decShown(ratio.times(100), Dec.ROUND_FLOOR)}%): rectification required`,
      },
    }),
  );
}

/** 二(四)10 no agreement: the latest-3-year average land output rate below the Guangzhou guide value. */
function guideRateFinding(ev: Evaluation, input: ComplianceInput, findings: Finding[]): void {
  const rates = input.recentOutputRates ?? [];
  if (rates.length === 0) throw valueError("recent_output_rates", "无约定的项目须给出最近统计年度的土地产出率", "a project without agreement needs its recent land output rates");
  if (!ev.meets("noAgreementYears", dec(rates.length), "years averaged"))
    throw valueError("recent_output_rates", `最多取最近 ${decShown(ev.num("noAgreementYears"))} 个统计年度`, `at most the latest ${decShown(ev.num("noAgreementYears"))} statistical years`);
  rates.forEach((r, i) => requireNonNegative(r, `recent_output_rates[${i + 1}]`));
  if (input.guideOutputRate == null) throw valueError("guide_output_rate", "须给出《广州市工业用地指南（2018 年版）》土地产出率指标值", "the Guangzhou 2018 guide output-rate value is needed");
  const guide = applyLowering(ev, requirePositive(input.guideOutputRate, "guide_output_rate"), input.lowered, findings);
  const average = decSum(rates).div(rates.length);
  const years = ev.num("noAgreementYears").toNumber();
  if (rates.length < years)
    findings.push(
      findingOf(ev, {
        param: "noAgreementYears",
        field: "recent_output_rates",
        value: rates.length,
        severity: "notice",
        message: { zh: `仅有 ${rates.length} 个统计年度，均值按已有年度计算`, en: `only ${rates.length} statistical year(s); the average uses those` },
      }),
    );
  if (guide.isZero() || ev.meets("noAgreementMinShareOfGuide", average.div(guide), "average ÷ guide output rate")) return;
  findings.push(
    findingOf(ev, {
      param: "noAgreementMinShareOfGuide",
      field: "output_rate",
      value: average,
      threshold: `≥ ${decShown(guide)}`,
      severity: "violation",
      message: {
        zh: `最近 ${rates.length} 个统计年度土地产出率均值 ${decShown(average, Dec.ROUND_FLOOR)} 低于指南指标值 ${decShown(guide)}，须整改`,
        en: `the ${rates.length}-year average land output rate ${decShown(average, Dec.ROUND_FLOOR)} is below the guide value ${decShown(guide)}: rectification required`,
      },
    }),
  );
}

/**
 * 增城 二(四)10–11: the rectification findings for one project. Any violation means
 * rectification is required; notices record a lowered requirement or a short average.
 */
export function rectificationCheck(ctx: Context, input: ComplianceInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, RECTIFICATION)
    .input("agreement", input.agreement)
    .input("actual_output", input.actualOutput)
    .input("agreed_output", input.agreedOutput)
    .input("recent_output_rates", (input.recentOutputRates ?? []).map(decText).join(", "))
    .input("guide_output_rate", input.guideOutputRate)
    .input("watch_listed", input.watchListed)
    .input("lowered", input.lowered ? `${decText(input.lowered.requirement)} (${input.lowered.approval})` : null);
  const findings: Finding[] = [];
  if (input.agreement === "none") guideRateFinding(ev, input, findings);
  else agreedOutputFinding(ev, input, findings);
  if (input.watchListed && ev.flag("watchListRectify"))
    findings.push(
      findingOf(ev, {
        param: "watchListRectify",
        field: "watch_list",
        value: true,
        threshold: "未列入 / not listed",
        severity: "violation",
        message: { zh: "列入“重点关注项目名单”，须整改", en: "on the 重点关注 (watch) list: rectification required" },
      }),
    );
  ev.decide(`rectification required: ${findings.some((f) => f.severity === "violation") ? "yes" : "no"}`);
  return ev.done(findings);
}
