import ExcelJS from "exceljs";
(async () => {
  const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]!);
  console.log(wb.worksheets.map(w => w.name));
  const ws = wb.getWorksheet(process.argv[3]!)!;
  const n = Number(process.argv[4] ?? 40);
  ws.eachRow((row, r) => { if (r <= n) console.log(r, JSON.stringify((row.values as unknown[]).slice(1))); });
})();
