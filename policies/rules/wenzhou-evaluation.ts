import type { Bilingual } from "../schema";
import { compareIsoDates, edate, isAfterDate, isBeforeDate, isOnOrAfter, type IsoDate } from "../engine/dates";
import { numError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { EVALUATION_SCHEDULE } from "../catalogue/concepts";

// 温州 三(四)11: 达产评估, 过程评估 every 5 years after, 到期评估 1 year before the term ends.

export type EvaluationStage = "production" | "process" | "expiry";

const STAGE_NAMES: Record<EvaluationStage, Bilingual> = {
  production: { zh: "达产评估", en: "evaluation at production" },
  process: { zh: "过程评估", en: "five-yearly evaluation" },
  expiry: { zh: "到期评估", en: "evaluation before expiry" },
};

export interface ScheduledEvaluation {
  stage: EvaluationStage;
  name: Bilingual;
  date: IsoDate;
}

export interface EvaluationTerms {
  /** 达产 date (the 达产验收 or contractual production date). */
  productionDate: IsoDate;
  /** The day the land-use term ends. */
  termEnd: IsoDate;
}

function scheduleOf(ev: Evaluation, terms: EvaluationTerms): ScheduledEvaluation[] {
  const { productionDate, termEnd } = terms;
  if (!isAfterDate(termEnd, productionDate))
    throw numError("term_end", `出让年期届满日 ${termEnd} 应晚于达产日 ${productionDate}`, `the term end ${termEnd} must come after the production date ${productionDate}`);
  const at = (stage: EvaluationStage, date: IsoDate): ScheduledEvaluation => ({ stage, name: STAGE_NAMES[stage], date });
  const list = ev.flag("atProduction") ? [at("production", productionDate)] : [];
  const every = ev.num("processEveryYears").times(12).toNumber();
  // Each 过程评估 is counted from the production date itself, so month ends never drift.
  for (let k = 1; isBeforeDate(edate(productionDate, every * k), termEnd); k++) list.push(at("process", edate(productionDate, every * k)));
  const lead = ev.num("expiryLeadYears").times(12).toNumber();
  list.push(at("expiry", edate(termEnd, -lead)));
  ev.decide(`达产 ${productionDate}; 过程 every ${every} months while before ${termEnd}; 到期 EDATE(${termEnd}, −${lead})`);
  return list.sort((a, b) => compareIsoDates(a.date, b.date));
}

/** 三(四)11: every evaluation from production to expiry, in date order. */
export function evaluationSchedule(ctx: Context, terms: EvaluationTerms): RuleResult<ScheduledEvaluation[]> {
  const ev = new Evaluation(ctx, EVALUATION_SCHEDULE).input("production_date", terms.productionDate).input("term_end", terms.termEnd);
  return ev.done(scheduleOf(ev, terms));
}

/** 三(四)11: the first evaluation on or after `on` (default: the as-of date); null when none is left. */
export function nextEvaluation(ctx: Context, terms: EvaluationTerms, on: IsoDate = ctx.asOf): RuleResult<ScheduledEvaluation | null> {
  const ev = new Evaluation(ctx, EVALUATION_SCHEDULE)
    .input("production_date", terms.productionDate)
    .input("term_end", terms.termEnd)
    .input("on", on);
  const next = scheduleOf(ev, terms).find((e) => isOnOrAfter(e.date, on)) ?? null;
  ev.decide(next ? `first on or after ${on}: ${next.name.zh} ${next.date}` : `none on or after ${on}`);
  return ev.done(next);
}
