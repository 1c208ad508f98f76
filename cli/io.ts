import { localToday, type IsoDate } from "../policies/engine/dates";

/** Where the CLI writes, and what it may ask of the machine; tests pass their own. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  stderrIsTTY: boolean;
  today(): IsoDate;
}

export function processIo(): Io {
  return {
    out: (line) => process.stdout.write(line + "\n"),
    err: (line) => process.stderr.write(line + "\n"),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    today: () => localToday(),
  };
}

/** Rows from which a run is long enough to deserve a progress bar. */
export const PROGRESS_FROM_ROWS = 2000;

/**
 * A progress bar on stderr, redrawn in place; silent unless stderr is a terminal and the run
 * is long, so pipes, logs and tests stay clean.
 */
export function progress(io: Io, label: string, total: number): { tick(done: number): void; end(): void } {
  if (!io.stderrIsTTY || total < PROGRESS_FROM_ROWS) return { tick: () => {}, end: () => {} };
  let shown = -1;
  const draw = (done: number) => {
    const pct = Math.floor((done / total) * 100);
    if (pct === shown) return;
    shown = pct;
    const bar = "█".repeat(Math.floor(pct / 4)).padEnd(25, "░");
    process.stderr.write(`\r${label} ${bar} ${String(pct).padStart(3)}% (${done}/${total})`);
  };
  return { tick: draw, end: () => (draw(total), process.stderr.write("\n")) };
}
