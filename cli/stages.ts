// Where a CLI run spends its CPU time and memory, stage by stage, for the benchmarks: with
// LANDRULES_STAGES=1 (bench/cli.ts sets it) each stage writes one line on stderr when it ends;
// otherwise a stage is just its function.
const ON = typeof process !== "undefined" && process.env.LANDRULES_STAGES === "1";

/** Runs `fn` as the named stage: its CPU time, and the resident memory and peak so far when it ends. */
export function stage<T>(name: string, fn: () => T): T {
  if (!ON) return fn();
  const before = process.cpuUsage();
  const result = fn();
  const cpu = process.cpuUsage(before);
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  process.stderr.write(`\nstage ${name} cpu-us ${cpu.user + cpu.system} rss-mb ${mb(process.memoryUsage().rss)} peak-mb ${mb(process.resourceUsage().maxRSS * 1024)}\n`);
  return result;
}
