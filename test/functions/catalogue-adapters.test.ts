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

describe("温州: LAND.CLUSTEROK (WZ-CLUSTER 三(五)12), LAND.MORTGAGECAP (WZ-PREEMPT 三(五)14)", () => {
  const all = [true, true, true, true];

  test("WZ-CLUSTER 三(五)12: 须设置 — omitted requirement flags are not set, so the check fails", () => {
    expect(call("CLUSTEROK", [60, null, null, null, null, "wenzhou"])).toBe(false);
    expect(call("CLUSTEROK", [60, ...all, "wenzhou"])).toBe(true);
  });

  test("WZ-CLUSTER 三(五)12: 一般达到 50 亩以上 — 49.99 亩 passes the flag, and EXPLAIN shows the notice with its clause", () => {
    expect(call("CLUSTEROK", [49.99, ...all, "wenzhou"])).toBe(true);
    const card = call("EXPLAIN", ["CLUSTEROK", 49.99, ...all, "wenzhou"]) as string[][];
    const notice = card.find((r) => r[0] === "ℹ 提示 notice")!;
    expect([notice[1], notice[2]]).toEqual([expect.stringContaining("用地面积 = 49.99"), expect.stringContaining("三(五)12")]);
  });

  test("WZ-CLUSTER 三(五)12: a flag cell reading 是/否 counts; other text → #VALUE! naming the flag", () => {
    expect(call("CLUSTEROK", [60, "是", "是", "是", "是", "wenzhou"])).toBe(true);
    startsWith("CLUSTEROK", [60, "maybe", true, true, true, "wenzhou"], "#VALUE!", "sets_investment");
  });

  test("WZ-PREEMPT 三(五)14: 达产验收通过前 the cap is the transfer price, even with a benchmark price given", () => {
    expect(call("MORTGAGECAP", ["1,000", false, 1300, "wenzhou"])).toBe(1000);
  });

  test("WZ-PREEMPT 三(五)14: after acceptance without 标定地价 → #VALUE! naming benchmark_price; a negative price → #NUM!", () => {
    startsWith("MORTGAGECAP", [1000, true, null, "wenzhou"], "#VALUE!", "benchmark_price");
    startsWith("MORTGAGECAP", [-1, false, null, "wenzhou"], "#NUM!", "transfer_price");
  });

  test("WZ-PREEMPT: a profile without it → #N/A", () => {
    expect(fault(() => call("MORTGAGECAP", [1000, false, null, "zengcheng"])).code).toBe("#N/A");
  });
});

describe("增城: LAND.LOWEFF (ZC-LOWEFF 二(三)6), LAND.GGGOK (ZC-GGG 二(六)17), LAND.SPLITOK (ZC-SPLIT 三(一)2)", () => {
  test.each([["strategic"], ["重大战略项目"], ["链主企业"], ["paid"], ["已缴纳税收差额或违约金"], ["exempted"], ["区政府确认"]])(
    "ZC-LOWEFF 二(三)6: a D-tier project with the exclusion %s is not listed",
    (exclusion) => expect(call("LOWEFF", ["D档", null, exclusion, "zengcheng"])).toBe(false),
  );

  test("ZC-LOWEFF 二(三)6: not rated and not named → not listed; an unknown exclusion or tier → #VALUE! naming it", () => {
    expect(call("LOWEFF", [null, false, null, "zengcheng"])).toBe(false);
    startsWith("LOWEFF", ["D", null, "constructor", "zengcheng"], "#VALUE!", "exclusion");
    startsWith("LOWEFF", ["E", null, null, "zengcheng"], "#VALUE!", "tier");
  });

  const gggArgs = (overrides: Record<number, RawArg>): RawArg[] => {
    const args: RawArg[] = ["core", 2, 50, false, null, null, null, null, null, null, null, "zengcheng"];
    for (const [i, v] of Object.entries(overrides)) args[Number(i)] = v;
    return args;
  };

  test("ZC-GGG 二(六)17: 容积率原则上不低于 2.0 — 1.99 fails; each zone's non-pilot floor 50 / 40 / 27.5 includes itself", () => {
    expect(call("GGGOK", gggArgs({ 1: 1.99 }))).toBe(false);
    for (const [zone, floor] of [["core", 50], ["multi", 40], ["town", 27.5]] as const) {
      expect(call("GGGOK", gggArgs({ 0: zone, 2: floor }))).toBe(true);
      expect(call("GGGOK", gggArgs({ 0: zone, 2: floor - 0.01 }))).toBe(false);
    }
  });

  test("ZC-GGG 二(六)17: a pilot's 亩均投资 349.99 against 70% × 500 fails", () => {
    expect(call("GGGOK", gggArgs({ 0: "multi", 2: 56, 3: true, 4: 349.99, 5: 700, 6: 500, 7: 1000 }))).toBe(false);
  });

  test("ZC-GGG 二(六)17: a pilot without its guide value → #VALUE! naming guide_output_per_mu and the clause", () => {
    const e = fault(() => call("GGGOK", gggArgs({ 2: 70, 3: true, 4: 400, 5: 800, 6: 500 })));
    expect([e.code, e.message.split("：")[0]]).toEqual(["#VALUE!", "guide_output_per_mu"]);
    expect(e.message).toContain("二(六)17");
  });

  test("ZC-GGG 二(六)17: 另有项目协议约定 — the agreement's 45 万元/亩 replaces the zone's 50; agreed values without the agreement's name → #VALUE!", () => {
    expect(call("GGGOK", gggArgs({ 2: 45, 8: "监管协议 2023-015", 10: 45 }))).toBe(true);
    startsWith("GGGOK", gggArgs({ 2: 45, 10: 45 }), "#VALUE!", "agreement");
  });

  test("ZC-GGG: blank FAR or tax → #VALUE! naming it (a check never passes on a blank)", () => {
    startsWith("GGGOK", gggArgs({ 1: null }), "#VALUE!", "far");
    startsWith("GGGOK", gggArgs({ 2: "" }), "#VALUE!", "tax_per_mu");
  });

  test("ZC-SPLIT 三(一)2: blank rows in the unit range are skipped; a negative unit → #NUM! naming its cell", () => {
    expect(call("SPLITOK", [[[600], [null], ["500"]], null, null, null, null, null, "zengcheng"])).toBe(true);
    startsWith("SPLITOK", [[[600], [null], [-1]], null, null, null, null, null, "zengcheng"], "#NUM!", "unit_areas_m2[3]");
  });

  test("ZC-SPLIT 三(一)2: 配套设施不得独立分割 — ancillary space alone fails; nothing at all → #VALUE!", () => {
    expect(call("SPLITOK", [[[null]], 100, null, null, null, null, "zengcheng"])).toBe(false);
    startsWith("SPLITOK", [[[null]], null, null, null, null, null, "zengcheng"], "#VALUE!", "unit_areas_m2");
  });

  test("ZC-SPLIT 三(一)2: ancillary space with 产业用房 needs the project's floor areas (随产业用房比例) → #VALUE! naming them", () => {
    startsWith("SPLITOK", [[[600]], 60, null, 100, null, null, "zengcheng"], "#VALUE!", "project_industrial_m2");
    startsWith("SPLITOK", [[[600]], 60, 1000, null, null, null, "zengcheng"], "#VALUE!", "project_ancillary_m2");
  });

  test("ZC-SPLIT 三(一)2: a re-transfer date needs the registration date; a transfer before registration → #VALUE!", () => {
    startsWith("SPLITOK", [[[600]], null, null, null, null, "2025-01-01", "zengcheng"], "#VALUE!", "registered_on");
    startsWith("SPLITOK", [[[600]], null, null, null, "2025-01-01", "2024-01-01", "zengcheng"], "#VALUE!", "transfer_on");
  });
});

describe("中山: LAND.UNITOK (ZS-UNIT 一(三)), LAND.INTERESTSUBSIDY (ZS-INTEREST 二(七)1–2, ZS-RELOC 二(十二)), LAND.ANCILLARYELIGIBLE (ZS-ANCIL 三(十五)), LAND.PREFAB (ZS-PREFAB 三(十九))", () => {
  test("ZS-UNIT 一(三): 30亩以上(含本数) — a negative area → #NUM!; a profile without ZS-UNIT → #N/A", () => {
    startsWith("UNITOK", [-1, null, "zhongshan"], "#NUM!", "area_mu");
    expect(fault(() => call("UNITOK", [30, null, "ningbo"])).code).toBe("#N/A");
  });

  const year2023 = ["2023-01-01", "2024-01-01"];

  test("ZS-INTEREST 二(七)1: funded 2022-01-01, not completed → 2024's interest from 2024-07-01 counts up to 2025-01-01: 184 of 365 days", () => {
    const v = call("INTERESTSUBSIDY", ["收储整备资金", 100, "2024-07-01", "2025-07-01", "2022-01-01", null, "zhongshan"]) as number;
    expect(v).toBe((100 * 184) / 365);
  });

  test("ZS-INTEREST 二(七)2: 前3年内 ends first — loan 2021-01-01, sold 2023-12-15 → 184 of 366 days of [2023-07-01, 2024-07-01)", () => {
    expect(call("INTERESTSUBSIDY", ["village", 100, "2023-07-01", "2024-07-01", "2021-01-01", "2023-12-15", "zhongshan"])).toBe((100 * 184) / 366);
  });

  test("ZS-RELOC 二(十二): relocation loans 3年内 at 50% — 165 of 365 days of 2025 for a loan of 2022-06-15", () => {
    expect(call("INTERESTSUBSIDY", ["腾挪载体贷款", 100, "2025-01-01", "2026-01-01", "2022-06-15", null, "zhongshan"])).toBe((50 * 165) / 365);
  });

  test("ZS-INTEREST: an unknown kind → #VALUE! naming kind; a period ending on its start → #NUM! naming to", () => {
    startsWith("INTERESTSUBSIDY", ["bank", 100, ...year2023, "2022-01-01", null, "zhongshan"], "#VALUE!", "kind");
    startsWith("INTERESTSUBSIDY", ["banking", 100, "2023-01-01", "2023-01-01", "2022-01-01", null, "zhongshan"], "#NUM!", "to");
    startsWith("INTERESTSUBSIDY", ["banking", -1, ...year2023, "2022-01-01", null, "zhongshan"], "#NUM!", "interest");
  });

  test("ZS-ANCIL 三(十五): a share above 1 → #NUM!; the card names the 20% ceiling when eligible", () => {
    startsWith("ANCILLARYELIGIBLE", [30, "工改工", 1.5, "zhongshan"], "#NUM!", "ancillary_land_share");
    const card = call("EXPLAIN", ["ANCILLARYELIGIBLE", 30, "工改工", "7%", "zhongshan"]) as string[][];
    expect(card.find((r) => r[0].startsWith("配套设施计容建筑面积占比上限"))![1]).toBe("20%");
  });

  test("ZS-PREFAB 三(十九): 鼓励 is a notice, not a violation — the card says so", () => {
    const card = call("EXPLAIN", ["PREFAB", 5000, "zhongshan"]) as string[][];
    expect(card[1]).toEqual(["结果 result", true, ""]);
    expect(card.some((r) => r[0] === "ℹ 提示 notice")).toBe(true);
  });
});

describe("宁波 and 浙江: the region and park functions (NB-TARGET, NB-RESERVE, NB-STAY, NB-MIXED, NB-MICRO/ZJ-MICRO, NB-RELOC-TAX, NB-FAR-BONUS, NB-SUPPLY/ZJ-SUPPLY, NB-RECLAIM)", () => {
  test("NB-TARGET 一(二): after the target date a shortfall is a violation; before it a notice — both are 'not met'", () => {
    expect(call("TARGETSMET", [null, 59.99, null, null, null, null, "2026-01-01", "ningbo"])).toBe(false);
    const card = call("EXPLAIN", ["TARGETSMET", null, 59.99, null, null, null, null, "2024-03-15", "ningbo"]) as string[][];
    expect(card.find((r) => r[0] === "ℹ 提示 notice")![2]).toContain("60 万元以上");
  });

  test("NB-TARGET 一(二): no figure at all → #VALUE!; a share above 1 → #NUM! naming it", () => {
    startsWith("TARGETSMET", [null, null, null, null, null, null, "2024-03-15", "ningbo"], "#VALUE!", "park_share");
    startsWith("TARGETSMET", [1.2, null, null, null, null, null, "2024-03-15", "ningbo"], "#NUM!", "park_share");
  });

  test("NB-RESERVE 二(四): 20%左右 of 12,345 亩 → 2469 亩", () => {
    expect(call("RESERVE", ["12,345", "ningbo"])).toBe(2469);
  });

  test("NB-STAY 二(五): A档 with the guidance met stays once confirmed; inside the boundary the rule does not apply; not rated and no other ground → relocate", () => {
    expect(call("MAYSTAY", ["A档", "是", null, null, "是", null, "ningbo"])).toBe("stay");
    expect(call("MAYSTAY", ["A", true, null, null, true, true, "ningbo"])).toBe("not-applicable");
    expect(call("MAYSTAY", [null, null, null, null, true, null, "ningbo"])).toBe("relocate");
    expect(call("MAYSTAY", [null, null, null, "是", true, null, "ningbo"])).toBe("stay");
  });

  test("NB-STAY 二(五) / ZJ-SUPPLY 三(一): an implementation date typed as an Excel serial; the window ends EDATE(as_of, 60)", () => {
    expect(call("UPGRADEOK", [47192, null, true, 45366, "ningbo"])).toBe(false); // 2029-03-15 ≤ 2029-03-15
    const card = call("EXPLAIN", ["UPGRADEOK", null, null, true, "2024-02-29", "ningbo"]) as string[][];
    expect(card.find((r) => r[0] === "5 年期限 window end")![1]).toBe("2029-02-28");
  });

  test("NB-MIXED 二(七): industrial floor above the total → #NUM! naming industrial_floor_m2", () => {
    startsWith("MIXEDOK", [10001, 10000, "ningbo"], "#NUM!", "industrial_floor_m2");
  });

  test("NB-MICRO 二(十一) / ZJ-MICRO 二(四): one function, the profile decides — both read 70%; firms are counted whole", () => {
    for (const profile of ["ningbo", "zhejiang"]) expect(call("MICROPARKOK", [7, 10, 700, 1000, profile])).toBe(true);
    startsWith("MICROPARKOK", [7.5, 10, 700, 1000, "zhejiang"], "#NUM!", "manufacturing_firms");
    expect(fault(() => call("MICROPARKOK", [7, 10, 700, 1000, "zengcheng"])).code).toBe("#N/A");
  });

  test("NB-MICRO 二(十一): the mortgage ceiling is 宁波's alone → 浙江 gives #N/A", () => {
    expect(fault(() => call("MICROMORTGAGEOK", [1000, 1000, null, "zhejiang"])).code).toBe("#N/A");
  });

  test("NB-RELOC-TAX 二(十五): 不低于“标准地”指标的50% — 45 万元/亩 → 22.5", () => {
    expect(call("RELOCMIN", [45, "ningbo"])).toBe(22.5);
  });

  test("NB-FAR-BONUS 二(二十五): a zero guide FAR → #NUM! naming guide_far; the card gives the qualifying FAR", () => {
    startsWith("FARBONUS", [2, 0, "ningbo"], "#NUM!", "guide_far");
    const card = call("EXPLAIN", ["FARBONUS", 2, 1.5, "ningbo"]) as string[][];
    expect(card.find((r) => r[0] === "最低容积率 qualifying FAR")![1]).toBe("2.1");
  });

  test("NB-SUPPLY 二(二十三) 35% vs ZJ-SUPPLY 三(一) 30%: 32 of 100 fails in 宁波 and passes in a 浙江 major industrial county", () => {
    expect(call("SUPPLYOK", [32, 100, true, "ningbo"])).toBe(false);
    expect(call("SUPPLYOK", [32, 100, true, "zhejiang"])).toBe(true);
  });

  test("NB-RECLAIM 二(十九): an unknown part → #VALUE! naming part; a negative quota → #NUM!", () => {
    startsWith("RECLAIMQUOTA", [100, "province", "ningbo"], "#VALUE!", "part");
    startsWith("RECLAIMQUOTA", [-1, null, "ningbo"], "#NUM!", "linkage_quota");
  });
});
