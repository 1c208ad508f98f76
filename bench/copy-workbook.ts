// The baseline of the CLI benchmarks, run as a child process: exceljs reads a workbook and
// writes it back unchanged — the least any command that returns a copy of the workbook does.
import ExcelJS from "exceljs";

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input!);
  await wb.xlsx.writeFile(output!);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
