import type { ParagraphScan } from './candidate';
import { CAP, CURLY_QUOTE, WORD } from './tokens';

const MAX_PARTS = 5;

/**
 * Titles before names: prefixes, fields and titles chained ("Deputy Prime Minister", "Foreign
 * Minister", "Secretary of State", "Mr"). A title needs a title word; a capitalised one is never a
 * name itself, and a lower-case one ("spokesman") counts only right before a capitalised word.
 */
export function matchTitles(scan: ParagraphScan): void {
  const { tokens, covered, lex } = scan;
  const { flags, last, marked, lastMark } = tokens;
  // A lower-case title only matters right before a name, so only look when a capitalised word is near.
  // The next one is found once and kept until passed, so that the paragraph is scanned once for them.
  let capital = -1;
  // A title starts with a title word, capitalised or hinted: a marked token.
  let next = tokens.first;
  for (let m = tokens.firstMark; m < lastMark; m++) {
    const i = marked[m];
    const f = flags[i];
    // Most words are ruled out here, by their hint.
    if (i < next || covered[i] || !(f & WORD) || !lex.titles.mayStartAt(tokens, i)) continue;
    if (!(f & CAP)) {
      if (capital <= i) capital = nextCapital(flags, i, last);
      if (capital > i + MAX_PARTS || capital >= last) continue;
    }
    let j = i;
    let end = -1;
    for (let parts = 0; parts < MAX_PARTS && j < last && !covered[j] && (flags[j] & WORD) !== 0; parts++) {
      const part = titlePartAt(scan, j);
      if (!part) break;
      j += part >> 2;
      if ((part & 3) === 3) end = j;
    }
    if (end < 0) continue;
    const beforeName = tokens.isCapWord(end) && !tokens.isAllCaps(end);
    if (f & CAP || beforeName) {
      scan.titles.push({ first: i, last: end, start: tokens.start[i], end: tokens.end[end - 1] });
      if (f & CAP) for (let k = i; k < end; k++) covered[k] = 1;
    }
    next = end;
  }
}

// The title trie's nodes along one run of tokens, reused: one array per trie depth.
let nodeScratch = new Int32Array(0);

/**
 * The longest title part from token j whose last token is not covered, as its length in tokens times 4
 * plus its kind (1 prefix, 2 field, 3 title), or 0. A word with a curly quote starts none: first words
 * were always looked up as written, and title words are stored with straight quotes.
 */
function titlePartAt(scan: ParagraphScan, j: number): number {
  const { tokens, lex, covered } = scan;
  if (tokens.flags[j] & CURLY_QUOTE || !lex.titles.mayStartAt(tokens, j)) return 0;
  if (nodeScratch.length !== lex.titles.depth) nodeScratch = new Int32Array(lex.titles.depth);
  const followed = lex.titles.follow(tokens, j, nodeScratch);
  for (let n = followed; n >= 1; n--) {
    if (covered[j + n - 1] || nodeScratch[n - 1] < 0) continue;
    const part = lex.titles.valueAt(nodeScratch[n - 1]) ?? 0;
    if (part) return (n << 2) | part;
  }
  return 0;
}

/** The first capitalised token after token i, or `last`. */
function nextCapital(flags: Uint16Array, i: number, last: number): number {
  let k = i + 1;
  while (k < last && !(flags[k] & CAP)) k++;
  return k;
}
