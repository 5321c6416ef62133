import type { Article, Span } from '../types';

/** A word of the article: letters and digits, with inner apostrophes, hyphens and dots ("Taliban’s", "al-Qaeda", "U.S"). */
export interface Word extends Span {
  text: string;
  lower: string;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** Letter or digit by char code: an ASCII fast path, the Unicode classes otherwise. */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
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
export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const s = i;
    // Lower-casing is skipped for words with no capital and nothing outside ASCII (most words): it would change nothing.
    let plain = true;
    for (;;) {
      for (; i < end && isWordCode(text, i); i++) {
        const c = text.charCodeAt(i);
        if ((c >= 65 && c <= 90) || c >= 128) plain = false;
      }
      if (i + 1 < end && isJoiner(text.charCodeAt(i)) && isWordCode(text, i + 1)) {
        if (text.charCodeAt(i) >= 128) plain = false;
        i++;
        continue;
      }
      break;
    }
    const w = text.slice(s, i);
    out.push({ start: s, end: i, text: w, lower: plain ? w : w.toLowerCase() });
  }
  return out;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

export function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
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

/** Lower-cased phrases as word arrays, longest first, for matching at a word position. */
export function phraseList(phrases: readonly string[]): string[][] {
  return phrases.map((p) => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
}

/** Length in words of the phrase from `phrases` that starts at words[i], or 0. */
export function phraseAt(words: readonly Word[], i: number, phrases: readonly string[][]): number {
  for (const p of phrases) {
    if (i + p.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = words[i + k].lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}

/** Length in words of the phrase from `phrases` that ends at words[i], or 0. */
export function phraseEndingAt(words: readonly Word[], i: number, phrases: readonly string[][]): number {
  for (const p of phrases) {
    const s = i - p.length + 1;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = words[s + k].lower === p[k];
    if (ok) return p.length;
  }
  return 0;
}

const cache = new WeakMap<Article, (Word[] | undefined)[]>();

/** The words of one paragraph, computed once per article and paragraph. */
export function paragraphWords(article: Article, index: number): Word[] {
  let perParagraph = cache.get(article);
  if (!perParagraph) cache.set(article, (perParagraph = []));
  let words = perParagraph[index];
  if (!words) {
    const p = article.paragraphs[index];
    perParagraph[index] = words = wordsIn(article.text, p.start, p.end);
  }
  return words;
}

/** The article's words wholly inside [start, end), from the paragraphs' cached lists. */
export function wordsOf(article: Article, start: number, end: number): Word[] {
  const out: Word[] = [];
  const paragraphs = article.paragraphs;
  for (let p = Math.max(0, lastStartingAtOrBefore(paragraphs, start)); p < paragraphs.length && paragraphs[p].start < end; p++) {
    if (paragraphs[p].end <= start) continue;
    const words = paragraphWords(article, p);
    let i = lastStartingAtOrBefore(words, start);
    if (i < 0 || words[i].start < start) i++;
    for (; i < words.length && words[i].end <= end; i++) out.push(words[i]);
  }
  return out;
}
