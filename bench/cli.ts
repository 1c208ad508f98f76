import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeBigWorkbook } from "./big-workbook";
import { report, type Measurement } from "./harness";

const ROOT = resolve(__dirname, "..");
const PEAK_RSS = join(__dirname, "peak-rss.cjs");
const BIN = join(ROOT, "bin", "landrules.cjs");

interface Stage {
  name: string;
  cpuMs: number;
  rssMb: number;
  peakMb: number;
}

interface Run extends Measurement {
  peakMb: number;
  wallMs: number;
  code: number;
  /** The CLI's stages (cli/stages.ts, LANDRULES_STAGES=1), in order. */
  stages: Stage[];
}

/** The stages a run reported, each with its CPU time and the memory when it ended; the rest is start-up and what falls between. */
function stageLines(run: Run): string {
  if (run.stages.length === 0) return "";
  const named = run.stages.reduce((n, s) => n + s.cpuMs, 0);
  const line = (name: string, ms: number, memory: string) => `    ${name.padEnd(20)} ${(ms / 1000).toFixed(2).padStart(6)} s${memory}`;
  return [
    "  stages (CPU time; resident / peak memory when the stage ended):",
    ...run.stages.map((s) => line(s.name, s.cpuMs, `  ${String(s.rssMb).padStart(5)} / ${String(s.peakMb).padStart(5)} MB`)),
    line("start-up and other", run.medianMs - named, ""),
  ].join("\n");
}

/** One child process: its CPU time (the measurement), wall time and peak RSS as bench/peak-rss.cjs reports them. */
function runChild(name: string, args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ["-r", PEAK_RSS, ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LANDRULES_STAGES: "1" } });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const peak = /peak-rss-kb (\d+) cpu-us (\d+)/.exec(stderr);
      if (!peak || (code !== 0 && code !== 1)) return fail(new Error(`${name} exited ${code}: ${stderr.trim().split("\n").slice(-3).join(" | ")}`));
      const stages = [...stderr.matchAll(/^stage (.+) cpu-us (\d+) rss-mb (\d+) peak-mb (\d+)$/gm)].map((m) => ({ name: m[1]!, cpuMs: Number(m[2]) / 1000, rssMb: Number(m[3]), peakMb: Number(m[4]) }));
      done({ name: `${name} (CPU time; wall ${(wallMs / 1000).toFixed(1)} s)`, medianMs: Number(peak[2]) / 1000, wallMs, peakMb: Number(peak[1]) / 1024, code: code ?? 0, stages });
    });
  });
}

const FLOOR = (path: string) => ["-r", "tsx/cjs", join(__dirname, "floor.ts"), path];
const fileMb = (path: string) => (statSync(path).size / 2 ** 20).toFixed(1);

/**
 * `landrules tiers` and `check` on a 100,000-firm workbook against the floor: inflating and
 * SAX-parsing the same file (bench/floor.ts). Time as a ratio to the floor (goal ≤ 3×), peak
 * memory against the goal of 600 MB.
 */
export async function benchCli(rows = 100_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "landrules-bench-"));
  try {
    const big = await writeBigWorkbook(join(dir, "enterprises.xlsx"), rows);
    const table = [big.path, "--profile", "zengcheng", "--as-of", "2024-03-15"];
    const floor = await runChild(`inflate + SAX-parse every part (${fileMb(big.path)} MB file)`, FLOOR(big.path));
    for (const command of ["tiers", "check"]) {
      const run = await runChild(`landrules ${command}, ${rows} rows`, [BIN, command, ...table, "--out", join(dir, `${command}.xlsx`), "--force"]);
      report(`CLI ${command} vs the floor (inflating and SAX-parsing the file)`, run, floor, "goal ≤ 3×: reading the table, the rules and writing the copy on top of reading the file once");
      console.log(`CLI ${command} peak memory\n  ${run.name}: ${run.peakMb.toFixed(0)} MB (the floor: ${floor.peakMb.toFixed(0)} MB)\n  goal ≤ 600 MB — ${run.peakMb <= 600 ? "met" : "NOT met"}\n${stageLines(run)}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Excel's largest sheet: 1,048,575 firms under one header row. Completes, peak memory ≤ 2 GB. */
export async function benchExcelMax(rows = 1_048_575): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "landrules-bench-max-"));
  try {
    // One header row and the firms, nothing else: 1,048,576 rows, Excel's sheet.
    const big = await writeBigWorkbook(join(dir, "enterprises.xlsx"), rows, true);
    const floor = await runChild(`inflate + SAX-parse every part (${fileMb(big.path)} MB file)`, FLOOR(big.path));
    for (const command of ["tiers", "check"]) {
      const run = await runChild(`landrules ${command}, ${rows} rows`, [BIN, command, big.path, "--profile", "zengcheng", "--as-of", "2024-03-15", "--out", join(dir, `${command}.xlsx`), "--force"]).catch((e: unknown) => {
        console.log(`CLI ${command} on Excel's largest sheet did NOT complete — goal not met\n  ${e instanceof Error ? e.message.slice(0, 300) : String(e)}\n`);
        return null;
      });
      if (!run) continue;
      report(`CLI ${command} on Excel's largest sheet vs the floor`, run, floor, "no time goal; it completes");
      console.log(`CLI ${command} peak memory on ${rows} rows\n  ${run.peakMb.toFixed(0)} MB\n  goal ≤ 2048 MB — ${run.peakMb <= 2048 ? "met" : "NOT met"}\n${stageLines(run)}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
