// Each LAND function through its adapter, as Excel hands values over. Vectors come from the
// clause named in the test.
import { ErrorValue, type CellResult, type RawArg } from "../../functions/cells";
import { functionSpec } from "../../functions/descriptors";
import { fixedHost, type FunctionHost } from "../../functions/host";
import { readable } from "../../functions/explain";
import { invoke } from "../../functions/invoke";
import { activeZengcheng, fault, noProfile, TODAY } from "./helpers";

function call(id: string, args: RawArg[], host: FunctionHost = noProfile): CellResult {
  return invoke(functionSpec(id), args, host);
}

const column = (xs: RawArg[]): RawArg[][] => xs.map((x) => [x]);
const oneToTwenty = column(Array.from({ length: 20 }, (_, i) => i + 1));

describe("LAND.TIER (ZC-TIER 二(一)2)", () => {
  test.each([
    [20, "A"], [17, "A"], [16, "B"], [5, "B"], [4, "C"], [2, "C"], [1, "D"],
  ])("FUNCTIONS.md example, scores 1…20: %d → %s", (score, t) => {
    expect(call("TIER", [score, oneToTwenty, null, "zengcheng"])).toBe(t);
  });

  test("ZC-TIER 二(一)2: with 10 enterprises floor(5% × 10) = 0, so no D by quota", () => {
    const ten = column(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(call("TIER", [1, ten, null, "zengcheng"])).toBe("C");
  });

  test("ZC-TIER 二(一)2: a tie that would push A past 20% drops whole to B", () => {
    const scores = column([...Array.from({ length: 15 }, (_, i) => i + 1), 20, 20, 20, 20, 20]);
    expect(call("TIER", [20, scores, null, "zengcheng"])).toBe("B");
  });

  test.each([["未上传"], ["missing"], ["造假"], ["falsified"], ["弄虚作假"]])("ZC-TIER 二(一)2: status %s → D whatever the score", (status) => {
    expect(call("TIER", [20, oneToTwenty, status, "zengcheng"])).toBe("D");
    expect(call("TIER", ["n/a", oneToTwenty, status, "zengcheng"])).toBe("D");
  });

  test("blanks and text in the population are ignored; the score may be full-width text", () => {
    const messy = [...oneToTwenty, [null], ["abc"], ["21"], [""], [true]];
    expect(call("TIER", ["１７", messy, "", "zengcheng"])).toBe("A");
  });

  test("an unknown status → #VALUE! naming status", () => {
    const e = fault(() => call("TIER", [5, oneToTwenty, "late", "zengcheng"]));
    expect([e.code, e.message.startsWith("status：")]).toEqual(["#VALUE!", true]);
  });

  test("a blank score with no forcing status → #VALUE! naming score", () => {
    expect(fault(() => call("TIER", [null, oneToTwenty, null, "zengcheng"])).message).toMatch(/^score：/);
  });

  test("a population with no numbers → #NUM! naming scores", () => {
    const e = fault(() => call("TIER", [1, [["a"], [null]], null, "zengcheng"]));
    expect([e.code, e.message.startsWith("scores：")]).toEqual(["#NUM!", true]);
  });

  test("an error cell in the population → #VALUE! naming scores and the cell", () => {
    const e = fault(() => call("TIER", [1, [[1], [new ErrorValue("#DIV/0!")]], null, "zengcheng"]));
    expect(e.message).toContain("scores：第 2 格单元格为错误值 #DIV/0!");
  });

  test("ZJ-EVAL: Wenzhou ranks by the provincial evaluation it includes", () => {
    expect(call("TIER", [20, oneToTwenty, null, "wenzhou"])).toBe("A");
  });
});

describe("profile argument and the active profile", () => {
  test("omitted, with none chosen → #N/A telling the analyst what to do", () => {
    const e = fault(() => call("BUILDMONTHS", [100000]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("请在任务窗格中选择");
    expect(e.message).toContain("zengcheng（增城）");
    expect(e.message).toContain("Choose one in the task pane");
  });

  test("omitted → the workbook's active profile", () => {
    expect(call("MINTAX", ["core", true], activeZengcheng)).toBe(70);
  });

  test("an explicit profile wins over the active one", () => {
    expect(call("SUBSIDY", ["rent", 1000, 12, 100, null, "zhongshan"], activeZengcheng)).toBe(7.2);
  });

  test.each([["ZengCheng"], ["增城"], ["ZC"], ["  zengcheng "]])("%j names zengcheng (case-insensitive, Chinese short name)", (name) => {
    expect(call("MINTAX", ["town", false, name])).toBe(27.5);
  });

  test("an unknown profile → #VALUE! listing the choices", () => {
    const e = fault(() => call("MINTAX", ["core", false, "beijing"]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("zengcheng (增城)");
  });

  test("a stale active profile → #VALUE! naming the active profile", () => {
    expect(fault(() => call("MINTAX", ["core", false], fixedHost("gone", TODAY))).message).toMatch(/^active profile：/);
  });

  test("a profile without the rule → #N/A naming profile and rule", () => {
    const e = fault(() => call("MINTAX", ["core", false, "wenzhou"]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("wenzhou");
    expect(e.message).toContain("ZC-GGG");
  });
});

describe("LAND.SCORE (ZJ-EVAL 三(九), Zhejiang county practice)", () => {
  const values = [[30, 100, 2.0, 5000, 20, 0.03]];
  const benchmarks = [[24.097, 136.16, 2.694, 4929.81, 18.14, 0.0302]];
  const weights = [[30, 20, 20, 10, 10, 10]];

  test("FUNCTIONS.md example → 97.98697106338906…", () => {
    expect(call("SCORE", [values, benchmarks, weights])).toBe(97.98697106338906);
  });

  test("the same ranges given as columns and as text with separators", () => {
    const asText = column(["30", "100", "2.0", "5,000", "２０", "3%"]);
    expect(call("SCORE", [asText, column(benchmarks[0]!), column(weights[0]!)])).toBe(97.98697106338906);
  });

  test("a blank value is missing, not zero → #VALUE! naming the cell", () => {
    expect(fault(() => call("SCORE", [[[30, null]], [[1, 1]], [[1, 1]]])).message).toMatch(/^values\[2\]：/);
  });

  test("ranges of different sizes → #VALUE!", () => {
    expect(fault(() => call("SCORE", [[[1, 2]], [[1]], [[1, 1]]])).code).toBe("#VALUE!");
  });

  test("a zero benchmark → #NUM!", () => {
    expect(fault(() => call("SCORE", [[[1]], [[0]], [[1]]])).code).toBe("#NUM!");
  });
});

describe("LAND.IDLEFEE (NAT-IDLE-FEE 第十四条, ZC-IDLE 二(二)5, NAT-IDLE-EXC 第八条)", () => {
  test.each([
    ["2024-03-14", 0],
    ["2024-03-15", 200],
    [45366, 200],
    ["2024/3/15", 200],
  ])("ZC-IDLE 二(二)5: 1000 万元 agreed 2023-03-15, as of %j → %d (满一年 includes the day)", (asOf, fee) => {
    expect(call("IDLEFEE", [1000, "2023-03-15", asOf, null, "zengcheng"])).toBe(fee);
  });

  test("满一年 from 2020-02-29 is reached on 2021-02-28 (EDATE, 民法典 第201–202条)", () => {
    expect(call("IDLEFEE", [1000, "2020-02-29", "2021-02-27", null, "zhejiang"])).toBe(0);
    expect(call("IDLEFEE", [1000, "2020-02-29", "2021-02-28", null, "zhejiang"])).toBe(200);
  });

  test.each([["wenzhou"], ["zhongshan"], ["ningbo"], ["zhejiang"]])("第十四条: every profile has the fee (%s)", (profile) => {
    expect(call("IDLEFEE", ["1,000", "2023-03-15", "2024-03-15", "企业", profile])).toBe(200);
  });

  test.each([["government"], ["政府"], ["GOVERNMENT"]])("第八条: government-caused (%s) → 0", (cause) => {
    expect(call("IDLEFEE", [1000, "2023-03-15", "2026-01-01", cause, "zengcheng"])).toBe(0);
  });

  test("an unknown cause → #VALUE! naming cause", () => {
    expect(fault(() => call("IDLEFEE", [1000, "2023-03-15", "2024-03-15", "weather", "zengcheng"])).message).toMatch(/^cause：/);
  });

  test("a negative land price → #NUM!; a bad date → #VALUE! naming it", () => {
    expect(fault(() => call("IDLEFEE", [-1, "2023-03-15", "2024-03-15", null, "zengcheng"])).code).toBe("#NUM!");
    expect(fault(() => call("IDLEFEE", [1000, "soon", "2024-03-15", null, "zengcheng"])).message).toMatch(/^agreed_start：/);
  });
});

describe("LAND.BREACHPENALTY (WZ-BREACH 三(四)10, ZC-LOWEFF 二(三)6)", () => {
  test("WZ-BREACH 三(四)10: committed 30, actual 25, 10 亩 → 50", () => {
    expect(call("BREACHPENALTY", [30, 25, 10, "wenzhou"])).toBe(50);
  });

  test("WZ-BREACH 三(四)10: actual above committed → no penalty", () => {
    expect(call("BREACHPENALTY", [30, 31, 10, "wenzhou"])).toBe(0);
  });

  test("ZC-LOWEFF 二(三)6: 增城's tax-shortfall payment, exact decimals", () => {
    expect(call("BREACHPENALTY", ["30.1", "25.2", "10.3", "zengcheng"])).toBe(50.47);
  });

  test("a profile without a tax-commitment rule → #N/A", () => {
    expect(fault(() => call("BREACHPENALTY", [30, 25, 10, "zhongshan"])).code).toBe("#N/A");
  });

  test("a result beyond a double's range → #NUM!, never Infinity", () => {
    expect(fault(() => call("BREACHPENALTY", [1e308, 0, 1e308, "wenzhou"])).code).toBe("#NUM!");
  });

  test("a negative area → #NUM! naming area_mu", () => {
    const e = fault(() => call("BREACHPENALTY", [30, 25, -1, "wenzhou"]));
    expect([e.code, e.message.startsWith("area_mu：")]).toEqual(["#NUM!", true]);
  });
});

describe("LAND.SUBSIDY (ZC-SUB-RENT 三(二)7, ZS-RELOC 二(十二), ZC-SUB-INV 三(二)5, ZC-SUB-ATTR 三(二)6, ZC-SUB-VIL 三(二)8)", () => {
  test("FUNCTIONS.md example: rent, 1000 ㎡, 12 months, contribution 100, zengcheng → 12", () => {
    expect(call("SUBSIDY", ["rent", 1000, 12, 100, null, "zengcheng"])).toBe(12);
  });

  test("ZC-SUB-RENT 三(二)7: each year ≤ the previous-year contribution", () => {
    expect(call("SUBSIDY", ["租金", 1000, 12, 5, null, "zengcheng"])).toBe(5);
  });

  test("ZC-SUB-RENT 三(二)7: two years, so year 3 → 0", () => {
    expect(call("SUBSIDY", ["rent", 1000, 12, 100, 2, "zengcheng"])).toBe(12);
    expect(call("SUBSIDY", ["rent", 1000, 12, 100, 3, "zengcheng"])).toBe(0);
  });

  test("ZS-RELOC 二(十二): 中山 6 元/㎡/月 → 7.2", () => {
    expect(call("SUBSIDY", ["rent", 1000, 12, 100, null, "中山"])).toBe(7.2);
  });

  test.each([[13], [-1]])("months %d outside 0–12 → #NUM! naming b", (months) => {
    const e = fault(() => call("SUBSIDY", ["rent", 1000, months, 100, null, "zengcheng"]));
    expect([e.code, e.message.startsWith("b：")]).toEqual(["#NUM!", true]);
  });

  test.each([
    [599.99, 1, 0, 0],
    [600, 1, 0, 200],
    [600, 3, 0, 200],
    [600, 4, 0, 0],
    [600, 1, 2950, 50],
    [600, 1, 3100, 0],
  ])("ZC-SUB-INV 三(二)5: 10000 万元, planned %d 万元/亩 (达到 600 includes 600), year %d, paid %d → %d", (planned, year, paid, reward) => {
    expect(call("SUBSIDY", ["investment", 10000, planned, year, paid, "zengcheng"])).toBe(reward);
  });

  test.each([
    [10000, 3000, 500],
    [50000, 3000, 2000],
    [50000, 1500, 1500],
  ])("ZC-SUB-ATTR 三(二)6: output %d, contribution %d → min(5%, 2000, contribution) = %d", (output, contribution, reward) => {
    expect(call("SUBSIDY", ["attraction", output, contribution, null, null, "zengcheng"])).toBe(reward);
  });

  test("ZC-SUB-VIL 三(二)8: three years, each ≤ that year's contribution", () => {
    expect(call("SUBSIDY", ["village", 10000, 300, 2, null, "zengcheng"])).toBe(300);
    expect(call("SUBSIDY", ["村改", 10000, 3000, 3, null, "zengcheng"])).toBe(500);
    expect(call("SUBSIDY", ["village", 10000, 3000, 4, null, "zengcheng"])).toBe(0);
  });

  test("an unknown kind → #VALUE! listing the kinds", () => {
    const e = fault(() => call("SUBSIDY", ["bonus", 1, 1, 1, null, "zengcheng"]));
    expect(e.message).toMatch(/^kind：应为 rent（租金）/);
  });

  test("a year of 1.5 is out of domain → #NUM!", () => {
    expect(fault(() => call("SUBSIDY", ["village", 10000, 300, 1.5, null, "zengcheng"])).code).toBe("#NUM!");
  });

  test("Wenzhou has no rent subsidy → #N/A", () => {
    expect(fault(() => call("SUBSIDY", ["rent", 1000, 12, 100, null, "wenzhou"])).code).toBe("#N/A");
  });
});

describe("LAND.MINTAX (ZC-GGG 二(六)17)", () => {
  test.each([
    ["core", true, 70], ["multi", true, 56], ["town", true, 38.5],
    ["core", false, 50], ["multi", false, 40], ["town", false, 27.5],
    ["开发区核心区", "是", 70], ["一区多园", null, 40], ["其他镇街", 0, 27.5],
  ])("ZC-GGG 二(六)17: zone %s, pilot %j → %d 万元/亩", (zone, pilot, min) => {
    expect(call("MINTAX", [zone, pilot, "zengcheng"])).toBe(min);
  });

  test("an unknown zone → #VALUE! naming zone", () => {
    expect(fault(() => call("MINTAX", ["downtown", false, "zengcheng"])).message).toMatch(/^zone：/);
  });
});

describe("LAND.LEASEPRICE, LAND.BUILDMONTHS (WZ-TERM, WZ-BUILD 三(三)6)", () => {
  test("WZ-TERM 三(三)6: 1000 万元 × 20 ÷ 50 → 400", () => {
    expect(call("LEASEPRICE", [1000, 20, "wenzhou"])).toBe(400);
  });

  test("WZ-TERM 三(三)6: 21 years for general industrial land → #NUM! citing the clause", () => {
    const e = fault(() => call("LEASEPRICE", [1000, 21, "wenzhou"]));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toContain("三(三)6");
  });

  test.each([
    [100000, 24], ["100,000", 24], [100000.01, 30], [199999.99, 30], [200000, 36], [0, 24],
  ])("WZ-BUILD 三(三)6: 10 亿元以下 includes 10 亿, 20 亿元以上 includes 20 亿: %j 万元 → %d months", (investment, months) => {
    expect(call("BUILDMONTHS", [investment, "wenzhou"])).toBe(months);
  });
});

describe("LAND.COMPENSATION, LAND.COMPCLASS (ZC-COMP 三(一)3), LAND.MU", () => {
  test("ZC-COMP 三(一)3: 1.2 × 1000 + 0.6 × 500 → 1500 ㎡", () => {
    expect(call("COMPENSATION", [1000, 500, "zengcheng"])).toBe(1500);
  });

  test("ZC-COMP 三(一)3: exact decimals, 1.2 × 3.3 = 3.96 (a double product gives 3.9599999999999995)", () => {
    expect(call("COMPENSATION", [3.3, 0, "zengcheng"])).toBe(3.96);
    expect(1.2 * 3.3).not.toBe(3.96);
  });

  test("ZC-COMP 三(一)3: 2009 年前 ×0.6, 2009 年后 money; 2009 itself per the profile's marked assumption", () => {
    expect(call("COMPCLASS", [2008, "zengcheng"])).toBe("unlawful-pre");
    expect(call("COMPCLASS", [2009, "zengcheng"])).toBe("unlawful-pre");
    expect(call("COMPCLASS", [2010, "zengcheng"])).toBe("unlawful-post");
  });

  test("1 亩 = 10000/15 ㎡ exactly (RULES.md reading conventions)", () => {
    expect(call("MU", [10000])).toBe(15);
    expect(call("MU", [1])).toBe(0.0015);
    expect(call("MU", ["2,000"])).toBe(3);
  });

  test("a negative area → #NUM!", () => {
    expect(fault(() => call("MU", [-1])).code).toBe("#NUM!");
  });
});

describe("LAND.STATUS: the document's standing on a date", () => {
  test.each([
    ["zengcheng", "2024-03-15", "征求意见稿 draft"],
    ["wenzhou", "2025-06-30", "有效 in force"],
    ["wenzhou", "2025-07-01", "已失效 expired"],
    ["zhejiang", "2023-03-14", "尚未施行 not yet in force"],
    ["zhejiang", "2023-03-15", "有效 in force"],
    ["ningbo", "2024-01-01", "征求意见稿 draft"],
  ])("%s on %s → %s", (profile, asOf, label) => {
    expect(call("STATUS", [profile, asOf])).toBe(label);
  });

  test("no date → today (the host's), no profile → the active one", () => {
    expect(call("STATUS", [null, null], fixedHost("wenzhou", TODAY))).toBe("有效 in force");
  });
});

describe("LAND.EXPLAIN: the result card", () => {
  const rows = (v: CellResult) => (v as unknown[][]).map((r) => r.map(String));

  test("ZC-TIER: rule, clause, sourced and assumed parameters, the deciding step and the draft warning", () => {
    const table = rows(call("EXPLAIN", ["TIER", [[17]], oneToTwenty, null, "zengcheng"]));
    const find = (item: string) => table.filter((r) => r[0] === item);
    expect(find("结果 result")[0]![1]).toBe("A");
    expect(find("规则 rule")[0]![1]).toBe("ZC-TIER");
    expect(find("条款 clause")[0]!.slice(1)).toEqual(["二(一)2", "《增城存量工业用地办法（征求意见稿）》二(一)2 / Zengcheng stock industrial land measures (draft) 二(一)2"]);
    const params = find("参数 parameter");
    expect(params.find((r) => r[1]!.startsWith("A 档比例上限"))![2]).toMatch(/^有出处 sourced/);
    expect(params.find((r) => r[1]!.startsWith("B 档累计线"))![2]).toMatch(/^假定 assumed/);
    expect(find("判定 step")[0]![1]).toContain("hi 4 ≤ 4 → A");
    expect(find("⚠ 警告 warning")[0]![1]).toContain("征求意见稿");
  });

  test("WZ-TERM: a #NUM! (whose message Excel hides) is shown with its reason", () => {
    const table = rows(call("EXPLAIN", ["LEASEPRICE", 1000, 21, "wenzhou"]));
    const error = table.find((r) => r[0] === "错误 error")!;
    expect(error[1]).toBe("#NUM!");
    expect(error[2]).toContain("三(三)6");
  });

  test("an expired document is flagged on the evaluation date", () => {
    const table = rows(call("EXPLAIN", ["IDLEFEE", 1000, "2023-03-15", "2026-01-01", null, "wenzhou"]));
    expect(table.some((r) => r[0] === "⚠ 警告 warning" && r[1]!.includes("失效"))).toBe(true);
  });

  test("names by id, LAND.id or Chinese name; an unknown name or too many arguments → #VALUE!", () => {
    expect(rows(call("EXPLAIN", ["land.mu", 10000]))[1]).toEqual(["结果 result", "15", ""]);
    expect(rows(call("EXPLAIN", ["平方米换亩", 10000]))[1]![1]).toBe("15");
    expect(fault(() => call("EXPLAIN", ["NOPE"])).message).toMatch(/^function_name：/);
    expect(fault(() => call("EXPLAIN", ["MU", 1, 2])).message).toMatch(/^arg2：/);
  });

  test("ZC-GGG 二(六)17: a 50-digit tax per mu is shortened in every row — the input to the nearest (≈49.9995), the comparison and finding away from the floor of 50 (≈49.9994)", () => {
    const exact = "49.99946524064171122994652406417112299465240641711"; // 934.99 ÷ 18.7
    const table = rows(call("EXPLAIN", ["GGGOK", "core", 2, exact, false, null, null, null, null, null, null, null, "zengcheng"]));
    expect(table.flat().filter((text) => /\d\.\d{7,}/.test(text))).toEqual([]);
    expect(table.find((r) => r[0] === "输入 input" && r[1] === "亩均税收")![2]).toBe("≈49.9995");
    expect(table.filter((r) => r[0] === "判定 step").map((r) => r[1])).toContain("亩均税收 ≈49.9994 ≥ 50 (二(六)17; 不低于, inclusive): no");
    const violation = table.find((r) => r[0] === "✗ 不符合 violation")!;
    expect(violation[1]).toBe("亩均税收 = ≈49.9994（≥ 50）");
    expect(violation[2]).toContain("亩均税收 ≈49.9994 低于监管要求 50");
  });

  test("readable(): decimals shortened to 6 significant digits, up before ≤ and down before ≥; dates, integers and short values untouched", () => {
    expect(readable("x 0.20000012 ≤ 0.2: no; y 0.6999999 ≥ 0.7: no")).toBe("x ≈0.200001 ≤ 0.2: no; y ≈0.699999 ≥ 0.7: no");
    expect(readable("EDATE(2020-03-15, 60) = 2025-03-15; 91440101 rows; 38.5 万元")).toBe("EDATE(2020-03-15, 60) = 2025-03-15; 91440101 rows; 38.5 万元");
    expect(readable("1234.56789 亩")).toBe("≈1234.57 亩");
  });

  test("STATUS explained: the document, its window and the warning", () => {
    const table = rows(call("EXPLAIN", ["STATUS", "ningbo", "2024-01-01"]));
    expect(table.find((r) => r[0] === "文件 document")![1]).toContain("征求意见");
    expect(table.find((r) => r[0] === "发布 issuer")![2]).toBe("宁波低效工业用地整治通知（征求意见稿） / Ningbo low-efficiency industrial land notice (draft)");
    expect(table.some((r) => r[0] === "⚠ 警告 warning")).toBe(true);
  });
});
