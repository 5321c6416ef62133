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
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(text, p)) sentences.push({ start: s.start, end: s.end, paragraph: p.index });
  }
  return { name, text, docDate, header, paragraphs, sentences };
}

function isCalendarDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** A paragraph is a run of non-blank lines; single line breaks inside it are kept. */
function splitParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  const blank = /(?:\r?\n|\r)[ \t\u00a0]*(?:\r?\n|\r)\s*/g;
  blank.lastIndex = from;
  let start = from;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  // A news file often puts each paragraph on its own line: treat single line breaks as paragraph breaks too.
  const lines: Paragraph[] = [];
  for (const p of out) for (const l of splitLines(text, p)) lines.push({ start: l.start, end: l.end, index: lines.length });
  return lines;
}

function splitLines(text: string, p: Paragraph): Paragraph[] {
  const out: Paragraph[] = [];
  const nl = /\r?\n|\r/g;
  nl.lastIndex = p.start;
  let start = p.start;
  for (let m = nl.exec(text); m && m.index < p.end; m = nl.exec(text)) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, p.end, out);
  return out;
}

function pushTrimmed(text: string, s: number, e: number, out: Paragraph[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, index: out.length });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'sen', 'rep', 'gov', 'pres', 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'ltd',
  'co', 'corp', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft', 'approx', 'dept', 'est', 'fig',
]);

/** Sentence boundaries: ., ! or ? (optionally followed by closing quotes) then space and an upper-case letter, digit or quote. */
export function splitSentences(text: string, within: Span): Span[] {
  const out: Span[] = [];
  // Searched in the span alone: on the whole text, a paragraph without a sentence end would scan on to the
  // next one however far away it is. The lookbehind starts a match only at the first mark of a run of them.
  const part = text.slice(within.start, within.end);
  const end = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])/g;
  let start = within.start;
  for (let m = end.exec(part); m; m = end.exec(part)) {
    const stop = within.start + m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(text, within.start + m.index)) continue;
    out.push({ start, end: stop });
    start = stop;
    while (start < within.end && isSpace(text.charCodeAt(start))) start++;
  }
  if (start < within.end) out.push({ start, end: within.end });
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Biden") and dotted acronyms ("U.S.") do not end a sentence.
  return /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}
