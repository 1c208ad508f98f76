// The functions for catalogued rules beyond the pinned set, through their adapters with
// Excel-shaped inputs. Clause vectors sit beside each test; the formula-level examples run in
// hyperformula.test.ts.
import type { CellResult, RawArg } from "../../functions/cells";
import { functionSpec } from "../../functions/descriptors";
import { invoke } from "../../functions/invoke";
import { fixedHost } from "../../functions/host";
import { fault, noProfile, TODAY } from "./helpers";

function call(id: string, args: RawArg[]): CellResult {
  return invoke(functionSpec(id), args, noProfile);
}

function startsWith(id: string, args: RawArg[], code: string, argument: string): void {
  const e = fault(() => call(id, args));
  expect([e.code, e.message.split("：")[0]]).toEqual([code, argument]);
}

describe("LAND.IDLESTATUS (NAT-IDLE-DEF 第二条)", () => {
  test("第二条: not started 满一年 after the agreed date, given as Excel serials → idle", () => {
    expect(call("IDLESTATUS", [44635, 45000, null, null, null, null, null, null, "wenzhou"])).toBe("idle");
  });

  test("第二条: invested 25% exactly is not 不足百分之二十五 → not idle", () => {
    const args: RawArg[] = ["2021-01-01", "2023-06-01", "2021-06-01", null, null, "2,500", "10,000", "2022-06-01", "zhejiang"];
    expect(call("IDLESTATUS", args)).toBe("not-idle");
    args[5] = 2499.99;
    expect(call("IDLESTATUS", args)).toBe("may-be-idle");
  });

  test("a developed area without the required area → #VALUE! naming required_area", () => {
    startsWith("IDLESTATUS", ["2021-01-01", "2023-06-01", "2021-06-01", 30, null, null, null, "2022-06-01", "zhejiang"], "#VALUE!", "required_area");
  });

  test("a halt before the start → #NUM! naming halted_since", () => {
    startsWith("IDLESTATUS", ["2021-01-01", "2023-06-01", "2021-06-01", 30, 100, null, null, "2021-05-01", "zhejiang"], "#NUM!", "halted_since");
  });
});

describe("温州: LAND.TERMINABLE, LAND.BUYBACK (WZ-BREACH 三(四)10), LAND.NEXTEVAL (WZ-EVAL 三(四)11), LAND.PREEMPT (WZ-PREEMPT 三(五)14)", () => {
  test("三(四)10: amounts as text with separators", () => {
    expect(call("TERMINABLE", ["1,000", "499.99", "100", "30", "wenzhou"])).toBe(true);
  });

  test("三(四)10: a zero contract output cannot make a share → #NUM!", () => {
    startsWith("TERMINABLE", [0, 1, 100, 30, "wenzhou"], "#NUM!", "contract_output");
  });

  test("三(四)10: a replacement cost needs its newness ratio; newness over 1 is out of domain", () => {
    startsWith("BUYBACK", [1000, null, 500, null, "wenzhou"], "#VALUE!", "newness_ratio");
    startsWith("BUYBACK", [1000, null, 500, 1.2, "wenzhou"], "#NUM!", "newness_ratio");
    expect(call("BUYBACK", [1000, null, null, null, "wenzhou"])).toBe(1000);
  });

  test("三(四)11: with no as_of, the next evaluation after the host's today (2024-03-15) is 2026-07-01", () => {
    expect(invoke(functionSpec("NEXTEVAL"), ["2021-07-01", "2041-06-30", null, null], fixedHost("wenzhou", TODAY))).toBe(46204);
  });

  test("三(四)11: a term ending before production → #NUM! naming term_end", () => {
    startsWith("NEXTEVAL", ["2021-07-01", "2020-06-30", "2024-03-15", "wenzhou"], "#NUM!", "term_end");
  });

  test("三(五)14: the seller's tier is read as A–D or A档; anything else → #VALUE!", () => {
    expect(call("PREEMPT", ["2025-01-01", null, "D档", null, null, null, null, "wenzhou"])).toBe(true);
    startsWith("PREEMPT", ["2025-01-01", null, "E", null, null, null, null, "wenzhou"], "#VALUE!", "seller_last_year_tier");
  });
});

describe("增城: LAND.RECTIFY (ZC-COMPLY 二(四)10–11), LAND.PILOT (ZC-PILOT 二(五)13)", () => {
  test("二(四)10: blank years in the output-rate range are skipped", () => {
    expect(call("RECTIFY", ["无约定", null, null, [[100], [null], [101]], 100, null, "zengcheng"])).toBe(false);
  });

  test("二(四)10: an agreed project needs its actual output; an unknown agreement kind → #VALUE!", () => {
    startsWith("RECTIFY", ["explicit", null, 100, null, null, null, "zengcheng"], "#VALUE!", "actual_output");
    startsWith("RECTIFY", ["maybe", 1, 100, null, null, null, "zengcheng"], "#VALUE!", "agreement");
  });

  test("二(四)10: more than the latest 3 years → #VALUE!", () => {
    startsWith("RECTIFY", ["none", null, null, [[1, 2, 3, 4]], 100, null, "zengcheng"], "#VALUE!", "recent_output_rates");
  });

  test("the result card lists the violation with its clause", () => {
    const table = call("EXPLAIN", ["RECTIFY", "explicit", 79, 100, null, null, null, "zengcheng"]) as string[][];
    const violation = table.find((r) => r[0] === "✗ 不符合 violation")!;
    expect(violation[2]).toContain("二(四)10");
  });

  test("二(五)13: merged parcels count, blanks in the range skipped; a negative area → #NUM!", () => {
    expect(call("PILOT", [[[25], [null], ["25"]], true, "是", "zengcheng"])).toBe(true);
    expect(fault(() => call("PILOT", [[[60], [-1]], true, true, "zengcheng"])).code).toBe("#NUM!");
  });
});

describe("中山: LAND.SELFHOLDELIGIBLE (ZS-SELFHOLD 三(十四)), LAND.SWAPDIFF, LAND.COMPCAP, LAND.CONSOLREWARD", () => {
  test("三(十四): without a supervision agreement (blank tax) the share cannot drop", () => {
    expect(call("SELFHOLDELIGIBLE", [40, "工改工", null, true, "zhongshan"])).toBe(false);
  });

  test("an unknown project type → #VALUE! naming project_type", () => {
    startsWith("SELFHOLDELIGIBLE", [40, "商业", 30, true, "zhongshan"], "#VALUE!", "project_type");
  });

  test("二(七)3: a fund above the sale price → #NUM!", () => {
    startsWith("COMPCAP", [100, 200, "zhongshan"], "#NUM!", "agricultural_fund");
  });

  test("二(八): holders must be whole", () => {
    expect(fault(() => call("CONSOLREWARD", [3.5, 30, 1000, false, true, "zhongshan"])).code).toBe("#NUM!");
  });

  test("profiles without these rules → #N/A", () => {
    expect(fault(() => call("SWAPDIFF", [1, 2, "zengcheng"])).code).toBe("#N/A");
  });
});

describe("宁波: LAND.MINFAR (NB-FAR 二(六)), LAND.MERGETERM (NB-MERGE-TERM 二(九))", () => {
  test("an unknown area → #VALUE!; a profile without NB-FAR → #N/A", () => {
    startsWith("MINFAR", ["suburb", "ningbo"], "#VALUE!", "area");
    expect(fault(() => call("MINFAR", ["district", "zengcheng"])).code).toBe("#N/A");
  });

  const areas = [[10], [30], [null]];
  const ends = [["2040-01-01"], ["2050-01-01"], [null]];

  test("二(九): a blank row is skipped; methods may be named in Chinese", () => {
    expect(call("MERGETERM", [areas, ends, "最早", "2024-01-01", "ningbo"])).toBe(51136);
    expect(call("MERGETERM", [areas, ends, "加权平均", "2024-01-01", "ningbo"])).toBe(53875);
  });

  test("an unknown method, ranges of different sizes, or half a row → #VALUE!", () => {
    startsWith("MERGETERM", [areas, ends, "median", "2024-01-01", "ningbo"], "#VALUE!", "method");
    startsWith("MERGETERM", [areas, [["2040-01-01"]], "latest", "2024-01-01", "ningbo"], "#VALUE!", "end_dates");
    startsWith("MERGETERM", [[[10], [null]], [["2040-01-01"], ["2050-01-01"]], "latest", "2024-01-01", "ningbo"], "#VALUE!", "areas[2]");
  });

  test("二(九): a term already ended has no remaining years → #NUM!", () => {
    expect(fault(() => call("MERGETERM", [[[10]], [["2020-01-01"]], "latest", "2024-01-01", "ningbo"])).code).toBe("#NUM!");
  });
});

describe("浙江: LAND.MERGEOK (ZJ-MERGE 三(三)), LAND.RENEWALFUND (ZJ-FUND 三(十))", () => {
  test("三(三): parcels larger than the project cannot make a share → #NUM!; no parcels → #VALUE!", () => {
    expect(fault(() => call("MERGEOK", [[[3, 3]], 5, "zhejiang"])).code).toBe("#NUM!");
    expect(fault(() => call("MERGEOK", [[[null]], 50, "zhejiang"])).code).toBe("#VALUE!");
  });

  test("三(十): 0.5% of 12,345.6 万元, exact → 61.728", () => {
    expect(call("RENEWALFUND", ["12,345.6", "zhejiang"])).toBe(61.728);
  });
});
