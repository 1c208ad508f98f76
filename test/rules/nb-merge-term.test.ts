import fc from "fast-check";
import { mergedParcelTerm, type MergeParcel } from "../../policies";
import { whatIf } from "./nb-what-if";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const nb = at("ningbo", "2024-03-15");
const parcel = (area: number | string, endDate: string): MergeParcel => ({ area: d(area), endDate: day(endDate) });

// From 2024-03-15: to 2044-03-15 is 20 × 365 + 5 leap days (2028 … 2044) = 7305 days;
// to 2054-03-15 is 30 × 365 + 7 leap days (2028 … 2052) = 10957 days.
const twoParcels = [parcel(10, "2044-03-15"), parcel(30, "2054-03-15")];

describe("NB-MERGE-TERM 二(九) term of merged parcels", () => {
  test("NB-MERGE-TERM 二(九) 按土地使用权终止时间在前的使用期限确定: the earliest end date, 2044-03-15 (7305 days)", () => {
    const { earliest } = mergedParcelTerm(nb, twoParcels).value;
    expect(earliest.endDate).toBe("2044-03-15");
    expect(earliest.remainingDays).toBe(7305);
    expect(earliest.remainingYears.eq(d(7305).div(365))).toBe(true);
  });

  test("NB-MERGE-TERM 二(九) 补缴差额年限出让价款按出让终止期最迟一宗: 2054-03-15; the 10 亩 parcel pays for 3652 days", () => {
    const { latest } = mergedParcelTerm(nb, twoParcels).value;
    expect(latest.endDate).toBe("2054-03-15");
    expect(latest.remainingDays).toBe(10957);
    // 2044-03-15 → 2054-03-15: 10 × 365 + 2 leap days (2048, 2052).
    expect(latest.topUps.map((t) => [t.parcel, t.days])).toEqual([
      [0, 3652],
      [1, 0],
    ]);
    expect(latest.topUps[0]!.years.eq(d(3652).div(365))).toBe(true);
  });

  test("NB-MERGE-TERM 二(九) 以各地块剩余土地使用年期为基数进行加权平均: (10 × 7305 + 30 × 10957) ÷ 40 = 10044 days → 2051-09-14", () => {
    const { weighted } = mergedParcelTerm(nb, twoParcels).value;
    expect(weighted.averageDays.toFixed()).toBe("10044");
    expect(weighted.remainingDays).toBe(10044);
    // 2051-09-14 → 2052-03-15 is 183 days (2052 is leap), → 2054-03-15 another 730: 10957 − 913 = 10044.
    expect(weighted.endDate).toBe("2051-09-14");
  });

  test("NB-MERGE-TERM 二(九): a fractional average rounds down to a whole day — (3652 + 2 × 3653) ÷ 3 = 3652.67 → 2034-03-15", () => {
    // 2024-03-15 → 2034-03-15: 10 × 365 + 2 leap days (2028, 2032) = 3652.
    const r = mergedParcelTerm(nb, [parcel(1, "2034-03-15"), parcel(2, "2034-03-16")]);
    expect(r.value.weighted.averageDays.eq(d(10958).div(3))).toBe(true);
    expect(r.value.weighted.endDate).toBe("2034-03-15");
    expect(r.trace.params.find((p) => p.name === "dayRounding")).toMatchObject({ value: "down", basis: "assumed" });
  });

  test.each([
    // 3652.67 days: up and nearest → 3653; 3652.33 days ((2 × 3652 + 3653) ÷ 3): up → 3653, nearest → 3652.
    ["up", [1, 2], "2034-03-16"],
    ["nearest", [1, 2], "2034-03-16"],
    ["up", [2, 1], "2034-03-16"],
    ["nearest", [2, 1], "2034-03-15"],
  ])("NB-MERGE-TERM 二(九): a derived profile may round %s instead — areas %j → %s", (rounding, [a, b], expected) => {
    const ctx = whatIf("ningbo", "NB-MERGE-TERM.dayRounding", rounding as string);
    const r = mergedParcelTerm(ctx, [parcel(a!, "2034-03-15"), parcel(b!, "2034-03-16")]);
    expect(r.value.weighted.endDate).toBe(expected);
  });

  test("NB-MERGE-TERM 二(九): equal end dates give one answer by every method, with nothing to pay", () => {
    const r = mergedParcelTerm(nb, [parcel(5, "2060-01-31"), parcel("7.5", "2060-01-31")]).value;
    expect([r.earliest.endDate, r.latest.endDate, r.weighted.endDate]).toEqual(["2060-01-31", "2060-01-31", "2060-01-31"]);
    expect(r.latest.topUps.every((t) => t.days === 0)).toBe(true);
  });

  test("NB-MERGE-TERM 二(九): earliest ≤ weighted ≤ latest for any parcels (property)", () => {
    const endDay = fc.integer({ min: 1, max: 20000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), endDay), { minLength: 1, maxLength: 8 }), (rows) => {
        const parcels = rows.map(([area, days]) => ({ area: d(area), endDate: day(new Date(Date.UTC(2024, 2, 15 + days)).toISOString().slice(0, 10)) }));
        const r = mergedParcelTerm(nb, parcels).value;
        return r.earliest.endDate <= r.weighted.endDate && r.weighted.endDate <= r.latest.endDate;
      }),
    );
  });

  test("NB-MERGE-TERM 二(九): a parcel whose term has ended by the evaluation date → #NUM! naming it; no parcels → #VALUE!", () => {
    expect(ruleErrorOf(() => mergedParcelTerm(nb, [parcel(1, "2050-01-01"), parcel(1, "2024-03-15")]))).toMatchObject({
      kind: "num",
      argument: "parcels[1].end_date",
    });
    expect(ruleErrorOf(() => mergedParcelTerm(nb, [parcel(0, "2050-01-01")]))).toMatchObject({ kind: "num", argument: "parcels[0].area" });
    expect(ruleErrorOf(() => mergedParcelTerm(nb, []))).toMatchObject({ kind: "value", argument: "parcels" });
  });

  test("NB-MERGE-TERM 二(九): the trace names the assumed weight and day count, and warns that ningbo is a draft", () => {
    const t = mergedParcelTerm(nb, twoParcels).trace;
    expect(t.params.map((p) => [p.name, p.basis])).toEqual([
      ["weightBy", "assumed"],
      ["daysPerYear", "assumed"],
      ["dayRounding", "assumed"],
    ]);
    expect(t.warnings.map((w) => w.zh).join("")).toContain("征求意见稿");
    expect(t.inputs["parcels[0]"]).toBe("10 亩, ends 2044-03-15");
  });
});
