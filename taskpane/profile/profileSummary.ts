// What the profile switcher shows about a profile: its document, its standing on the
// evaluation date, its effective window and its rules with how many values are sourced from
// the text and how many assumed. Pure: no React, no Office.
import type { IsoDate } from "../../policies/engine/dates";
import { documentStatus, type DocumentState, type DocumentStatus } from "../../policies/engine/evaluation";
import type { Profile, ResolvedRule, SourceDocument } from "../../policies/registry";
import type { Bilingual } from "../../policies/schema";

export interface RuleSummary {
  id: string;
  clause: string;
  title: Bilingual;
  kind: "computed" | "checked";
  sourced: number;
  assumed: number;
  /** Set when the rule is applied from another document (e.g. 闲置土地处置办法). */
  includedFrom: string | null;
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

function summariseRule(profile: Profile, rule: ResolvedRule): RuleSummary {
  const params = Object.values(rule.params);
  const assumed = params.filter((p) => p.basis === "assumed").length;
  return {
    id: rule.id,
    clause: rule.clause,
    title: rule.title,
    kind: rule.kind,
    sourced: params.length - assumed,
    assumed,
    includedFrom: rule.document.profileId === profile.document.profileId ? null : rule.document.title,
  };
}

export function summariseProfile(profile: Profile, asOf: IsoDate): ProfileSummary {
  const status = documentStatus(profile.document, asOf);
  const rules = [...profile.rules.values()].map((r) => summariseRule(profile, r));
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
    totals: {
      rules: rules.length,
      sourced: rules.reduce((n, r) => n + r.sourced, 0),
      assumed: rules.reduce((n, r) => n + r.assumed, 0),
    },
  };
}
