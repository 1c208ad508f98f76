// WORKBOOK.md "Input": numbers may arrive as numbers or as text with thousands separators or
// full-width digits; blanks are missing, not zero; anything else is a finding, never a silent 0.
import { columnLetter, parseDateCell, parseFlagCell, parseNumberCell, type ParsedNumber } from "../../policies/workbook/cells";

function numberOf(p: ParsedNumber): string {
  if (p.kind !== "number") throw new Error(`expected a number, got ${p.kind}`);
  return p.value.toFixed();
}

describe("parseNumberCell (WORKBOOK.md input numbers)", () => {
  test.each([
    [1234.5, "1234.5"],
    ["1,234.5", "1234.5"],
    ["12,345,678", "12345678"],
    ["１２３４．５", "1234.5"],
    ["１，２３４", "1234"],
    [" 38.5 ", "38.5"],
    ["-3.2", "-3.2"],
    [0, "0"],
    ["0", "0"],
  ])("%p reads as %s exactly", (cell, expected) => {
    expect(numberOf(parseNumberCell(cell))).toBe(expected);
  });

  test("text '666.67' reads as exactly 666.67, with no binary rounding", () => {
    expect(numberOf(parseNumberCell("666.67"))).toBe("666.67");
  });

  test.each([null, undefined, "", "   ", "—", "-", "／"])("blank %p is missing, not zero", (cell) => {
    expect(parseNumberCell(cell).kind).toBe("blank");
  });

  test.each([
    ["约120", "约120"],
    ["待核实", "待核实"],
    ["12,34", "12,34"],
    ["1.2.3", "1.2.3"],
  ])("text %p is invalid and the reason quotes it", (cell, quoted) => {
    const p = parseNumberCell(cell);
    expect(p.kind).toBe("invalid");
    if (p.kind === "invalid") expect(p.why.zh).toContain(quoted);
  });

  test("an error cell is invalid and named", () => {
    const p = parseNumberCell({ error: "#N/A" });
    expect(p).toMatchObject({ kind: "invalid", shown: "#N/A" });
  });

  test("TRUE is not a number", () => {
    expect(parseNumberCell(true).kind).toBe("invalid");
  });

  test("20% is the fraction 0.2, flagged as written with a percent sign", () => {
    const p = parseNumberCell("20%");
    expect(p).toMatchObject({ kind: "number", percent: true });
    expect(numberOf(p)).toBe("0.2");
  });
});

describe("parseFlagCell", () => {
  test.each([["是", true], ["否", false], [true, true], ["FALSE", false], ["Y", true], ["0", false]])("%p → %p", (cell, v) => {
    expect(parseFlagCell(cell)).toEqual({ kind: "flag", value: v });
  });

  test("blank is missing; other text is invalid", () => {
    expect(parseFlagCell(null).kind).toBe("blank");
    expect(parseFlagCell("也许").kind).toBe("invalid");
  });
});

describe("columnLetter", () => {
  test.each([[0, "A"], [25, "Z"], [26, "AA"], [701, "ZZ"], [702, "AAA"]])("%d → %s", (i, letters) => {
    expect(columnLetter(i)).toBe(letters);
  });
});

describe("parseDateCell", () => {
  test.each([
    ["2024-03-15", "2024-03-15"],
    ["2024/3/5", "2024-03-05"],
    ["2024年6月29日", "2024-06-29"],
    ["２０２４－０６－３０", "2024-06-30"],
    [45366, "2024-03-15"],
  ])("%p → %s", (cell, iso) => {
    expect(parseDateCell(cell)).toEqual({ kind: "date", value: iso });
  });

  test("not a date: 2024-02-30, 下月, or an error value", () => {
    expect(parseDateCell("2024-02-30").kind).toBe("invalid");
    expect(parseDateCell("下月").kind).toBe("invalid");
    expect(parseDateCell({ error: "#VALUE!" }).kind).toBe("invalid");
    expect(parseDateCell(null).kind).toBe("blank");
  });
});
