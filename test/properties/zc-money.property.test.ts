import fc from "fast-check";
import {
  attractionSubsidy, breachPenalty, compensationPackage, dec, decMin, edate, getProfile, idleFee, investmentClawback, investmentSubsidy, parseIsoDate, rentSubsidy, villageSubsidy,
  type Context, type Dec,
} from "../../policies";

const zc: Context = { profile: getProfile("zengcheng"), asOf: parseIsoDate("2024-03-15") };
const zero = dec(0);

// Money with cents, 0 … 10 亿元 (in 万元); areas and rates likewise exact decimals.
const money = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => dec(n).div(100));
const area = fc.integer({ min: 0, max: 10_000_000 }).map((n) => dec(n).div(100));
const months = fc.integer({ min: 0, max: 1200 }).map((n) => dec(n).div(100));
const year = fc.integer({ min: 1, max: 6 });
const within = (x: Dec, lo: Dec, hi: Dec) => x.gte(lo) && x.lte(hi);

describe("ZC-SUB-* subsidies are never negative and never above their caps (properties)", () => {
  test("ZC-SUB-RENT 三(二)7: 0 ≤ rent subsidy ≤ min(10 元 × ㎡ × months ÷ 10000, previous-year contribution); 0 after year 2", () => {
    fc.assert(
      fc.property(area, months, money, year, (m2, mo, contribution, y) => {
        const v = rentSubsidy(zc, { areaM2: m2, months: mo, contribution, year: y }).value;
        expect(within(v, zero, contribution)).toBe(true);
        expect(v.lte(m2.times(mo).times(10).div(10000))).toBe(true);
        if (y > 2) expect(v.isZero()).toBe(true);
      }),
    );
  });

  test("ZC-SUB-INV 三(二)5: 0 ≤ yearly reward ≤ 2% × investment, and three years together never pass 3000 万元", () => {
    fc.assert(
      fc.property(fc.array(money, { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 2000 }), (investments, perMu) => {
        let paid = zero;
        investments.forEach((investment, k) => {
          const v = investmentSubsidy(zc, { investment, plannedPerMu: dec(perMu), year: k + 1, alreadyPaid: paid }).value;
          expect(within(v, zero, investment.times("0.02"))).toBe(true);
          if (perMu < 600) expect(v.isZero()).toBe(true);
          paid = paid.plus(v);
        });
        expect(paid.lte(3000)).toBe(true);
      }),
    );
  });

  test("ZC-SUB-INV 三(二)5: the clawback is all of what was paid, or nothing", () => {
    fc.assert(
      fc.property(money, area.filter((a) => a.gt(0)), money, (actual, mu, paid) => {
        const v = investmentClawback(zc, { actualInvestment: actual, areaMu: mu, paid }).value;
        expect(v.equals(actual.div(mu).lt(600) ? paid : zero)).toBe(true);
      }),
    );
  });

  test("ZC-SUB-ATTR 三(二)6: 0 ≤ reward ≤ min(5% × output, 2000, contribution)", () => {
    fc.assert(
      fc.property(money, money, fc.boolean(), (output, contribution, village) => {
        const v = attractionSubsidy(zc, { output, contribution, villagePark: village }).value;
        expect(within(v, zero, decMin(output.times("0.05"), dec(2000), contribution))).toBe(true);
        if (village) expect(v.isZero()).toBe(true);
      }),
    );
  });

  test("ZC-SUB-VIL 三(二)8: 0 ≤ reward ≤ min(5% × output, contribution); 0 after year 3", () => {
    fc.assert(
      fc.property(money, money, year, (output, contribution, y) => {
        const v = villageSubsidy(zc, { output, contribution, year: y }).value;
        expect(within(v, zero, decMin(output.times("0.05"), contribution))).toBe(true);
        if (y > 3) expect(v.isZero()).toBe(true);
      }),
    );
  });
});

describe("ZC-LOWEFF / ZC-IDLE / ZC-COMP money (properties)", () => {
  test("ZC-LOWEFF 二(三)6: 0 ≤ tax-shortfall payment ≤ committed × area, and 0 when the commitment is met", () => {
    fc.assert(
      fc.property(money, money, area, (committed, actual, mu) => {
        const v = breachPenalty(zc, { committedTaxPerMu: committed, actualTaxPerMu: actual, areaMu: mu }).value;
        expect(within(v, zero, committed.times(mu))).toBe(true);
        if (actual.gte(committed)) expect(v.isZero()).toBe(true);
      }),
    );
  });

  const day = fc.integer({ min: 0, max: 3650 }).map((n) => parseIsoDate(new Date(Date.UTC(2015, 0, 1 + n)).toISOString().slice(0, 10)));

  test("ZC-IDLE 二(二)5: the fee is 0 before EDATE(agreed, 12) and exactly 20% of the price from then on; government-caused → 0", () => {
    fc.assert(
      fc.property(money, day, day, fc.boolean(), (price, agreed, asOf, government) => {
        const v = idleFee(zc, { landPrice: price, agreedStart: agreed, asOf, cause: government ? "government" : "enterprise" }).value.fee;
        const due = !government && asOf >= edate(agreed, 12);
        expect(v.equals(due ? price.times("0.2") : zero)).toBe(true);
      }),
    );
  });

  test("ZC-COMP 三(一)3: property = 1.2 × lawful + 0.6 × pre-2009, money = post-2009 ㎡ × cost ÷ 10000; both ≥ 0", () => {
    fc.assert(
      fc.property(area, fc.array(fc.tuple(area, fc.integer({ min: 1980, max: 2024 })), { maxLength: 6 }), money, (lawful, buildings, cost) => {
        const r = compensationPackage(zc, { lawfulM2: lawful, unlawful: buildings.map(([m2, y]) => ({ m2, yearCompleted: y })), costPerM2: cost }).value;
        const pre = buildings.filter(([, y]) => y <= 2009).reduce((s, [m2]) => s.plus(m2), zero);
        const post = buildings.filter(([, y]) => y > 2009).reduce((s, [m2]) => s.plus(m2), zero);
        expect(r.propertyM2.equals(lawful.times("1.2").plus(pre.times("0.6")))).toBe(true);
        expect(r.moneyWan.equals(post.times(cost).div(10000))).toBe(true);
        expect(r.propertyM2.gte(0) && r.moneyWan.gte(0)).toBe(true);
      }),
    );
  });
});
