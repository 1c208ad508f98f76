import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeBigWorkbook } from "./big-workbook";
import { report, type Measurement } from "./harness";

const ROOT = resolve(__dirname, "..");
const PEAK_RSS = join(__dirname, "peak-rss.cjs");

interface Run extends Measurement {
  peakMb: number;
  code: number;
}

/** One child process, timed wall to wall; its peak RSS as bench/peak-rss.cjs reports it. */
function runChild(name: string, args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ["-r", PEAK_RSS, ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      const medianMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const peak = /peak-rss-kb (\d+)/.exec(stderr);
      if (!peak || (code !== 0 && code !== 1)) return fail(new Error(`${name} exited ${code}: ${stderr.trim().split("\n").slice(-3).join(" | ")}`));
      done({ name, medianMs, peakMb: Number(peak[1]) / 1024, code: code ?? 0 });
    });
  });
}

function reportMemory(title: string, subject: Run, baseline: Run, goal: string): void {
  const ratio = subject.peakMb / baseline.peakMb;
  console.log(`${title}\n  ${subject.name}: ${subject.peakMb.toFixed(0)} MB\n  baseline ${baseline.name}: ${baseline.peakMb.toFixed(0)} MB\n  ratio ${ratio.toFixed(2)}× — ${goal}\n`);
}

/**
 * `landrules tiers` and `check` on a 100,000-firm workbook against exceljs reading the same
 * workbook and writing it back unchanged: wall time and peak memory, each a child process.
 */
export async function benchCli(rows = 100_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "landrules-bench-"));
  try {
    const big = await writeBigWorkbook(join(dir, "enterprises.xlsx"), rows);
    const bin = join(ROOT, "bin", "landrules.cjs");
    const table = [big.path, "--profile", "zengcheng", "--as-of", "2024-03-15"];
    const baseline = await runChild("exceljs read + write back", ["-r", "tsx/cjs", join(__dirname, "copy-workbook.ts"), big.path, join(dir, "copy.xlsx")]);
    for (const command of ["tiers", "check"]) {
      const run = await runChild(`landrules ${command}, ${rows} rows`, [bin, command, ...table, "--out", join(dir, `${command}.xlsx`)]);
      report(`CLI ${command} vs copying the workbook with exceljs`, run, baseline, "goal ≤ 3×: the copy is most of the work; reading the table, the rules and the new sheet on top");
      reportMemory(`CLI ${command} peak memory vs the copy's`, run, baseline, "goal ≤ 3×: one parsed table beside the workbook, never several copies");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
