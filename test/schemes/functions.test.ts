import { toCellError } from "../../functions/cells";
import { fixedHost } from "../../functions/host";
import schemescore from "../../functions/land/schemescore";
import schemescores from "../../functions/land/schemescores";
import schemetiers from "../../functions/land/schemetiers";
import { parseIsoDate } from "../../policies/engine/dates";

// LAND.SCHEMESCORES / SCHEMETIERS / SCHEMESCORE through their adapters, on the 黄岩 2022 规下 formula
// (黄岩 2022 年度评价公示 2023-09-25: 亩均税收 ÷ 11.5932 × 50 + 单位电耗税收 ÷ 0.2352 × 50) and the 温岭
// 2022 tenant deductions. The examples in each module run in HyperFormula with test/functions.

const host = fixedHost(null, parseIsoDate("2023-09-25"));
const HEAD = ["企业规模", "用地面积", "实缴税金", "用电量"];
const AT = ["规下", 0.2352, 2.72672064, 11.5932];
const TWICE = ["规下", 0.2352, 5.45344128, 11.5932];

const fail = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return toCellError(e);
  }
  throw new Error("expected an error");
};

describe("LAND.SCHEMESCORES / SCHEMETIERS", () => {
  test("黄岩 2022 规下: a header line, then 100 for the firm at both benchmarks and 200 at twice its tax; blank lines stay blank", () => {
    const table = [HEAD, AT, [null, null, null, null], TWICE];
    expect(schemescores.adapter({ table, year: 2022, profile: "huangyan" }, host).value).toEqual([["综合得分"], [100], [""], [200]]);
    expect(schemetiers.adapter({ table, year: 2022, profile: "huangyan" }, host).value).toEqual([["档次"], ["C"], [""], ["B"]]);
  });

  test("the year defaults to the one before the as-of date (2023-09-25 → 2022); a year without a scheme → #VALUE! naming year", () => {
    expect(schemescores.adapter({ table: [HEAD, AT], year: null, profile: "huangyan" }, host).value).toEqual([["综合得分"], [100]]);
    const e = fail(() => schemescores.adapter({ table: [HEAD, AT], year: 2019, profile: "huangyan" }, host));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("year");
  });

  test("温岭 2022: ranks within industry groups, a 规下 landlord with 2 tenants loses 15 points", () => {
    const head = ["所属行业", "企业规模", "用地面积", "税收", "用电量", "出租户数"];
    const table = [head, ["鞋业", "规下", 1, 10, 40, 2], ["鞋业", "规下", 1, 10, 40, 0], ["泵业", "规下", 1, 10, 40, 0]];
    const scores = schemescores.adapter({ table, year: 2022, profile: "wenling" }, host).value as (number | string)[][];
    // Each group's mean: the 鞋业 pair and the lone 泵业 firm are all at it (100); the landlord: 100 − 15.
    expect(scores).toEqual([["综合得分"], [85], [100], [100]]);
  });

  test("a range without the columns the scheme reads → #VALUE! naming table and the columns", () => {
    expect(fail(() => schemescores.adapter({ table: [["x", "y"], [1, 2]], year: 2022, profile: "huangyan" }, host)).message).toContain("table");
    expect(fail(() => schemescores.adapter({ table: [["企业规模", "用地面积", "实缴税金"], ["规下", 1, 2]], year: 2022, profile: "huangyan" }, host)).message).toContain("electricity");
  });
});

describe("LAND.SCHEMESCORE (one firm from its row)", () => {
  test("黄岩 2022 规下 at both benchmarks → 100; on the 2021 benchmarks (16.601058 / 0.236565) → 84.62854745564876", () => {
    expect(schemescore.adapter({ headers: [HEAD], row: [AT], year: 2022, profile: "huangyan" }, host).value).toBe(100);
    expect(schemescore.adapter({ headers: [HEAD], row: [AT], year: 2021, profile: "huangyan" }, host).value).toBe(84.62854745564876);
  });

  test("a scheme whose benchmarks come from the population (温岭: group means) → #VALUE! pointing to LAND.SCHEMESCORES", () => {
    const e = fail(() => schemescore.adapter({ headers: [["所属行业", "企业规模", "用地面积", "税收", "用电量"]], row: [["鞋业", "规下", 1, 10, 40]], year: 2022, profile: "wenling" }, host));
    expect(e.message).toContain("LAND.SCHEMESCORES");
  });

  test("a 规上 firm without emission data takes the population's average → #VALUE! (needs the table); rows of unequal width → #VALUE! naming row", () => {
    const head = ["企业规模", "用地面积", "实缴税金", "工业增加值", "综合能耗", "主要污染物排放量", "年平均职工人数", "R&D经费支出", "主营业务收入"];
    expect(fail(() => schemescore.adapter({ headers: [head], row: [["规上", 1, 24.097, 136.16, 50, null, 10, 3, 100]], year: 2022, profile: "huangyan" }, host)).message).toContain("LAND.SCHEMESCORES");
    expect(fail(() => schemescore.adapter({ headers: [HEAD], row: [["规下", 1]], year: 2022, profile: "huangyan" }, host)).message).toContain("row");
  });
});

test("LAND.SCHEMETIERS: a class the scheme does not have (黄岩 has none) leaves the firm blank — not evaluated, never ranked", () => {
  const table = [[...HEAD, "评价类别"], [...AT, ""], [...TWICE, "T"]];
  expect(schemetiers.adapter({ table, year: 2022, profile: "huangyan" }, host).value).toEqual([["档次"], ["C"], [""]]);
});
