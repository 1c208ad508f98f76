import { requirePositive } from "../engine/checks";
import { daysBetween, fromExcelSerial, isAfterDate, toExcelSerial, type IsoDate } from "../engine/dates";
import { dec, decSum, decText, Dec } from "../engine/decimal";
import { numError, valueError } from "../engine/errors";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { MERGED_PARCEL_TERM } from "../catalogue/concepts";

export interface MergeParcel {
  /** Land area, 亩 (any one unit for all parcels: only the weights matter). */
  area: Dec;
  /** 出让终止期: the day the parcel's land-use term ends. */
  endDate: IsoDate;
}

export interface MergedTerm {
  endDate: IsoDate;
  /** Whole days from the evaluation date to endDate. */
  remainingDays: number;
  /** remainingDays ÷ daysPerYear, exact. */
  remainingYears: Dec;
}

export interface TopUp {
  /** 0-based index into the parcels given. */
  parcel: number;
  /** 差额年限: days from the parcel's own end date to the latest one, and in years. */
  days: number;
  years: Dec;
}

export interface MergeTerms {
  /** 终止时间在前: the earliest end date. */
  earliest: MergedTerm;
  /** 出让终止期最迟一宗: the latest end date, each other parcel paying for its difference years. */
  latest: MergedTerm & { topUps: TopUp[] };
  /** 剩余年期加权平均: the area-weighted average of remaining days, to a whole day per the profile. */
  weighted: MergedTerm & { averageDays: Dec };
}

function termOf(asOf: IsoDate, endDate: IsoDate, daysPerYear: Dec): MergedTerm {
  const remainingDays = daysBetween(asOf, endDate);
  return { endDate, remainingDays, remainingYears: dec(remainingDays).div(daysPerYear) };
}

function roundDays(days: Dec, rule: string): number {
  if (rule === "down") return days.floor().toNumber();
  if (rule === "up") return days.ceil().toNumber();
  if (rule === "nearest") return days.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  throw new Error(`NB-MERGE-TERM.dayRounding "${rule}" is not down, up or nearest`);
}

/**
 * 宁波 二(九): the term of merged parcels with different end dates, by each method the clause
 * allows: the earliest end date; the latest with the difference years paid for; or the
 * area-weighted average of the remaining terms from the evaluation date.
 */
export function mergedParcelTerm(ctx: Context, parcels: readonly MergeParcel[]): RuleResult<MergeTerms> {
  const ev = new Evaluation(ctx, MERGED_PARCEL_TERM);
  if (parcels.length === 0) throw valueError("parcels", "至少需要一宗土地", "at least one parcel is needed");
  parcels.forEach((p, i) => {
    ev.input(`parcels[${i}]`, `${decText(p.area)} 亩, ends ${p.endDate}`);
    requirePositive(p.area, `parcels[${i}].area`);
    if (!isAfterDate(p.endDate, ctx.asOf))
      throw numError(`parcels[${i}].end_date`, `出让终止期 ${p.endDate} 不晚于评价日 ${ctx.asOf}，已无剩余年期`, `the term ending ${p.endDate} has no remaining years on ${ctx.asOf}`);
  });
  // 加权平均 names no weight: by each parcel's area (the profile's reading), or each parcel alike (a what-if).
  const weightBy = ev.text("weightBy");
  const weightOf = (p: MergeParcel): Dec => (weightBy === "area" ? p.area : dec(1));
  const daysPerYear = ev.num("daysPerYear");
  const ends = parcels.map((p) => p.endDate).sort();
  const earliest = termOf(ctx.asOf, ends[0]!, daysPerYear);
  const latestEnd = ends[ends.length - 1]!;
  const topUps = parcels.map((p, parcel) => {
    const days = daysBetween(p.endDate, latestEnd);
    return { parcel, days, years: dec(days).div(daysPerYear) };
  });
  const latest = { ...termOf(ctx.asOf, latestEnd, daysPerYear), topUps };

  const totalWeight = decSum(parcels.map(weightOf));
  const averageDays = decSum(parcels.map((p) => weightOf(p).times(daysBetween(ctx.asOf, p.endDate)))).div(totalWeight);
  const rounding = ev.text("dayRounding");
  const wholeDays = roundDays(averageDays, rounding);
  const weighted = { ...termOf(ctx.asOf, fromExcelSerial(toExcelSerial(ctx.asOf) + wholeDays), daysPerYear), averageDays };

  ev.decide(`earliest end ${earliest.endDate}; latest end ${latest.endDate}`);
  ev.decide(`${weightBy === "area" ? "Σ(area × remaining days) ÷ Σ area" : "Σ remaining days ÷ parcels"} = ${decText(averageDays)} days → ${wholeDays} (${rounding}) → ${weighted.endDate}`);
  return ev.done({ earliest, latest, weighted });
}
