import { z } from "zod";
import { naError, valueError } from "./engine/errors";
import {
  derivedProfileSchema,
  paramSchema,
  profileSchema,
  type Bilingual,
  type DerivedProfileData,
  type ParamData,
  type ProfileData,
  valueKind,
} from "./schema";

export interface SourceDocument {
  profileId: string;
  title: string;
  number: string | null;
  issuer: string;
  source: string;
  status: "draft" | "in-force";
  effective: { from: string | null; to: string | null };
  note?: string;
}

export interface ResolvedRule {
  id: string;
  clause: string;
  title: Bilingual;
  kind: "computed" | "checked";
  summary: string;
  params: Readonly<Record<string, ParamData>>;
  /** The document the rule comes from (an included rule keeps its own document). */
  document: SourceDocument;
}

export interface Override {
  path: string;
  from: ParamData;
  to: ParamData;
  reason: string;
}

export interface Profile {
  id: string;
  names: { zh: string; en: string; short: string; aliases: string[] };
  document: SourceDocument;
  rules: ReadonlyMap<string, ResolvedRule>;
  /** Set on a derived (what-if / county) profile. */
  derivedFrom: string | null;
  overrides: readonly Override[];
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

function issuesOf(error: z.ZodError, label: string): ProfileIssue[] {
  return error.issues.map((i) => ({ path: [label, ...i.path.map(String)].join("."), message: i.message }));
}

export function parseProfileData(json: unknown, label = "profile"): ProfileData {
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) throw new ProfileError(label, issuesOf(parsed.error, label));
  return parsed.data;
}

function documentOf(p: ProfileData): SourceDocument {
  return { profileId: p.id, ...p.document };
}

function resolveRules(data: ProfileData, byId: ReadonlyMap<string, ProfileData>): Map<string, ResolvedRule> {
  const rules = new Map<string, ResolvedRule>();
  for (const [id, r] of Object.entries(data.rules)) rules.set(id, { id, ...r, document: documentOf(data) });
  data.includes.forEach((inc, n) => {
    const other = byId.get(inc.profile);
    if (!other) throw new ProfileError(data.id, [{ path: `${data.id}.includes.${n}.profile`, message: `no profile "${inc.profile}"` }]);
    inc.rules.forEach((id, k) => {
      const r = other.rules[id];
      if (!r) throw new ProfileError(data.id, [{ path: `${data.id}.includes.${n}.rules.${k}`, message: `profile ${inc.profile} has no rule ${id}` }]);
      if (!rules.has(id)) rules.set(id, { id, ...r, document: documentOf(other) });
    });
  });
  return rules;
}

/** Validated, resolved profiles, looked up by id, Chinese short name or alias (case-insensitive). */
export class ProfileRegistry {
  private readonly profiles = new Map<string, Profile>();
  private readonly data = new Map<string, ProfileData>();

  /** Validates every profile first: one bad file rejects the whole set, nothing half-loads. */
  constructor(sources: ReadonlyArray<{ label: string; json: unknown }>) {
    const datas = sources.map((s) => parseProfileData(s.json, s.label));
    for (const d of datas) {
      if (this.data.has(d.id)) throw new ProfileError(d.id, [{ path: `${d.id}.id`, message: "duplicate profile id" }]);
      this.data.set(d.id, d);
    }
    const resolved = datas.map((d) => ({ d, rules: resolveRules(d, this.data) }));
    for (const { d, rules } of resolved)
      this.profiles.set(d.id, { id: d.id, names: d.names, document: documentOf(d), rules, derivedFrom: null, overrides: [] });
  }

  list(): Profile[] {
    return [...this.profiles.values()];
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
    const known = this.list()
      .filter((x) => x.derivedFrom === null)
      .map((x) => `${x.id} (${x.names.short})`)
      .join(", ");
    throw valueError(argument, `未知的政策配置 "${name}"，可选：${known}`, `unknown profile "${name}"; choose one of ${known}`);
  }

  /**
   * Registers a profile derived from another with named values replaced. The result is
   * validated by the same schema as the built-in profiles and records each override.
   */
  derive(json: unknown): Profile {
    const parsed = derivedProfileSchema.safeParse(json);
    const label = typeof json === "object" && json && "id" in json ? String((json as { id: unknown }).id) : "derived";
    if (!parsed.success) throw new ProfileError(label, issuesOf(parsed.error, label));
    const spec: DerivedProfileData = parsed.data;
    if (this.find(spec.id)) throw new ProfileError(spec.id, [{ path: `${spec.id}.id`, message: "a profile with this id exists" }]);
    const base = this.find(spec.extends);
    if (!base) throw new ProfileError(spec.id, [{ path: `${spec.id}.extends`, message: `no profile "${spec.extends}"` }]);

    const rules = new Map<string, ResolvedRule>([...base.rules].map(([id, r]) => [id, { ...r, params: { ...r.params } }]));
    const overrides: Override[] = [...base.overrides];
    for (const [path, change] of Object.entries(spec.overrides)) {
      const dot = path.indexOf(".");
      const [ruleId, name] = [path.slice(0, dot), path.slice(dot + 1)];
      const rule = rules.get(ruleId);
      const from = rule?.params[name];
      if (!rule || !from) throw new ProfileError(spec.id, [{ path: `${spec.id}.overrides.${path}`, message: `${base.id} has no parameter ${path}` }]);
      // The rules read a parameter as the kind the base has: a flag given for a number would fail only when evaluated.
      if (change.value !== undefined && valueKind(change.value) !== valueKind(from.value))
        throw new ProfileError(spec.id, [
          { path: `${spec.id}.overrides.${path}.value`, message: `expected a ${valueKind(from.value)} like ${JSON.stringify(from.value)}, got ${JSON.stringify(change.value)}` },
        ]);
      const to = { ...from, basis: "assumed" as const, citation: `${spec.id} override of ${from.citation}`, ...change };
      const checked = paramSchema.safeParse(to);
      if (!checked.success) throw new ProfileError(spec.id, issuesOf(checked.error, `${spec.id}.overrides.${path}`));
      (rule.params as Record<string, ParamData>)[name] = checked.data;
      overrides.push({ path, from, to: checked.data, reason: change.reason });
    }
    const profile: Profile = {
      id: spec.id,
      names: { zh: spec.names.zh, en: spec.names.en, short: spec.names.zh, aliases: [] },
      document: base.document,
      rules,
      derivedFrom: base.id,
      overrides,
    };
    this.profiles.set(profile.id, profile);
    return profile;
  }

  /** Drops a derived profile (a what-if replaced or reverted in the task pane); a shipped profile is never dropped. */
  forget(id: string): boolean {
    const profile = this.profiles.get(id);
    return profile !== undefined && profile.derivedFrom !== null && this.profiles.delete(id);
  }
}

export function ruleOf(profile: Profile, candidates: readonly string[], topic: Bilingual): ResolvedRule {
  for (const id of candidates) {
    const r = profile.rules.get(id);
    if (r) return r;
  }
  throw naError(
    `政策配置 ${profile.id}（${profile.names.short}）没有${topic.zh}规则（${candidates.join(" / ")}）`,
    `profile ${profile.id} has no ${topic.en} rule (${candidates.join(" / ")})`,
  );
}
