import type { Profile, ResolvedRule, SourceDocument } from "../registry";
import { documentOn, paramOn } from "../registry";
import { freeTextOf, type Bilingual, type FreeText } from "./bilingual";
import { shownCitation } from "./citation";
import type { ParamData } from "../registry";
import type { Concept, FlagKey, NumKey, ParamKey, ParamShape, TextKey } from "./concept";
import { decText, type Dec } from "./decimal";
import { compareIsoDates, type IsoDate } from "./dates";
import { naError, RuleError } from "./errors";
import { isFraction, numValue } from "./values";

/** Everything a rule needs besides its inputs: which profile, and on what date. */
export interface Context {
  profile: Profile;
  asOf: IsoDate;
}

export type DocumentState = "in-force" | "draft" | "expired" | "not-yet-in-force";

export interface DocumentStatus {
  state: DocumentState;
  warning: Bilingual | null;
  /** The version of the document in force (or latest) on the date: its title, 文号 and window. */
  document: SourceDocument;
}

/** The state on a date of the document version that date picks; anything but in-force carries a warning. */
export function documentStatus(doc: SourceDocument, asOf: IsoDate): DocumentStatus {
  const document = documentOn(doc, asOf);
  const window = `${document.effective.from ?? "?"} … ${document.effective.to ?? "?"}`;
  // Named by the short title the analyst knows it by (the version's own), never its file.
  const title = `《${document.short.zh}》`;
  const name = document.short.en;
  if (document.effective.to && compareIsoDates(asOf, document.effective.to) > 0)
    return {
      state: "expired",
      document,
      warning: { zh: `${title}已于 ${document.effective.to} 失效（评价日 ${asOf}）`, en: `${name} expired on ${document.effective.to} (evaluated as of ${asOf})` },
    };
  if (document.status === "draft")
    return {
      state: "draft",
      document,
      warning: { zh: `${title}为征求意见稿，非正式施行文本`, en: `${name} is a draft for comments, not an adopted text` },
    };
  if (document.effective.from && compareIsoDates(asOf, document.effective.from) < 0)
    return {
      state: "not-yet-in-force",
      document,
      warning: { zh: `${title}自 ${document.effective.from} 起施行，评价日 ${asOf} 尚未生效`, en: `${name} takes effect on ${document.effective.from}; not yet in force on ${asOf} (window ${window})` },
    };
  return { state: "in-force", warning: null, document };
}

export interface TraceParam {
  name: string;
  value: number | string | boolean;
  unit: string;
  label: Bilingual;
  basis: "sourced" | "assumed";
  citation: string;
  /** Why an assumed value is what it is, as the profile writes it (shown through citations.ts reasonShown). */
  reason?: FreeText;
  overridden: boolean;
  /** Why the value was overridden (a derived profile's reason), when it was. */
  overrideReason?: FreeText;
  /** For a value given by date: the day it took effect, and the day the next one does (null: still in force). */
  from?: string;
  to?: string | null;
}

/** Why a result is what it is: rule, clause, parameters used, the deciding boundary, the profile's standing. */
export interface Trace {
  rule: string;
  clause: string;
  /** `source-file clause`, e.g. `wenzhou-2020-53.txt 三(四)10`: for tests and audit, never shown. */
  citation: string;
  /** What the analyst reads: the short title of the document version in force and the clause (engine/citation.ts). */
  shown: Bilingual;
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

/** A parameter's value in force on the date, as text (a dated one's latest may not be); "—" before its first. */
function valueOn(p: ParamData, asOf: IsoDate): string {
  const on = paramOn(p, asOf);
  return on ? String(on.param.value) : "—";
}

/** Why an override stands on the date: a dated value's own reason, else the override's (or its profile's). */
function reasonOn(o: Profile["overrides"][number], asOf: IsoDate): FreeText {
  return paramOn(o.to, asOf)?.param.reason ?? o.reason;
}

function showInput(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && v !== null && "toFixed" in v) return decText(v as Dec);
  return String(v);
}

/**
 * One application of one rule of a profile. `new Evaluation(ctx, CONCEPT)` finds the rule of
 * the profile that implements the concept (declared in the data) and types the parameter names
 * by the concept's declaration, so `ev.num("aShare")` is checked by the compiler. Reading a
 * parameter records it in the trace (with the date its value took effect, when it is dated),
 * so a trace lists exactly the values that were used.
 */
// The default (`Evaluation` with no shape: helpers that take any rule's evaluation) reads
// parameters by any name; `any` keeps every concept's evaluation assignable to it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export class Evaluation<S extends ParamShape = any> {
  readonly rule: ResolvedRule;
  private readonly params: TraceParam[] = [];
  private readonly inputs: Record<string, string> = {};
  private readonly steps: string[] = [];
  private readonly warnings: Bilingual[] = [];

  constructor(
    readonly ctx: Context,
    concept: Concept<S>,
  ) {
    this.rule = ruleByConcept(ctx.profile, concept);
    const own = documentStatus(ctx.profile.document, ctx.asOf);
    if (own.warning) this.warnings.push(own.warning);
    if (this.rule.document.profileId !== ctx.profile.document.profileId) {
      const other = documentStatus(this.rule.document, ctx.asOf);
      if (other.warning) this.warnings.push(other.warning);
    }
    if (ctx.profile.derivedFrom) {
      // This rule's own overrides are named, with their labels and reasons; the others are counted.
      const mine = ctx.profile.overrides.filter((o) => o.path.startsWith(`${this.rule.id}.`));
      const listed = (lang: "zh" | "en") => mine.map((o) => `${o.to.label[lang]} ${valueOn(o.from, ctx.asOf)} → ${valueOn(o.to, ctx.asOf)}（${freeTextOf(reasonOn(o, ctx.asOf))[lang]}）`).join(lang === "zh" ? "；" : "; ");
      this.warnings.push({
        zh: `派生配置 ${ctx.profile.id}（基于 ${ctx.profile.derivedFrom}），已覆盖 ${ctx.profile.overrides.length} 项取值${mine.length ? `；本规则：${listed("zh")}` : ""}`,
        en: `derived profile ${ctx.profile.id} (from ${ctx.profile.derivedFrom}) with ${ctx.profile.overrides.length} overridden value(s)${mine.length ? `; in this rule: ${listed("en").replaceAll("（", " (").replaceAll("）", ")")}` : ""}`,
      });
    }
  }

  /** The parameter as it stands on the as-of date (a dated one: the value in force), recorded in the trace. */
  param(name: ParamKey<S>): ParamData {
    const stored = Object.hasOwn(this.rule.params, name) ? this.rule.params[name] : undefined;
    if (!stored)
      throw new RuleError(
        "na",
        null,
        `政策配置 ${this.ctx.profile.id} 的 ${this.rule.id} 缺少参数 ${name}`,
        `profile ${this.ctx.profile.id} has no parameter ${name} in ${this.rule.id}`,
      );
    const on = paramOn(stored, this.ctx.asOf);
    if (!on)
      throw naError(
        `政策配置 ${this.ctx.profile.id} 的 ${this.rule.id}.${name} 在 ${this.ctx.asOf} 尚无施行的取值（最早自 ${stored.values![0]!.from}）`,
        `${this.rule.id}.${name} of profile ${this.ctx.profile.id} has no value in force on ${this.ctx.asOf} (the first takes effect on ${stored.values![0]!.from})`,
      );
    const p = on.param;
    if (!this.params.some((t) => t.name === name)) {
      const override = this.ctx.profile.overrides.findLast((o) => o.path === `${this.rule.id}.${name}`);
      this.params.push({
        name,
        value: p.value,
        unit: p.unit,
        label: p.label,
        basis: p.basis,
        citation: p.citation,
        ...(p.reason ? { reason: p.reason } : {}),
        overridden: override !== undefined,
        ...(override ? { overrideReason: override.reason } : {}),
        ...(on.from ? { from: on.from, to: on.to } : {}),
      });
      if (on.from) this.decide(`${name} = ${String(p.value)} ${p.unit}, in force from ${on.from}${on.to ? ` until ${on.to}` : ""} (${p.citation})`);
    }
    return p;
  }

  has(name: ParamKey<S>): boolean {
    return Object.hasOwn(this.rule.params, name);
  }

  /** A numeric parameter; text such as "1/3" is an exact fraction (三分之一 is not a double). */
  num(name: NumKey<S>): Dec {
    const v = this.param(name).value;
    if (typeof v === "number" || isFraction(v)) return numValue(v);
    throw new Error(`${this.rule.id}.${name} is not a number in profile ${this.ctx.profile.id}`);
  }

  text(name: TextKey<S>): string {
    return String(this.param(name).value);
  }

  flag(name: FlagKey<S>): boolean {
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
  meets(name: NumKey<S>, x: Dec, what: string): boolean {
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
        citation: `${documentOn(r.document, this.ctx.asOf).source} ${r.clause}`,
        shown: shownCitation(documentOn(r.document, this.ctx.asOf), r.clause),
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

/** The rule of the profile that implements the concept, or #N/A naming the profile and what it lacks. */
export function ruleByConcept(profile: Profile, concept: Concept): ResolvedRule {
  const r = profile.concepts.get(concept.id);
  if (r) return r;
  const ids = profile.knownRules?.get(concept.id)?.join(" / ");
  throw naError(
    `政策配置 ${profile.id}（${profile.names.short}）没有${concept.topic.zh}规则${ids ? `（${ids}）` : ""}`,
    `profile ${profile.id} has no ${concept.topic.en} rule (${ids ? `${ids}; ` : ""}concept ${concept.id})`,
  );
}
