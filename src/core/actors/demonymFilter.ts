import type { ParagraphScan } from './candidate';

/** Drops demonyms that name an ethnic group rather than a state ("ethnic Uzbeks"). */
export function filterDemonyms(scan: ParagraphScan): void {
  if (!scan.candidates.some((c) => c.kind === 'demonym')) return;
  scan.candidates = scan.candidates.filter((c) => {
    if (c.kind !== 'demonym' || c.first === scan.tokens.first) return true;
    return !scan.lex.demonymBlockers.has(scan.tokens.textOf(c.first - 1));
  });
}
