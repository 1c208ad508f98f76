import type { Bilingual, FreeText } from "./engine/bilingual";
import { domainsOf, isOptional, valueIssue, type Concept, type ConceptTable } from "./engine/concept";
import { registerDocument } from "./engine/citation";
import { compareIsoDates } from "./engine/dates";
import { valueError } from "./engine/errors";
import type { DatedValueData, DerivedProfileData, DocumentData, OverrideData, ParamFileData, ProfileData, ProfileFileData } from "./schema";
import type { EvaluationData } from "./schemes/schema";

// Validated profile data → resolved profiles (issue 7). No file schema here: the build and the
// Node loader validate files (schema.ts); this module resolves them (includes, derived
// profiles after their base, document versions, dated values) and checks every value against
// its concept's domain, which is small enough for the browser bundle and is what a what-if
// made at runtime must pass.

export interface SourceDocument {
  profileId: string;
  title: string;
  /** The short title the analyst reads beside a clause (policies/citations.ts). */
  short: Bilingual;
  /** Which text this is when the profile carries several versions. */
  version?: Bilingual;
  number: string | null;
  issuer: string;
  source: string;
  status: "draft" | "in-force";
  effective: { from: string | null; to: string | null };
  note?: FreeText;
  /** Every version of the document, oldest first (the as-of date picks one: documentOn). */
  versions?: readonly SourceDocument[];
}

/** One value of a dated parameter, in force from `from` until the next one's `from`. */
export interface DatedValue {
  from: string;
  value: number | string | boolean;
  citation: string;
  quote?: string;
  basis: "sourced" | "assumed";
  reason?: FreeText;
}

/** A resolved parameter. A dated one shows its latest value in `value`; evaluation reads the value in force (paramOn). */
export interface ParamData {
  value: number | string | boolean;
  unit: string;
  label: Bilingual;
  basis: "sourced" | "assumed";
  citation: string;
  quote?: string;
  /** Why an assumed value is what it is, as the file writes it (`{ zh, en }`); shown through citations.ts reasonShown. */
  reason?: FreeText;
  bound?: "min" | "max";
  inclusive?: boolean;
  editable?: boolean;
  values?: readonly DatedValue[];
}

export interface ResolvedRule {
  id: string;
  clause: string;
  title: Bilingual;
  kind: "computed" | "checked";
  /** The concepts the rule implements ("tier-quotas", "idle-fee", …). */
  concepts: readonly string[];
  params: Readonly<Record<string, ParamData>>;
  /** The document the rule comes from (an included rule keeps its own document). */
  document: SourceDocument;
}

export interface Override {
  path: string;
  from: ParamData;
  to: ParamData;
  reason: FreeText;
}

export interface Profile {
  id: string;
  names: { zh: string; en: string; short: string; aliases: string[] };
  /** Where the picker, the CLI list and the help show it; null: not listed. */
  listed: { order: number } | null;
  document: SourceDocument;
  rules: ReadonlyMap<string, ResolvedRule>;
  /** concept id → the rule that implements it (the profile's own document before an included one). */
  concepts: ReadonlyMap<string, ResolvedRule>;
  /** Set on a derived (what-if / county) profile. */
  derivedFrom: string | null;
  overrides: readonly Override[];
  /** Why a derived profile differs from its base. */
  reason?: FreeText;
  /** 亩均 evaluation schemes (policies/schemes), when the profile has them. */
  evaluation?: EvaluationData;
  /** concept id → the rule ids that implement it in the profiles of this registry (for a "no such rule" message). */
  knownRules?: ReadonlyMap<string, readonly string[]>;
}

export interface ProfileIssue {
  path: string;
  message: string;
}

/** A profile that failed validation; nothing of it was loaded. */
export class ProfileError extends Error {
  constructor(
    readonly profile: string,
    readonly issues: ProfileIssue[],
  ) {
    super(`profile ${profile} rejected: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "ProfileError";
  }
}

const nullProto = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

// ── Values by date and document versions ──

/** The parameter as it stands on a date: the dated value in force (null when none is yet), or the single value. */
export function paramOn(p: ParamData, asOf: string): { param: ParamData; from: string | null; to: string | null } | null {
  if (!p.values) return { param: p, from: null, to: null };
  let k = -1;
  for (let i = 0; i < p.values.length; i++) if (compareIsoDates(p.values[i]!.from, asOf) <= 0) k = i;
  if (k < 0) return null;
  const v = p.values[k]!;
  const { values: _all, quote: _q, reason: _r, ...fixed } = p;
  const param: ParamData = { ...fixed, value: v.value, citation: v.citation, basis: v.basis, ...(v.quote ? { quote: v.quote } : {}), ...(v.reason ? { reason: v.reason } : {}) };
  return { param, from: v.from, to: p.values[k + 1]?.from ?? null };
}

function inWindow(d: SourceDocument, asOf: string): boolean {
  return (!d.effective.from || compareIsoDates(d.effective.from, asOf) <= 0) && (!d.effective.to || compareIsoDates(asOf, d.effective.to) <= 0);
}

const fromOf = (d: SourceDocument) => d.effective.from ?? "1900-01-01";

/**
 * The version of a document on a date: of the versions whose window holds the date, the one
 * that took effect last (an adopted text over the open-ended draft); else the last one that
 * ended before the date (expired), else the first (not yet in force).
 */
export function documentOn(doc: SourceDocument, asOf: string): SourceDocument {
  const versions = doc.versions ?? [doc];
  // A version is superseded once a later one takes effect (a draft does not return when the adopted text expires).
  const supersededOn = (i: number): string | null => versions.slice(i + 1).find((v) => v.effective.from)?.effective.from ?? null;
  const holding = versions.filter((v, i) => inWindow(v, asOf) && !(supersededOn(i) && compareIsoDates(asOf, supersededOn(i)!) >= 0));
  if (holding.length > 0) return holding[holding.length - 1]!;
  const ended = versions.filter((v) => v.effective.to && compareIsoDates(v.effective.to, asOf) < 0);
  if (ended.length > 0) return ended.reduce((a, b) => (compareIsoDates(b.effective.to!, a.effective.to!) >= 0 ? b : a));
  const started = versions.filter((v) => !v.effective.from || compareIsoDates(v.effective.from, asOf) <= 0);
  return started[started.length - 1] ?? versions[0]!;
}

function documentOf(profileId: string, document: DocumentData | readonly DocumentData[]): SourceDocument {
  const list = Array.isArray(document) ? document : [document as DocumentData];
  const versions: SourceDocument[] = list.map((d) => ({ profileId, ...d }));
  for (const v of versions) registerDocument(v);
  if (versions.length === 1) return versions[0]!;
  // The latest version stands for the document where no date is given; every one keeps the list.
  const sorted = [...versions].sort((a, b) => compareIsoDates(fromOf(a), fromOf(b)));
  for (const v of sorted) v.versions = sorted;
  return sorted[sorted.length - 1]!;
}

// ── Parameters and their concept domains ──

function datedOf(v: DatedValueData, basis: "sourced" | "assumed"): DatedValue {
  return { from: v.from, value: v.value, citation: v.citation, basis: v.basis ?? basis, ...(v.quote ? { quote: v.quote } : {}), ...(v.reason ? { reason: v.reason } : {}) };
}

function resolveParam(p: ParamFileData): ParamData {
  const { value, values, citation, ...rest } = p;
  if (!values) return { ...rest, value: value!, citation: citation! };
  const dated = values.map((v) => datedOf(v, p.basis));
  const last = dated[dated.length - 1]!;
  return { ...rest, value: last.value, citation: citation ?? last.citation, values: dated };
}

function conceptsOf(ids: readonly string[], table: ConceptTable, path: string, issues: ProfileIssue[]): Concept[] {
  const out: Concept[] = [];
  for (const id of ids) {
    const c = table.get(id);
    if (c) out.push(c);
    else issues.push({ path: `${path}.concept`, message: `no concept "${id}" (known: ${[...table.keys()].join(", ")})` });
  }
  return out;
}

/** Every value of every parameter against its concept's domain; missing required and unknown names too. */
function checkParams(params: Readonly<Record<string, ParamData>>, concepts: readonly Concept[], path: string, issues: ProfileIssue[], partial = false): void {
  if (concepts.length === 0) return;
  const domains = domainsOf(concepts);
  const named = concepts.map((c) => c.id).join(", ");
  for (const [name, p] of Object.entries(params)) {
    const domain = domains[name];
    if (!domain) {
      issues.push({ path: `${path}.params.${name}`, message: `the rule (concept ${named}) has no parameter ${name}` });
      continue;
    }
    const values = p.values ? p.values.map((v, i) => [`values.${i}.value`, v.value] as const) : [["value", p.value] as const];
    for (const [where, v] of values) {
      const problem = valueIssue(domain, v);
      if (problem) issues.push({ path: `${path}.params.${name}.${where}`, message: problem });
    }
  }
  if (!partial)
    for (const [name, domain] of Object.entries(domains))
      if (!Object.hasOwn(params, name) && !isOptional(domain)) issues.push({ path: `${path}.params.${name}`, message: `missing parameter ${name} (concept ${named})` });
}

function conceptIndex(profileId: string, rules: ReadonlyMap<string, ResolvedRule>, ownDocument: string, issues: ProfileIssue[]): Map<string, ResolvedRule> {
  const index = new Map<string, ResolvedRule>();
  const own = [...rules.values()].filter((r) => r.document.profileId === ownDocument);
  const included = [...rules.values()].filter((r) => r.document.profileId !== ownDocument);
  for (const r of own)
    for (const c of r.concepts) {
      const other = index.get(c);
      if (other) issues.push({ path: `${profileId}.rules.${r.id}.concept`, message: `concept ${c} is implemented twice (${other.id} and ${r.id})` });
      else index.set(c, r);
    }
  for (const r of included) for (const c of r.concepts) if (!index.has(c)) index.set(c, r);
  return index;
}

// ── Derived profiles made at runtime: a small structural check (files get the full schema first) ──

const OVERRIDE_KEY = /^([A-Z]{2,6}-[A-Z0-9]+(?:-[A-Z0-9]+)*)\.([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*)$/;
const PROFILE_ID = /^[a-z][a-z0-9-]*$/;
const OVERRIDE_FIELDS = new Set(["value", "values", "reason", "citation", "quote", "basis", "label"]);
const DERIVED_FIELDS = new Set(["id", "base", "extends", "names", "listed", "reason", "overrides", "evaluation"]);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isRaw = (x: unknown) => (typeof x === "number" && Number.isFinite(x)) || (typeof x === "string" && x.length > 0) || typeof x === "boolean";
const text = (x: unknown) => typeof x === "string" && x.trim().length > 0;
/** A reason: text, or { zh, en } with both sides written. */
const freeText = (x: unknown) => text(x) || (isRecord(x) && text(x.zh) && text(x.en) && Object.keys(x).length === 2);

/** The structure of a derived profile given at runtime (a what-if, a workbook's saved file); issues, not a throw. */
function derivedIssues(json: unknown, label: string): ProfileIssue[] {
  const at = (path: string, message: string): ProfileIssue => ({ path: path ? `${label}.${path}` : label, message });
  if (!isRecord(json)) return [at("", "a derived profile is an object { id, base, names, reason, overrides }")];
  const issues: ProfileIssue[] = [];
  for (const k of Object.keys(json)) if (!DERIVED_FIELDS.has(k)) issues.push(at(k, `unknown field ${k}`));
  if (typeof json.id !== "string") issues.push(at("id", "a profile id is text"));
  else if (!PROFILE_ID.test(json.id)) issues.push(at("id", "a profile id is lower-case letters, digits and -"));
  const base = json.base ?? json.extends;
  if (!text(base) || (json.base !== undefined && json.extends !== undefined)) issues.push(at("base", "a derived profile names its base profile (base)"));
  if (!isRecord(json.names) || !text(json.names.zh) || !text(json.names.en)) issues.push(at("names", "names needs zh and en"));
  if (!freeText(json.reason)) issues.push(at("reason", "a derived profile says why it differs (reason: text, or { zh, en })"));
  if (json.listed !== undefined && !(isRecord(json.listed) && typeof json.listed.order === "number")) issues.push(at("listed", "listed is { order: number }"));
  const overrides = json.overrides ?? {};
  if (!isRecord(overrides)) issues.push(at("overrides", "overrides maps RULE-ID.paramName to a value"));
  else
    for (const [key, o] of Object.entries(overrides)) {
      if (!OVERRIDE_KEY.test(key)) issues.push(at(`overrides.${key}`, "override keys are RULE-ID.paramName"));
      if (isRaw(o)) continue;
      if (!isRecord(o)) {
        issues.push(at(`overrides.${key}`, "expected a value, or { value, reason }"));
        continue;
      }
      for (const k of Object.keys(o)) if (!OVERRIDE_FIELDS.has(k)) issues.push(at(`overrides.${key}.${k}`, `unknown field ${k}`));
      if ((o.value === undefined) === (o.values === undefined)) issues.push(at(`overrides.${key}`, "an override gives value or values"));
      if (o.value !== undefined && !isRaw(o.value)) issues.push(at(`overrides.${key}.value`, "expected a number, text or true/false"));
      if (o.values !== undefined && !(Array.isArray(o.values) && o.values.length > 0 && o.values.every((v) => isRecord(v) && text(v.from) && isRaw(v.value) && text(v.citation))))
        issues.push(at(`overrides.${key}.values`, "values are [{ from, value, citation }]"));
      if (o.reason !== undefined && !freeText(o.reason)) issues.push(at(`overrides.${key}.reason`, "expected text, or { zh, en }"));
      if (o.citation !== undefined && !text(o.citation)) issues.push(at(`overrides.${key}.citation`, "expected text"));
    }
  return issues;
}

// ── The registry ──

/** Validated, resolved profiles, looked up by id, Chinese short name or alias (case-insensitive). */
export class ProfileRegistry {
  private readonly profiles = new Map<string, Profile>();
  private readonly shipped = new Set<string>();
  private readonly knownRules = new Map<string, string[]>();
  /** The whole profiles' data, for the includes of a profile added later. */
  private readonly wholeData = new Map<string, ProfileData>();

  /**
   * Resolves validated files (schema.ts) — whole profiles, then derived ones after their base —
   * and checks every value against its concept. One bad file rejects the whole set; nothing half-loads.
   */
  constructor(
    files: readonly ProfileFileData[],
    private readonly conceptTable: ConceptTable,
  ) {
    const whole = files.filter((f): f is ProfileData => !isDerivedData(f));
    const derived = files.filter(isDerivedData);
    const ids = new Set<string>();
    for (const f of files) {
      if (ids.has(f.id)) throw new ProfileError(f.id, [{ path: `${f.id}.id`, message: "duplicate profile id" }]);
      ids.add(f.id);
    }
    const byId = new Map(whole.map((d) => [d.id, d]));
    for (const d of whole) this.wholeData.set(d.id, d);
    const resolved = new Map<string, Profile>();
    for (const d of whole) resolved.set(d.id, this.resolveWhole(d, byId));
    // Derived files after their base (which may itself be derived); cycles and unknown bases refused.
    let pending = derived;
    while (pending.length > 0) {
      const ready = pending.filter((d) => resolved.has(baseOf(d)));
      if (ready.length === 0) {
        const d = pending[0]!;
        const cyclic = pending.some((x) => x.id === baseOf(d));
        throw new ProfileError(d.id, [
          { path: `${d.id}.base`, message: cyclic ? `derived profiles form a cycle (${pending.map((x) => `${x.id} → ${baseOf(x)}`).join(", ")})` : `no profile "${baseOf(d)}"` },
        ]);
      }
      for (const d of ready) resolved.set(d.id, this.resolveDerived(d, resolved.get(baseOf(d))!));
      pending = pending.filter((d) => !ready.includes(d));
    }
    refuseSharedNames([...resolved.values()]);
    for (const p of resolved.values()) this.learnRules(p);
    for (const [id, p] of resolved) {
      this.profiles.set(id, { ...p, knownRules: this.knownRules });
      this.shipped.add(id);
    }
  }

  /** Records which rule ids implement each concept (for the "no such rule" message and rulesImplementing). */
  private learnRules(p: Profile): void {
    for (const r of p.rules.values()) for (const c of r.concepts) this.knownRules.set(c, [...new Set([...(this.knownRules.get(c) ?? []), r.id])]);
  }

  private resolveWhole(data: ProfileData, byId: ReadonlyMap<string, ProfileData>): Profile {
    const issues: ProfileIssue[] = [];
    const document = documentOf(data.id, data.document);
    const rules = new Map<string, ResolvedRule>();
    const ruleOfData = (id: string, r: ProfileData["rules"][string], doc: SourceDocument, owner: string): ResolvedRule => {
      const params = nullProto<ParamData>();
      for (const [name, p] of Object.entries(r.params)) params[name] = resolveParam(p);
      const concepts = typeof r.concept === "string" ? [r.concept] : [...r.concept];
      const path = `${owner}.rules.${id}`;
      checkParams(params, conceptsOf(concepts, this.conceptTable, path, issues), path, issues);
      return { id, clause: r.clause, title: r.title, kind: r.kind, concepts, params, document: doc };
    };
    for (const [id, r] of Object.entries(data.rules)) rules.set(id, ruleOfData(id, r, document, data.id));
    (data.includes ?? []).forEach((inc, n) => {
      const other = byId.get(inc.profile);
      if (!other) return issues.push({ path: `${data.id}.includes.${n}.profile`, message: `no profile "${inc.profile}"` });
      inc.rules.forEach((id, k) => {
        const r = Object.hasOwn(other.rules, id) ? other.rules[id] : undefined;
        if (!r) return issues.push({ path: `${data.id}.includes.${n}.rules.${k}`, message: `profile ${inc.profile} has no rule ${id}` });
        if (!rules.has(id)) rules.set(id, ruleOfData(id, r, documentOf(other.id, other.document), other.id));
      });
    });
    const concepts = conceptIndex(data.id, rules, data.id, issues);
    if (issues.length > 0) throw new ProfileError(data.id, issues);
    return {
      id: data.id,
      names: data.names,
      listed: data.listed ?? null,
      document,
      rules,
      concepts,
      derivedFrom: null,
      overrides: [],
      ...(data.evaluation ? { evaluation: data.evaluation } : {}),
    };
  }

  private resolveDerived(spec: DerivedProfileData, base: Profile): Profile {
    const issues: ProfileIssue[] = [];
    const rules = new Map<string, ResolvedRule>([...base.rules].map(([id, r]) => [id, { ...r, params: Object.assign(nullProto<ParamData>(), r.params) }]));
    const overrides: Override[] = [...base.overrides];
    for (const [path, change] of Object.entries(spec.overrides ?? {})) {
      const at = `${spec.id}.overrides.${path}`;
      const m = OVERRIDE_KEY.exec(path);
      const rule = m ? rules.get(m[1]!) : undefined;
      const name = m?.[2] ?? "";
      const from = rule && Object.hasOwn(rule.params, name) ? rule.params[name] : undefined;
      if (!rule || !from) {
        issues.push({ path: at, message: `${base.id} has no parameter ${path}` });
        continue;
      }
      const to = overridden(spec, from, change);
      const before = issues.length;
      checkParams({ [name]: to }, rule.concepts.map((c) => this.conceptTable.get(c)!).filter(Boolean), `${spec.id}.overrides.${rule.id}`, issues, true);
      // Report the override's own path (…overrides.ZC-TIER.aShare.value), as the analyst wrote it.
      for (let i = before; i < issues.length; i++) issues[i] = { ...issues[i]!, path: issues[i]!.path.replace(`${spec.id}.overrides.${rule.id}.params.`, `${spec.id}.overrides.${rule.id}.`) };
      if (issues.length > before) continue;
      (rule.params as Record<string, ParamData>)[name] = to;
      overrides.push({ path, from, to, reason: typeof change === "object" && change.reason ? change.reason : spec.reason });
    }
    const concepts = conceptIndex(spec.id, rules, base.document.profileId, issues);
    if (issues.length > 0) throw new ProfileError(spec.id, issues);
    const evaluation = spec.evaluation ?? base.evaluation;
    return {
      id: spec.id,
      names: { zh: spec.names.zh, en: spec.names.en, short: spec.names.short ?? spec.names.zh, aliases: spec.names.aliases ?? [] },
      listed: spec.listed ?? null,
      document: base.document,
      rules,
      concepts,
      derivedFrom: base.id,
      overrides,
      reason: spec.reason,
      ...(evaluation ? { evaluation } : {}),
    };
  }

  list(): Profile[] {
    return [...this.profiles.values()];
  }

  /** The profiles the picker, the CLI list and the help show, in their data's order. */
  listed(): Profile[] {
    return this.list()
      .filter((p) => p.listed !== null)
      .sort((a, b) => a.listed!.order - b.listed!.order || a.id.localeCompare(b.id));
  }

  find(name: string): Profile | undefined {
    const key = name.trim().toLowerCase();
    for (const p of this.profiles.values()) {
      const names = [p.id, p.names.zh, p.names.short, p.names.en, ...p.names.aliases].map((n) => n.toLowerCase());
      if (names.includes(key)) return p;
    }
    return undefined;
  }

  /** The profile named, or a #VALUE! error that lists the choices. */
  get(name: string, argument = "profile"): Profile {
    const p = this.find(name);
    if (p) return p;
    const known = this.listed()
      .map((x) => `${x.id} (${x.names.short})`)
      .join(", ");
    throw valueError(argument, `未知的政策配置 "${name}"，可选：${known}`, `unknown profile "${name}"; choose one of ${known}`);
  }

  /**
   * Registers a profile derived from another with named values replaced, e.g.
   * `{ id, base: "zengcheng", names, reason, overrides: { "ZC-TIER.aShare": 0.25 } }` (the
   * earlier `{ extends, overrides: { path: { value, reason } } }` reads the same). Every value is
   * checked against its concept's domain, exactly as a shipped profile's; each override is recorded.
   */
  derive(json: unknown): Profile {
    const label = isRecord(json) && typeof json.id === "string" ? json.id : "derived";
    const problems = derivedIssues(json, label);
    if (problems.length > 0) throw new ProfileError(label, problems);
    const spec = json as DerivedProfileData;
    if (this.find(spec.id)) throw new ProfileError(spec.id, [{ path: `${spec.id}.id`, message: "a profile with this id exists" }]);
    const base = this.find(baseOf(spec));
    if (!base) throw new ProfileError(spec.id, [{ path: `${spec.id}.base`, message: `no profile "${baseOf(spec)}"` }]);
    const profile = { ...this.resolveDerived(spec, base), knownRules: this.knownRules };
    this.profiles.set(profile.id, profile);
    return profile;
  }

  /**
   * Adds one validated file (schema.ts) — a whole profile or a derived one — e.g. the CLI's
   * `--profile ./my-county.json`; checked against the concepts exactly as a shipped profile.
   * The same file added again is the profile already there.
   */
  add(file: ProfileFileData): Profile {
    if (isDerivedData(file)) return this.derive(file);
    const known = this.profiles.get(file.id);
    if (known && this.wholeData.get(file.id) === file) return known;
    if (this.find(file.id)) throw new ProfileError(file.id, [{ path: `${file.id}.id`, message: "a profile with this id exists" }]);
    const byId = new Map([...this.wholeData, [file.id, file]]);
    const profile = { ...this.resolveWhole(file, byId), knownRules: this.knownRules };
    refuseSharedNames([...this.profiles.values(), profile]);
    this.learnRules(profile);
    this.wholeData.set(file.id, file);
    this.profiles.set(profile.id, profile);
    return profile;
  }

  /** Drops a derived profile (a what-if replaced or reverted in the task pane); a shipped profile is never dropped. */
  forget(id: string): boolean {
    const profile = this.profiles.get(id);
    return profile !== undefined && profile.derivedFrom !== null && !this.shipped.has(id) && this.profiles.delete(id);
  }

  /** The concepts this registry checks values against. */
  get concepts(): ConceptTable {
    return this.conceptTable;
  }
}

const namesOf = (p: Profile): string[] => [...new Set([p.id, p.names.zh, p.names.short, p.names.en, ...p.names.aliases].map((n) => n.trim().toLowerCase()))];

/** Two profile files answering to one name (id, name or alias) would make a lookup pick one silently: refused. */
function refuseSharedNames(profiles: readonly Profile[]): void {
  const owner = new Map<string, string>();
  for (const p of profiles)
    for (const n of namesOf(p)) {
      const other = owner.get(n);
      if (other && other !== p.id) throw new ProfileError(p.id, [{ path: `${p.id}.names`, message: `the name "${n}" is also ${other}'s` }]);
      owner.set(n, p.id);
    }
}

function isDerivedData(f: ProfileFileData): f is DerivedProfileData {
  return "base" in f || "extends" in f;
}

function baseOf(d: DerivedProfileData): string {
  return (d.base ?? d.extends)!;
}

function overridden(spec: DerivedProfileData, from: ParamData, change: OverrideData): ParamData {
  const o = typeof change === "object" ? change : { value: change };
  const citation = o.citation ?? `${spec.id} override of ${from.citation}`;
  const { values: _v, quote: _q, ...fixed } = from;
  const basis = o.basis ?? "assumed";
  const to: ParamData = { ...fixed, basis, citation, reason: o.reason ?? spec.reason, value: from.value, ...(o.quote ? { quote: o.quote } : {}), ...(o.label ? { label: o.label } : {}) };
  if (o.values) {
    const dated = o.values.map((v) => datedOf(v, basis));
    return { ...to, value: dated[dated.length - 1]!.value, values: dated };
  }
  return { ...to, value: o.value! };
}

/** The rule of the profile that implements the concept, if any. */
export function ruleForConcept(profile: Profile, conceptId: string): ResolvedRule | undefined {
  return profile.concepts.get(conceptId);
}
