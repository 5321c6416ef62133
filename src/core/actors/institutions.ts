import type { Candidate, ParagraphScan } from './candidate';

const STANDALONE = /Ministry|Parliament|National Assembly/;

/**
 * A body every state has takes the state named right before it ("Pakistan's Foreign Ministry",
 * "Russian Parliament" -> "pakistan-foreign-ministry", "russia-parliament"). Without one, only
 * ministries and parliaments are kept, under their generic name.
 */
export function nameInstitutions(scan: ParagraphScan): void {
  if (!scan.candidates.some((c) => c.via === 'institution')) return;
  const byLast = new Map<number, Candidate>();
  for (const c of scan.candidates) if (c.kind === 'state' || c.kind === 'demonym') byLast.set(c.last, c);
  scan.candidates = scan.candidates.filter((c) => {
    if (c.via !== 'institution') return true;
    const owner = byLast.get(c.first) ?? byLast.get(c.first - 2);
    if (owner && (owner.last === c.first || isPossessive(scan, owner.last))) {
      c.id = `${owner.id}-${c.id}`;
      return true;
    }
    return STANDALONE.test(scan.text.slice(c.start, c.end));
  });
}

function isPossessive(scan: ParagraphScan, i: number): boolean {
  const { tokens } = scan;
  if (i + 1 >= tokens.last) return false;
  const c = tokens.firstCode(i);
  return (c === 39 || c === 0x2019) && tokens.textOf(i + 1) === 's';
}
