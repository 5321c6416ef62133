import type { DateCandidate } from '../candidate';

/**
 * Keeps one candidate per stretch of text: the longest, and among equals the one listed first (extractors
 * are listed by how well they know their expressions).
 */
export function overlapRemovalRefiner(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: DateCandidate[] = [];
  // The characters the kept candidates cover: a candidate overlaps one of them exactly when it covers a
  // character already taken (linear in the candidates' lengths, where comparing with each kept one is quadratic).
  let from = Infinity;
  let to = 0;
  for (const c of candidates) {
    from = Math.min(from, c.start);
    to = Math.max(to, c.end);
  }
  const taken = new Uint8Array(Math.max(0, to - from));
  for (const { c } of ranked) {
    if (c.end <= c.start) continue;
    let free = true;
    for (let p = c.start; p < c.end && free; p++) free = taken[p - from] === 0;
    if (!free) continue;
    taken.fill(1, c.start - from, c.end - from);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
