import { daysBetween, edate, type IsoDate } from "../engine/dates";
import type { Evaluation } from "../engine/evaluation";

function shiftDays(date: IsoDate, days: number): IsoDate {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10) as IsoDate;
}

/** The day after `date` (the first day a period that ends on `date` no longer covers). */
export function dayAfter(date: IsoDate): IsoDate {
  return shiftDays(date, 1);
}

/** The day before `date`. */
export function dayBefore(date: IsoDate): IsoDate {
  return shiftDays(date, -1);
}

/** Whether `a` is a strictly earlier calendar day than `b`. */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return daysBetween(a, b) > 0;
}

export interface LockPeriod {
  /** EDATE(event, months): the last day still inside the period. */
  lastDay: IsoDate;
  /** The first day the act is allowed. */
  freeFrom: IsoDate;
}

/**
 * A "N 年内不得…" period (RULES.md reading note): it starts the day after the event and its last
 * day is EDATE(event, 12·N) (民法典 第201–202条); 内 includes that last day, so the act is allowed
 * from the day after. `allowedOnEndDayParam` is the profile's flag for that reading (false).
 */
export function lockPeriod(ev: Evaluation, event: IsoDate, monthsParam: string, allowedOnEndDayParam: string): LockPeriod {
  const months = ev.num(monthsParam).toNumber();
  const lastDay = edate(event, months);
  const freeFrom = ev.flag(allowedOnEndDayParam) ? lastDay : dayAfter(lastDay);
  ev.decide(`${monthsParam}: EDATE(${event}, ${months}) = ${lastDay} is the last day inside; allowed from ${freeFrom}`);
  return { lastDay, freeFrom };
}

/** Whether an act on `on` falls inside the lock period (before its first free day). */
export function insideLock(period: LockPeriod, on: IsoDate): boolean {
  return isBefore(on, period.freeFrom);
}
