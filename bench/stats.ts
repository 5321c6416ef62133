// Small helpers shared by the bench's processes.

export interface Dist {
  n: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  /** Samples during which the kernel switched this process out (an involuntary context switch), and the p99 of the others. */
  preempted?: number;
  p99UnpreemptedMs?: number;
}

/** Median and p99 (nearest rank) of samples in milliseconds. */
export function dist(samples: number[]): Dist {
  const s = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { n: s.length, medianMs: rank(0.5), p99Ms: rank(0.99), maxMs: s[s.length - 1] };
}

/**
 * Times `fn` `count` times (after `warmup` calls of `warm`, by default `fn`), stopping early once
 * `budgetMs` is spent but never before `min` samples: a slow query still gets a figure without holding
 * the whole run up. A separate `warm` warms the code (the JIT) without warming the data measured.
 */
export function sample(fn: (i: number) => unknown, count: number, opts: { warmup?: number; warm?: (i: number) => unknown; budgetMs?: number; min?: number } = {}): Dist {
  const { warmup = 5, warm = fn, budgetMs = 5000, min = 3 } = opts;
  for (let i = 0; i < warmup; i++) warm(i);
  const out: number[] = [];
  const unpreempted: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const switches = process.resourceUsage().involuntaryContextSwitches;
    const t = performance.now();
    fn(i);
    const ms = performance.now() - t;
    out.push(ms);
    if (process.resourceUsage().involuntaryContextSwitches === switches) unpreempted.push(ms);
    if (out.length >= min && performance.now() - t0 > budgetMs) break;
  }
  return { ...dist(out), preempted: out.length - unpreempted.length, p99UnpreemptedMs: unpreempted.length ? dist(unpreempted).p99Ms : undefined };
}

/** A fixed arithmetic loop of about `us` microseconds: its p99 is what this machine adds to any short call. */
export function busyLoop(us: number): () => number {
  let n = 1000;
  const spin = (k: number) => {
    let x = 0;
    for (let j = 0; j < k; j++) x += j % 7;
    return x;
  };
  // Measured once optimised, or the loop is timed as the interpreter runs it.
  for (let i = 0; i < 200; i++) spin(10_000);
  for (;;) {
    const t = performance.now();
    spin(n);
    if (performance.now() - t >= us / 1000 || n > 1e9) break;
    n *= 2;
  }
  return () => spin(n);
}

export const RESULT_MARK = '@@BENCH-RESULT ';
