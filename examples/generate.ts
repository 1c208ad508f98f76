// Writes the example workbooks (npm run examples): an enterprise table per jurisdiction, a
// submissions sheet with planted violations, and a workbook using every LAND function.
// Seeded, so a rerun rewrites the same bytes; examples/planted.json lists what was planted.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { saveWorkbook } from "./save-workbook";
import { formulasWorkbook } from "./formulas";
import { Random, round } from "./random";
import { AREA_M2, enterpriseTable, ID_COLUMNS, num, STATUS_COLUMN, type Column, type ExampleTable, type TableSpec } from "./tables";
import { huangyanSpec, jingdeSpec, wenlingSpec } from "./counties";
import { submissionsWorkbook } from "./submissions";
import { transfersWorkbook } from "./transfers";

const DIR = __dirname;
const STAMP = new Date("2024-03-15T12:00:00Z");

const ZHEJIANG_SET: Column[] = [
  num("税收（万元）", "tax"),
  num("工业增加值（万元）", "value_added"),
  num("综合能耗（吨标准煤）", "energy_tce"),
  num("主要污染物排放量（吨）", "emissions_t"),
  num("年平均职工人数（人）", "employees"),
  num("R&D经费支出（万元）", "rd"),
  num("主营业务收入（万元）", "revenue"),
];

/** The 增城 enterprise table; bench/ asks for 100,000 firms of it. */
export function zengchengSpec(firms = 300): TableSpec {
  const towns = new Random(11);
  return {
    file: "enterprises-zengcheng.xlsx",
    sheet: "企业数据",
    profile: "zengcheng",
    title: "2023 年度增城区工业企业亩产效益综合评价基础数据（示例，虚构）",
    note: "填报单位：各镇街　　金额单位：万元　　面积单位：亩",
    place: "广州",
    region: "440183",
    firms,
    statusRule: "ZC-TIER",
    seed: 2023_0183,
    columns: [
      ...ID_COLUMNS,
      { header: "所属镇街", field: null, value: () => towns.pick(["新塘镇", "永宁街", "石滩镇", "中新镇", "朱村街", "仙村镇", "荔城街"]) },
      num("用地面积（亩）", "area_mu"),
      num("工业总产值（万元）", "output"),
      num("主营业务收入（万元）", "revenue"),
      num("综合能耗（吨标煤）", "energy_tce"),
      num("研发费用（万元）", "rd"),
      num("技改投资（万元）", "retrofit"),
      num("各级各类认定（项）", "certifications", false),
      num("实缴税金（万元）", "tax"),
      STATUS_COLUMN,
      { header: "备注", field: null, value: () => null },
    ],
  };
}

function zhejiangStyle(file: string, profile: string, title: string, place: string, region: string, seed: number, area: Column, extra: Column[] = []): ExampleTable {
  return enterpriseTable({
    file,
    sheet: "企业数据",
    profile,
    title,
    note: "金额单位：万元",
    place,
    region,
    firms: 240,
    statusRule: "ZJ-EVAL",
    seed,
    columns: [...ID_COLUMNS, area, ...ZHEJIANG_SET, STATUS_COLUMN, ...extra],
  });
}

/** 宁波 columns for NB-FAR and NB-MIXED: FAR by 市区/县（市）, floor areas, R&D floor. */
function ningboColumns(): Column[] {
  const r = new Random(330200);
  const layout = new Map<number, { kind: string; far: number; total: number; rd: number; industrial: number | null }>();
  const of = (areaMu: number, i: number) => {
    if (!layout.has(i)) {
      const kind = r.chance(0.6) ? "市区" : "县（市）";
      const far = round(r.between(kind === "市区" ? 2.05 : 1.55, 3.5), 2);
      const total = Math.round((far * areaMu * 10000) / 15 / 100) * 100;
      const rd = Math.round((total * r.between(0, 0.12)) / 10) * 10;
      const industrial = r.chance(0.15) ? Math.round((total * r.between(0.55, 0.9)) / 10) * 10 : null;
      layout.set(i, { kind, far, total, rd, industrial });
    }
    return layout.get(i)!;
  };
  return [
    { header: "容积率", field: "far", value: (f, i) => of(f.area_mu, i).far },
    { header: "市区或县（市）", field: "area_type", value: (f, i) => of(f.area_mu, i).kind },
    { header: "总建筑面积（㎡）", field: "total_floor_m2", value: (f, i) => of(f.area_mu, i).total },
    { header: "研发设施建筑面积（㎡）", field: "rd_floor_m2", value: (f, i) => of(f.area_mu, i).rd },
    { header: "工业建筑面积（㎡）", field: "industrial_floor_m2", value: (f, i) => of(f.area_mu, i).industrial },
  ];
}

/** Overwrites cells of one data row by header and records what that plants. */
function plant(t: ExampleTable, row: number, cells: Record<string, string | number>, planted: { rule: string; field: string; why: string } | { pass: string }): void {
  const ws = t.workbook.getWorksheet(t.sheet)!;
  const headers = (ws.getRow(3).values as unknown[]).map((v) => String(v ?? ""));
  const status = t.columns.find((c) => c.field === "data_status");
  const overwrite: Record<string, string | number | null> = status ? { [status.header]: null, ...cells } : cells;
  for (const [header, value] of Object.entries(overwrite)) {
    const col = headers.indexOf(header);
    if (col < 1) throw new Error(`no column ${header} in ${t.file}`);
    ws.getRow(row).getCell(col).value = value;
  }
  // The row's other figures stay as generated; plants the overwritten cells carried are gone.
  const fields = new Set(t.columns.filter((c) => c.header in overwrite).map((c) => c.field));
  t.violations = t.violations.filter((v) => v.row !== row || !fields.has(v.field));
  if ("pass" in planted) t.boundaryPasses.push({ row, why: planted.pass });
  else t.violations.push({ row, ...planted });
}

function ningbo(): ExampleTable {
  const t = zhejiangStyle("enterprises-ningbo.xlsx", "ningbo", "2023 年度宁波市工业企业亩均效益评价与用地强度数据（示例，虚构）", "宁波", "330200", 2023_0200, num("用地面积（亩）", "area_mu"), ningboColumns());
  // 宁波 二(六): 容积率 不低于 2.0（市区）/ 1.5（县（市））; 研发等设施 不超过 15%. 二(七): 工业建筑面积 不低于 50%.
  plant(t, 10, { 容积率: 1.99, "市区或县（市）": "市区", "研发设施建筑面积（㎡）": 0 }, { rule: "NB-FAR", field: "far", why: "市区 FAR 1.99 < 2.0" });
  plant(t, 11, { 容积率: 2, "市区或县（市）": "市区" }, { pass: "市区 FAR exactly 2.0 (不低于 includes it)" });
  plant(t, 12, { 容积率: 1.49, "市区或县（市）": "县（市）", "研发设施建筑面积（㎡）": 0 }, { rule: "NB-FAR", field: "far", why: "县（市） FAR 1.49 < 1.5" });
  plant(t, 13, { 容积率: 1.5, "市区或县（市）": "县（市）" }, { pass: "县（市） FAR exactly 1.5" });
  plant(t, 14, { 容积率: 2.5, "市区或县（市）": "市区", "总建筑面积（㎡）": 20000, "研发设施建筑面积（㎡）": 3200 }, { rule: "NB-FAR", field: "rd_floor_share", why: "R&D floor 16% > 15%" });
  plant(t, 15, { 容积率: 2.5, "市区或县（市）": "市区", "总建筑面积（㎡）": 20000, "研发设施建筑面积（㎡）": 3000 }, { pass: "R&D floor exactly 15% (不超过 includes it)" });
  plant(t, 16, { "总建筑面积（㎡）": 20000, "研发设施建筑面积（㎡）": 1000, "工业建筑面积（㎡）": 9000 }, { rule: "NB-MIXED", field: "industrial_floor_share", why: "industrial floor 45% < 50%" });
  plant(t, 17, { "总建筑面积（㎡）": 20000, "研发设施建筑面积（㎡）": 1000, "工业建筑面积（㎡）": 10000 }, { pass: "industrial floor exactly 50% (不得低于 includes it)" });
  return t;
}

/** 中山 columns for ZS-SELFHOLD and ZS-ANCIL. */
function zhongshan(): ExampleTable {
  const r = new Random(442000);
  const draw = new Map<number, { type: string; area: number; agreed: number; priority: string; self: number; land: number; floor: number; plan: string; park: string }>();
  const of = (i: number) => {
    if (!draw.has(i)) {
      const type = r.chance(0.8) ? "工改工" : "工改M0";
      const area = round(r.logNormal(48, 0.5), 2);
      draw.set(i, {
        type,
        area,
        // Ordinary rows meet 一(三) and 二(八): under 30 亩 only once the area plan is approved, and never inside the parks.
        plan: area < 30 || r.chance(0.6) ? "是" : "否",
        park: area >= 30 && r.chance(0.3) ? "是" : "否",
        agreed: round(type === "工改工" ? r.between(32, 80) : r.between(105, 180), 1),
        priority: r.chance(0.9) ? "是" : "否",
        self: round(r.between(25, 60), 1),
        land: round(r.between(3, 7), 1),
        floor: round(r.between(8, 18), 1),
      });
    }
    return draw.get(i)!;
  };
  const t = enterpriseTable({
    file: "enterprises-zhongshan.xlsx",
    sheet: "改造项目",
    profile: "zhongshan",
    title: "中山市村镇低效工业园改造项目台账（示例，虚构）",
    note: "比例单位：%",
    place: "中山",
    region: "442000",
    firms: 200,
    statusRule: null,
    seed: 2022_0011,
    columns: [
      ...ID_COLUMNS,
      { header: "项目类型", field: "project_type", value: (_, i) => of(i).type },
      { header: "用地面积（亩）", field: "area_mu", value: (_, i) => of(i).area },
      num("税收（万元）", "tax"),
      { header: "约定亩均税收（万元/亩）", field: "agreed_tax_per_mu", value: (_, i) => of(i).agreed },
      { header: "优先发展产业", field: "priority_industry", value: (_, i) => of(i).priority },
      { header: "自持比例（%）", field: "self_held_share", value: (_, i) => of(i).self },
      { header: "配套设施用地占比（%）", field: "ancillary_land_share", value: (_, i) => of(i).land },
      { header: "配套设施建筑面积占比（%）", field: "ancillary_floor_share", value: (_, i) => of(i).floor },
      { header: "片区策划方案已批准", field: "area_plan_approved", value: (_, i) => of(i).plan },
      { header: "位于万亩千亩产业园", field: "inside_park", value: (_, i) => of(i).park },
    ],
  });
  // 中山 三(十四): 自持比例可降低至 20%; 三(十五): 配套设施计容建筑面积比例可提高至 20%.
  const qualifies = { 项目类型: "工改工", "用地面积（亩）": 40, "约定亩均税收（万元/亩）": 35, 优先发展产业: "是", "配套设施用地占比（%）": 5 };
  plant(t, 10, { ...qualifies, "自持比例（%）": 15 }, { rule: "ZS-SELFHOLD", field: "self_held_share", why: "self-held 15% < 20%" });
  plant(t, 11, { ...qualifies, "自持比例（%）": 20 }, { pass: "self-held exactly 20%" });
  plant(t, 12, { ...qualifies, "配套设施建筑面积占比（%）": 21 }, { rule: "ZS-ANCIL", field: "ancillary_floor_share", why: "ancillary floor 21% > 20%" });
  plant(t, 13, { ...qualifies, "配套设施建筑面积占比（%）": 20 }, { pass: "ancillary floor exactly 20%" });
  plant(t, 14, { ...qualifies, "配套设施用地占比（%）": 7, "配套设施建筑面积占比（%）": 20 }, { pass: "ancillary land exactly 7% keeps the 20% allowance" });
  // 中山 一(三): 30 亩以上（含本数）; 二(八): 小于 30 亩 not accepted inside the parks.
  const alone = { ...qualifies, 片区策划方案已批准: "否", 位于万亩千亩产业园: "否" };
  plant(t, 15, { ...alone, "用地面积（亩）": 29.99 }, { rule: "ZS-UNIT", field: "area_mu", why: "29.99 亩 before the area plan < 30" });
  plant(t, 16, { ...alone, "用地面积（亩）": 30 }, { pass: "exactly 30 亩 (含本数)" });
  plant(t, 17, { ...qualifies, 片区策划方案已批准: "是", 位于万亩千亩产业园: "是", "用地面积（亩）": 29 }, { rule: "ZS-CONSOL", field: "area_mu", why: "29 亩 inside a 万亩千亩 park" });
  plant(t, 18, { ...qualifies, 片区策划方案已批准: "是", 位于万亩千亩产业园: "是", "用地面积（亩）": 30 }, { pass: "30 亩 inside a park is not 小于 30" });
  return t;
}

function manifestOf(tables: ExampleTable[]): string {
  const out: Record<string, unknown> = {};
  for (const t of tables) out[t.file] = { sheet: t.sheet, profile: t.profile, violations: t.violations, boundaryPasses: t.boundaryPasses };
  return JSON.stringify(out, null, 2) + "\n";
}

async function save(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  workbook.creator = "landrules examples/generate.ts";
  workbook.created = STAMP;
  await saveWorkbook(workbook, join(DIR, file), STAMP);
}

async function main(): Promise<void> {
  const tables = [
    enterpriseTable(zengchengSpec()),
    zhejiangStyle("enterprises-zhejiang.xlsx", "zhejiang", "2023 年度规上工业企业亩均效益综合评价数据（示例，虚构）", "浙江", "330100", 2023_0100, num("用地面积（亩）", "area_mu")),
    zhejiangStyle("enterprises-wenzhou.xlsx", "wenzhou", "2023 年度温州市工业企业亩均效益评价数据（示例，虚构；面积为平方米）", "温州", "330300", 2023_0300, AREA_M2),
    ningbo(),
    zhongshan(),
    enterpriseTable(huangyanSpec()),
    enterpriseTable(wenlingSpec()),
    enterpriseTable(jingdeSpec()),
    submissionsWorkbook(),
    transfersWorkbook(),
  ];
  for (const t of tables) await save(t.workbook, t.file);
  await save(formulasWorkbook(), "formulas.xlsx");
  writeFileSync(join(DIR, "planted.json"), manifestOf(tables));
  console.log(`examples: wrote ${tables.length + 1} workbooks and planted.json to ${DIR}`);
}

// Run as `npm run examples`; bench/ imports the specs without writing anything.
if (require.main === module)
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
