import type Decimal from "decimal.js";
import type { Bilingual } from "../schema";
import type { Finding } from "../engine/checks";
import { Dec, decShown, decText } from "../engine/decimal";
import type { Evaluation } from "../engine/evaluation";

/**
 * A value as the analyst reads it, in the unit of the parameter it meets: a fraction as a
 * percentage, a ratio bare, anything else with its unit; shortened (≈) by decShown, rounded by
 * `rounding` so that a finding can round away from its threshold and never look as if it met it.
 */
export function showValue(x: Dec, unit: string, rounding: Decimal.Rounding = Dec.ROUND_HALF_EVEN): string {
  if (unit === "fraction") return `${decShown(x.times(100), rounding)}%`;
  return `${decShown(x, rounding)}${unit === "ratio" ? "" : ` ${unit}`}`;
}

/** The comparison a threshold parameter makes: ≥ / > for a floor, ≤ / < for a ceiling (= when unbounded). */
function boundSign(ev: Evaluation, name: string): string {
  const p = ev.param(name);
  if (p.bound === "min") return p.inclusive ? "≥" : ">";
  if (p.bound === "max") return p.inclusive ? "≤" : "<";
  return "=";
}

/** A threshold parameter in words, e.g. `≥ 30 亩` or `≤ 20%`, from its bound and inclusiveness. */
export function thresholdText(ev: Evaluation, name: string): string {
  return `${boundSign(ev, name)} ${showValue(ev.num(name), ev.param(name).unit)}`;
}

export interface FindingSpec {
  /** The parameter the finding rests on: its citation goes on the finding. */
  param: string;
  field: string;
  value: Dec | string | number | boolean;
  /** Defaults to the parameter's threshold in words. */
  threshold?: string;
  severity: Finding["severity"];
  message: Bilingual;
}

/** A finding of the rule being evaluated, cited to the parameter it rests on, and noted in the trace. */
export function findingOf(ev: Evaluation, spec: FindingSpec): Finding {
  const p = ev.param(spec.param);
  const value = typeof spec.value === "object" ? decText(spec.value) : String(spec.value);
  const threshold = spec.threshold ?? thresholdText(ev, spec.param);
  ev.decide(`${spec.severity}: ${spec.field} = ${value} (${threshold}; ${spec.param})`);
  return {
    rule: ev.rule.id,
    citation: p.citation,
    field: spec.field,
    value,
    threshold,
    severity: spec.severity,
    message: spec.message,
  };
}
