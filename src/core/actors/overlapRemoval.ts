import type { ActorMention } from '../types';
import type { Candidate } from './candidate';

/** Keeps non-overlapping mentions, the longer span winning, sorted by start. */
export function removeOverlaps(candidates: readonly Candidate[]): ActorMention[] {
  // Candidates come mostly in order already; a stable sort leaves sorted input as it is, so skip it then.
  const sorted = isSorted(candidates) ? candidates : [...candidates].sort(byStartThenLongest);
  const out: ActorMention[] = [];
  let last: Candidate | undefined;
  for (const c of sorted) {
    if (last && c.start < last.end) {
      if (c.end - c.start <= last.end - last.start) continue;
      out.pop();
    }
    const m: ActorMention = { start: c.start, end: c.end, text: c.text, id: c.id, kind: c.kind };
    if (c.title) m.title = c.title;
    out.push(m);
    last = c;
  }
  return out;
}

/**
 * Appends a paragraph's candidates to `out` in the order removeOverlaps() sorts them into. They come as
 * two sorted runs, the known names and then the names found between them: merged here, a step a run,
 * rather than sorted with the whole article's later.
 */
export function appendInOrder(out: Candidate[], candidates: readonly Candidate[]): void {
  if (candidates.length < 2) {
    if (candidates.length) out.push(candidates[0]);
    return;
  }
  let k = 1;
  while (k < candidates.length && byStartThenLongest(candidates[k - 1], candidates[k]) <= 0) k++;
  let j = k + 1;
  while (j < candidates.length && byStartThenLongest(candidates[j - 1], candidates[j]) <= 0) j++;
  if (j < candidates.length) {
    // More than two runs: left as they are, for removeOverlaps() to sort.
    for (const c of candidates) out.push(c);
    return;
  }
  // A merge that takes the first run's candidate on a tie is what a stable sort of the two runs gives.
  let a = 0;
  let b = k;
  while (a < k && b < candidates.length) out.push(byStartThenLongest(candidates[a], candidates[b]) <= 0 ? candidates[a++] : candidates[b++]);
  while (a < k) out.push(candidates[a++]);
  while (b < candidates.length) out.push(candidates[b++]);
}

function byStartThenLongest(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

function isSorted(candidates: readonly Candidate[]): boolean {
  for (let k = 1; k < candidates.length; k++) if (byStartThenLongest(candidates[k - 1], candidates[k]) > 0) return false;
  return true;
}
