// `npm run bench`: speed and memory goals as ratios against baselines measured in this run.
// The CLI on a 100,000-firm workbook takes a few minutes on two cores; Excel's largest sheet
// (1,048,575 firms) another ten or more (BENCH_EXCEL_MAX=0 leaves it out). BENCH_ONLY picks
// some of them by name: engine, tier-sheet, hyperformula, cli, excel-max (comma-separated).
import { benchCli, benchExcelMax } from "./cli";
import { benchEngine } from "./engine";
import { benchHyperFormula } from "./hyperformula";
import { benchTierSheet } from "./tier-sheet";

async function main(): Promise<void> {
  console.log(`landrules benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
  const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
  const runs = (name: string) => !only || only.includes(name);
  if (runs("engine")) benchEngine();
  if (runs("tier-sheet")) benchTierSheet();
  if (runs("hyperformula")) benchHyperFormula();
  if (runs("cli")) await benchCli();
  if (runs("excel-max") && process.env.BENCH_EXCEL_MAX !== "0") await benchExcelMax();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
