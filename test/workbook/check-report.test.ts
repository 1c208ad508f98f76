// The check report of WORKBOOK.md: every threshold the profile has and the columns allow, per
// row, with row, column, rule and clause. Vectors from the clauses named in each test.
import { parseIsoDate } from "../../policies/engine/dates";
import type { Context } from "../../policies/engine/evaluation";
import { getProfile } from "../../policies/profiles";
import type { RawCell } from "../../policies/workbook/cells";
import { buildCheckReport, checkProductSheet, INPUT_RULE } from "../../policies/workbook/check-report";
import { isProductSheet } from "../../policies/workbook/layout";
import { readEnterpriseTable } from "../../policies/workbook/table";
import { rankTable } from "../../policies/workbook/tier-sheet";
import { sheetGrid, type ProductSheet } from "../../policies/workbook/product-sheet";
import type { OutCell } from "../../policies/workbook/layout";

/** The product sheet as a grid (rows, the table's header row) and its name. */
function layoutOf(sheet: ProductSheet): { name: string; rows: OutCell[][]; tableHeader: number } {
  const g = sheetGrid(sheet);
  return { name: sheet.name, rows: g.rows, tableHeader: g.tableHeader! };
}


const asOf = parseIsoDate("2024-03-15");
const ctx = (id: string): Context => ({ profile: getProfile(id), asOf });

function report(id: string, grid: RawCell[][]) {
  return buildCheckReport(ctx(id), readEnterpriseTable(grid), null);
}

const violations = (r: ReturnType<typeof report>) => r.findings.filter((f) => f.severity === "violation").map((f) => [f.row, f.rule, f.field]);

describe("ZC-GGG 二(六)17 on a submissions table", () => {
  const HEAD = ["企业名称", "项目类型", "所在区域", "是否试点", "用地面积（亩）", "税收（万元）", "容积率"];

  test("容积率 不低于 2.0: 2.0 passes, 1.99 is a violation in column G", () => {
    const r = report("zengcheng", [HEAD, ["甲", "工改工", "其他镇街", "否", 10, 300, 2.0], ["乙", "工改工", "其他镇街", "否", 10, 300, 1.99]]);
    expect(violations(r)).toEqual([[3, "ZC-GGG", "far"]]);
    expect(r.findings.find((f) => f.field === "far")).toMatchObject({ column: "G", citation: "zengcheng-2022-draft.txt 二(六)17", enterprise: "乙" });
  });

  test("试点 其他镇街 不低于 38.5 万元/亩: 385 ÷ 10 passes, 384.9 ÷ 10 does not", () => {
    const r = report("zengcheng", [HEAD, ["甲", "工改工", "其他镇街", "是", 10, 385, 2.5], ["乙", "工改工", "其他镇街", "是", 10, 384.9, 2.5]]);
    expect(violations(r)).toEqual([[3, "ZC-GGG", "tax_per_mu"]]);
  });

  test("其他“工改工” 开发区核心区 不低于 50; a blank 是否试点 is not a pilot (LAND.MINTAX default)", () => {
    const r = report("zengcheng", [HEAD, ["甲", "工改工", "开发区核心区", null, 10, 500, 2.5], ["乙", "工改工", "开发区核心区", null, 10, 499.99, 2.5]]);
    expect(violations(r)).toEqual([[3, "ZC-GGG", "tax_per_mu"]]);
  });

  test("a 工改M0 row is outside 二(六)17's scope; a blank zone cannot be checked (a notice, not a verdict)", () => {
    const r = report("zengcheng", [HEAD, ["甲", "工改M0", "其他镇街", "否", 10, 1, 1], ["乙", "工改工", null, "否", 10, 1, 1]]);
    expect(r.findings.filter((f) => f.row === 2)).toEqual([]);
    expect(r.findings.filter((f) => f.row === 3)).toEqual([expect.objectContaining({ severity: "notice", field: "zone", rule: "ZC-GGG" })]);
  });

  test("the check runs only where the columns allow it, and says which columns are missing", () => {
    const r = report("zengcheng", [["企业名称", "项目类型", "容积率"], ["甲", "工改工", 1.5]]);
    const ggg = r.coverage.find((c) => c.check.id === "ZC-GGG")!;
    expect(ggg.ran).toBe(false);
    expect(ggg.why!.zh).toContain("所在区域");
    expect(r.findings).toEqual([]);
  });

  test("a profile without ZC-GGG does not list it at all", () => {
    const r = report("wenzhou", [HEAD, ["甲", "工改工", "其他镇街", "否", 10, 1, 1]]);
    expect(r.coverage.map((c) => c.check.id)).not.toContain("ZC-GGG");
  });
});

describe("ZC-TIER 二(一)2 data status", () => {
  test("未上传 and 造假 are violations citing 二(一)2; blank passes", () => {
    const r = report("zengcheng", [["企业名称", "数据状态"], ["甲", null], ["乙", "未上传"], ["丙", "造假"]]);
    expect(violations(r)).toEqual([[3, "ZC-TIER", "data_status"], [4, "ZC-TIER", "data_status"]]);
    expect(r.findings[0]!.citation).toBe("zengcheng-2022-draft.txt 二(一)2");
    expect(r.rowsChecked).toBe(3);
    expect(r.rowsPassing).toBe(1);
  });
});

describe("input findings and rejected inputs", () => {
  test("a non-number where one is needed is an INPUT finding for its row and column", () => {
    const r = report("zengcheng", [["企业名称", "用地面积（亩）"], ["甲", "约10"]]);
    expect(r.findings).toEqual([expect.objectContaining({ rule: INPUT_RULE, row: 2, column: "B", field: "area_mu", value: "约10" })]);
  });

  test("ZS-ANCIL 三(十五): a share above 100% is rejected by the rule as #NUM! — a violation naming the argument, not a crash", () => {
    const r = report("zhongshan", [["企业名称", "项目类型", "用地面积（亩）", "配套设施用地占比（%）", "配套设施建筑面积占比（%）"], ["甲", "工改工", 40, 5, 120]]);
    expect(r.findings).toEqual([expect.objectContaining({ rule: "ZS-ANCIL", severity: "violation", field: "ancillary_floor_share" })]);
  });
});

describe("ZS-SELFHOLD 三(十四), NB-FAR 二(六), NB-MIXED 二(七) boundaries", () => {
  const SELF = ["企业名称", "项目类型", "用地面积（亩）", "约定亩均税收（万元/亩）", "优先发展产业", "自持比例（%）"];
  test("自持比例 20% passes, 19.99% is a violation", () => {
    const r = report("zhongshan", [SELF, ["甲", "工改工", 30, 30, "是", 20], ["乙", "工改工", 30, 30, "是", 19.99]]);
    expect(violations(r)).toEqual([[3, "ZS-SELFHOLD", "self_held_share"]]);
  });

  test("宁波 容积率 市区 ≥ 2.0, 县（市）≥ 1.5; 研发设施 ≤ 15%; 混合用地工业建筑面积 ≥ 50%", () => {
    const r = report("ningbo", [
      ["企业名称", "容积率", "市区或县（市）", "总建筑面积（㎡）", "研发设施建筑面积（㎡）", "工业建筑面积（㎡）"],
      ["甲", 2.0, "市区", 10000, 1500, 5000],
      ["乙", 1.5, "县（市）", 10000, 1501, 4999],
      ["丙", 1.49, "县（市）", null, null, null],
    ]);
    expect(violations(r)).toEqual([
      [3, "NB-FAR", "rd_floor_share"],
      [3, "NB-MIXED", "industrial_floor_share"],
      [4, "NB-FAR", "far"],
    ]);
  });
});

describe("checkReportLayout", () => {
  test("marker, document standing, summary and one line per finding", () => {
    const c = ctx("zengcheng");
    const r = buildCheckReport(c, readEnterpriseTable([["企业名称", "数据状态"], ["乙", "未上传"]]), null);
    const layout = layoutOf(checkProductSheet(c, r, "9.9.9"));
    expect(isProductSheet(layout.rows[0]![0])).toBe(true);
    expect(layout.name).toBe("核查报告_zengcheng");
    const text = layout.rows.map((row) => row.join(" ")).join("\n");
    expect(text).toContain("征求意见稿");
    expect(text).toContain("landrules 9.9.9");
    expect(layout.rows[layout.tableHeader + 1]).toEqual(expect.arrayContaining([2, "B", "乙", "数据状态", "ZC-TIER", "《增城存量工业用地办法（征求意见稿）》二(一)2 / Zengcheng stock industrial land measures (draft) 二(一)2"]));
    expect(layout.rows.length).toBe(layout.tableHeader + 2);
  });
});

describe("one forced D: the check report and the tier sheet say the same (ZC-TIER 二(一)2)", () => {
  test("未上传 and 造假 rows: the DATA-STATUS finding is the tier rule's own forced-D reason and clause", () => {
    const head = ["企业名称", "用地面积（亩）", "工业总产值（万元）", "主营业务收入（万元）", "综合能耗（吨标煤）", "研发费用（万元）", "技改投资（万元）", "各级各类认定", "数据状态"];
    const grid: RawCell[][] = [head, ...Array.from({ length: 20 }, (_, i) => [`企业${i + 1}`, 10, 1000 * (i + 1), 1000, 100, 10, 10, 1, i === 3 ? "未上传" : i === 7 ? "造假" : null])];
    const table = readEnterpriseTable(grid);
    const ranked = rankTable(ctx("zengcheng"), table);
    const report = buildCheckReport(ctx("zengcheng"), table, ranked.facts);
    const forced = report.findings.filter((f) => f.check === "DATA-STATUS");
    expect(forced.map((f) => f.row)).toEqual([5, 9]);
    forced.forEach((f) => {
      const i = table.rows.findIndex((r) => r.row === f.row);
      expect(f.message).toEqual(ranked.result.value.rows[i]!.forcedReason);
      expect(f.citation).toBe("zengcheng-2022-draft.txt 二(一)2");
    });
  });
});
