import type { DateCandidate } from '../candidate';

/**
 * Keeps one candidate per stretch of text: the longest, and among equals the one listed first (extractors
 * are listed by how well they know their expressions).
 */
export function overlapRemovalRefiner(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: DateCandidate[] = [];
  for (const { c } of ranked) {
    if (c.end <= c.start) continue;
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
