// `npm run bench`: speed and memory goals as ratios against baselines measured in this run.
// About four minutes on two cores, most of it the CLI on a 100,000-firm workbook.
import { benchCli } from "./cli";
import { benchEngine } from "./engine";
import { benchHyperFormula } from "./hyperformula";
import { benchTierSheet } from "./tier-sheet";

async function main(): Promise<void> {
  console.log(`landrules benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
  benchEngine();
  benchTierSheet();
  benchHyperFormula();
  await benchCli();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
