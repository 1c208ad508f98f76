// Example tables for the county evaluation schemes (issue 8): 黄岩 (规上/规下, a few 规上 firms
// without emission data), 温岭 (park firms in five industry groups, tenants), 旌德 (min–max,
// missing energy data, vetoes). Seeded like the others; the figures are synthetic.
import type { Firm } from "./firms";
import { Random, round } from "./random";
import { ID_COLUMNS, num, STATUS_COLUMN, type Cell, type Column, type TableSpec } from "./tables";

/**
 * 规上 or 规下, about a third 规下 (synthetic), one draw per firm; the columns below read it
 * through `isAbove`, so it is drawn once per firm, by the scale column, which comes first.
 */
function scaleColumn(seed: number): { column: Column; isAbove: (i: number) => boolean } {
  const r = new Random(seed);
  const above = new Map<number, boolean>();
  const isAbove = (i: number) => {
    if (!above.has(i)) above.set(i, !r.chance(0.35));
    return above.get(i)!;
  };
  return { column: { header: "企业规模", field: "scale", value: (_, i) => (isAbove(i) ? "规上" : "规下") }, isAbove };
}

/**
 * The Zhejiang indicator columns shaped around a county's benchmarks (value ÷ benchmark about
 * log-normal around 1), so the example's points look like a real evaluation's: 规上 firms
 * report all of them, 规下 firms only tax, land, revenue and electricity.
 */
function indicatorColumns(seed: number, isAbove: (i: number) => boolean, benchmarks: { energy: number; emission: number; electricity: number }, emissionGaps = 0): Column[] {
  const r = new Random(seed);
  const spread = () => r.logNormal(1, 0.5);
  const above = (header: string, field: string, value: (f: Firm) => number | null): Column => ({ header, field, value: (f, i) => (isAbove(i) ? value(f) : null), messy: true });
  return [
    above("工业增加值（万元）", "value_added", (f) => f.value_added),
    above("综合能耗（吨标准煤）", "energy_tce", (f) => round(f.value_added / (benchmarks.energy * spread()), 1)),
    // Some 规上 firms have no emission data (黄岩: they take the average 规上 score of the indicator).
    { header: "主要污染物排放量（吨）", field: "emissions_t", value: (f, i) => (isAbove(i) && !r.chance(emissionGaps) ? round(f.value_added / (benchmarks.emission * spread()), 4) : null) },
    above("年平均职工人数（人）", "employees", (f) => f.employees),
    above("R&D经费支出（万元）", "rd", (f) => f.rd),
    num("主营业务收入（万元）", "revenue"),
    { header: "用电量（万千瓦时）", field: "electricity", value: (f) => round(f.tax / (benchmarks.electricity * spread()), 1), messy: true },
  ];
}

export function huangyanSpec(): TableSpec {
  const scale = scaleColumn(2022_1002);
  return {
    file: "enterprises-huangyan.xlsx",
    sheet: "企业数据",
    profile: "huangyan",
    title: "黄岩区 2022 年度工业企业亩均效益综合评价基础数据（示例，虚构）",
    note: "金额单位：万元　　面积单位：亩　　规上企业无排放数据者，该项取规上平均得分",
    place: "台州黄岩",
    region: "331003",
    firms: 160,
    statusRule: "ZJ-EVAL",
    seed: 2022_1003,
    columns: [
      ...ID_COLUMNS,
      scale.column,
      num("用地面积（亩）", "area_mu"),
      num("实缴税金（万元）", "tax"),
      ...indicatorColumns(2022_1004, scale.isAbove, { energy: 2.694, emission: 4929.81, electricity: 0.2352 }, 0.1),
      STATUS_COLUMN,
    ],
  };
}

const WENLING_INDUSTRIES = ["泵与电机", "泵业", "汽摩配", "汽摩配件", "鞋服", "鞋业", "工量刃具", "机械装备", "机床"];

export function wenlingSpec(): TableSpec {
  const r = new Random(2022_1081);
  const tenants = new Random(2022_1082);
  const scale = scaleColumn(2022_1080);
  return {
    file: "enterprises-wenling.xlsx",
    sheet: "园区企业",
    profile: "wenling",
    title: "温岭市 2022 年度园区工业企业亩均效益综合评价数据（示例，虚构）",
    note: "金额单位：万元　　面积单位：亩　　出租户数：出租厂房给其他企业的户数",
    place: "温岭",
    region: "331081",
    firms: 200,
    statusRule: "ZJ-EVAL",
    seed: 2022_1081,
    columns: [
      ...ID_COLUMNS,
      { header: "所属行业", field: "industry", value: () => r.pick(WENLING_INDUSTRIES) },
      scale.column,
      num("用地面积（亩）", "area_mu"),
      num("税收（万元）", "tax"),
      ...indicatorColumns(2022_1083, scale.isAbove, { energy: 2.694, emission: 4929.81, electricity: 0.2352 }),
      { header: "出租户数", field: "tenants", value: (): Cell => tenants.pick([0, 0, 0, 0, 0, 1, 1, 2, 3, 5]) },
      STATUS_COLUMN,
    ],
  };
}

export function jingdeSpec(): TableSpec {
  const gaps = new Random(2023_1825);
  const events = new Random(2023_1826);
  return {
    file: "enterprises-jingde.xlsx",
    sheet: "企业数据",
    profile: "jingde",
    title: "旌德县 2023 年度工业企业亩均效益评价数据（示例，虚构）",
    note: "金额单位：万元　　面积单位：亩",
    place: "旌德",
    region: "341825",
    firms: 120,
    // Its check rules come from its base profile (zhejiang): 未上传 / 造假 are ZJ-EVAL findings.
    statusRule: "ZJ-EVAL",
    seed: 2023_1825,
    columns: [
      ...ID_COLUMNS,
      num("用地面积（亩）", "area_mu"),
      num("税收（万元）", "tax"),
      num("营业收入（万元）", "revenue"),
      { header: "综合能耗（吨标准煤）", field: "energy_tce", value: (f) => (gaps.chance(0.08) ? null : f.energy_tce) },
      num("研发费用（万元）", "rd"),
      num("各级各类认定（项）", "certifications", false),
      { header: "一票否决", field: "veto", value: () => (events.chance(0.03) ? events.pick(["安全生产事故", "环境污染事件"]) : null) },
      STATUS_COLUMN,
    ],
  };
}
