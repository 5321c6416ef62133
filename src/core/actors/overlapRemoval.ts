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

function byStartThenLongest(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

function isSorted(candidates: readonly Candidate[]): boolean {
  for (let k = 1; k < candidates.length; k++) if (byStartThenLongest(candidates[k - 1], candidates[k]) > 0) return false;
  return true;
}
