import type { Span } from '../types';
import { ASCII_LETTERS, HAS_UPPER, isLetterCode, WORD, type Tokens } from './tokens';
import { hashStep } from './words';

/** How many words are looked up by searching the text before the lookups turn to sets, so that time stays linear. */
const MAX_SEARCHES = 24;

/**
 * The words an article writes in lower case (so that, capitalised at a sentence start, such a word is a
 * common word): has() answers for a lower-cased word, once per word.
 *
 * A word of letters occurs as a whole word exactly when it is one of the text's maximal runs of letters.
 * A bitmap of their hashes, read off the article's tokens, rules out most words at once; a search of
 * the text confirms the others, and past MAX_SEARCHES of those the runs themselves are collected once.
 * A word with digits or an apostrophe is searched for among the first MAX_SEARCHES words asked about,
 * and after them looked up among the runs of word characters (the two can differ: "20s" is found in
 * "120s" by a search, not among the runs), as it always was.
 */
export class LowerCaseWords {
  private readonly answers = new Map<string, boolean>();
  private asked = 0;
  private confirmed = 0;
  private runHashes: Uint32Array | undefined;
  private letterRuns: Set<string> | undefined;
  private wordRuns: Set<string> | undefined;

  /**
   * `tokens` holds the tokens of `paragraphs` (the article's) until the last question is asked, and no
   * other instance is asked in between: they share the bitmap of hashes (see letterRunHashes).
   */
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly paragraphs: readonly Span[],
  ) {}

  has(word: string): boolean {
    let hit = this.answers.get(word);
    if (hit === undefined) {
      const searchable = ++this.asked <= MAX_SEARCHES;
      if (isLetters(word)) hit = this.isLetterRun(word);
      else if (searchable) hit = occursAsWord(this.text, word);
      else hit = (this.wordRuns ??= runs(this.text, isWordOrApostrophe)).has(word);
      this.answers.set(word, hit);
    }
    return hit;
  }

  private isLetterRun(word: string): boolean {
    const bits = (this.runHashes ??= letterRunHashes(this.text, this.tokens, this.paragraphs));
    let h = 0;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    if (!hasBit(bits, h)) return false;
    if (++this.confirmed <= MAX_SEARCHES) return occursAsWord(this.text, word);
    return (this.letterRuns ??= runs(this.text, isLetterCode)).has(word);
  }
}

/**
 * A bit per hash of every maximal run of letters in the text that has no ASCII capital (and of a few more
 * strings: a false hit only costs a search). Inside paragraphs a run is a token of ASCII letters, whose
 * hash the tokenizer made, or part of another word token; outside them (the header, blank lines) the text
 * is scanned. A paragraph that starts or ends inside a run, or paragraphs out of order, and the whole
 * text is scanned.
 */
function letterRunHashes(text: string, tokens: Tokens, paragraphs: readonly Span[]): Uint32Array {
  let size = 1024;
  while (size < tokens.count * 8) size *= 2;
  // Refilled rather than allocated per article: a typed array this large is allocated outside the heap, slowly.
  if (bitsScratch.length < size >>> 5) bitsScratch = new Uint32Array(size >>> 5);
  const bits = bitsScratch.subarray(0, size >>> 5).fill(0);
  let at = 0;
  for (const p of paragraphs) {
    const cut = p.start < at || (isLetter(text.charCodeAt(p.start - 1)) && isLetter(text.charCodeAt(p.start))) || (isLetter(text.charCodeAt(p.end - 1)) && isLetter(text.charCodeAt(p.end)));
    if (cut) {
      addRuns(text, 0, text.length, bits);
      return bits;
    }
    addRuns(text, at, p.start, bits);
    at = p.end;
  }
  addRuns(text, at, text.length, bits);
  const { flags, hashes, start, end, count } = tokens;
  const mask = size - 1;
  for (let i = 0; i < count; i++) {
    const f = flags[i];
    // A word with a capital is no lower-case word: only the runs of the others are of use.
    if ((f & (ASCII_LETTERS | HAS_UPPER)) === ASCII_LETTERS) setBit(bits, mask, hashes[i]);
    else if ((f & (WORD | ASCII_LETTERS)) === WORD) addRuns(text, start[i], end[i], bits);
  }
  return bits;
}

let bitsScratch = new Uint32Array(0);

/** Sets the bits of the maximal runs of letters in text[from, to). */
function addRuns(text: string, from: number, to: number, bits: Uint32Array): void {
  const mask = bits.length * 32 - 1;
  for (let i = from; i < to; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let h = 0;
    for (; i < to; i++) {
      const d = text.charCodeAt(i);
      if (!isLetter(d)) break;
      h = hashStep(h, d);
    }
    setBit(bits, mask, h);
  }
}

/** Sets the bit of `hash` in `bits`, whose bits are mask + 1. */
function setBit(bits: Uint32Array, mask: number, hash: number): void {
  const h = (hash ^ (hash >>> 15)) & mask;
  bits[h >>> 5] |= 1 << (h & 31);
}

function hasBit(bits: Uint32Array, hash: number): boolean {
  const h = (hash ^ (hash >>> 15)) & (bits.length * 32 - 1);
  return (bits[h >>> 5] & (1 << (h & 31))) !== 0;
}

/** isLetterCode(), by table for ASCII; false past either end of the text (NaN). */
function isLetter(c: number): boolean {
  return c < 128 ? ASCII_LETTER[c] === 1 : c === c && isLetterCode(c);
}

const ASCII_LETTER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LETTER[c] = isLetterCode(c) ? 1 : 0;

/** Whether `word` (lower case) occurs in text as a whole word. */
function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isLetterCode(text.charCodeAt(at - 1))) && !isLetterCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

function isLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLetterCode(word.charCodeAt(i))) return false;
  return word.length > 0;
}

/**
 * The maximal runs of `inRun` characters in text that do not start with an ASCII capital (a lower-cased
 * word never does), in one pass. Like occursAsWord, a run touching the end of text is left out.
 */
function runs(text: string, inRun: (c: number) => boolean): Set<string> {
  const out = new Set<string>();
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (!inRun(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && inRun(text.charCodeAt(i))) i++;
    if (i < n && !(c >= 65 && c <= 90)) out.add(text.slice(start, i));
  }
  return out;
}

function isWordOrApostrophe(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019;
}
