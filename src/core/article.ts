import type { Article, Paragraph, Sentence, Span } from './types';

const HEADER = /^(\uFEFF?)(\s*)date (\d{4})-(\d{2})-(\d{2})/;

/** Splits an article into its header date, paragraphs and sentences, keeping offsets into `text`. */
export function parseArticle(name: string, text: string): Article {
  let header: Span | null = null;
  let docDate: string | null = null;
  const m = HEADER.exec(text);
  if (m && isCalendarDay(+m[3], +m[4], +m[5])) {
    header = { start: m[1].length + m[2].length, end: m[0].length };
    docDate = `${m[3]}-${m[4]}-${m[5]}`;
  }
  const bodyStart = header ? header.end : text.startsWith('\uFEFF') ? 1 : 0;
  const paragraphs = splitParagraphs(text, bodyStart);
  return { name, text, docDate, header, paragraphs, sentences: splitSentences(text, paragraphs) };
}

function isCalendarDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * A paragraph is a line: a news file often puts each paragraph on its own line, so every line break ends
 * one. After a blank line (two breaks with only spaces, tabs or no-break spaces between; a CRLF counts as
 * two) the next paragraph starts at the next character that is not white space of any kind. Read by
 * hand in one pass: a regex for blank lines and another for line breaks read every line twice.
 */
function splitParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  const lf = new NextOf(text, '\n');
  const cr = new NextOf(text, '\r');
  let start = from;
  for (let i = Math.min(lf.from(start), cr.from(start)); i < n; i = Math.min(lf.from(start), cr.from(start))) {
    pushTrimmed(text, start, i, out);
    const blank = isBlankAt(text, i);
    start = i + 1;
    if (blank) while (start < n && isWhiteSpace(text.charCodeAt(start))) start++;
  }
  pushTrimmed(text, start, n, out);
  return out;
}

/**
 * Where a character next occurs, asked at positions that only move forward: found by indexOf, a native
 * search many times faster than a loop over char codes, and searched again only once passed.
 */
class NextOf {
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly ch: string,
  ) {}

  /** The first occurrence at or after `i`, or the text's length. */
  from(i: number): number {
    if (this.at < i) {
      const k = this.text.indexOf(this.ch, i);
      this.at = k < 0 ? this.text.length : k;
    }
    return this.at;
  }
}

/** Whether a blank line starts at the line break at `i`: CR LF, or a break, spaces and another break. */
function isBlankAt(text: string, i: number): boolean {
  const n = text.length;
  // A CR is a break of its own, so a CR LF is one break and then another.
  if (text.charCodeAt(i) === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) return true;
  let k = i + 1;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
    k++;
  }
  return false;
}

function pushTrimmed(text: string, s: number, e: number, out: Paragraph[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, index: out.length });
}

/** What `\s` matches: ECMAScript white space and line terminators. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
}

/**
 * Sentence boundaries: what `/(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])/` matches in the paragraph (a run of
 * ., ! or ?, closing quotes, then space and an upper-case letter, digit or quote), read by hand: the regex
 * and the abbreviation test after each full stop were most of an article's parsing.
 */
function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  const dot = new NextOf(text, '.');
  const bang = new NextOf(text, '!');
  const ask = new NextOf(text, '?');
  const nextMark = (i: number) => Math.min(dot.from(i), bang.from(i), ask.from(i));
  for (const p of paragraphs) {
    const end = p.end;
    let start = p.start;
    for (let i = nextMark(start); i < end; i = nextMark(i)) {
      // The first mark of a run: a run is read whole, so a mark after another never starts one.
      const first = i;
      for (i++; i < end && isSentenceMark(text.charCodeAt(i)); i++);
      for (; i < end && isClosingMark(text.charCodeAt(i)); i++);
      const stop = i;
      if (!startsSentence(text, stop, end)) continue;
      if (text.charCodeAt(first) === 46 && stop === first + 1 && isAbbreviation(text, first)) continue;
      out.push({ start, end: stop, paragraph: p.index });
      start = stop;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
    }
    if (start < end) out.push({ start, end, paragraph: p.index });
  }
  return out;
}

function isSentenceMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** " ' ” ’ ) ] */
function isClosingMark(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** White space, then an upper-case letter or a digit, after an optional opening quote or bracket (" ' “ ‘ (), all before `end`. */
function startsSentence(text: string, i: number, end: number): boolean {
  let k = i;
  while (k < end && isWhiteSpace(text.charCodeAt(k))) k++;
  if (k === i || k >= end) return false;
  const c = text.charCodeAt(k);
  if (c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40) return k + 1 < end && isUpperOrDigit(text.charCodeAt(k + 1));
  return isUpperOrDigit(c);
}

function isUpperOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'sen', 'rep', 'gov', 'pres', 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'ltd',
  'co', 'corp', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft', 'approx', 'dept', 'est', 'fig',
]);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Whether the full stop at `dot` ends an abbreviation: the letters and dots before it, lower-cased, are one. */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isLetterOrDot(text.charCodeAt(s - 1))) s--;
  const length = dot - s;
  // Single initials ("J. Biden") and dotted acronyms ("U.S.") do not end a sentence.
  if (length % 2 === 1 && isInitials(text, s, dot)) return true;
  // A word longer than every abbreviation is not sliced.
  return length > 0 && length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}

function isLetterOrDot(c: number): boolean {
  return c === 46 || isAsciiLetter(c);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** "J", "U.S", "e.g": letters with a dot between each two. */
function isInitials(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if ((k - s) % 2 === 0 ? !isAsciiLetter(c) : c !== 46) return false;
  }
  return true;
}
