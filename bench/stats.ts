// Small helpers shared by the bench's processes.

export interface Dist {
  n: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
}

/** Median and p99 (nearest rank) of samples in milliseconds. */
export function dist(samples: number[]): Dist {
  const s = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { n: s.length, medianMs: rank(0.5), p99Ms: rank(0.99), maxMs: s[s.length - 1] };
}

/**
 * Times `fn` `count` times (after `warmup` calls), stopping early once `budgetMs` is spent but never
 * before `min` samples: a slow query still gets a figure without holding the whole run up.
 */
export function sample(fn: (i: number) => unknown, count: number, opts: { warmup?: number; budgetMs?: number; min?: number } = {}): Dist {
  const { warmup = 5, budgetMs = 5000, min = 3 } = opts;
  for (let i = 0; i < warmup; i++) fn(i);
  const out: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
    if (out.length >= min && performance.now() - t0 > budgetMs) break;
  }
  return dist(out);
}

export const RESULT_MARK = '@@BENCH-RESULT ';
