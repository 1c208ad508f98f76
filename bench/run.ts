// `npm run bench`: speed and memory goals as ratios against baselines measured in this run.
import { benchEngine } from "./engine";

async function main(): Promise<void> {
  console.log(`landrules benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
  benchEngine();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
