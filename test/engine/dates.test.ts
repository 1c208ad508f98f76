import fc from "fast-check";
import { daysBetween, edate, fromExcelSerial, parseIsoDate, RuleError, toExcelSerial, type IsoDate } from "../../policies";
import { day, ruleErrorOf } from "../rules/wz-zs-helpers";

describe("EDATE: 满 N 年 = EDATE(start, 12·N), month ends clamp (民法典 第201–202条)", () => {
  test.each([
    ["2023-03-15", 12, "2024-03-15"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-02-29", -12, "2023-02-28"],
    ["2024-12-15", 1, "2025-01-15"],
    ["2024-01-15", -1, "2023-12-15"],
    ["2024-08-31", 1, "2024-09-30"],
    ["2024-03-15", 0, "2024-03-15"],
  ])("EDATE(%s, %i) = %s", (start, months, expected) => {
    expect(edate(day(start), months)).toBe(expected);
  });

  test("the result is always a real date, never past the start's day of month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1951, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: -600, max: 600 }), (y, m, dd, months) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const start = `${y}-${String(m).padStart(2, "0")}-${String(Math.min(dd, last)).padStart(2, "0")}` as IsoDate;
        const end = edate(start, months);
        return parseIsoDate(end) === end && Number(end.slice(8)) <= Number(start.slice(8));
      }),
    );
  });
});

describe("Excel serials (1900 date system, with its phantom 1900-02-29)", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45366, "2024-03-15"],
    [2958465, "9999-12-31"],
  ])("serial %i = %s, both ways", (serial, iso) => {
    expect(fromExcelSerial(serial)).toBe(iso);
    expect(toExcelSerial(day(iso))).toBe(serial);
  });

  test("serial 60 (1900-02-29, which never existed) → #NUM!", () => {
    expect(ruleErrorOf(() => fromExcelSerial(60, "as_of"))).toMatchObject({ kind: "num", argument: "as_of" });
  });

  test("a time of day is dropped: 45366.75 is 2024-03-15", () => {
    expect(fromExcelSerial(45366.75)).toBe("2024-03-15");
  });

  test("outside Excel's range → #NUM!; not a number → #VALUE!", () => {
    expect(ruleErrorOf(() => fromExcelSerial(0))).toMatchObject({ kind: "num" });
    expect(ruleErrorOf(() => fromExcelSerial(2958466))).toMatchObject({ kind: "num" });
    expect(ruleErrorOf(() => fromExcelSerial(NaN))).toMatchObject({ kind: "value" });
  });

  test("every serial round-trips (property)", () => {
    const serial = fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== 60);
    fc.assert(fc.property(serial, (s) => toExcelSerial(fromExcelSerial(s)) === s));
  });

  test("consecutive serials are consecutive days, across 1900-02-28 → 1900-03-01 too", () => {
    expect(daysBetween(fromExcelSerial(59), fromExcelSerial(61))).toBe(1);
    fc.assert(fc.property(fc.integer({ min: 61, max: 2958464 }), (s) => daysBetween(fromExcelSerial(s), fromExcelSerial(s + 1)) === 1));
  });
});

describe("ISO dates", () => {
  test("2024-02-29 is a date; 2023-02-29, 2024-3-15 and 2024-13-01 are not (#VALUE! naming the argument)", () => {
    expect(parseIsoDate(" 2024-02-29 ")).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2024-3-15", "2024-13-01", "15/03/2024"]) {
      const e = ruleErrorOf(() => parseIsoDate(bad, "agreed_start"));
      expect(e).toBeInstanceOf(RuleError);
      expect(e).toMatchObject({ kind: "value", argument: "agreed_start" });
    }
  });

  test("daysBetween counts whole days, negative backwards: 2024-02-28 → 2024-03-01 = 2", () => {
    expect(daysBetween(day("2024-02-28"), day("2024-03-01"))).toBe(2);
    expect(daysBetween(day("2024-03-01"), day("2024-02-28"))).toBe(-2);
  });
});
