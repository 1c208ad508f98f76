import { addDays, compareIsoDates, daysBetween, dec, edate, fromExcelSerial, idleFee, isIsoDate, parseIsoDate, RuleError, toExcelSerial } from "../../policies";
import { at, ruleErrorOf } from "../rules/wz-zs-helpers";

// Issue 7 item 6: dates as dates — years 1900–9999 (Excel's range) work, year 0000 and
// impossible days are refused naming the argument, nothing wraps past 9999 into a 5-digit year.

describe("calendar dates 1900-01-01 … 9999-12-31", () => {
  test.each(["1900-01-01", "1900-02-28", "2000-02-29", "2024-02-29", "9999-12-31"])("%s is a date", (t) => {
    expect(isIsoDate(t)).toBe(true);
    expect(parseIsoDate(t)).toBe(t);
  });

  test.each([
    ["0000-01-01", "年份应在 1900–9999 之间"],
    ["0099-06-30", "年份应在 1900–9999 之间"],
    ["1899-12-31", "年份应在 1900–9999 之间"],
    ["1900-02-29", "不存在的日期"],
    ["2023-02-29", "不存在的日期"],
    ["2024-04-31", "不存在的日期"],
    ["2024-13-01", "不存在的日期"],
    ["2024-00-10", "不存在的日期"],
    ["10000-01-01", "应为日期"],
    ["2024-3-5", "应为日期"],
  ])("%s is refused, naming the argument (%s)", (text, zh) => {
    const e = ruleErrorOf(() => parseIsoDate(text, "agreed_start"));
    expect(e).toBeInstanceOf(RuleError);
    expect(e).toMatchObject({ kind: "value", argument: "agreed_start" });
    expect(e.zh).toContain(zh);
  });

  test("day counts across the whole range: 1900-01-01 … 9999-12-31 is 2,958,463 days (Excel serials 1 … 2,958,465 count a 1900-02-29 that never was)", () => {
    expect(daysBetween(parseIsoDate("1900-01-01"), parseIsoDate("9999-12-31"))).toBe(2958463);
    expect(toExcelSerial(parseIsoDate("9999-12-31"))).toBe(2958465);
    expect(fromExcelSerial(2958465)).toBe("9999-12-31");
    expect(fromExcelSerial(1)).toBe("1900-01-01");
    expect(fromExcelSerial(61)).toBe("1900-03-01");
    expect(() => fromExcelSerial(2958466, "as_of")).toThrow(RuleError);
  });

  test("years 1900–1999 are not read as 0–99 (no Date.UTC two-digit years): 1900-03-01 − 1900-02-28 = 1 day, 1999-12-31 + 1 = 2000-01-01", () => {
    expect(daysBetween(parseIsoDate("1900-02-28"), parseIsoDate("1900-03-01"))).toBe(1);
    expect(addDays(parseIsoDate("1999-12-31"), 1)).toBe("2000-01-01");
    expect(addDays(parseIsoDate("1900-01-01"), 36523)).toBe("1999-12-31"); // 1900 is not a leap year: 100 years, 24 leap days
  });

  test("dates compare as dates across the range, including the ends", () => {
    expect(compareIsoDates("9999-12-31", "1900-01-01")).toBeGreaterThan(0);
    expect(compareIsoDates("2024-02-29", "2024-03-01")).toBeLessThan(0);
    expect(compareIsoDates("2024-03-01", "2024-03-01")).toBe(0);
  });

  test("EDATE up to 9999-12-31 works; past it is #NUM! naming the argument, never a 5-digit year", () => {
    expect(edate(parseIsoDate("9998-12-31"), 12)).toBe("9999-12-31");
    expect(edate(parseIsoDate("9999-01-31"), 1)).toBe("9999-02-28");
    const e = ruleErrorOf(() => edate(parseIsoDate("9999-06-01"), 12, "agreed_start"));
    expect(e).toMatchObject({ kind: "num", argument: "agreed_start" });
    expect(() => addDays(parseIsoDate("9999-12-31"), 1, "as_of")).toThrow(RuleError);
    expect(ruleErrorOf(() => edate(parseIsoDate("1900-06-01"), -12, "start")).kind).toBe("num");
  });

  test("IDLEFEE in years 9997–9999 (闲置土地处置办法 第十四条): 满一年 on EDATE; a start whose 满两年 would pass 9999 is #NUM! on agreed_start", () => {
    const ctx = at("zengcheng", "9998-06-30");
    const r = idleFee(ctx, { landPrice: dec(1000), agreedStart: parseIsoDate("9997-06-30"), asOf: parseIsoDate("9998-06-30"), cause: "enterprise" });
    expect(r.value).toMatchObject({ feeDate: "9998-06-30", repossessDate: "9999-06-30", repossessable: false });
    expect(r.value.fee.toFixed()).toBe("200");
    // 满两年 of 9998-06-30 would be 10000-06-30: refused rather than written as a 5-digit year.
    const late = ruleErrorOf(() => idleFee(ctx, { landPrice: dec(1000), agreedStart: parseIsoDate("9998-06-30"), asOf: parseIsoDate("9999-06-30"), cause: "enterprise" }));
    expect(late).toMatchObject({ kind: "num", argument: "agreed_start" });
  });
});
