import ExcelJS from "exceljs";
import { FUNCTIONS, type ExampleResult } from "../functions/descriptors";

// A workbook that uses every LAND function: each documented example as a live formula next
// to its expected result; a small enterprise sheet with LAND.TIER per row, LAND.TIERS spilled,
// and ordinary Excel formulas around them; and the same calls in the form Excel stores when a
// workbook using the add-in is saved (`_xldudf_LAND_TIER(…)`), which `landrules recalc` reads too.

function expectedText(r: ExampleResult): string | number | boolean {
  if (typeof r === "object" && !Array.isArray(r)) return r.error;
  if (Array.isArray(r)) return r.map((row) => row.join(" ")).join(" / ");
  return r;
}

function examplesSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("函数示例");
  ws.addRow(["函数 / Function", "公式 / Formula", "结果 / Result", "预期 / Expected", "说明 / Note"]).font = { bold: true };
  for (const f of FUNCTIONS) {
    // Spilling results need room; they live on their own sheets.
    if (f.returns.type === "table") continue;
    for (const ex of f.examples) {
      const row = ws.addRow([`LAND.${f.id}`, ex.formula, null, expectedText(ex.result), ex.note ? `${ex.note.zh} / ${ex.note.en}` : null]);
      row.getCell(3).value = { formula: ex.formula.slice(1) } as ExcelJS.CellFormulaValue;
    }
  }
  [18, 70, 14, 14, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

const FIRMS: [string, number, string | null][] = [
  ["华达精密机械", 92.4, null], ["宏业电子科技", 88.1, null], ["新锐新材料", 75.0, null], ["东方汽车零部件", 75.0, null], ["金信服装", 61.3, null],
  ["恒通食品", 58.9, null], ["永利塑胶制品", 55.2, null], ["鑫源五金制品", 52.7, "未上传"], ["中科光电", 49.8, null], ["博雅生物科技", 47.5, null],
  ["联创包装印刷", 44.0, null], ["天成家具", 41.6, null], ["远航智能装备", 39.9, null], ["佳禾化工", 36.2, "造假"], ["瑞丰纺织", 33.3, null],
  ["汇宝电器", 30.1, null], ["腾飞模具", 27.7, null], ["盛世医疗器械", 22.4, null], ["长江精密机械", 18.0, null], ["星海电子科技", 12.5, null],
];

function tiersSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("企业分档");
  ws.addRow(["企业 / Enterprise", "综合得分 / Score", "数据状态 / Status", "LAND.TIER", "LAND.TIERS（溢出 / spills）", "2023 年用地（㎡）", "用地（亩）LAND.MU"]).font = { bold: true };
  FIRMS.forEach(([name, score, status], i) => {
    const r = i + 2;
    const row = ws.addRow([name, score, status, null, null, 3000 + 850 * i]);
    row.getCell(4).value = { formula: `LAND.TIER(B${r},$B$2:$B$21,C${r},"zengcheng")` } as ExcelJS.CellFormulaValue;
    row.getCell(7).value = { formula: `LAND.MU(F${r})` } as ExcelJS.CellFormulaValue;
  });
  ws.getCell("E2").value = { formula: 'LAND.TIERS(B2:B21,C2:C21,"zengcheng")' } as ExcelJS.CellFormulaValue;
  // Ordinary Excel formulas over the LAND results.
  ws.getCell("I1").value = "A 档家数 / count A";
  ws.getCell("J1").value = { formula: 'COUNTIF(D2:D21,"A")' } as ExcelJS.CellFormulaValue;
  ws.getCell("I2").value = "D 档家数 / count D";
  ws.getCell("J2").value = { formula: 'COUNTIF(D2:D21,"D")' } as ExcelJS.CellFormulaValue;
  ws.getCell("I3").value = "平均得分 / mean score";
  ws.getCell("J3").value = { formula: "AVERAGE(B2:B21)" } as ExcelJS.CellFormulaValue;
  ws.getCell("I4").value = "合计用地（亩）/ total mu";
  ws.getCell("J4").value = { formula: "SUM(G2:G21)" } as ExcelJS.CellFormulaValue;
  ws.getCell("I5").value = "最低税收线 / min tax (town)";
  ws.getCell("J5").value = { formula: 'LAND.MINTAX("town",FALSE,"zengcheng")*J4' } as ExcelJS.CellFormulaValue;
  [20, 14, 12, 10, 22, 16, 18, 2, 26, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** Dates as cells: the idle-land fee 满一年 after the agreed start (EDATE), next to Excel's own EDATE. */
function datesSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("闲置土地");
  ws.addRow(["出让价款（万元）", "约定动工日期", "评价日", "LAND.IDLEFEE", "EDATE(约定,12)", "原因"]).font = { bold: true };
  const rows: [number, string, string, string][] = [
    [1000, "2023-03-15", "2024-03-14", "enterprise"],
    [1000, "2023-03-15", "2024-03-15", "enterprise"],
    [2500, "2020-02-29", "2021-02-28", "企业"],
    [800, "2021-06-30", "2024-01-01", "government"],
  ];
  rows.forEach(([price, start, asOf, cause], i) => {
    const r = i + 2;
    const row = ws.addRow([price, new Date(`${start}T00:00:00Z`), new Date(`${asOf}T00:00:00Z`), null, null, cause]);
    row.getCell(2).numFmt = "yyyy-mm-dd";
    row.getCell(3).numFmt = "yyyy-mm-dd";
    row.getCell(4).value = { formula: `LAND.IDLEFEE(A${r},B${r},C${r},F${r},"zengcheng")` } as ExcelJS.CellFormulaValue;
    row.getCell(5).value = { formula: `EDATE(B${r},12)` } as ExcelJS.CellFormulaValue;
    row.getCell(5).numFmt = "yyyy-mm-dd";
  });
  [16, 14, 14, 14, 16, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/**
 * Excel saves a custom function under `_xldudf_` + namespace + `_` + name (the dot becomes an
 * underscore), and newer built-ins under `_xlfn.`; these cells are written that way.
 */
function storedSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("已保存形式");
  ws.addRow(["Excel 保存加载项函数时的存储形式 / as Excel stores add-in functions in the file", "结果 / Result"]).font = { bold: true };
  const stored = [
    "_xldudf_LAND_MU(666.67)",
    '_xldudf_LAND_MINTAX("core",TRUE,"zengcheng")',
    '_xldudf_LAND_BUILDMONTHS(100000,"wenzhou")',
    '_xldudf_LAND_TIER(17,_xlfn.SEQUENCE(20),,"zengcheng")',
    '_xldudf_LAND_IDLEFEE(1000,"2023-03-15","2024-03-15",,"zengcheng")',
    '_xldudf_LAND_LEASEPRICE(1000,21,"wenzhou")',
  ];
  for (const formula of stored) {
    const row = ws.addRow([formula, null]);
    row.getCell(2).value = { formula } as ExcelJS.CellFormulaValue;
  }
  ws.getColumn(1).width = 70;
  ws.getColumn(2).width = 14;
}

function explainSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("计算说明");
  ws.getCell("A1").value = '=LAND.EXPLAIN("BUILDMONTHS", 100000, "wenzhou") — 溢出的说明卡 / the spilled result card';
  ws.getCell("A2").value = { formula: 'LAND.EXPLAIN("BUILDMONTHS",100000,"wenzhou")' } as ExcelJS.CellFormulaValue;
  [22, 40, 60].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export function formulasWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  examplesSheet(wb);
  tiersSheet(wb);
  datesSheet(wb);
  storedSheet(wb);
  explainSheet(wb);
  return wb;
}
