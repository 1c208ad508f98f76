import { ErrorValue } from "../../functions/cells";
import { cellsOf, parseNumericText, readDate, readDec, readFlag, readNumber, readText, single } from "../../functions/coerce";
import { fault } from "./helpers";

describe("numbers as Excel hands them over", () => {
  test.each([
    [1234.5, "1234.5"],
    ["1,234.5", "1234.5"],
    ["1,234,567", "1234567"],
    ["１２３４", "1234"],
    ["１，２３４．５", "1234.5"],
    [" 42 ", "42"],
    ["80%", "0.8"],
    ["12.5%", "0.125"],
    ["-3", "-3"],
    ["－3", "-3"],
    ["1e3", "1000"],
    [[[7]], "7"],
  ])("%j reads as %s exactly", (input, expected) => {
    expect(readDec(input as never, "x").toFixed()).toBe(expected);
  });

  test("0.1 typed as text stays exactly one tenth (no double rounding)", () => {
    expect(parseNumericText("0.1")!.times(3).toFixed()).toBe("0.3");
  });

  test.each([["12,34"], ["1,2345"], ["abc"], ["1.2.3"], ["--1"]])("%j is not a number → #VALUE! naming the argument", (text) => {
    const e = fault(() => readDec(text, "land_price"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^land_price：应为数字/);
    expect(e.message).toContain("land_price: expected a number");
  });

  test("TRUE is not a number", () => {
    expect(fault(() => readDec(true, "area_mu")).message).toContain("got TRUE");
  });

  test.each([[null], [undefined], [""], ["   "], [[[null]]]])("blank %j is missing, never zero", (blank) => {
    const e = fault(() => readDec(blank as never, "area_mu"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("area_mu: missing (blank cell)");
  });

  test("a blank takes the default when there is one", () => {
    expect(readDec(null, "d", parseNumericText("0")!).toFixed()).toBe("0");
  });

  test("a range where one value is expected → #VALUE! with its size", () => {
    expect(fault(() => readDec([[1, 2]], "a")).message).toContain("got a 1×2 range");
  });

  test("an error cell keeps a contract code (#NUM!, #N/A) or becomes #VALUE!", () => {
    expect(fault(() => readDec(new ErrorValue("#N/A"), "a")).code).toBe("#N/A");
    const div = fault(() => readDec(new ErrorValue("#DIV/0!"), "a"));
    expect(div.code).toBe("#VALUE!");
    expect(div.message).toContain("#DIV/0!");
  });

  test("a number too large for a double is out of domain", () => {
    expect(fault(() => readNumber("1e400", "score")).code).toBe("#NUM!");
  });
});

describe("dates: Excel serials or text", () => {
  test.each([
    [45366, "2024-03-15"],
    [45366.75, "2024-03-15"],
    ["2024-03-15", "2024-03-15"],
    ["2024/3/15", "2024-03-15"],
    ["2024年3月15日", "2024-03-15"],
    ["２０２４－０３－１５", "2024-03-15"],
    ["45366", "2024-03-15"],
    [61, "1900-03-01"],
  ])("%j → %s", (input, iso) => {
    expect(readDate(input, "as_of")).toBe(iso);
  });

  test("2023-02-29 does not exist → #VALUE!", () => {
    expect(fault(() => readDate("2023-02-29", "agreed_start")).code).toBe("#VALUE!");
  });

  test("serial 0 and negatives are outside Excel's calendar → #NUM!", () => {
    expect(fault(() => readDate(0, "as_of")).code).toBe("#NUM!");
    expect(fault(() => readDate(-5, "as_of")).code).toBe("#NUM!");
  });

  test("TRUE is not a date", () => {
    expect(fault(() => readDate(true, "as_of")).message).toContain("as_of: expected a date");
  });
});

describe("flags, text, ranges", () => {
  test.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["是", true],
    ["否", false],
    ["true", true],
    ["ＦＡＬＳＥ", false],
    [null, false],
  ])("flag %j → %s", (input, flag) => {
    expect(readFlag(input, "pilot", false)).toBe(flag);
  });

  test("a flag that is neither → #VALUE!", () => {
    expect(fault(() => readFlag("maybe", "pilot", false)).message).toContain("pilot: expected TRUE/FALSE");
  });

  test("text is folded from full width and trimmed; blank is null", () => {
    expect(readText(" ｃｏｒｅ ", "zone")).toBe("core");
    expect(readText("", "zone")).toBeNull();
    expect(readText(5, "zone")).toBe("5");
  });

  test("a range reads row by row; a scalar is a range of one", () => {
    expect(cellsOf([[1, 2], [3, null]], "r")).toEqual([1, 2, 3, null]);
    expect(cellsOf(5, "r")).toEqual([5]);
    expect(single([["x"]], "r")).toBe("x");
  });
});
