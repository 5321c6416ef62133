// Small helpers over arrays of numbers that the index and the extractors share.

/** The first index below `hi` of an ascending list whose value is at least `x` (`hi` when none is). */
export function lowerBound(sorted: ArrayLike<number>, x: number, hi = sorted.length): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A copy of `a` at least `atLeast` long, and at least twice as long as `a`. */
export function grow<T extends Uint16Array | Int32Array>(a: T, atLeast: number): T {
  const out = (a instanceof Uint16Array ? new Uint16Array(Math.max(atLeast, a.length * 2)) : new Int32Array(Math.max(atLeast, a.length * 2))) as T;
  out.set(a);
  return out;
}

/** Counts by number, in the order first counted, emptied as they are read: a Map of one article's counts, without the Map. */
export class Tally {
  private counts = new Int32Array(1024);
  private readonly keys: number[] = [];

  /** How many numbers have a count. */
  get size(): number {
    return this.keys.length;
  }

  add(key: number, by: number): void {
    if (key >= this.counts.length) this.counts = grow(this.counts, key + 1);
    if (this.counts[key] === 0) this.keys.push(key);
    this.counts[key] += by;
  }

  /** Forgets every count (what an article that threw half-way left). */
  clear(): void {
    for (const key of this.keys) this.counts[key] = 0;
    this.keys.length = 0;
  }

  /** Visits each key and its count, first counted first, and forgets them. */
  drain(fn: (key: number, count: number) => void): void {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const count = this.counts[keys[i]];
      this.counts[keys[i]] = 0;
      fn(keys[i], count);
    }
    keys.length = 0;
  }
}
