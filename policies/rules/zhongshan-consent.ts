import { requireNonNegative, requireWhole, type Finding } from "../engine/checks";
import { dec, Dec } from "../engine/decimal";
import { numError, valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { findingOf, showValue } from "./findings";
import { HOLDER_CONSENT } from "../catalogue/concepts";

// 中山 二(十)3: a village collective's transfer of its industrial land to its wholly owned company.

type ConsentEvaluation = Evaluation<typeof HOLDER_CONSENT.params>;
type ShareParam = "minMemberShare" | "minHouseholdShare";

/** A vote: how many consented out of how many there are. */
export interface Vote {
  consenting: Dec;
  total: Dec;
}

export interface ConsentInput {
  /** 村集体成员会议: members consenting / all members; null when not counted this way. */
  members: Vote | null;
  /** 户代表: household representatives consenting / all; null when not counted this way. */
  households: Vote | null;
}

function checkedVote(vote: Vote, what: string): Vote {
  requireWhole(requireNonNegative(vote.consenting, `${what}_consenting`), `${what}_consenting`);
  requireWhole(requireNonNegative(vote.total, `${what}_total`), `${what}_total`);
  if (vote.total.isZero()) throw numError(`${what}_total`, "总数必须大于 0", "the total must be greater than 0");
  if (vote.consenting.gt(vote.total)) throw numError(`${what}_consenting`, `同意数 ${vote.consenting.toFixed()} 超过总数 ${vote.total.toFixed()}`, `${vote.consenting.toFixed()} consenting exceeds the total ${vote.total.toFixed()}`);
  return vote;
}

/**
 * consenting ÷ total against a share parameter, exactly: a fraction "2/3" is compared as
 * consenting × 3 ≥ 2 × total, never through a rounded 0.666…; 以上 includes 2/3 itself.
 */
function voteMeets(ev: ConsentEvaluation, name: ShareParam, vote: Vote, what: string): boolean {
  const p = ev.param(name);
  const [num, den] = typeof p.value === "string" && p.value.includes("/") ? p.value.split("/").map((x) => dec(x)) : [ev.num(name), dec(1)];
  const lhs = vote.consenting.times(den!);
  const rhs = vote.total.times(num!);
  const ok = p.bound === "min" && p.inclusive ? lhs.gte(rhs) : lhs.gt(rhs);
  ev.decide(`${what}: ${vote.consenting.toFixed()}/${vote.total.toFixed()} ${p.inclusive ? "≥" : ">"} ${String(p.value)} (${vote.consenting.toFixed()} × ${den!.toFixed()} vs ${num!.toFixed()} × ${vote.total.toFixed()}; ${name}): ${ok ? "yes" : "no"}`);
  return ok;
}

function consentReached(ev: ConsentEvaluation, input: ConsentInput): { reached: boolean; failed: { name: ShareParam; field: string; vote: Vote }[] } {
  if (input.members === null && input.households === null)
    throw valueError("members", "须给出成员或户代表的同意数与总数", "give the members' or the household representatives' consent and total");
  const counts = [
    ...(input.members ? [{ name: "minMemberShare" as const, field: "members", vote: checkedVote(input.members, "members") }] : []),
    ...(input.households ? [{ name: "minHouseholdShare" as const, field: "households", vote: checkedVote(input.households, "households") }] : []),
  ];
  const failed = counts.filter((c) => !voteMeets(ev, c.name, c.vote, c.field));
  // 或者: either count reaching 2/3 suffices.
  return { reached: failed.length < counts.length, failed };
}

function consentEvaluation(ctx: Context, input: ConsentInput): ConsentEvaluation {
  return new Evaluation(ctx, HOLDER_CONSENT)
    .input("members", input.members ? `${input.members.consenting.toFixed()}/${input.members.total.toFixed()}` : null)
    .input("households", input.households ? `${input.households.consenting.toFixed()}/${input.households.total.toFixed()}` : null);
}

/** 中山 二(十)3: consent of 2/3 以上 of the members or 2/3 以上 of the household representatives (2/3 itself included). */
export function villageTransferConsent(ctx: Context, input: ConsentInput): RuleResult<boolean> {
  const ev = consentEvaluation(ctx, input);
  return ev.done(consentReached(ev, input).reached);
}

/** 中山 二(十)3: a violation when neither the members' nor the households' consent reaches 2/3. */
export function villageTransferConsentCheck(ctx: Context, input: ConsentInput): RuleResult<Finding[]> {
  const ev = consentEvaluation(ctx, input);
  const { reached, failed } = consentReached(ev, input);
  if (reached) return ev.done([]);
  return ev.done(
    failed.map(({ name, field, vote }) => {
      const who = field === "members" ? { zh: "成员", en: "members" } : { zh: "户代表", en: "household representatives" };
      const share = showValue(vote.consenting.div(vote.total), "fraction", Dec.ROUND_FLOOR);
      return findingOf(ev, {
        param: name,
        field,
        value: `${vote.consenting.toFixed()}/${vote.total.toFixed()}`,
        threshold: `≥ ${String(ev.param(name).value)}`,
        severity: "violation",
        message: {
          zh: `同意的${who.zh} ${vote.consenting.toFixed()}/${vote.total.toFixed()}（${share}）未达到 ${String(ev.param(name).value)}，不能以协议方式转让到村集体全资公司`,
          en: `${vote.consenting.toFixed()} of ${vote.total.toFixed()} ${who.en} (${share}) is below ${String(ev.param(name).value)}: no transfer by agreement to the collective's company`,
        },
      });
    }),
  );
}
