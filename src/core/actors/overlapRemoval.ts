import type { ActorMention } from '../types';
import type { Candidate } from './candidate';

/** Keeps non-overlapping mentions, the longer span winning, sorted by start. */
export function removeOverlaps(candidates: readonly Candidate[]): ActorMention[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
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
