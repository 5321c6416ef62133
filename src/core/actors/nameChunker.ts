import type { ParagraphScan } from './candidate';
import { CAP, WORD } from './tokens';

/** A run of capitalised words not already known, by token range: a name the gazetteer lacks. */
export interface NameChunk {
  first: number;
  last: number;
}

/**
 * Capitalised words joined by spaces, by hyphens ("Jean-Yves", "Tehreek-e-Taliban") and by the
 * particles of names ("bin", "al-", "von der", "Le"). Common words at either end are cut off
 * ("After", "Share"), and split a run in two; so is a sentence's first word when the article uses
 * it in lower case elsewhere, or when it ends in -ing.
 */
export function chunkNames(scan: ParagraphScan): NameChunk[] {
  const { tokens, covered } = scan;
  const { flags, marked, lastMark } = tokens;
  const out: NameChunk[] = [];
  let next = tokens.first;
  // A capitalised word starts a name; a lower-case one only as a particle: marked tokens both.
  for (let m = tokens.firstMark; m < lastMark; m++) {
    const i = marked[m];
    const f = flags[i];
    if (i < next || covered[i] || !(f & WORD) || (!(f & CAP) && !particleStartsName(scan, i))) continue;
    let j = i + 1;
    for (;;) {
      const step = continuation(scan, j);
      if (!step) break;
      j += step;
    }
    splitAtCommonWords(scan, i, j, out);
    next = j;
  }
  return out;
}

/** Characters in the longest particle. */
const MAX_CONNECTOR = 4;

function isNameWord(scan: ParagraphScan, i: number): boolean {
  return scan.tokens.isCapWord(i) && !scan.covered[i];
}

function isConnector(scan: ParagraphScan, i: number): boolean {
  const { tokens } = scan;
  if (i < tokens.first || i >= tokens.last) return false;
  // The lexicon first: it rules out most words by their hint.
  return scan.lex.isNameConnector(tokens, i) && (tokens.flags[i] & (WORD | CAP)) === WORD && tokens.end[i] - tokens.start[i] <= MAX_CONNECTOR && !scan.covered[i];
}

function isHyphen(scan: ParagraphScan, i: number): boolean {
  const { tokens } = scan;
  if (i < tokens.first || i >= tokens.last || tokens.isWord(i)) return false;
  const c = tokens.firstCode(i);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

function touching(scan: ParagraphScan, i: number): boolean {
  return scan.tokens.touching(i);
}

/** "al-Zawahiri", "bin Laden": a particle may open a surname. */
function particleStartsName(scan: ParagraphScan, i: number): boolean {
  if (!isConnector(scan, i)) return false;
  if (isHyphen(scan, i + 1) && touching(scan, i + 1) && touching(scan, i + 2)) return isNameWord(scan, i + 2);
  return isNameWord(scan, i + 1) && !touching(scan, i + 1);
}

/** How many tokens from j continue the name, 0 when it ends before j. */
function continuation(scan: ParagraphScan, j: number): number {
  if (j >= scan.tokens.last) return 0;
  if (isNameWord(scan, j) && !touching(scan, j)) return 1;
  if (isHyphen(scan, j) && touching(scan, j) && j + 1 < scan.tokens.last && touching(scan, j + 1)) {
    if (isNameWord(scan, j + 1)) return 2;
    // "Tehreek-e-Taliban", "Mazar-i-Sharif"
    if (isConnector(scan, j + 1) && isHyphen(scan, j + 2) && touching(scan, j + 2) && isNameWord(scan, j + 3) && touching(scan, j + 3)) return 4;
    return 0;
  }
  if (isConnector(scan, j) && !touching(scan, j)) {
    let k = j;
    while (isConnector(scan, k + 1) && !touching(scan, k + 1)) k++;
    if (isNameWord(scan, k + 1) && !touching(scan, k + 1)) return k + 2 - j;
    if (isHyphen(scan, k + 1) && touching(scan, k + 1) && isNameWord(scan, k + 2) && touching(scan, k + 2)) return k + 3 - j;
  }
  return 0;
}

function isCommon(scan: ParagraphScan, i: number): boolean {
  const { tokens } = scan;
  if (!tokens.isCapWord(i)) return false;
  // "Mr West": after an honorific a common word is a surname.
  if (scan.lex.isCommonWordAt(tokens, i)) return !afterHonorific(scan, i);
  if (!tokens.startsSentence(i)) return false;
  if (endsInIng(scan, i)) return true;
  return scan.lowerCaseWords.has(tokens.lowerCaseOf(i));
}

/** A word of more than four characters ending in "ing" ("Speaking"). */
function endsInIng(scan: ParagraphScan, i: number): boolean {
  const { text } = scan;
  const end = scan.tokens.end[i];
  return end - scan.tokens.start[i] > 4 && text.charCodeAt(end - 3) === 105 && text.charCodeAt(end - 2) === 110 && text.charCodeAt(end - 1) === 103;
}

const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);

// Token indices right after an honorific title, for the paragraph last asked about: built once per paragraph,
// not a search of its titles per word.
let honorificScan: ParagraphScan | null = null;
let honorificEnds = new Set<number>();

function afterHonorific(scan: ParagraphScan, i: number): boolean {
  if (scan !== honorificScan) {
    honorificScan = scan;
    honorificEnds = new Set();
    // No honorific is longer than four characters: the other titles need no string.
    for (const t of scan.titles) if (t.end - t.start <= 4 && HONORIFICS.has(scan.text.slice(t.start, t.end).toLowerCase())) honorificEnds.add(t.last);
  }
  return honorificEnds.has(i);
}

function splitAtCommonWords(scan: ParagraphScan, first: number, last: number, out: NameChunk[]): void {
  let s = first;
  for (let k = first; k <= last; k++) {
    if (k === last || isCommon(scan, k)) {
      let a = s;
      let b = k;
      while (a < b && !isNameWord(scan, a) && !isConnector(scan, a)) a++;
      while (b > a && !isNameWord(scan, b - 1)) b--;
      if (b > a) out.push({ first: a, last: b });
      s = k + 1;
    }
  }
}
