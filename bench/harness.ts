// Benchmarks report ratios against a baseline measured in the same run, never absolute
// thresholds: machines differ, ratios travel.

export interface Measurement {
  name: string;
  medianMs: number;
}

/** Median wall time of `runs` calls after `warmup` unmeasured ones. */
export function measure(name: string, fn: () => unknown, runs = 5, warmup = 1): Measurement {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)]! };
}

export async function measureAsync(name: string, fn: () => Promise<unknown>, runs = 3, warmup = 1): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)]! };
}

/** Heap growth (MB) while `make` builds and holds a value; needs node --expose-gc for accuracy. */
export function heapDeltaMb(make: () => unknown): { value: unknown; mb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Typed arrays live outside the JS heap: count their buffers too. Collected until it settles
  // (one gc can leave the young generation's garbage), so a megabyte is a megabyte.
  const used = () => {
    let last = Infinity;
    for (let i = 0; i < 5; i++) {
      gc?.();
      const m = process.memoryUsage();
      const now = m.heapUsed + m.arrayBuffers;
      if (Math.abs(now - last) < 4096) return now;
      last = now;
    }
    return last;
  };
  const before = used();
  const value = make();
  const after = used();
  return { value, mb: (after - before) / 1_048_576 };
}

function formatMs(ms: number): string {
  return ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(2)} µs`;
}

export function report(title: string, subject: Measurement, baseline: Measurement, note: string): void {
  const ratio = subject.medianMs / baseline.medianMs;
  console.log(
    `${title}\n  ${subject.name}: ${formatMs(subject.medianMs)}\n  baseline ${baseline.name}: ${formatMs(baseline.medianMs)}\n  ratio ${ratio < 0.1 ? ratio.toPrecision(2) : ratio.toFixed(2)}× — ${note}\n`,
  );
}

/** A seeded generator so every run measures the same data. */
export function seededScores(n: number, seed = 20261121): number[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Scores to one decimal, as county sheets publish them, so ties occur.
  return Array.from({ length: n }, () => Math.round(next() * 1200) / 10);
}
