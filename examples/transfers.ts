import ExcelJS from "exceljs";
import { creditCode, firmNames } from "./firms";
import { Random, round } from "./random";
import { spreadPlants, type ExampleTable, type RecordPlant } from "./tables";

// 温州 industrial-land transfer applications with planted pre-emption cases. wenzhou-2020-53.txt
// 三(五)14: the government must pre-empt when investment or 亩均税收 is 未达约定标准 (strictly
// below), the transfer comes 在达产期限之前 (the deadline day itself is not before it), or the
// seller was rated C or D (C、D 类) last year.

interface Transfer {
  name: string;
  code: string;
  area: number;
  taxPerMu: number;
  agreedTax: number;
  investmentPerMu: number;
  agreedInvestment: number;
  deadline: string;
  transfer: string | Date;
  tier: string;
}

const PLANTS: RecordPlant<Transfer>[] = [
  { change: { area: 20, agreedTax: 30, taxPerMu: 29.99 }, violations: [{ rule: "WZ-PREEMPT", field: "tax", why: "亩均税收 29.99 < agreed 30" }] },
  { change: { area: 20, agreedTax: 30, taxPerMu: 30 }, pass: "亩均税收 exactly the agreed 30 (not below)" },
  { change: { area: 25, agreedInvestment: 300, investmentPerMu: 299.5 }, violations: [{ rule: "WZ-PREEMPT", field: "investment", why: "亩均投资 299.5 < agreed 300" }] },
  { change: { deadline: "2024-06-30", transfer: "2024-06-29" }, violations: [{ rule: "WZ-PREEMPT", field: "transfer_date", why: "transfer a day before the production deadline" }] },
  { change: { deadline: "2024-06-30", transfer: "2024-06-30" }, pass: "transfer on the deadline day (之前 excludes it)" },
  { change: { deadline: "2023-12-31", transfer: "2024年1月2日" }, pass: "a date written 2024年1月2日, after the deadline" },
  { change: { tier: "C" }, violations: [{ rule: "WZ-PREEMPT", field: "last_year_tier", why: "seller rated C last year" }] },
  { change: { tier: "D档" }, violations: [{ rule: "WZ-PREEMPT", field: "last_year_tier", why: "seller rated D last year" }] },
  { change: { tier: "B" }, pass: "seller rated B" },
];

const HEADERS = ["序号", "企业名称", "统一社会信用代码", "用地面积（亩）", "税收（万元）", "约定亩均税收（万元/亩）", "固定资产投资（万元）", "约定投资强度（万元/亩）", "约定达产日期", "转让日期", "上年度评价档次"];

function transfer(r: Random, name: string): Transfer {
  const agreedTax = round(r.between(20, 60), 1);
  const agreedInvestment = round(r.between(250, 600), 0);
  const year = r.int(2019, 2022);
  return {
    name,
    code: creditCode(r, "330300"),
    area: round(r.between(10, 80), 1),
    taxPerMu: round(agreedTax * r.between(1.02, 1.6), 2),
    agreedTax,
    investmentPerMu: round(agreedInvestment * r.between(1.0, 1.4), 1),
    agreedInvestment,
    deadline: `${year}-${String(r.int(1, 12)).padStart(2, "0")}-28`,
    transfer: new Date(`${year + 2}-0${r.int(1, 9)}-15T00:00:00Z`),
    tier: r.pick(["A", "B", "B", "A档"]),
  };
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function transfersWorkbook(): ExampleTable {
  const r = new Random(2020_0053);
  const total = 40;
  const rows = firmNames(r, "温州", total).map((n) => transfer(r, n));
  const { violations, boundaryPasses } = spreadPlants(r, rows, PLANTS, 2);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("转让申请");
  ws.addRow(HEADERS).font = { bold: true };
  rows.forEach((t, i) => {
    // 亩均 figures × area, rounded only where the product is exact, so the quotients are the planted ones.
    const row = ws.addRow([
      i + 1, t.name, t.code, t.area, round(t.taxPerMu * t.area, 6), t.agreedTax, round(t.investmentPerMu * t.area, 6), t.agreedInvestment,
      asDate(t.deadline), typeof t.transfer === "string" && /^\d{4}-/.test(t.transfer) ? asDate(t.transfer) : t.transfer, t.tier,
    ]);
    for (const c of [9, 10]) if (row.getCell(c).value instanceof Date) row.getCell(c).numFmt = "yyyy-mm-dd";
  });
  HEADERS.forEach((_, c) => (ws.getColumn(c + 1).width = c === 1 ? 34 : 16));
  return { file: "transfers-wenzhou.xlsx", sheet: "转让申请", profile: "wenzhou", workbook: wb, columns: [], violations, boundaryPasses };
}
