import type { Span } from './types';

/**
 * Lays spans flat so none overlap, as semantic tokens must: where spans nest, the inner one wins
 * and the outer one is split around it ("“... Biden ...”" -> quote, actor, quote).
 */
export function flattenSpans<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: T[] = [];
  const open: T[] = [];
  let pos = 0;
  const flushTo = (limit: number) => {
    while (open.length) {
      const top = open[open.length - 1];
      if (top.end <= limit) {
        if (top.end > pos) out.push({ ...top, start: pos, end: top.end });
        pos = Math.max(pos, top.end);
        open.pop();
      } else {
        if (limit > pos) out.push({ ...top, start: pos, end: limit });
        pos = Math.max(pos, limit);
        return;
      }
    }
  };
  for (const s of sorted) {
    if (s.end <= s.start) continue;
    flushTo(s.start);
    open.push(s);
    pos = Math.max(pos, s.start);
  }
  flushTo(Infinity);
  return out;
}
