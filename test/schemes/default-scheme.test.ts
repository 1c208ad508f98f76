import fc from "fast-check";
import { dec, tierSheet, toCellNumber, type EnterpriseRow } from "../../policies";
import { defaultScheme, evaluateScheme, evaluationYear, profileScheme, zengchengScope } from "../../policies/schemes";
import type { RowValues } from "../../policies/workbook/table";
import { at, ruleErrorOf } from "../rules/wz-zs-helpers";
import { row } from "./helpers";

// The profiles without schemes of their own: ZC-TIER (增城 二(一)2) and ZJ-EVAL (浙江 三(九)) as a scheme.

const asSchemeRow = (r: EnterpriseRow) => ({ values: { ...r.fields, data_status: r.status ?? "ok" } as unknown as RowValues });

describe("the default scheme: a profile's tier rule through the scheme engine", () => {
  const money = fc.integer({ min: 1, max: 10_000_000 }).map((n) => dec(n).div(100));
  const zcRow = fc
    .tuple(money, money, money, money, money, money, fc.integer({ min: 0, max: 9 }), fc.constantFrom("ok", "ok", "ok", "missing", "falsified") as fc.Arbitrary<"ok" | "missing" | "falsified">)
    .map(([output, area, energy, rd, revenue, retrofit, certs, status]): EnterpriseRow => ({ fields: { output, area_mu: area, energy_tce: energy, rd, revenue, retrofit, certifications: dec(certs) }, status }));

  for (const profile of ["zengcheng", "zhejiang"]) {
    test(`${profile}: the same scores, ranks, tiers and forced D as tierSheet (the existing path) for any table`, () => {
      const ctx = at(profile);
      // Value added may be negative (a loss-making firm): both paths leave such a firm unscored.
      const zjRow = fc.tuple(zcRow, fc.boolean()).map(([r, loss]): EnterpriseRow => ({ ...r, fields: { area_mu: r.fields.area_mu, tax: r.fields.output, value_added: loss ? r.fields.revenue!.negated() : r.fields.revenue, energy_tce: r.fields.energy_tce, emissions_t: r.fields.retrofit, employees: dec(10), rd: r.fields.rd, revenue: r.fields.revenue } }));
      fc.assert(
        fc.property(fc.array(profile === "zengcheng" ? zcRow : zjRow, { minLength: 1, maxLength: 40 }), (rows) => {
          const old = tierSheet(ctx, rows).value.rows;
          // The tier rule alone (增城's ZC-SCOPE is applied on top of it when a year is evaluated; see below).
          const { scheme, documents } = defaultScheme(ctx, 2023);
          const result = evaluateScheme(scheme, rows.map(asSchemeRow), { documents });
          result.firms.forEach((f, i) => {
            expect([f.tier, f.rank, f.total === null ? null : toCellNumber(f.total)]).toEqual([old[i]!.tier, old[i]!.rank, old[i]!.scoreCell]);
            expect(f.status === "forced").toBe(old[i]!.forcedReason !== null);
          });
        }),
        { numRuns: 60 },
      );
    });
  }

  test("zengcheng: the default scheme cites 增城 二(一)2 and keeps the assumed B line with its reason", () => {
    const { scheme, documents, kind } = profileScheme(at("zengcheng"), 2023);
    expect(kind).toBe("default");
    const bands = scheme.lists[0]!.bands;
    if (bands.kind !== "shares") throw new Error("shares expected");
    expect(bands.top[1]!.share).toMatchObject({ value: 0.8, basis: "assumed", clause: "二(一)2" });
    expect(documents.profile!.short).toBe("增城存量工业用地办法（征求意见稿）"); // the document's short title, not the place
  });

  test("the evaluation year defaults to the year before the as-of date; a profile with schemes and no such year → #VALUE! naming year", () => {
    expect(evaluationYear("2023-09-25" as never)).toBe(2022);
    expect(evaluationYear("2023-09-25" as never, 2021)).toBe(2021);
    expect(ruleErrorOf(() => evaluationYear("2023-09-25" as never, 2.5)).argument).toBe("year");
  });
});

describe("ZC-SCOPE 增城 一(三)1 applied to table rows", () => {
  const ctx = at("zengcheng");
  test("2023: 规上 in scope, a 规下 firm inside a block out (its block year is 2024 or 2025), with the reason", () => {
    const scope = zengchengScope(ctx, 2023);
    expect(scope(row({ scale: "规上", area_mu: 5 }).values).inScope).toBe(true);
    const out = scope({ ...row({ scale: "规下", area_mu: 20 }).values, inside_block: true });
    expect(out.inScope).toBe(false);
    expect(out.reason.zh).toContain("2024");
  });

  test("2024: a 规下 block firm with 10 亩（含）以上 is in, 9.99 亩 out; 2025: every block firm is in", () => {
    const s2024 = zengchengScope(ctx, 2024);
    const block = (mu: string) => ({ ...row({ scale: "规下", area_mu: mu }).values, inside_block: true });
    expect([s2024(block("10")).inScope, s2024(block("9.99")).inScope]).toEqual([true, false]);
    expect(zengchengScope(ctx, 2025)(block("1")).inScope).toBe(true);
  });

  test("a blank that would decide is never read as 否: blank size class of a block firm in 2023 → not evaluated, saying which blank", () => {
    const a = zengchengScope(ctx, 2023)({ ...row({ area_mu: 20 }).values, inside_block: true });
    expect(a.inScope).toBe(false);
    expect(a.reason.zh).toContain("企业规模（规上/规下）为空");
    // 规上 in 2023 needs no block flag.
    expect(zengchengScope(ctx, 2023)(row({ scale: "规上" }).values).inScope).toBe(true);
  });
});
