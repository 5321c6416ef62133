import type { Candidate, ParagraphScan } from './candidate';

const STANDALONE = /Ministry|Parliament|National Assembly/;

/**
 * A body every state has takes the state named right before it ("Pakistan's Foreign Ministry",
 * "Russian Parliament" -> "pakistan-foreign-ministry", "russia-parliament"). Without one, only
 * ministries and parliaments are kept, under their generic name.
 */
export function nameInstitutions(scan: ParagraphScan): void {
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
  const a = scan.tokens[i];
  const b = scan.tokens[i + 1];
  return !!a && !!b && (scan.text[a.start] === "'" || scan.text[a.start] === '’') && scan.text.slice(b.start, b.end) === 's';
}
