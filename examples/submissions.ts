import ExcelJS from "exceljs";
import { creditCode, firmNames } from "./firms";
import { Random, round } from "./random";
import { spreadPlants, type ExampleTable, type RecordPlant } from "./tables";

// 增城 “工改工” project submissions with planted violations. The lines come from the clauses,
// typed here from the text (not read from the profile), so the test is an independent check.

// zengcheng-2022-draft.txt 二(六)17: 容积率原则上不低于 2.0; 亩均税收 不低于 70/56/38.5 (试点), 50/40/27.5 (其他).
const MIN_FAR = 2.0;
const MIN_TAX = { pilot: { core: 70, multi: 56, town: 38.5 }, other: { core: 50, multi: 40, town: 27.5 } } as const;
// 试点: 亩均投资和亩均产值 不低于《广州市工业用地指南（2018 年版）》指标值的 70%.
const GUIDE_SHARE = 0.7;
// 二(四)10: 有明确约定 未达到 80%, 有预期约定 未达到 50% → 整改.
const AGREED_SHARE = { explicit: 0.8, expected: 0.5 } as const;

type Zone = "core" | "multi" | "town";
const ZONE_NAMES: Record<Zone, string> = { core: "开发区核心区", multi: "一区多园", town: "其他镇街" };
const AGREEMENT_NAMES = { explicit: "有明确约定", expected: "有预期约定", none: "无约定" } as const;

interface Project {
  name: string;
  code: string;
  zone: Zone;
  pilot: boolean;
  area: number;
  taxPerMu: number;
  far: number | string;
  agreement: keyof typeof AGREEMENT_NAMES;
  agreed: number;
  outputShare: number;
  watch: boolean;
  status: string | null;
  tax?: string;
  /** Pilots: 亩均投资 (万元/亩) and the guide values the project is held to (undefined: drawn to pass). */
  investmentPerMu: number;
  guideInvestment?: number | null;
  guideOutput?: number | null;
  /** How far above the guide's 70% a pilot sits when its guide is drawn (≥ 1.05). */
  slack: number;
  /** Set for a plant on 亩均产值: output = this × area, agreed = output. */
  outputPerMu?: number;
}

const PLANTS: RecordPlant<Project>[] = [
  { change: { far: 1.99 }, violations: [{ rule: "ZC-GGG", field: "far", why: "FAR 1.99 < 2.0" }] },
  { change: { far: MIN_FAR }, pass: "FAR exactly 2.0 (不低于 includes it)" },
  { change: { pilot: true, zone: "core", taxPerMu: MIN_TAX.pilot.core }, pass: "pilot core tax exactly 70 万元/亩" },
  { change: { pilot: true, zone: "core", taxPerMu: 69.99 }, violations: [{ rule: "ZC-GGG", field: "tax_per_mu", why: "pilot core 69.99 < 70" }] },
  { change: { pilot: true, zone: "multi", taxPerMu: 55.5 }, violations: [{ rule: "ZC-GGG", field: "tax_per_mu", why: "pilot multi 55.5 < 56" }] },
  { change: { pilot: false, zone: "town", taxPerMu: MIN_TAX.other.town }, pass: "other town tax exactly 27.5 万元/亩" },
  { change: { pilot: false, zone: "town", taxPerMu: 27.49 }, violations: [{ rule: "ZC-GGG", field: "tax_per_mu", why: "other town 27.49 < 27.5" }] },
  {
    change: { pilot: false, zone: "core", taxPerMu: 49, far: 1.8 },
    violations: [
      { rule: "ZC-GGG", field: "far", why: "FAR 1.8 < 2.0" },
      { rule: "ZC-GGG", field: "tax_per_mu", why: "other core 49 < 50" },
    ],
  },
  { change: { agreement: "explicit", outputShare: AGREED_SHARE.explicit }, pass: "explicit agreement reached exactly 80%" },
  { change: { agreement: "explicit", outputShare: 0.79 }, violations: [{ rule: "ZC-COMPLY", field: "output", why: "explicit agreement 79% < 80%" }] },
  { change: { agreement: "expected", outputShare: AGREED_SHARE.expected }, pass: "expected agreement reached exactly 50%" },
  { change: { agreement: "expected", outputShare: 0.45 }, violations: [{ rule: "ZC-COMPLY", field: "output", why: "expected agreement 45% < 50%" }] },
  { change: { watch: true }, violations: [{ rule: "ZC-COMPLY", field: "watch_list", why: "on the 重点关注 list" }] },
  { change: { status: "未上传" }, violations: [{ rule: "ZC-TIER", field: "data_status", why: "未上传 → D directly" }] },
  { change: { status: "造假" }, violations: [{ rule: "ZC-TIER", field: "data_status", why: "造假 → D directly" }] },
  { change: { far: "待核实" }, violations: [{ rule: "INPUT", field: "far", why: "stray text in 容积率" }] },
  { change: { tax: "约1200" }, violations: [{ rule: "INPUT", field: "tax", why: "stray text in 税收" }] },
  {
    change: { pilot: true, zone: "town", taxPerMu: 40, area: 60, guideOutput: 1000, guideInvestment: null, outputPerMu: 690 },
    violations: [{ rule: "ZC-GGG", field: "output_per_mu", why: "pilot 亩均产值 690 < 70% × guide 1000" }],
  },
  { change: { pilot: true, zone: "town", taxPerMu: 40, area: 60, guideOutput: 1000, guideInvestment: null, outputPerMu: 700 }, pass: "pilot 亩均产值 exactly 70% of the guide" },
  {
    change: { pilot: true, zone: "town", taxPerMu: 40, area: 60, guideInvestment: 500, guideOutput: null, investmentPerMu: 349 },
    violations: [{ rule: "ZC-GGG", field: "investment_per_mu", why: "pilot 亩均投资 349 < 70% × guide 500" }],
  },
];

function project(r: Random, name: string): Project {
  const zone = r.pick(["core", "multi", "town"] as const);
  const pilot = r.chance(0.3);
  const agreement = r.pick(["explicit", "explicit", "expected"] as const);
  const area = round(r.between(pilot ? 50 : 12, pilot ? 120 : 60), 1);
  const agreed = round(r.between(8000, 60000), 0);
  const outputShare = round(r.between(agreement === "explicit" ? 0.85 : 0.55, 1.3), 2);
  const investmentPerMu = round(r.between(300, 900), 1);
  return {
    name,
    code: creditCode(r, "440183"),
    zone,
    pilot,
    area,
    taxPerMu: round(MIN_TAX[pilot ? "pilot" : "other"][zone] * r.between(1.05, 1.8), 2),
    far: round(r.between(2.05, 3.6), 2),
    agreement,
    agreed,
    outputShare,
    watch: false,
    status: null,
    investmentPerMu,
    slack: r.between(1.05, 1.6),
  };
}

const HEADERS = [
  "序号", "企业名称", "统一社会信用代码", "项目类型", "所在区域", "是否试点", "用地面积（亩）", "税收（万元）", "工业总产值（万元）",
  "固定资产投资（万元）", "指南亩均投资（万元/亩）", "指南亩均产值（万元/亩）", "容积率", "约定类型", "约定产值（万元）", "重点关注", "数据状态",
];

function cells(p: Project, i: number): (string | number | null)[] {
  // tax = 亩均税收 × 亩 and output = share × agreed, so the quotients are exactly the planted ones.
  const output = p.outputPerMu !== undefined ? round(p.outputPerMu * p.area, 4) : round(p.outputShare * p.agreed, 4);
  const agreed = p.outputPerMu !== undefined ? output : p.agreed;
  // A drawn guide sits comfortably under what the project achieves (guide × 70% ≤ actual ÷ 1.05).
  const guide = (given: number | null | undefined, actualPerMu: number) => (given !== undefined ? given : Math.floor(actualPerMu / GUIDE_SHARE / p.slack));
  return [
    i,
    p.name,
    p.code,
    "工改工",
    ZONE_NAMES[p.zone],
    p.pilot ? "是" : "否",
    p.area,
    p.tax ?? round(p.taxPerMu * p.area, 4),
    output,
    round(p.investmentPerMu * p.area, 4),
    p.pilot ? guide(p.guideInvestment, p.investmentPerMu) : null,
    p.pilot ? guide(p.guideOutput, output / p.area) : null,
    p.far,
    AGREEMENT_NAMES[p.agreement],
    agreed,
    p.watch ? "是" : "否",
    p.status,
  ];
}

/** The submissions workbook: 工改工 projects, the planted rows spread among ordinary ones, and a 说明 sheet. */
export function submissionsWorkbook(): ExampleTable {
  const r = new Random(2022_0617);
  const total = 60;
  const names = firmNames(r, "增城", total);
  const projects = names.map((n) => project(r, n));
  const { violations, boundaryPasses } = spreadPlants(r, projects, PLANTS, 3);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("工改工项目");
  ws.addRow(["增城区“工改工”项目监管数据报送（示例，虚构）"]).font = { bold: true, size: 14 };
  ws.addRow(HEADERS).font = { bold: true };
  projects.forEach((p, i) => ws.addRow(cells(p, i + 1)));
  HEADERS.forEach((_, c) => (ws.getColumn(c + 1).width = c === 1 ? 34 : 14));
  const notes = wb.addWorksheet("说明");
  notes.addRow(["本表为虚构示例，用于演示 landrules check。/ Synthetic example for landrules check."]);
  notes.addRow(["有意设置的问题 / planted findings:"]);
  for (const v of [...violations].sort((a, b) => a.row - b.row)) notes.addRow([v.row, v.rule, v.field, v.why]);
  notes.addRow(["恰在界限上、应通过的行 / boundary rows that must pass:"]);
  for (const b of [...boundaryPasses].sort((a, c) => a.row - c.row)) notes.addRow([b.row, b.why]);
  notes.getColumn(1).width = 12;
  return { file: "submissions-zengcheng.xlsx", sheet: "工改工项目", profile: "zengcheng", workbook: wb, columns: [], violations, boundaryPasses };
}
