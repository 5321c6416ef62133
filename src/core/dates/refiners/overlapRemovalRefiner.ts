import type { DateCandidate } from '../candidate';

/**
 * Keeps one candidate per stretch of text: the longest, and among equals the one listed first (extractors
 * are listed by how well they know their expressions).
 */
export function overlapRemovalRefiner(candidates: DateCandidate[]): DateCandidate[] {
  // Indices, not {candidate, index} pairs: one small array instead of an object per candidate.
  const ranked = candidates.map((_, i) => i);
  ranked.sort((a, b) => candidates[b].end - candidates[b].start - (candidates[a].end - candidates[a].start) || a - b);
  // The kept candidates never overlap, so sorted by start they are sorted by end too: a binary search finds
  // the one a candidate could overlap (n log n, where marking covered characters costs the article's length).
  const kept: DateCandidate[] = [];
  for (const r of ranked) {
    const c = candidates[r];
    if (c.end <= c.start) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo].start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
