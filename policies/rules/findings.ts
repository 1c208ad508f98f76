import type { Bilingual } from "../schema";
import type { Finding } from "../engine/checks";
import { decText, type Dec } from "../engine/decimal";
import type { Evaluation } from "../engine/evaluation";

/** A threshold parameter in words, e.g. `≥ 30 亩` or `≤ 20%`, from its bound and inclusiveness. */
export function thresholdText(ev: Evaluation, name: string): string {
  const p = ev.param(name);
  const op = p.bound === "min" ? (p.inclusive ? "≥" : ">") : p.bound === "max" ? (p.inclusive ? "≤" : "<") : "=";
  const limit = ev.num(name);
  return p.unit === "fraction" ? `${op} ${decText(limit.times(100))}%` : `${op} ${decText(limit)} ${p.unit}`;
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
  ev.decide(`${spec.severity}: ${spec.field} = ${value} (${spec.param})`);
  return {
    rule: ev.rule.id,
    citation: p.citation,
    field: spec.field,
    value,
    threshold: spec.threshold ?? thresholdText(ev, spec.param),
    severity: spec.severity,
    message: spec.message,
  };
}
