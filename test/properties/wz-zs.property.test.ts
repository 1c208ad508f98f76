import fc from "fast-check";
import {
  bidWinner,
  breachPenalty,
  buybackPrice,
  consolidationReward,
  daysBetween,
  dec,
  edate,
  evaluationSchedule,
  landBankingInterestSubsidy,
  leasePrice,
  moneyCompensationCap,
  parseIsoDate,
  relocationLoanInterestSubsidy,
  rentSubsidy,
  swapPriceDifference,
  villageLoanInterestSubsidy,
  type Dec,
  type IsoDate,
} from "../../policies";
import { at } from "../rules/wz-zs-helpers";

const wz = at("wenzhou");
const zs = at("zhongshan");

/** Money and areas with up to 4 decimals, as analysts type them. */
const amount = (max = 1e8): fc.Arbitrary<Dec> => fc.integer({ min: 0, max: max * 10000 }).map((n) => dec(n).div(10000));
const fraction = fc.integer({ min: 0, max: 10000 }).map((n) => dec(n).div(10000));
const EPOCH = parseIsoDate("2000-01-01");

/** The date `days` after 2000-01-01. */
function offset(days: number): IsoDate {
  return new Date(Date.UTC(2000, 0, 1) + days * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

const date: fc.Arbitrary<IsoDate> = fc.integer({ min: 0, max: 20000 }).map(offset);

describe("WZ-BREACH 三(四)10 properties", () => {
  test("WZ-BREACH: the penalty is never negative and never above committed × area", () => {
    fc.assert(
      fc.property(amount(1000), amount(1000), amount(10000), (committed, actual, area) => {
        const p = breachPenalty(wz, { committedTaxPerMu: committed, actualTaxPerMu: actual, areaMu: area }).value;
        return p.gte(0) && p.lte(committed.times(area));
      }),
    );
  });

  test("WZ-BREACH: the land buy-back price never exceeds the original price, nor a lower market price; buildings never exceed replacement cost", () => {
    fc.assert(
      fc.property(amount(), fc.option(amount()), amount(), fraction, (original, market, replacement, newness) => {
        const b = buybackPrice(wz, { originalPrice: original, marketPrice: market, replacementCost: replacement, newnessRatio: newness }).value;
        return b.land.lte(original) && (market === null || b.land.lte(market) || market.gte(original)) && b.buildings.lte(replacement) && b.total.eq(b.land.plus(b.buildings));
      }),
    );
  });
});

describe("WZ-TERM / WZ-BID properties", () => {
  test("WZ-TERM: a lawful term never prices above the full-term price", () => {
    fc.assert(
      fc.property(amount(), fc.integer({ min: 1, max: 2000 }), (price, tenths) => {
        const years = dec(tenths).div(100);
        return leasePrice(wz, price, years).value.lte(price);
      }),
    );
  });

  test("WZ-BID: the winner's price never exceeds starting price × 1.2, and a tax-phase winner bid the cap", () => {
    const bids = fc.array(fc.record({ share: fc.integer({ min: 0, max: 12000 }), tax: fc.integer({ min: 0, max: 200 }) }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), bids, (start, raw) => {
        const starting = dec(start);
        const list = raw.map((b, i) => ({ bidder: `b${i}`, price: starting.times(b.share).div(10000), committedTaxPerMu: dec(b.tax) }));
        const r = bidWinner(wz, { startingPrice: starting, bids: list, taxFloor: null }).value;
        const winner = list.find((b) => b.bidder === r.winner);
        return r.cap.eq(starting.times(1.2)) && (!winner || (winner.price.lte(r.cap) && (r.phase === "price" || winner.price.eq(r.cap))));
      }),
    );
  });
});

describe("WZ-EVAL property", () => {
  test("WZ-EVAL: the schedule starts at production, is in date order, and every 过程评估 falls before the term end", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 13, max: 600 }), (production, months) => {
        const termEnd = edate(production, months);
        const s = evaluationSchedule(wz, { productionDate: production, termEnd }).value;
        const dates = s.map((e) => e.date);
        return s[0]!.date === production && dates.every((x, i) => i === 0 || dates[i - 1]! <= x) && s.filter((e) => e.stage === "process").every((e) => e.date < termEnd);
      }),
    );
  });
});

describe("中山 subsidies never negative and never above their caps", () => {
  test("ZS-RELOC 二(十二): rent subsidy within [0, min(6 × ㎡ × months ÷ 10000, contribution)]", () => {
    fc.assert(
      fc.property(amount(1e6), fc.integer({ min: 0, max: 12 }), amount(1e5), fc.integer({ min: 1, max: 5 }), (area, months, contribution, year) => {
        const v = rentSubsidy(zs, { areaM2: area, months: dec(months), contribution, year }).value;
        return v.gte(0) && v.lte(contribution) && v.lte(dec(6).times(area).times(months).div(10000));
      }),
    );
  });

  const period = fc.tuple(date, fc.integer({ min: 1, max: 800 })).map(([from, days]) => ({ from, to: offset(daysBetween(EPOCH, from) + days) }));

  test("ZS-INTEREST 二(七): interest support within [0, interest] (全额 at most)", () => {
    fc.assert(
      fc.property(amount(1e5), period, date, fc.option(date), (interest, p, start, end) => {
        const a = landBankingInterestSubsidy(zs, { interest, ...p, fundedOn: start, completedOn: end }).value;
        const b = villageLoanInterestSubsidy(zs, { interest, ...p, loanDate: start, landSoldOn: end }).value;
        return [a, b].every((v) => v.gte(0) && v.lte(interest));
      }),
    );
  });

  test("ZS-RELOC 二(十二): loan interest support within [0, 50% × interest]", () => {
    fc.assert(
      fc.property(amount(1e5), period, date, (interest, p, loan) => {
        const v = relocationLoanInterestSubsidy(zs, { interest, ...p, loanDate: loan }).value;
        return v.gte(0) && v.lte(interest.times(0.5));
      }),
    );
  });

  test("ZS-CONSOL 二(八): reward within [0, 100 元/㎡ × floor area] per milestone, total = 2 × per milestone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), amount(1000), amount(1e6), fc.boolean(), (holders, area, floor, residential) => {
        const r = consolidationReward(zs, { holders, areaMu: area, floorAreaM2: floor, residentialOrCommercial: residential, meetsBuildingStandard: true }).value;
        return r.perMilestone.gte(0) && r.perMilestone.lte(floor.times(100).div(10000)) && r.total.eq(r.perMilestone.times(2));
      }),
    );
  });

  test("ZS-COMP 二(七)3 / ZS-SWAP 三(十八): compensation cap within [0, sale price]; swap difference never negative", () => {
    fc.assert(
      fc.property(amount(), fraction, amount(), amount(), (sale, fundShare, before, after) => {
        const cap = moneyCompensationCap(zs, { landSalePrice: sale, agriculturalFund: sale.times(fundShare) }).value;
        const diff = swapPriceDifference(zs, before, after).value;
        return cap.gte(0) && cap.lte(sale) && diff.gte(0) && diff.gte(after.minus(before));
      }),
    );
  });
});
