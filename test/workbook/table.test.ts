// WORKBOOK.md "Input: an enterprise table": header matching ignores case, spaces, full-/half-width
// brackets and a unit suffix; an unmapped or ambiguous header is reported, never guessed.
import type { RawCell } from "../../policies/workbook/cells";
import { findHeaderRow, mapHeaders, MappingError, readEnterpriseTable } from "../../policies/workbook/table";
import { readHeader } from "../../policies/workbook/vocabulary";

describe("header vocabulary (WORKBOOK.md minimum vocabulary)", () => {
  // The table of WORKBOOK.md, typed from the spec: every listed header must be accepted.
  const SPEC: [string, string[]][] = [
    ["enterprise", ["企业名称", "企业", "enterprise", "name"]],
    ["credit_code", ["统一社会信用代码", "信用代码", "credit code"]],
    ["area_mu", ["用地面积", "用地面积（亩）", "占地面积（亩）", "land area", "area (mu)"]],
    ["tax", ["税收", "实缴税金", "税收（万元）", "tax"]],
    ["value_added", ["工业增加值", "增加值", "value added"]],
    ["output", ["工业总产值", "产值", "output"]],
    ["revenue", ["主营业务收入", "营业收入", "revenue"]],
    ["energy_tce", ["综合能耗", "综合能耗（吨标煤）", "energy"]],
    ["emissions_t", ["主要污染物排放量", "排放量", "emissions"]],
    ["employees", ["年平均职工人数", "职工人数", "employees"]],
    ["rd", ["R&D经费支出", "研发费用", "研究费用支出", "R&D"]],
    ["retrofit", ["技改投资", "技术改造投资", "retrofit investment"]],
    ["certifications", ["认定", "各级各类认定", "certifications"]],
    ["far", ["容积率", "FAR", "plot ratio"]],
    ["zone", ["所在区域", "区域", "zone"]],
    ["project_type", ["项目类型", "project type"]],
    ["pilot", ["是否试点", "试点", "pilot"]],
    ["data_status", ["数据状态", "data status"]],
  ];
  for (const [field, headers] of SPEC)
    test.each(headers)(`"%s" maps to ${field}`, (h) => {
      const r = readHeader(h);
      expect(r.kind === "field" && r.field.id).toBe(field);
    });

  test.each(["用地面积(亩)", " 用 地 面 积 【单位：亩】", "LAND AREA", "Area (MU)", "ＦＡＲ", "税收（ 万元 ）"])("case, spaces, brackets and units are ignored: %p", (h) => {
    expect(readHeader(h).kind).toBe("field");
  });

  test("RULES.md: 1 亩 = 10000/15 ㎡ — a ㎡ header converts by 15/10000", () => {
    const r = readHeader("占地面积（㎡）");
    expect(r.kind === "field" && r.factor.toFixed()).toBe("0.0015");
  });

  test("a 元 header converts money to 万元", () => {
    const r = readHeader("税收（元）");
    expect(r.kind === "field" && r.factor.toFixed()).toBe("0.0001");
  });

  test("a unit that does not fit the field is reported, not guessed", () => {
    expect(readHeader("税收（美元）")).toMatchObject({ kind: "bad-unit", unit: "美元" });
  });

  test("a text column's bracket is a qualifier: 企业名称（全称）", () => {
    const r = readHeader("企业名称（全称）");
    expect(r.kind === "field" && r.field.id).toBe("enterprise");
  });
});

describe("mapHeaders", () => {
  test("two columns naming one field: both reported, neither used", () => {
    const m = mapHeaders(["企业名称", "税收", "实缴税金（万元）"]);
    expect(m.columns.tax).toBeUndefined();
    expect(m.problems).toEqual([expect.objectContaining({ kind: "ambiguous", field: "tax", columns: [{ letter: "B", header: "税收" }, { letter: "C", header: "实缴税金（万元）" }] })]);
  });

  test("--map field=Header settles the ambiguity and the other column is left alone", () => {
    const m = mapHeaders(["企业名称", "税收", "实缴税金（万元）"], { tax: "实缴税金（万元）" });
    expect(m.columns.tax).toMatchObject({ letter: "C", byHand: true });
    expect(m.problems).toEqual([]);
  });

  test("--map by Chinese field name, for a header outside the vocabulary", () => {
    const m = mapHeaders(["公司", "占地（亩）"], { 用地面积: "占地（亩）", enterprise: "公司" });
    expect(m.columns.area_mu?.letter).toBe("B");
    expect(m.columns.area_mu?.factor.toFixed()).toBe("1");
  });

  test("an unknown header is reported with its column, and left alone", () => {
    const m = mapHeaders(["企业名称", "所属镇街"]);
    expect(m.problems).toEqual([expect.objectContaining({ kind: "unmapped", columns: [{ letter: "B", header: "所属镇街" }] })]);
  });

  test("--map to an unknown field or a missing header is a MappingError naming it", () => {
    expect(() => mapHeaders(["企业名称"], { taxes: "税收" })).toThrow(/taxes/);
    expect(() => mapHeaders(["企业名称"], { tax: "税金" })).toThrow(MappingError);
    expect(() => mapHeaders(["企业名称"], { tax: "税金" })).toThrow(/税金/);
  });

  test("title lines above the table: the header row is found", () => {
    const grid: RawCell[][] = [["2023 年度亩均数据"], ["填报单位：某局"], ["企业名称", "用地面积（亩）", "税收（万元）"], ["甲", 10, 50]];
    expect(findHeaderRow(grid)).toBe(3);
  });

  test("no recognisable header row is a MappingError", () => {
    expect(() => findHeaderRow([["a", "b"], [1, 2]])).toThrow(MappingError);
  });
});

describe("readEnterpriseTable", () => {
  const grid: RawCell[][] = [
    ["企业名称", "用地面积（亩）", "税收（万元）", "占地面积（㎡）", "数据状态"],
    ["甲公司", 10, "1,234.5", null, null],
    ["乙公司", "１２", null, 666.67, "未上传"],
    ["丙公司", -3, "约120", null, "待定"],
    [null, null, null, null, null],
    ["合计", 19, 1234.5, null, null],
  ];

  test("blanks are missing, not zero; separators and full-width digits read exactly", () => {
    const t = readEnterpriseTable(grid, { map: { area_mu: "用地面积（亩）" } });
    expect(t.rows[0]!.values.tax!.toFixed()).toBe("1234.5");
    expect(t.rows[1]!.values.area_mu!.toFixed()).toBe("12");
    expect(t.rows[1]!.values.tax).toBeUndefined();
  });

  test("each unreadable cell is a finding with its sheet row and column letter", () => {
    const t = readEnterpriseTable(grid, { map: { area_mu: "用地面积（亩）" } });
    expect(t.issues.map((i) => [i.row, i.column, i.field])).toEqual([
      [4, "B", "area_mu"],
      [4, "C", "tax"],
      [4, "E", "data_status"],
    ]);
    expect(t.issues[1]!.message.zh).toContain("约120");
    expect(t.rows[2]!.invalid.has("tax")).toBe(true);
  });

  test("a blank line is skipped silently; a 合计 line is skipped and said so", () => {
    const t = readEnterpriseTable(grid, { map: { area_mu: "用地面积（亩）" } });
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(t.skipped).toEqual([expect.objectContaining({ row: 6 })]);
  });

  test("ZC-TIER 二(一)2 statuses: 未上传 reads as missing, blank as ok", () => {
    const t = readEnterpriseTable(grid, { map: { area_mu: "用地面积（亩）" } });
    expect(t.rows.map((r) => r.values.data_status)).toEqual(["ok", "missing", undefined]);
  });

  test("land area 0 is a finding (every per-亩 figure divides by it)", () => {
    const t = readEnterpriseTable([["企业名称", "用地面积"], ["甲", 0]]);
    expect(t.issues[0]).toMatchObject({ field: "area_mu", column: "B" });
  });

  test("shares: a (%) header reads 20 as 0.2; a cell written 20% is 0.2 either way", () => {
    const t = readEnterpriseTable([["企业名称", "自持比例（%）"], ["甲", 20], ["乙", "20%"]]);
    expect(t.rows.map((r) => r.values.self_held_share!.toFixed())).toEqual(["0.2", "0.2"]);
  });
});
