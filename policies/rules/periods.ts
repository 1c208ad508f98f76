import { addDays, edate, isBeforeDate, type IsoDate } from "../engine/dates";
import type { Evaluation } from "../engine/evaluation";

export interface LockPeriod {
  /** EDATE(event, months): the last day still inside the period. */
  lastDay: IsoDate;
  /** The first day the act is allowed. */
  freeFrom: IsoDate;
}

/**
 * A "N 年内不得…" period (RULES.md reading note): it starts the day after the event and its last
 * day is EDATE(event, 12·N) (民法典 第201–202条); 内 includes that last day, so the act is allowed
 * from the day after. `allowedOnEndDayParam` is the profile's flag for that reading (false);
 * `argument` names the event date when the period runs past 9999-12-31 (#NUM!).
 */
export function lockPeriod(ev: Evaluation, event: IsoDate, monthsParam: string, allowedOnEndDayParam: string, argument = "date"): LockPeriod {
  const months = ev.num(monthsParam).toNumber();
  const lastDay = edate(event, months, argument);
  const freeFrom = ev.flag(allowedOnEndDayParam) ? lastDay : addDays(lastDay, 1, argument);
  ev.decide(`${monthsParam}: EDATE(${event}, ${months}) = ${lastDay} is the last day inside; allowed from ${freeFrom}`);
  return { lastDay, freeFrom };
}

/** Whether an act on `on` falls inside the lock period (before its first free day). */
export function insideLock(period: LockPeriod, on: IsoDate): boolean {
  return isBeforeDate(on, period.freeFrom);
}
