import { requireNonNegative, type Finding } from "../engine/checks";
import { Dec, decShown, decText } from "../engine/decimal";
import { valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { choiceOf } from "./choices";
import { findingOf, showValue } from "./findings";
import { SUPERVISION_THRESHOLDS } from "../catalogue/concepts";

export type Zone = "core" | "multi" | "town";

const ZONE_WORDS: Record<string, Zone> = {
  core: "core", 开发区核心区: "core", 核心区: "core",
  multi: "multi", 一区多园: "multi", 开发区一区多园: "multi",
  town: "town", 其他镇街: "town", 镇街: "town", other: "town",
};

export function parseZone(text: unknown, argument = "zone"): Zone {
  return choiceOf(ZONE_WORDS, text, argument, { zh: "core（开发区核心区）、multi（一区多园）或 town（其他镇街）", en: "core (开发区核心区), multi (一区多园) or town (其他镇街)" });
}

function minTaxParam(zone: Zone, pilot: boolean): `minTax.${"pilot" | "other"}.${Zone}` {
  return `minTax.${pilot ? "pilot" : "other"}.${zone}`;
}

/** 增城 二(六)17: the minimum 亩均税收 for a 工改工 project by zone; pilots carry the higher line. */
export function minTaxPerMu(ctx: Context, zone: Zone, pilot: boolean): RuleResult<Dec> {
  const ev = new Evaluation(ctx, SUPERVISION_THRESHOLDS).input("zone", zone).input("pilot", pilot);
  const name = minTaxParam(zone, pilot);
  const value = ev.num(name);
  ev.decide(`${pilot ? "pilot" : "other 工改工"} in ${zone} → ${name} = ${value.toFixed()} 万元/亩 (不低于, inclusive)`);
  return ev.done(value);
}

/** 另有项目协议约定 / 专项产业政策: requirements that replace the clause's own (二(六)17, last sentence). */
export interface SupervisionOverride {
  source: "agreement" | "special-policy";
  /** The agreement or policy, e.g. its 文号. */
  reference: string;
  minFar?: Dec;
  minTaxPerMu?: Dec;
  minInvestmentPerMu?: Dec;
  minOutputPerMu?: Dec;
}

export interface SupervisionInput {
  zone: Zone;
  pilot: boolean;
  far: Dec | null;
  taxPerMu: Dec | null;
  /** Pilots: 亩均投资 and 亩均产值, 万元/亩. */
  investmentPerMu?: Dec | null;
  outputPerMu?: Dec | null;
  /** 《广州市工业用地指南（2018 年版）》 values, 万元/亩: inputs, the guide is not in the sources. */
  guideInvestmentPerMu?: Dec | null;
  guideOutputPerMu?: Dec | null;
  override?: SupervisionOverride | null;
}

interface Requirement {
  field: string;
  label: { zh: string; en: string };
  actual: Dec | null;
  /** The floor, or null when it cannot be set (a guide value missing). */
  floor: Dec | null;
  /** Whose floor it is, for the message. */
  source: string;
  param: string;
}

function overrideSource(o: SupervisionOverride): string {
  return `${o.source === "agreement" ? "项目协议约定" : "专项产业政策"} ${o.reference}`;
}

/** A requirement from the clause, or the agreement's value for it when the agreement sets one. */
function requirement(ev: Evaluation, o: SupervisionOverride | null, agreed: Dec | undefined, clause: { floor: Dec | null; source: string }): { floor: Dec | null; source: string } {
  if (o && agreed !== undefined && ev.flag("overrideByAgreement")) {
    requireNonNegative(agreed, "override");
    return { floor: agreed, source: overrideSource(o) };
  }
  return clause;
}

function guideFloor(ev: Evaluation, guide: Dec | null | undefined, argument: string): { floor: Dec | null; source: string } {
  if (guide === null || guide === undefined) return { floor: null, source: "广州市工业用地指南（2018 年版）" };
  requireNonNegative(guide, argument);
  const share = ev.num("guideShare");
  return { floor: guide.times(share), source: `${showValue(share, "fraction")} × 指南值 ${decShown(guide)}` };
}

function requirementsOf(ev: Evaluation, input: SupervisionInput): Requirement[] {
  const o = input.override ?? null;
  const taxParam = minTaxParam(input.zone, input.pilot);
  const reqs: Requirement[] = [
    { field: "far", label: { zh: "容积率", en: "FAR" }, actual: input.far, param: "minFar", ...requirement(ev, o, o?.minFar, { floor: ev.num("minFar"), source: "二(六)17" }) },
    { field: "tax_per_mu", label: { zh: "亩均税收", en: "tax per mu" }, actual: input.taxPerMu, param: taxParam, ...requirement(ev, o, o?.minTaxPerMu, { floor: ev.num(taxParam), source: "二(六)17" }) },
  ];
  // 亩均投资/亩均产值 bind pilots (70% of the guide), and any project whose agreement sets them.
  if (input.pilot || o?.minInvestmentPerMu !== undefined)
    reqs.push({ field: "investment_per_mu", label: { zh: "亩均投资", en: "investment per mu" }, actual: input.investmentPerMu ?? null, param: "guideShare", ...requirement(ev, o, o?.minInvestmentPerMu, guideFloor(ev, input.guideInvestmentPerMu, "guide_investment_per_mu")) });
  if (input.pilot || o?.minOutputPerMu !== undefined)
    reqs.push({ field: "output_per_mu", label: { zh: "亩均产值", en: "output per mu" }, actual: input.outputPerMu ?? null, param: "guideShare", ...requirement(ev, o, o?.minOutputPerMu, guideFloor(ev, input.guideOutputPerMu, "guide_output_per_mu")) });
  return reqs;
}

function requirementFinding(ev: Evaluation, r: Requirement): Finding | null {
  if (r.floor === null)
    return findingOf(ev, { param: r.param, field: r.field, value: r.actual ?? "", threshold: "指南值未给出 / guide value not given", severity: "notice", message: { zh: `未给出${r.source}中的${r.label.zh}指标值，未核对`, en: `${r.label.en}: the Guangzhou 2018 guide value was not given; not checked` } });
  if (r.actual === null)
    return findingOf(ev, { param: r.param, field: r.field, value: "", threshold: `≥ ${decShown(r.floor)}`, severity: "notice", message: { zh: `${r.label.zh}为空，未核对`, en: `${r.label.en} is blank; not checked` } });
  requireNonNegative(r.actual, r.field);
  const ok = r.actual.gte(r.floor);
  ev.decide(`${r.field} ${decText(r.actual)} ≥ ${decText(r.floor)} (${r.source}; 不低于, inclusive): ${ok ? "yes" : "no"}`);
  if (ok) return null;
  return findingOf(ev, {
    param: r.param,
    field: r.field,
    value: r.actual,
    threshold: `≥ ${decShown(r.floor)}`,
    severity: "violation",
    message: { zh: `${r.label.zh} ${decShown(r.actual, Dec.ROUND_FLOOR)} 低于监管要求 ${decShown(r.floor)}（${r.source}）`, en: `${r.label.en} ${decShown(r.actual, Dec.ROUND_FLOOR)} is below the requirement ${decShown(r.floor)} (${r.source})` },
  });
}

/**
 * 增城 二(六)17: a 工改工 project against its supervision requirements — FAR ≥ 2.0, 亩均税收 by zone
 * and pilot, and for pilots 亩均投资/产值 ≥ 70% of the Guangzhou guide; agreement values override.
 */
export function supervisionCheck(ctx: Context, input: SupervisionInput): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, SUPERVISION_THRESHOLDS)
    .input("zone", input.zone)
    .input("pilot", input.pilot)
    .input("far", input.far)
    .input("tax_per_mu", input.taxPerMu)
    .input("investment_per_mu", input.investmentPerMu)
    .input("output_per_mu", input.outputPerMu)
    .input("guide_investment_per_mu", input.guideInvestmentPerMu)
    .input("guide_output_per_mu", input.guideOutputPerMu)
    .input("override", input.override ? overrideSource(input.override) : null);
  if (input.override && !input.override.reference.trim()) throw valueError("override", "协议或专项政策须注明名称或文号", "an agreement or special policy must be named");
  const findings = requirementsOf(ev, input).map((r) => requirementFinding(ev, r));
  return ev.done(findings.filter((f): f is Finding => f !== null));
}
