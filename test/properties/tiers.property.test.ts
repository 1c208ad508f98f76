import fc from "fast-check";
import { dec, getProfile, parseIsoDate, scoreEnterprises, tier, tiers, tierSheet, toCellNumber, type Context, type DataStatus, type EnterpriseRow } from "../../policies";

const asOf = parseIsoDate("2024-03-15");
const contexts: Context[] = ["zengcheng", "zhejiang"].map((p) => ({ profile: getProfile(p), asOf }));

// Small integer scores so ties are common; some blanks; a few forced statuses.
const population = fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 8 }), { minLength: 1, maxLength: 60 });
const withStatuses = population.chain((scores) =>
  fc.tuple(fc.constant(scores), fc.array(fc.constantFrom<DataStatus>("ok", "ok", "ok", "ok", "ok", "ok", "missing", "falsified"), { minLength: scores.length, maxLength: scores.length })),
);
const context = fc.constantFrom(...contexts);

describe("ZC-TIER 二(一)2 / ZJ-EVAL quotas and ties (properties)", () => {
  test("ZC-TIER 二(一)2: A ≤ ⌊0.2N⌋, D by quota ≤ ⌊0.05N⌋, A + B ≤ ⌊0.8N⌋ (不超过 is a ceiling)", () => {
    fc.assert(
      fc.property(context, withStatuses, (ctx, [scores, statuses]) => {
        const r = tiers(ctx, scores, statuses).value;
        const n = scores.filter((s) => s !== null).length;
        const count = (t: string, forced: boolean | null = null) => r.tiers.filter((x, i) => x === t && (forced === null || Boolean(r.forced[i]) === forced)).length;
        expect(r.quotas.n).toBe(n);
        expect(count("A")).toBeLessThanOrEqual(Math.floor(0.2 * n + 1e-9));
        expect(count("D", false)).toBeLessThanOrEqual(Math.floor(0.05 * n + 1e-9));
        expect(count("A") + count("B")).toBeLessThanOrEqual(Math.floor(0.8 * n + 1e-9));
      }),
    );
  });

  test("ZC-TIER 二(一)2: tied scores always share a tier", () => {
    fc.assert(
      fc.property(context, population, (ctx, scores) => {
        const r = tiers(ctx, scores).value.tiers;
        const byScore = new Map<number, Set<string | null>>();
        scores.forEach((s, i) => s !== null && byScore.set(s, (byScore.get(s) ?? new Set()).add(r[i]!)));
        for (const set of byScore.values()) expect(set.size).toBe(1);
      }),
    );
  });

  test("ZC-TIER 二(一)2: a higher score never gets a lower tier", () => {
    const rank = { A: 4, B: 3, C: 2, D: 1 } as const;
    fc.assert(
      fc.property(context, population, (ctx, scores) => {
        const r = tiers(ctx, scores).value.tiers;
        scores.forEach((s, i) =>
          scores.forEach((t, j) => {
            if (s !== null && t !== null && s > t) expect(rank[r[i]!]).toBeGreaterThanOrEqual(rank[r[j]!]);
          }),
        );
      }),
    );
  });

  test("ZC-TIER 二(一)2: TIERS row i equals TIER(score_i, scores, status_i)", () => {
    fc.assert(
      fc.property(context, withStatuses, (ctx, [scores, statuses]) => {
        const all = tiers(ctx, scores, statuses).value.tiers;
        scores.forEach((s, i) => {
          const forced = statuses[i] !== "ok";
          if (s === null && !forced) expect(all[i]).toBeNull();
          else expect(all[i]).toBe(tier(ctx, { score: s, scores, status: statuses[i]! }).value);
        });
      }),
    );
  });
});

// Complete enterprise rows with positive fields (so every indicator exists).
const positive = fc.integer({ min: 1, max: 100000 }).map((n) => dec(n).div(10));
const firm = fc.record({
  area_mu: positive, output: positive, energy_tce: positive, rd: positive, revenue: positive, retrofit: positive, certifications: fc.integer({ min: 1, max: 9 }).map(dec),
  tax: positive, value_added: positive, emissions_t: positive, employees: positive,
}).map((fields): EnterpriseRow => ({ fields }));
const firms = fc.array(firm, { minLength: 1, maxLength: 25 });

describe("ZC-TIER 二(一)2 / ZJ-EVAL scores from the enterprise table (properties)", () => {
  test("ZC-TIER: with mean benchmarks every indicator averages 1 × its weight, so the scores average Σ weights (100)", () => {
    fc.assert(
      fc.property(context, firms, (ctx, rows) => {
        const r = scoreEnterprises(ctx, rows).value;
        const total = r.rows.reduce((s, row) => s.plus(row.score!), dec(0));
        const weights = r.indicators.reduce((s, i) => s.plus(i.weight), dec(0));
        expect(total.div(rows.length).minus(weights).abs().lt(dec("1e-40"))).toBe(true);
      }),
    );
  });

  test("ZC-TIER 二(一)2: raising one firm's output never lowers its own score and never raises another's (亩均产出 counts for more)", () => {
    fc.assert(
      fc.property(firms, fc.nat(), positive, (rows, pick, extra) => {
        const ctx = contexts[0]!;
        const i = pick % rows.length;
        const raised = rows.map((r, k) => (k === i ? { fields: { ...r.fields, output: r.fields.output!.plus(extra) } } : r));
        const before = scoreEnterprises(ctx, rows).value.rows.map((r) => r.score!);
        const after = scoreEnterprises(ctx, raised).value.rows.map((r) => r.score!);
        // Exact to 50 significant digits: equal in law may differ in the 48th digit.
        const slack = dec("1e-40");
        expect(after[i]!.gte(before[i]!.minus(slack))).toBe(true);
        after.forEach((s, k) => k !== i && expect(s.lte(before[k]!.plus(slack))).toBe(true));
      }),
    );
  });

  test("ZC-TIER: the tier sheet's tiers equal LAND.TIERS on its scores, and ranks are 1 + the number of higher scores", () => {
    fc.assert(
      fc.property(context, firms, (ctx, rows) => {
        const sheet = tierSheet(ctx, rows).value;
        const numbers = sheet.rows.map((r) => toCellNumber(r.score!));
        expect(sheet.rows.map((r) => r.tier)).toEqual(tiers(ctx, numbers).value.tiers);
        sheet.rows.forEach((r, i) => expect(r.rank).toBe(1 + numbers.filter((x) => x > numbers[i]!).length));
      }),
    );
  });
});
