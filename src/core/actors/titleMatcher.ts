import type { ParagraphScan } from './candidate';
import { normalizeSurface } from './tokens';

const MAX_PARTS = 5;

/**
 * Titles before names: prefixes, fields and titles chained ("Deputy Prime Minister", "Foreign
 * Minister", "Secretary of State", "Mr"). A title needs a title word; a capitalised one is never a
 * name itself, and a lower-case one ("spokesman") counts only right before a capitalised word.
 */
export function matchTitles(scan: ParagraphScan): void {
  const { tokens, text, lex, covered } = scan;
  for (let i = 0; i < tokens.length; ) {
    if (covered[i] || !tokens[i].word || (!tokens[i].cap && !capitalAhead(scan, i))) {
      i++;
      continue;
    }
    let j = i;
    let end = -1;
    for (let parts = 0; parts < MAX_PARTS && j < tokens.length && !covered[j] && tokens[j].word; parts++) {
      const maxN = Math.min(lex.maxTitleTokensFrom(tokens[j].lower), tokens.length - j);
      let step = 0;
      let part = 0;
      for (let n = maxN; n >= 1; n--) {
        if (covered[j + n - 1]) continue;
        part = n === 1 ? lex.titlePartOfLowerCase(normalizeSurface(tokens[j].lower)) : lex.titlePart(text.slice(tokens[j].start, tokens[j + n - 1].end));
        if (part) {
          step = n;
          break;
        }
      }
      if (!step) break;
      j += step;
      if (part === 3) end = j;
    }
    if (end < 0) {
      i++;
      continue;
    }
    const next = tokens[end];
    const beforeName = !!next && next.word && next.cap && !next.allCaps;
    if (tokens[i].cap || beforeName) {
      scan.titles.push({ first: i, last: end, start: tokens[i].start, end: tokens[end - 1].end });
      if (tokens[i].cap) covered.fill(1, i, end);
    }
    i = end;
  }
}

/** A lower-case title only matters right before a name, so only look when a capitalised word is near. */
function capitalAhead(scan: ParagraphScan, i: number): boolean {
  for (let k = i + 1; k <= i + MAX_PARTS && k < scan.tokens.length; k++) if (scan.tokens[k].cap) return true;
  return false;
}
