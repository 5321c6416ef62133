import type { DateCandidate } from '../candidate';

// Candidates ranked by sort keys in a typed array, sorted natively: a comparator calling back into JavaScript
// for every comparison cost more than the rest of this refiner. Grown when an article needs more.
let keys = new Float64Array(256);

/**
 * Keeps one candidate per stretch of text: the longest, and among equals the one listed first (extractors
 * are listed by how well they know their expressions).
 */
export function overlapRemovalRefiner(candidates: DateCandidate[]): DateCandidate[] {
  const n = candidates.length;
  if (keys.length < n) keys = new Float64Array(2 * n);
  // Longest first, then by index: (longest - length) * n + index, exact in a double below 2^53 (a text of
  // 10 MB with a million candidates stays 900 times below).
  let longest = 0;
  for (const c of candidates) longest = Math.max(longest, c.end - c.start);
  const ranked = keys.subarray(0, n);
  for (let i = 0; i < n; i++) ranked[i] = (longest - (candidates[i].end - candidates[i].start)) * n + i;
  ranked.sort();
  // The kept candidates never overlap, so sorted by start they are sorted by end too: a binary search finds
  // the one a candidate could overlap (n log n, where marking covered characters costs the article's length).
  const kept: DateCandidate[] = [];
  for (let r = 0; r < n; r++) {
    const c = candidates[ranked[r] % n];
    if (c.end <= c.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo].start < c.end) continue;
    // Inserted by hand: splice() would allocate the (empty) array of what it removed.
    kept.push(c);
    for (let k = kept.length - 1; k > lo; k--) kept[k] = kept[k - 1];
    kept[lo] = c;
  }
  return kept;
}
