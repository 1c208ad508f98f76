import { requireNonNegative, requirePositive } from "../engine/checks";
import { edate, isAfterDate, isOnOrAfter, type IsoDate } from "../engine/dates";
import { Dec } from "../engine/decimal";
import { numError, valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import type { Bilingual } from "../schema";
import { showValue } from "./findings";
import type { FlagKey } from "../engine/concept";
import { IDLE_DELAY_EXCUSE, IDLE_LAND_DEFINITION } from "../catalogue/concepts";

// 闲置土地处置办法 (国土资源部令第53号) 第二条 (what is idle) and 第八条 (delays that are not the holder's).

export type IdleDelayCause =
  | "enterprise"
  | "land-not-delivered"
  | "plan-revision"
  | "national-policy"
  | "petition"
  | "military-or-heritage"
  | "other-government"
  | "force-majeure";

type ExcusedCause = Exclude<IdleDelayCause, "enterprise">;

/** 第八条 items (一)–(六) and 第二款 (force majeure) → the profile flag that carries each. */
const CAUSE_PARAMS: Record<ExcusedCause, FlagKey<typeof IDLE_DELAY_EXCUSE.params>> = {
  "land-not-delivered": "cause.landNotDelivered",
  "plan-revision": "cause.planRevision",
  "national-policy": "cause.nationalPolicy",
  petition: "cause.petition",
  "military-or-heritage": "cause.militaryOrHeritage",
  "other-government": "cause.otherGovernment",
  "force-majeure": "cause.forceMajeure",
};

/** Words an analyst may type for the 第八条 causes (English keys and the usual Chinese). */
export const IDLE_CAUSE_WORDS: Readonly<Record<string, ExcusedCause>> = {
  "land-not-delivered": "land-not-delivered", 未按约定交地: "land-not-delivered", 未交地: "land-not-delivered", 未按期交地: "land-not-delivered",
  "plan-revision": "plan-revision", 规划修改: "plan-revision", 规划调整: "plan-revision",
  "national-policy": "national-policy", 国家政策: "national-policy", 国家出台政策: "national-policy",
  petition: "petition", 信访: "petition", 群众信访: "petition",
  "military-or-heritage": "military-or-heritage", military: "military-or-heritage", heritage: "military-or-heritage",
  军事管制: "military-or-heritage", 文物保护: "military-or-heritage",
  "other-government": "other-government", 政府其他行为: "other-government",
  "force-majeure": "force-majeure", 不可抗力: "force-majeure", 自然灾害: "force-majeure",
};

const ENTERPRISE_WORDS = new Set(["enterprise", "企业", "企业原因"]);

export function parseIdleDelayCause(text: unknown, argument = "cause"): IdleDelayCause {
  const key = String(text ?? "").trim().toLowerCase();
  if (ENTERPRISE_WORDS.has(key)) return "enterprise";
  const c = IDLE_CAUSE_WORDS[key];
  if (c) return c;
  throw valueError(
    argument,
    `应为 enterprise（企业原因）或第八条情形：${Object.keys(IDLE_CAUSE_WORDS).join("、")}，收到 "${String(text ?? "")}"`,
    `expected enterprise or an Art. 8 cause (${Object.keys(CAUSE_PARAMS).join(", ")}), got "${String(text ?? "")}"`,
  );
}

export interface IdleExcuse {
  /** true: government-caused or force majeure → no idle fee, no repossession (handled by agreement). */
  excused: boolean;
  cause: IdleDelayCause;
  /** The item of 第八条 that applies, or null for the holder's own delay. */
  citation: string | null;
  label: Bilingual | null;
}

/** 第八条: whether the delay is excused (government action, or force majeure under its 第二款). */
export function idleDelayExcuse(ctx: Context, cause: IdleDelayCause): RuleResult<IdleExcuse> {
  const ev = new Evaluation(ctx, IDLE_DELAY_EXCUSE).input("cause", cause);
  if (cause === "enterprise") {
    ev.decide("the holder's own delay: 第八条 does not apply");
    return ev.done({ excused: false, cause, citation: null, label: null });
  }
  const name = CAUSE_PARAMS[cause];
  const p = ev.param(name);
  const excused = ev.flag(name);
  ev.decide(`${cause} → ${p.citation}: ${excused ? "excused (no fee, no repossession)" : "not excused in this profile"}`);
  return ev.done({ excused, cause, citation: p.citation, label: p.label });
}

export type IdleStatus = "idle" | "may-be-idle" | "not-idle";

export interface IdleStatusInput {
  /** 约定、规定的动工开发日期. */
  agreedStart: IsoDate;
  asOf: IsoDate;
  /** Date works started; null = not started. */
  startedOn: IsoDate | null;
  /** For started land: developed and required land area (same unit). */
  developedArea?: Dec | null;
  requiredArea?: Dec | null;
  /** For started land: invested and total investment, 万元. */
  invested?: Dec | null;
  totalInvestment?: Dec | null;
  /** Date works stopped (中止开发建设); null = not halted. */
  haltedSince?: IsoDate | null;
}

export interface IdleDetermination {
  status: IdleStatus;
  branch: "not-started" | "under-developed" | null;
  /** The day the land became (or may be recognised as) idle: EDATE(start or halt, 12). */
  idleFrom: IsoDate | null;
  reason: Bilingual;
}

/** 已开发面积 ÷ 应开发面积 or 已投资 ÷ 总投资, when both parts are given. */
function share(part: Dec | null | undefined, whole: Dec | null | undefined, partArg: string, wholeArg: string): Dec | null {
  if (part === null || part === undefined) return null;
  requireNonNegative(part, partArg);
  if (whole === null || whole === undefined) throw valueError(wholeArg, `给出 ${partArg} 时须同时给出 ${wholeArg}`, `${wholeArg} is needed with ${partArg}`);
  return part.div(requirePositive(whole, wholeArg));
}

/** 第二条, first sentence: not started 满一年 after the agreed start → idle. */
function notStartedStatus(ev: Evaluation, input: IdleStatusInput): RuleResult<IdleDetermination> {
  const idleFrom = edate(input.agreedStart, ev.num("idleAfterMonths").toNumber());
  const idle = isOnOrAfter(input.asOf, idleFrom);
  ev.decide(`not started; as_of ${input.asOf} ≥ EDATE(${input.agreedStart}, 12) = ${idleFrom} (满一年, inclusive): ${idle ? "yes" : "no"}`);
  return ev.done({
    status: idle ? "idle" : "not-idle",
    branch: idle ? "not-started" : null,
    idleFrom: idle ? idleFrom : null,
    reason: idle
      ? { zh: `超过约定动工开发日期 ${input.agreedStart} 满一年（${idleFrom}）未动工开发`, en: `not started a full year after the agreed start ${input.agreedStart} (since ${idleFrom})` }
      : { zh: `未动工，但至 ${idleFrom} 方满一年`, en: `not started, but the year is not complete until ${idleFrom}` },
  });
}

/** 第二条, second sentence: started, developed < 1/3 or invested < 25%, halted 满一年 → may be recognised as idle. */
function underDevelopedStatus(ev: Evaluation, input: IdleStatusInput, startedOn: IsoDate): RuleResult<IdleDetermination> {
  const notIdle = (zh: string, en: string) => ev.done<IdleDetermination>({ status: "not-idle", branch: null, idleFrom: null, reason: { zh, en } });
  const developed = share(input.developedArea, input.requiredArea, "developed_area", "required_area");
  const invested = share(input.invested, input.totalInvestment, "invested", "total_investment");
  const halted = input.haltedSince ?? null;
  if (halted === null || halted > input.asOf) return notIdle("已动工且未中止开发建设", "started and not halted");
  if (halted < startedOn) throw numError("halted_since", `中止日期 ${halted} 早于动工日期 ${startedOn}`, `halt date ${halted} is before the start ${startedOn}`);
  if (developed === null && invested === null)
    throw valueError("developed_area", "已中止开发：须给出已开发面积/应开发面积或已投资额/总投资额", "halted works: give developed/required area or invested/total investment");
  const shortDeveloped = developed !== null && !ev.meets("developedShareMin", developed, "developed share");
  const shortInvested = invested !== null && !ev.meets("investedShareMin", invested, "invested share");
  if (!shortDeveloped && !shortInvested)
    return notIdle("已开发面积不低于三分之一且已投资额不低于百分之二十五（已给出者）", "developed ≥ 1/3 and invested ≥ 25% (of those given)");
  const idleFrom = edate(halted, ev.num("haltedMonths").toNumber());
  const long = isOnOrAfter(input.asOf, idleFrom);
  ev.decide(`halted since ${halted}; as_of ${input.asOf} ≥ EDATE(${halted}, 12) = ${idleFrom} (满一年, inclusive): ${long ? "yes" : "no"}`);
  if (!long) return notIdle(`开发不足，但中止开发建设至 ${idleFrom} 方满一年`, `under-developed, but halted less than a year (full on ${idleFrom})`);
  if (!ev.flag("underDevelopedMayBeIdle")) return notIdle("本配置不适用第二条第二句", "this profile does not apply the second sentence of Art. 2");
  const what = [shortDeveloped ? `已开发面积占比 ${showValue(developed!, "fraction", Dec.ROUND_FLOOR)} 不足三分之一` : "", shortInvested ? `已投资额占比 ${showValue(invested!, "fraction", Dec.ROUND_FLOOR)} 不足百分之二十五` : ""].filter(Boolean).join("，");
  const whatEn = [shortDeveloped ? `developed share ${showValue(developed!, "fraction", Dec.ROUND_FLOOR)} < 1/3` : "", shortInvested ? `invested share ${showValue(invested!, "fraction", Dec.ROUND_FLOOR)} < 25%` : ""].filter(Boolean).join(", ");
  return ev.done({
    status: "may-be-idle",
    branch: "under-developed",
    idleFrom,
    reason: { zh: `${what}，中止开发建设满一年（${idleFrom}），也可以认定为闲置土地`, en: `${whatEn}, halted a full year (since ${idleFrom}): may be recognised as idle` },
  });
}

/** 闲置土地处置办法 第二条: whether land is idle on the as-of date, and by which branch. */
export function idleLandStatus(ctx: Context, input: IdleStatusInput): RuleResult<IdleDetermination> {
  const ev = new Evaluation(ctx, IDLE_LAND_DEFINITION)
    .input("agreed_start", input.agreedStart)
    .input("as_of", input.asOf)
    .input("started_on", input.startedOn)
    .input("developed_area", input.developedArea)
    .input("required_area", input.requiredArea)
    .input("invested", input.invested)
    .input("total_investment", input.totalInvestment)
    .input("halted_since", input.haltedSince);
  const startedOn = input.startedOn !== null && !isAfterDate(input.startedOn, input.asOf) ? input.startedOn : null;
  if (startedOn === null) return notStartedStatus(ev, input);
  const lateFrom = edate(input.agreedStart, ev.num("idleAfterMonths").toNumber());
  if (isAfterDate(startedOn, lateFrom)) ev.decide(`started ${startedOn}, after ${lateFrom}: the land was idle in between (fee under 第十四条 may already be due)`);
  return underDevelopedStatus(ev, input, startedOn);
}
