import type { Profile, ResolvedRule, SourceDocument } from "../registry";
import { ruleOf } from "../registry";
import type { Bilingual, ParamData } from "../schema";
import { dec, decText, type Dec } from "./decimal";
import type { IsoDate } from "./dates";
import { RuleError } from "./errors";

/** Everything a rule needs besides its inputs: which profile, and on what date. */
export interface Context {
  profile: Profile;
  asOf: IsoDate;
}

export type DocumentState = "in-force" | "draft" | "expired" | "not-yet-in-force";

export interface DocumentStatus {
  state: DocumentState;
  warning: Bilingual | null;
}

/** The state of a document on a date; anything but in-force carries a warning. */
export function documentStatus(doc: SourceDocument, asOf: IsoDate): DocumentStatus {
  const window = `${doc.effective.from ?? "?"} … ${doc.effective.to ?? "?"}`;
  if (doc.effective.to && asOf > doc.effective.to)
    return {
      state: "expired",
      warning: { zh: `${doc.title}已于 ${doc.effective.to} 失效（评价日 ${asOf}）`, en: `${doc.source} expired on ${doc.effective.to} (evaluated as of ${asOf})` },
    };
  if (doc.status === "draft")
    return {
      state: "draft",
      warning: { zh: `${doc.title}为征求意见稿，非正式施行文本`, en: `${doc.source} is a draft for comments, not an adopted text` },
    };
  if (doc.effective.from && asOf < doc.effective.from)
    return {
      state: "not-yet-in-force",
      warning: { zh: `${doc.title}自 ${doc.effective.from} 起施行，评价日 ${asOf} 尚未生效`, en: `${doc.source} takes effect on ${doc.effective.from}; not yet in force on ${asOf} (window ${window})` },
    };
  return { state: "in-force", warning: null };
}

export interface TraceParam {
  name: string;
  value: number | string | boolean;
  unit: string;
  label: Bilingual;
  basis: "sourced" | "assumed";
  citation: string;
  reason?: string;
  overridden: boolean;
}

/** Why a result is what it is: rule, clause, parameters used, the deciding boundary, the profile's standing. */
export interface Trace {
  rule: string;
  clause: string;
  /** `source-file clause`, e.g. `wenzhou-2020-53.txt 三(四)10`. */
  citation: string;
  title: Bilingual;
  profile: { id: string; name: string; state: DocumentState; asOf: IsoDate; derivedFrom: string | null };
  params: TraceParam[];
  inputs: Record<string, string>;
  /** The comparisons and steps that decided, in order. */
  decidedBy: string[];
  warnings: Bilingual[];
}

export interface RuleResult<T> {
  value: T;
  trace: Trace;
}

function showInput(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && v !== null && "toFixed" in v) return decText(v as Dec);
  return String(v);
}

/**
 * One application of one rule of a profile. Reading a parameter records it in the trace, so
 * a trace lists exactly the values that were used.
 */
export class Evaluation {
  readonly rule: ResolvedRule;
  private readonly params: TraceParam[] = [];
  private readonly inputs: Record<string, string> = {};
  private readonly steps: string[] = [];
  private readonly warnings: Bilingual[] = [];

  constructor(
    readonly ctx: Context,
    candidates: readonly string[],
    topic: Bilingual,
  ) {
    this.rule = ruleOf(ctx.profile, candidates, topic);
    const own = documentStatus(ctx.profile.document, ctx.asOf);
    if (own.warning) this.warnings.push(own.warning);
    if (this.rule.document.profileId !== ctx.profile.document.profileId) {
      const other = documentStatus(this.rule.document, ctx.asOf);
      if (other.warning) this.warnings.push(other.warning);
    }
    if (ctx.profile.derivedFrom)
      this.warnings.push({
        zh: `派生配置 ${ctx.profile.id}（基于 ${ctx.profile.derivedFrom}），已覆盖 ${ctx.profile.overrides.length} 项取值`,
        en: `derived profile ${ctx.profile.id} (from ${ctx.profile.derivedFrom}) with ${ctx.profile.overrides.length} overridden value(s)`,
      });
  }

  param(name: string): ParamData {
    const p = this.rule.params[name];
    if (!p)
      throw new RuleError(
        "na",
        null,
        `政策配置 ${this.ctx.profile.id} 的 ${this.rule.id} 缺少参数 ${name}`,
        `profile ${this.ctx.profile.id} has no parameter ${name} in ${this.rule.id}`,
      );
    if (!this.params.some((t) => t.name === name))
      this.params.push({
        name,
        value: p.value,
        unit: p.unit,
        label: p.label,
        basis: p.basis,
        citation: p.citation,
        ...(p.reason ? { reason: p.reason } : {}),
        overridden: this.ctx.profile.overrides.some((o) => o.path === `${this.rule.id}.${name}`),
      });
    return p;
  }

  has(name: string): boolean {
    return name in this.rule.params;
  }

  /** A numeric parameter; text such as "1/3" is an exact fraction (三分之一 is not a double). */
  num(name: string): Dec {
    const v = this.param(name).value;
    if (typeof v === "number") return dec(v);
    const fraction = typeof v === "string" ? /^(\d+)\/(\d+)$/.exec(v) : null;
    if (!fraction) throw new Error(`${this.rule.id}.${name} is not a number in profile ${this.ctx.profile.id}`);
    return dec(fraction[1]!).div(fraction[2]!);
  }

  text(name: string): string {
    return String(this.param(name).value);
  }

  flag(name: string): boolean {
    const v = this.param(name).value;
    if (typeof v !== "boolean") throw new Error(`${this.rule.id}.${name} is not a flag in profile ${this.ctx.profile.id}`);
    return v;
  }

  input(name: string, value: unknown): this {
    this.inputs[name] = showInput(value);
    return this;
  }

  decide(step: string): this {
    this.steps.push(step);
    return this;
  }

  warn(w: Bilingual): this {
    this.warnings.push(w);
    return this;
  }

  /**
   * Whether `x` satisfies the threshold parameter `name`, honouring its bound and whether the
   * boundary is inclusive (以上/以下/不低于 include it; 超过/不足/低于 do not). Records the comparison.
   */
  meets(name: string, x: Dec, what: string): boolean {
    const p = this.param(name);
    const limit = this.num(name);
    if (!p.bound || p.inclusive === undefined) throw new Error(`${this.rule.id}.${name} is not a threshold`);
    const ok =
      p.bound === "min" ? (p.inclusive ? x.gte(limit) : x.gt(limit)) : p.inclusive ? x.lte(limit) : x.lt(limit);
    const op = p.bound === "min" ? (p.inclusive ? "≥" : ">") : p.inclusive ? "≤" : "<";
    this.decide(`${what} ${decText(x)} ${op} ${decText(limit)} ${p.unit} (${name}): ${ok ? "yes" : "no"}`);
    return ok;
  }

  done<T>(value: T): RuleResult<T> {
    const r = this.rule;
    return {
      value,
      trace: {
        rule: r.id,
        clause: r.clause,
        citation: `${r.document.source} ${r.clause}`,
        title: r.title,
        profile: {
          id: this.ctx.profile.id,
          name: this.ctx.profile.names.zh,
          state: documentStatus(this.ctx.profile.document, this.ctx.asOf).state,
          asOf: this.ctx.asOf,
          derivedFrom: this.ctx.profile.derivedFrom,
        },
        params: [...this.params],
        inputs: { ...this.inputs },
        decidedBy: [...this.steps],
        warnings: [...this.warnings],
      },
    };
  }
}
