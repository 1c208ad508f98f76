// What the profile switcher shows about a profile: its document, its standing on the
// evaluation date, its effective window and its rules with how many values are sourced from
// the text and how many assumed. Pure: no React, no Office.
import type { IsoDate } from "../../policies/engine/dates";
import { documentStatus, type DocumentState, type DocumentStatus } from "../../policies/engine/evaluation";
import { reasonShown } from "../../policies/citations";
import { paramOn, type ParamData, type Profile, type ResolvedRule, type SourceDocument } from "../../policies/registry";
import type { Bilingual, FreeText } from "../../policies/schema";
import { builtInProfiles } from "../../policies/profiles";
import { citationText, shortTitle, valueText, withoutFileNames } from "../shared/present";

/** One value of a rule as the pane shows it: what it is, where it comes from, whether the analyst may change it. */
export interface ParamSummary {
  /** `RULE-ID.param`, the key of a derived profile's override. */
  path: string;
  label: Bilingual;
  value: number | string | boolean;
  unit: string;
  shown: Bilingual;
  basis: "sourced" | "assumed";
  /** The document's short title and clause, never a file name. */
  source: Bilingual;
  quote: string | null;
  /** Why an assumed value is what it is, Chinese first (policies/citations.ts reasonShown). */
  reason: Bilingual | null;
  /** Why a derived profile replaced the document's value (its own reason or the profile's). */
  overrideReason: Bilingual | null;
  editable: boolean;
  /** A value given by date: the day the one shown took effect and the day the next one does (null: still in force). */
  dated: { from: string; to: string | null } | null;
  /** Set when a derived profile replaced the document's value: the document's value, shown. */
  documentValue: { value: number | string | boolean; shown: Bilingual } | null;
}

export interface RuleSummary {
  id: string;
  clause: string;
  title: Bilingual;
  kind: "computed" | "checked";
  sourced: number;
  assumed: number;
  /** Set when the rule is applied from another document (e.g. 闲置土地处置办法). */
  includedFrom: string | null;
  /** The rule's document and clause, as the analyst reads it. */
  source: Bilingual;
  params: ParamSummary[];
  /** How many of its values a derived profile changed. */
  changed: number;
}

export interface ProfileSummary {
  id: string;
  name: Bilingual;
  short: string;
  document: SourceDocument;
  asOf: IsoDate;
  status: DocumentStatus;
  statusLabel: Bilingual;
  window: Bilingual;
  rules: RuleSummary[];
  totals: { rules: number; sourced: number; assumed: number };
  /** The document's short title (文号, or 增城征求意见稿). */
  documentShort: Bilingual;
  /** Which text of the document this is, when the profile carries several versions. */
  version: Bilingual | null;
  /** A what-if or county profile: the profile it starts from, how many values it changes, and why (Chinese first). */
  derived: { from: string; overrides: number; reason: Bilingual | null } | null;
}

export const STATUS_LABELS: Readonly<Record<DocumentState, Bilingual>> = {
  "in-force": { zh: "现行有效", en: "In force" },
  draft: { zh: "征求意见稿", en: "Draft" },
  expired: { zh: "已失效", en: "Expired" },
  "not-yet-in-force": { zh: "尚未施行", en: "Not yet in force" },
};

/** The effective window as the document states it; a date it leaves open reads 未载明. */
export function effectiveWindow(doc: SourceDocument): Bilingual {
  const { from, to } = doc.effective;
  return {
    zh: `${from ?? "未载明"} 至 ${to ?? "未载明"}`,
    en: `${from ?? "not stated"} to ${to ?? "not stated"}`,
  };
}

/**
 * A parameter as it stands on the as-of date: a dated one shows the value in force that day
 * (paramOn), not its latest; before its first date, the first value with the day it starts.
 */
function paramAsOf(param: ParamData, asOf: IsoDate): { param: ParamData; dated: ParamSummary["dated"] } {
  const on = paramOn(param, asOf) ?? paramOn(param, param.values![0]!.from)!;
  return { param: on.param, dated: on.from ? { from: on.from, to: on.to } : null };
}

/**
 * Why an override stands (a dated value in force may carry its own reason; else the override's),
 * or null when it is only the profile's own reason, which the card above the rules already shows.
 */
function ownReason(profile: Profile, reason: FreeText): Bilingual | null {
  const shown = reasonShown(reason);
  const general = profile.reason ? reasonShown(profile.reason) : null;
  return general && general.zh === shown.zh && general.en === shown.en ? null : shown;
}

function summariseParam(profile: Profile, rule: ResolvedRule, name: string, stored: ParamData, asOf: IsoDate): ParamSummary {
  const path = `${rule.id}.${name}`;
  const override = profile.overrides.filter((o) => o.path === path).at(0);
  const { param, dated } = paramAsOf(stored, asOf);
  const document = override ? paramAsOf(override.from, asOf).param : null;
  return {
    path,
    label: param.label,
    value: param.value,
    unit: param.unit,
    shown: valueText(param.value, param.unit),
    basis: param.basis,
    source: citationText(document ? document.citation : param.citation),
    quote: (document ? document.quote : param.quote) ?? null,
    reason: param.basis === "assumed" && !override && param.reason ? reasonShown(param.reason) : null,
    overrideReason: override ? ownReason(profile, param.reason ?? override.reason) : null,
    editable: param.editable === true,
    dated,
    documentValue: document ? { value: document.value, shown: valueText(document.value, document.unit) } : null,
  };
}

function summariseRule(profile: Profile, rule: ResolvedRule, asOf: IsoDate): RuleSummary {
  const shown = Object.entries(rule.params).map(([name, p]) => summariseParam(profile, rule, name, p, asOf));
  const assumed = shown.filter((p) => p.basis === "assumed").length;
  return {
    source: citationText(`${rule.document.source} ${rule.clause}`),
    params: shown,
    changed: shown.filter((p) => p.documentValue !== null).length,
    id: rule.id,
    clause: rule.clause,
    title: rule.title,
    kind: rule.kind,
    sourced: shown.length - assumed,
    assumed,
    includedFrom: rule.document.profileId === profile.document.profileId ? null : rule.document.title,
  };
}

export function summariseProfile(profile: Profile, asOf: IsoDate): ProfileSummary {
  const standing = documentStatus(profile.document, asOf);
  const status = { ...standing, warning: standing.warning && withoutFileNames(standing.warning) };
  const rules = [...profile.rules.values()].map((r) => summariseRule(profile, r, asOf));
  return {
    id: profile.id,
    name: { zh: profile.names.zh, en: profile.names.en },
    short: profile.names.short,
    document: profile.document,
    asOf,
    status,
    statusLabel: STATUS_LABELS[status.state],
    window: effectiveWindow(profile.document),
    rules,
    documentShort: shortTitle(profile.document),
    version: profile.document.version ?? null,
    derived: profile.derivedFrom
      ? { from: builtInProfiles.find(profile.derivedFrom)?.names.short ?? profile.derivedFrom, overrides: profile.overrides.length, reason: profile.reason ? reasonShown(profile.reason) : null }
      : null,
    totals: {
      rules: rules.length,
      sourced: rules.reduce((n, r) => n + r.sourced, 0),
      assumed: rules.reduce((n, r) => n + r.assumed, 0),
    },
  };
}
