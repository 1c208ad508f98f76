import type { Finding } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { bothLine, freeTextOf } from "../engine/bilingual";
import type { Bilingual } from "../schema";
import { choiceOf } from "./choices";
import { findingOf } from "./findings";
import { NO_SUPPORT } from "../catalogue/concepts";

// 增城 二(三)7 and 二(四)11: who gets no support, and what may not be done while rectifying.

/** The 三(二) rewards of the 增城 draft, by the rule that computes them. */
export type ZengchengSubsidy = "investment" | "attraction" | "rent" | "village";

export const SUBSIDY_RULE: Readonly<Record<ZengchengSubsidy, string>> = {
  investment: "ZC-SUB-INV",
  attraction: "ZC-SUB-ATTR",
  rent: "ZC-SUB-RENT",
  village: "ZC-SUB-VIL",
};

/** The enterprise's (or its land's) standing on the two lists that bar support; absent = not listed. */
export interface ListStanding {
  /** On the published 低效工业用地名单 (二(三)7). */
  lowEfficiencyListed?: boolean;
  /** On the 重点关注项目名单 (二(四)9, 11). */
  watchListed?: boolean;
}

export type BarringList = "low-efficiency" | "watch";

export interface SupportBar {
  barred: boolean;
  list: BarringList | null;
  /** Why the subsidy is 0, with the clause; null when not barred. */
  reason: Bilingual | null;
}

export function isListed(standing: ListStanding | undefined): boolean {
  return standing?.lowEfficiencyListed === true || standing?.watchListed === true;
}

const LIST_PARAM = { "low-efficiency": "lowEfficiencyBars", watch: "watchListBars" } as const satisfies Record<BarringList, string>;

/**
 * 增城 二(三)7: low-efficiency land gets no 技术改造、财税、金融服务 support; 二(四)11: an enterprise on
 * the 重点关注项目名单 gets no district-level support. Which 三(二) reward each list bars is profile
 * data (`lowEfficiencyBars.<kind>`, `watchListBars.<kind>`).
 */
export function subsidyBar(ctx: Context, subsidy: ZengchengSubsidy, standing: ListStanding): RuleResult<SupportBar> {
  const ev = new Evaluation(ctx, NO_SUPPORT)
    .input("subsidy", SUBSIDY_RULE[subsidy])
    .input("low_efficiency_listed", standing.lowEfficiencyListed ?? false)
    .input("watch_listed", standing.watchListed ?? false);
  const lists: BarringList[] = [...(standing.lowEfficiencyListed ? (["low-efficiency"] as const) : []), ...(standing.watchListed ? (["watch"] as const) : [])];
  for (const list of lists) {
    const name = `${LIST_PARAM[list]}.${subsidy}` as const;
    const bars = ev.flag(name);
    ev.decide(`${list} list bars ${SUBSIDY_RULE[subsidy]} (${name}): ${bars ? "yes" : "no"}`);
    if (bars) return ev.done({ barred: true, list, reason: barReason(ev, list, name) });
  }
  return ev.done({ barred: false, list: null, reason: null });
}

function barReason(ev: Evaluation<typeof NO_SUPPORT.params>, list: BarringList, name: `${(typeof LIST_PARAM)[BarringList]}.${ZengchengSubsidy}`): Bilingual {
  const p = ev.param(name);
  return list === "low-efficiency"
    ? { zh: `列入低效工业用地名单，不予享受技术改造、财税、金融服务等扶持政策（${p.citation}），${p.label.zh}为 0`, en: `on the low-efficiency land list: no 技术改造/财税/金融服务 support (${p.citation}); ${p.label.en} is 0` }
    : { zh: `列入“重点关注项目名单”，不予享受区级扶持政策（${p.citation}），${p.label.zh}为 0`, en: `on the 重点关注 (watch) list: no district-level support (${p.citation}); ${p.label.en} is 0` };
}

/**
 * A subsidy's evaluation after the 二(三)7 / 二(四)11 bars: true (and the reason recorded in the
 * subsidy's own trace) when a list bars it, so the caller returns 0 instead of the formula's amount.
 * A profile without ZC-NOSUPPORT given a listed enterprise is #N/A: it has no such lists.
 */
export function barredByList(ev: Evaluation, subsidy: ZengchengSubsidy, standing: ListStanding | undefined): boolean {
  if (!isListed(standing)) return false;
  ev.input("low_efficiency_listed", standing!.lowEfficiencyListed ?? false).input("watch_listed", standing!.watchListed ?? false);
  const bar = subsidyBar(ev.ctx, subsidy, standing!);
  if (!bar.value.barred) {
    ev.decide(`ZC-NOSUPPORT: listed, but the list does not bar ${SUBSIDY_RULE[subsidy]}`);
    return false;
  }
  const used = bar.trace.params.at(-1)!;
  ev.decide(`ZC-NOSUPPORT → 0: ${bar.value.reason!.zh} / ${bar.value.reason!.en} [ZC-NOSUPPORT.${used.name} = ${String(used.value)}, ${used.basis}${used.reason ? `: ${bothLine(freeTextOf(used.reason))}` : ""}]`);
  return true;
}

export type RectificationDealing = "transfer" | "mortgage";

const DEALING_WORDS: Record<string, RectificationDealing> = {
  transfer: "transfer", 转让: "transfer",
  mortgage: "mortgage", 抵押: "mortgage",
};

export function parseRectificationDealing(text: unknown, argument = "act"): RectificationDealing {
  return choiceOf(DEALING_WORDS, text, argument, { zh: "transfer（转让）或 mortgage（抵押）", en: "transfer (转让) or mortgage (抵押)" });
}

/** 增城 二(三)7: while unlawful use or building is being rectified, the land may be neither transferred nor mortgaged. */
export function rectificationDealingCheck(ctx: Context, rectifying: boolean, act: RectificationDealing): RuleResult<Finding[]> {
  const ev = new Evaluation(ctx, NO_SUPPORT)
    .input("rectifying", rectifying)
    .input("act", act);
  const param = act === "transfer" ? "noTransferWhileRectifying" : "noMortgageWhileRectifying";
  if (!rectifying || !ev.flag(param)) return ev.done([]);
  const what = act === "transfer" ? { zh: "转让", en: "transferred" } : { zh: "抵押", en: "mortgaged" };
  return ev.done([
    findingOf(ev, {
      param,
      field: "act",
      value: act,
      threshold: "整改期间不得转让，不得抵押",
      severity: "violation",
      message: { zh: `违法违规用地或建设整改期间不得${what.zh}`, en: `land under rectification of unlawful use or building may not be ${what.en}` },
    }),
  ]);
}
