import type { ParagraphScan } from './candidate';

/** Drops demonyms that name an ethnic group rather than a state ("ethnic Uzbeks"). */
export function filterDemonyms(scan: ParagraphScan): void {
  scan.candidates = scan.candidates.filter((c) => {
    if (c.kind !== 'demonym' || c.first === 0) return true;
    const prev = scan.tokens[c.first - 1];
    return !scan.lex.demonymBlockers.has(prev.text);
  });
}
