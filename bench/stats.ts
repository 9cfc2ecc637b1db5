/** Small helpers for timing and summarising measurements. */

export const nowMs = () => performance.now();

/** Runs `work` and returns its result with the wall-clock time it took, in milliseconds. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = nowMs();
  const value = await work();
  return { value, ms: nowMs() - start };
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export const median = (values: number[]) => percentile(values, 50);

export const round = (value: number, digits = 1) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Peak resident memory of this process while `work` runs (sampled every 200 ms). */
export async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ value: T; peakRssMb: number; startRssMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakRssMb: Math.round(peak / 1024 / 1024), startRssMb: Math.round(start / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

const started = nowMs();

/** One progress line on stderr-free stdout, prefixed with the time since the bench started. */
export function progress(message: string): void {
  const seconds = ((nowMs() - started) / 1000).toFixed(1).padStart(6);
  console.log(`[${seconds}s] ${message}`);
}
