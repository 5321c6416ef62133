import type { Article, Span } from '../types';

/**
 * A word of the article: letters and digits, with inner apostrophes, hyphens and dots ("Taliban’s",
 * "al-Qaeda", "U.S"). Its text is sliced, and lower-cased, when first read: a reader of a paragraph
 * looks at the few words around what it looks for, not at every word.
 */
export class Word implements Span {
  // Assigned in the constructor rather than declared with initialisers, which Node 20 runs more slowly: a forum reader makes a Word per word of its paragraphs.
  declare private written: string | undefined;
  declare private lowered: string | undefined;
  declare private readonly source: string;
  declare readonly start: number;
  declare readonly end: number;

  constructor(source: string, start: number, end: number) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.written = undefined;
    this.lowered = undefined;
  }

  get text(): string {
    if (this.written === undefined) this.written = this.source.slice(this.start, this.end);
    return this.written;
  }

  get lower(): string {
    if (this.lowered === undefined) this.lowered = isLowerCase(this.text) ? this.text : this.text.toLowerCase();
    return this.lowered;
  }

  /** The code of the word's first character, read without slicing the word. */
  get firstCode(): number {
    return this.source.charCodeAt(this.start);
  }
}

/** No capital and nothing outside ASCII (most words): lower-casing would change nothing, so it is skipped. */
function isLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

// ASCII letters and digits, looked up rather than tested: the scan runs once per character.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** Letter or digit by char code: an ASCII lookup, the Unicode classes otherwise. */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_WORD[c] === 1 : isNonAsciiWordCode(text, c, i);
}

function isNonAsciiWordCode(text: string, c: number, i: number): boolean {
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x206f)) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return NON_ASCII_WORD.test(text.slice(i, i + 2));
  return NON_ASCII_WORD.test(text[i]);
}

/** An apostrophe, hyphen or dot joins two runs of letters into one word. */
function isJoiner(c: number): boolean {
  return c === 0x2019 || c === 39 || c === 45 || c === 46;
}

/** The words wholly inside [start, end), scanned by hand: a Unicode-class regex is several times slower. */
function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  scanWords(text, start, start, end, end, out);
  return out;
}

/**
 * Pushes the words of the paragraph [paragraphStart, paragraphEnd) that lie wholly inside [start, end),
 * scanning that span only: the same words, at the same offsets, as a scan of the whole paragraph.
 */
function scanWords(text: string, paragraphStart: number, start: number, end: number, paragraphEnd: number, out: Word[], limit = Infinity): void {
  let i = Math.max(start, paragraphStart);
  const stop = Math.min(end, paragraphEnd);
  while (i < stop && !isWordCode(text, i)) i++;
  // A word that began before the span is not wholly inside it: step over its rest.
  if (i < stop && i > paragraphStart && (isWordCode(text, i - 1) || (i - 2 >= paragraphStart && isJoiner(text.charCodeAt(i - 1)) && isWordCode(text, i - 2)))) {
    i = wordEnd(text, i, paragraphEnd);
  }
  // ASCII is tested by table in place, not through isWordCode and wordEnd: this runs once per character a reader splits.
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !isNonAsciiWordCode(text, c, i)) {
      i++;
      continue;
    }
    const s = i;
    for (i++; ; ) {
      while (i < paragraphEnd) {
        const d = text.charCodeAt(i);
        if (d < 128 ? ASCII_WORD[d] === 0 : !isNonAsciiWordCode(text, d, i)) break;
        i++;
      }
      if (i + 1 < paragraphEnd && isJoiner(text.charCodeAt(i)) && isWordCode(text, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    if (i > end) return;
    out.push(new Word(text, s, i));
    if (out.length >= limit) return;
  }
}

/** Where the word running through `i` ends: letters and digits, joined across single joiners. */
function wordEnd(text: string, i: number, limit: number): number {
  for (;;) {
    while (i < limit && isWordCode(text, i)) i++;
    if (i + 1 < limit && isJoiner(text.charCodeAt(i)) && isWordCode(text, i + 1)) {
      i++;
      continue;
    }
    return i;
  }
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

export function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // An ASCII character is answered by its code: the case mappings below allocate, and most first letters are ASCII.
  if (ch.length === 1 && ch.charCodeAt(0) < 128) return ch.charCodeAt(0) >= 65 && ch.charCodeAt(0) <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Index of the last span in a sorted array that starts at or before `pos`, or -1. */
export function lastStartingAtOrBefore<T extends Span>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** `items` sorted by `compare`: the array itself when already in order (extracted actors are), else a sorted copy. */
export function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return [...items].sort(compare);
  return items;
}

/** Lower-cased phrases as word arrays, longest first, filed under their first and their last word. */
export interface PhraseList {
  byFirstWord: ReadonlyMap<string, readonly string[][]>;
  byLastWord: ReadonlyMap<string, readonly string[][]>;
}

export function phraseList(phrases: readonly string[]): PhraseList {
  const byFirstWord = new Map<string, string[][]>();
  const byLastWord = new Map<string, string[][]>();
  const file = (map: Map<string, string[][]>, key: string, p: string[]) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of phrases.map((x) => x.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length)) {
    file(byFirstWord, p[0], p);
    file(byLastWord, p[p.length - 1], p);
  }
  return { byFirstWord, byLastWord };
}

/** Length in words of the phrase from `phrases` that starts at words[i], or 0. */
export function phraseAt(words: readonly Word[], i: number, phrases: PhraseList): number {
  const candidates = i >= 0 && i < words.length ? phrases.byFirstWord.get(words[i].lower) : undefined;
  if (!candidates) return 0;
  for (const p of candidates) {
    if (i + p.length > words.length) continue;
    let ok = true;
    for (let k = 1; k < p.length && ok; k++) ok = words[i + k].lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}

/** Length in words of the phrase from `phrases` that ends at words[i], or 0. */
export function phraseEndingAt(words: readonly Word[], i: number, phrases: PhraseList): number {
  const candidates = i >= 0 && i < words.length ? phrases.byLastWord.get(words[i].lower) : undefined;
  if (!candidates) return 0;
  for (const p of candidates) {
    const s = i - p.length + 1;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < p.length - 1 && ok; k++) ok = words[s + k].lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}

/** The words of a phrase as an article's are read ("U.N. General Assembly": "U.N", "General", "Assembly"). */
export function wordTexts(phrase: string): string[] {
  return wordsIn(phrase, 0, phrase.length).map((w) => w.text);
}

/**
 * The article's words wholly inside [start, end), scanned for the span alone; only the first `limit` of
 * them when the reader counts up to a bound ("at most 25 words"), the rest of the span left unread.
 */
export function wordsOf(article: Article, start: number, end: number, limit = Infinity): Word[] {
  const out: Word[] = [];
  const paragraphs = article.paragraphs;
  for (let p = Math.max(0, lastStartingAtOrBefore(paragraphs, start)); p < paragraphs.length && paragraphs[p].start < end && out.length < limit; p++) {
    if (paragraphs[p].end > start) scanWords(article.text, paragraphs[p].start, start, end, paragraphs[p].end, out, limit);
  }
  return out;
}

/**
 * The words of one article's paragraphs, each paragraph split once, when first asked for: for a reader
 * that comes back to the same paragraphs (forums read a phrase's whole paragraph, then its sentence).
 * Owned by one extraction rather than cached per article, so the words go when it ends.
 */
export class ArticleWords {
  private readonly byParagraph: (Word[] | undefined)[];

  constructor(readonly article: Article) {
    this.byParagraph = new Array<Word[] | undefined>(article.paragraphs.length);
  }

  /** The words of paragraph `index`. */
  paragraph(index: number): Word[] {
    let words = this.byParagraph[index];
    if (!words) {
      const p = this.article.paragraphs[index];
      this.byParagraph[index] = words = wordsIn(this.article.text, p.start, p.end);
    }
    return words;
  }

  /** The words wholly inside [start, end): from a paragraph already split, else scanned for the span alone (the same words either way). */
  within(start: number, end: number): Word[] {
    const out: Word[] = [];
    const paragraphs = this.article.paragraphs;
    for (let p = Math.max(0, lastStartingAtOrBefore(paragraphs, start)); p < paragraphs.length && paragraphs[p].start < end; p++) {
      const paragraph = paragraphs[p];
      if (paragraph.end <= start) continue;
      const words = this.byParagraph[p];
      if (!words) {
        scanWords(this.article.text, paragraph.start, start, end, paragraph.end, out);
        continue;
      }
      let i = lastStartingAtOrBefore(words, start);
      if (i < 0 || words[i].start < start) i++;
      for (; i < words.length && words[i].end <= end; i++) out.push(words[i]);
    }
    return out;
  }
}
