import { lowerBound } from '../arrays';
import { hashStep, hintSlot, type WordTable } from './words';

// Kinds of ASCII characters, looked up rather than tested: the tokenizer's inner loop runs once per character.
const OTHER = 0;
const SPACE = 1;
const UPPER = 2;
const LOWER = 3;
const DIGIT = 4;
const NON_ASCII = 5;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] = c === 32 || c === 9 || c === 10 || c === 13 ? SPACE : c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : c >= 48 && c <= 57 ? DIGIT : OTHER;
}

const ASCII_LETTER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LETTER[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;

/** Token flags: a run of letters or digits (with inner apostrophes), as opposed to one punctuation character. */
export const WORD = 1;
/** Starts with an upper-case letter or a digit ("G20", "P5"). */
export const CAP = 2;
/** Every letter is upper case ("US", "NATO", "IS-K" pieces). */
const ALL_CAPS = 4;
/** First word of a sentence (after any opening quotes or brackets). */
const SENTENCE_START = 8;
/** Holds a curly quote, which lookup keys write straight: matching treats it apart (see phraseTrie.ts). */
export const CURLY_QUOTE = 16;
/** Holds a character beyond ASCII, whose lower case may differ in length. */
export const NON_ASCII_CHARS = 32;
/** Only ASCII letters: a maximal run of letters of the text, whose hash is the token's. */
export const ASCII_LETTERS = 64;
/** Holds an upper-case letter: its lookup key differs from it. */
export const HAS_UPPER = 128;
/** Its only upper-case letter is the first, an ASCII one ("Kabul"): its key's hash follows from its own (see keyHash). */
const FIRST_UPPER_ONLY = 256;

/** 31 ** k as hashStep() multiplies (modulo 2 ** 32), for k < 64. */
const POWERS_OF_31 = new Int32Array(64);
POWERS_OF_31[0] = 1;
for (let k = 1; k < POWERS_OF_31.length; k++) POWERS_OF_31[k] = Math.imul(POWERS_OF_31[k - 1], 31);

/**
 * The hash of a word of `length` ASCII characters whose hash is `hash`, with its first letter (a capital)
 * lower-cased: the hash is linear in the characters, and lower-casing the first adds 32 times 31 to the
 * power of the characters after it. For a length up to that of POWERS_OF_31.
 */
function firstLowerCased(hash: number, length: number): number {
  return (hash + Math.imul(32, POWERS_OF_31[length - 1])) | 0;
}

/** Every set of WordTable.hints. */
const ALL_HINTS = 0xff;

/** A token's number in the lexicon not looked up yet. */
const UNSEEN = -2;

/**
 * The words and punctuation characters of an article, by offsets into its text, in parallel arrays
 * rather than an object per token: one instance is refilled article after article. The steps see one
 * paragraph at a time, tokens [first, last): an index outside reads as no token (not a word, not
 * capitalised), as a missing array element did when each paragraph had its own array.
 * A token's numbers in the lexicon (see words.ts) are looked up when first asked for.
 */
export class Tokens {
  first = 0;
  last = 0;
  /** Tokens held, over every range tokenized since reset(). */
  count = 0;
  text = '';
  start = new Int32Array(256);
  end = new Int32Array(256);
  flags = new Uint16Array(256);
  /** Hash of a token as written, made while scanning it (see words.ts; not used beyond ASCII). */
  hashes = new Int32Array(256);
  /**
   * The sets of the lexicon's WordTable.hints a token may be in: read off the hash of its key, and every
   * set (ALL_HINTS) when that hash is not at hand (beyond ASCII, capitals after the first) or no table is.
   */
  hints = new Uint8Array(256);
  /**
   * After reset(..., true): a bitmap of the lower-case runs of letters appended (see setRunBit), which
   * LowerCaseWords reads, made here while the tokens' hashes are at hand rather than in a pass over them.
   * A word of ASCII letters without a capital sets the bit of its hash; any other word, those of the
   * maximal runs of letters in it (capitals or not: a bit too many only costs a search).
   */
  letterRuns: Uint32Array | null = null;
  private runScratch = new Uint32Array(0);
  /**
   * After mark(): the indices of the capitalised words and of the other tokens with a hint of the mask,
   * in order (the tokens a name or a phrase may start at), and of them those shown, marked[firstMark, lastMark).
   */
  marked = new Int32Array(256);
  firstMark = 0;
  lastMark = 0;
  private markCount = 0;
  private words: WordTable | null = null;
  private hintTable: Uint8Array | null = null;
  /** Numbers looked up, or UNSEEN: so is every entry from `count` on, for the next tokens held. */
  private written = new Int32Array(256).fill(UNSEEN);
  private keys = new Int32Array(256).fill(UNSEEN);

  isWord(i: number): boolean {
    return i >= this.first && i < this.last && (this.flags[i] & WORD) !== 0;
  }

  isCap(i: number): boolean {
    return i >= this.first && i < this.last && (this.flags[i] & CAP) !== 0;
  }

  /** A capitalised word. */
  isCapWord(i: number): boolean {
    return i >= this.first && i < this.last && (this.flags[i] & (WORD | CAP)) === (WORD | CAP);
  }

  isAllCaps(i: number): boolean {
    return i >= this.first && i < this.last && (this.flags[i] & ALL_CAPS) !== 0;
  }

  startsSentence(i: number): boolean {
    return i >= this.first && i < this.last && (this.flags[i] & SENTENCE_START) !== 0;
  }

  /** The lexicon's number for token i as written, or -1. */
  wordOf(i: number): number {
    let id = this.written[i];
    if (id === UNSEEN) id = this.written[i] = this.lookUp(i, false);
    return id;
  }

  /** The lexicon's number for the lookup key of token i (lower case, straight apostrophes), or -1. */
  keyOf(i: number): number {
    let id = this.keys[i];
    if (id === UNSEEN) id = this.keys[i] = this.lookUp(i, true);
    return id;
  }

  private lookUp(i: number, asKey: boolean): number {
    const { text, words } = this;
    if (!words) return -1;
    const start = this.start[i];
    const end = this.end[i];
    // Lower-casing (or a curly quote) beyond ASCII: make the string.
    if (this.flags[i] & NON_ASCII_CHARS) {
      const s = text.slice(start, end);
      return words.idOf(asKey ? normalizeSurface(s.toLowerCase()) : s);
    }
    if (!asKey || !(this.flags[i] & HAS_UPPER)) return words.find(this.hashes[i], text, start, end);
    return words.findLowerCase(this.keyHash(i), text, start, end);
  }

  /** The hash (see words.ts) of the lookup key of token i, a token written in ASCII: its characters lower-cased. */
  keyHash(i: number): number {
    const flags = this.flags[i];
    const hash = this.hashes[i];
    if (!(flags & HAS_UPPER)) return hash;
    const start = this.start[i];
    const end = this.end[i];
    if ((flags & FIRST_UPPER_ONLY) !== 0 && end - start <= POWERS_OF_31.length) return firstLowerCased(hash, end - start);
    let h = 0;
    for (let k = start; k < end; k++) {
      const c = this.text.charCodeAt(k);
      h = hashStep(h, c >= 65 && c <= 90 ? c + 32 : c);
    }
    return h;
  }

  /** The token as written. */
  textOf(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** The token lower-cased. */
  lowerCaseOf(i: number): string {
    const f = this.flags[i];
    // In ASCII, without toLowerCase() where it would change nothing (or only the first letter): it goes
    // through the slow path of Unicode case mapping for a piece of a text written in two bytes a character.
    if (!(f & NON_ASCII_CHARS)) {
      if (!(f & HAS_UPPER)) return this.textOf(i);
      if (f & FIRST_UPPER_ONLY) return String.fromCharCode(this.firstCode(i) + 32) + this.text.slice(this.start[i] + 1, this.end[i]);
    }
    return this.textOf(i).toLowerCase();
  }

  /** The first character code of token i. */
  firstCode(i: number): number {
    return this.text.charCodeAt(this.start[i]);
  }

  /** Whether token i is the one character `c`. */
  isChar(i: number, c: number): boolean {
    return i >= this.first && i < this.last && this.end[i] - this.start[i] === 1 && this.text.charCodeAt(this.start[i]) === c;
  }

  /** True when nothing separates token i-1 and token i (false at either end, where one of them is missing). */
  touching(i: number): boolean {
    return i > this.first && i < this.last && this.start[i] === this.end[i - 1];
  }

  /** Splits text[from, to) alone (see append()), and shows all its tokens. */
  tokenize(text: string, from: number, to: number, sentenceStarts: readonly number[] = [], words: WordTable | null = null): this {
    this.reset(text, words);
    this.append(from, to, sentenceStarts);
    return this.show(0, this.count);
  }

  /**
   * Starts over on a text; with `words`, tokens are numbered against it, without, their numbers are -1.
   * With `letterRuns`, the tokens appended fill the bitmap `letterRuns`.
   */
  reset(text: string, words: WordTable | null, letterRuns = false): void {
    if (letterRuns) {
      // About as many bits as the old bitmap made per article had (8 a token), refilled rather than allocated.
      let bits = 1024;
      while (bits < text.length * 2) bits *= 2;
      if (this.runScratch.length < bits >>> 5) this.runScratch = new Uint32Array(bits >>> 5);
      this.letterRuns = this.runScratch.length === bits >>> 5 ? this.runScratch.fill(0) : this.runScratch.subarray(0, bits >>> 5).fill(0);
    } else this.letterRuns = null;
    // Forgotten in two calls here rather than token by token in append().
    this.written.fill(UNSEEN, 0, this.count);
    this.keys.fill(UNSEEN, 0, this.count);
    this.text = text;
    this.words = words;
    this.hintTable = words ? words.hints : null;
    this.count = this.first = this.last = this.markCount = 0;
  }

  /**
   * Marks the capitalised words, and the tokens that may be in a set of `hints` (see hints), so that a step
   * looking for those reads them alone (see marked): a quarter of a text's tokens. Tokens appended later
   * are not marked: mark once all are.
   */
  mark(hints: number): void {
    const { flags, count } = this;
    if (this.marked.length < count) this.marked = new Int32Array(this.flags.length);
    const marked = this.marked;
    const hinted = this.hints;
    let m = 0;
    // Every token is written down and the count moves on for those marked: a branch taken at random costs more.
    for (let i = 0; i < count; i++) {
      marked[m] = i;
      m += +(((flags[i] & CAP) | (hinted[i] & hints)) !== 0);
    }
    this.markCount = m;
  }

  /** Shows tokens [first, last) to the steps. */
  show(first: number, last: number): this {
    this.first = first;
    this.last = last;
    this.firstMark = this.markAt(first);
    this.lastMark = this.markAt(last);
    return this;
  }

  /** The first of the marked tokens at or after token i. */
  private markAt(i: number): number {
    return lowerBound(this.marked, i, this.markCount);
  }

  /**
   * Splits text[from, to) into words and punctuation, after the tokens held. An apostrophe between
   * letters stays inside a word ("N'Djamena", "Shi'ite") unless it starts a possessive "'s", which
   * becomes its own tokens. `sentenceStarts` (sorted offsets) mark the first word of each sentence.
   */
  append(from: number, to: number, sentenceStarts: readonly number[] = []): void {
    // Offsets are small integers: `| 0` tells the compiler so, which keeps them unboxed in registers.
    from |= 0;
    to |= 0;
    const { text, hintTable, letterRuns } = this;
    const runMask = letterRuns ? letterRuns.length * 32 - 1 : 0;
    let { start: starts, end: ends, flags, hashes, hints } = this;
    let n = this.count | 0;
    let i = from;
    let pendingStart = true;
    // sentenceStarts is sorted: find the first at or after `from` (a binary search, as a paragraph is one of
    // many), then walk it alongside the text.
    let s = lowerBound(sentenceStarts, from);
    let nextSentence = s < sentenceStarts.length ? sentenceStarts[s] : to;
    while (i < to) {
      const c = text.charCodeAt(i);
      const kind = c < 128 ? ASCII_KIND[c] : NON_ASCII;
      if (kind === SPACE || (kind === NON_ASCII && isSpaceCode(c))) {
        i++;
        continue;
      }
      if (nextSentence <= i) {
        while (s < sentenceStarts.length && sentenceStarts[s] <= i) s++;
        nextSentence = s < sentenceStarts.length ? sentenceStarts[s] : to;
        pendingStart = true;
      }
      if (n === starts.length) {
        this.grow();
        ({ start: starts, end: ends, flags, hashes, hints } = this);
      }
      if (kind === OTHER || (kind === NON_ASCII && !isWordCode(c))) {
        starts[n] = i;
        ends[n] = i + 1;
        hashes[n] = hashStep(0, c);
        hints[n] = c < 128 && hintTable ? hintTable[hintSlot(hashes[n])] : ALL_HINTS;
        flags[n++] = c < 128 ? 0 : c === 0x2018 || c === 0x2019 ? CURLY_QUOTE | NON_ASCII_CHARS : NON_ASCII_CHARS;
        i++;
        continue;
      }
      const start = i;
      let hash = 0;
      let upper = 0;
      // Characters not counted as lower-case letters: the word has none when they are all of it.
      let notLower = 0;
      let flag = WORD | ASCII_LETTERS;
      // Most characters of a text are lower-case ASCII letters: tested first, in a loop kept small. The hash is
      // written out rather than by hashStep(), which V8 keeps boxed here (the same value: 31 * hash is exact).
      for (; i < to; i++) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) {
          hash = (hash * 31 + d) | 0;
          continue;
        }
        if (d >= 65 && d <= 90) {
          upper++;
          notLower++;
          hash = (hash * 31 + d) | 0;
        } else if (d >= 48 && d <= 57) {
          notLower++;
          flag &= ~ASCII_LETTERS;
          hash = (hash * 31 + d) | 0;
        } else if (d >= 128 && isWordCode(d)) {
          flag = (flag & ~ASCII_LETTERS) | NON_ASCII_CHARS;
          if (isUpperCode(d)) {
            upper++;
            notLower++;
          } else if (!isLowerCode(d)) notLower++;
        } else if (isApostrophe(d) && i + 1 < to && isLetterCode(text.charCodeAt(i + 1)) && i > start && !isPossessive(text, i + 1, to)) {
          notLower++;
          flag &= ~ASCII_LETTERS;
          if (d === 39) hash = (hash * 31 + d) | 0;
          else flag |= CURLY_QUOTE | NON_ASCII_CHARS;
        } else break;
      }
      // c is the word's first character.
      if (isUpperCode(c) || (c >= 48 && c <= 57)) flag |= CAP;
      if (upper > 0) {
        flag |= HAS_UPPER;
        if (notLower === i - start) flag |= ALL_CAPS;
        if (upper === 1 && c >= 65 && c <= 90) flag |= FIRST_UPPER_ONLY;
      }
      if (pendingStart) flag |= SENTENCE_START;
      starts[n] = start;
      ends[n] = i;
      hashes[n] = hash;
      // The key's hash is the token's, or follows from it when only the first letter is a capital (as in keyHash()).
      if (!hintTable || flag & NON_ASCII_CHARS) hints[n] = ALL_HINTS;
      else if (!(flag & HAS_UPPER)) hints[n] = hintTable[hintSlot(hash)];
      else if (flag & FIRST_UPPER_ONLY && i - start <= POWERS_OF_31.length) hints[n] = hintTable[hintSlot(firstLowerCased(hash, i - start))];
      else hints[n] = ALL_HINTS;
      if (letterRuns !== null) {
        // Every word's bit is or-ed in, with 0 for a word with a capital: a branch taken at random costs more.
        const h = (hash ^ (hash >>> 15)) & runMask;
        letterRuns[h >>> 5] |= +((flag & (ASCII_LETTERS | HAS_UPPER)) === ASCII_LETTERS) << (h & 31);
        if (!(flag & ASCII_LETTERS)) addLetterRuns(text, start, i, letterRuns);
      }
      flags[n++] = flag;
      pendingStart = false;
      // Most words are followed by one space: skipped here, without another turn of the loop.
      if (i < to && text.charCodeAt(i) === 32) i++;
    }
    this.count = n;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint16Array | Uint8Array>(from: T, to: T) => (to.set(from), to);
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.flags = copy(this.flags, new Uint16Array(size));
    this.hashes = copy(this.hashes, new Int32Array(size));
    this.hints = copy(this.hints, new Uint8Array(size));
    this.written = copy(this.written, new Int32Array(size).fill(UNSEEN));
    this.keys = copy(this.keys, new Int32Array(size).fill(UNSEEN));
  }
}

/**
 * Sets the bit of `hash` in `bits` (a power of two of them, at least 32): the low bits of the hash, its
 * high ones mixed in, pick it.
 */
export function setRunBit(bits: Uint32Array, hash: number): void {
  const h = (hash ^ (hash >>> 15)) & (bits.length * 32 - 1);
  bits[h >>> 5] |= 1 << (h & 31);
}

/** Whether setRunBit() set the bit of `hash`. */
export function hasRunBit(bits: Uint32Array, hash: number): boolean {
  const h = (hash ^ (hash >>> 15)) & (bits.length * 32 - 1);
  return (bits[h >>> 5] & (1 << (h & 31))) !== 0;
}

/** Sets the bits of the maximal runs of letters in text[from, to). */
export function addLetterRuns(text: string, from: number, to: number, bits: Uint32Array): void {
  for (let i = from; i < to; ) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    let h = 0;
    for (; i < to && isLetterAt(text, i); i++) h = hashStep(h, text.charCodeAt(i));
    setRunBit(bits, h);
  }
}

/** Whether text[i] is a letter (isLetterCode(), by table for ASCII); false past either end of the text. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_LETTER[c] === 1 : c === c && isLetterCode(c);
}

export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Latin-1 letters and everything from Latin Extended on, except general punctuation and symbols.
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  return !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetterCode(c);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2009 || c === 0x202f;
}

function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLowerCode(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

function isPossessive(text: string, at: number, to: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 115 && c !== 83) return false;
  return at + 1 >= to || !isWordCode(text.charCodeAt(at + 1));
}

/** Canonical kebab-case id of a name: "Jean-Yves Le Drian" -> "jean-yves-le-drian". */
export function slug(s: string): string {
  return slugOf(s, 0, s.length);
}

/** slug() of text[start, end). */
export function slugOf(text: string, start: number, end: number): string {
  const ascii = asciiSlug(text, start, end);
  if (ascii !== null) return ascii;
  return text
    .slice(start, end)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * slug() of text[start, end) written in ASCII, without normalizing or regexes (names are mostly ASCII), or
 * null for any other text. Its runs of letters and digits are joined by dashes, apostrophes dropped.
 */
function asciiSlug(text: string, start: number, end: number): string | null {
  let out = '';
  let dash = false;
  let run = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return null;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      if (run < 0) {
        if (dash && out) out += '-';
        run = i;
        dash = false;
      }
      continue;
    }
    if (run >= 0) out += text.slice(run, i);
    run = -1;
    if (c !== 39) dash = true;
  }
  if (run >= 0) out += text.slice(run, end);
  return out.toLowerCase();
}

/** Whether s[from, to) holds a curly apostrophe, a non-breaking space, a tab or line break, or two spaces in a row. */
export function needsNormalizing(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2018 || c === 0x2019 || c === 0xa0 || c === 9 || c === 13 || c === 10 || (c === 32 && i + 1 < to && s.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

/** A surface form as lookups key it: straight apostrophes, single spaces. */
export function normalizeSurface(s: string): string {
  if (!needsNormalizing(s)) return s;
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\s\u00a0]+/g, ' ');
}
