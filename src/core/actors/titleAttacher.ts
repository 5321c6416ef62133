import type { ParagraphScan } from './candidate';

/** Puts the title written right before a person's name in `title` ("President" of "President Joe Biden"). */
export function attachTitles(scan: ParagraphScan): void {
  if (scan.titles.length === 0) return;
  const byEnd = new Map(scan.titles.map((t) => [t.last, t]));
  for (const c of scan.candidates) {
    if (c.kind !== 'person') continue;
    const t = byEnd.get(c.first);
    if (t) c.title = scan.text.slice(t.start, t.end);
  }
}
