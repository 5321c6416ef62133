import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../../src/core/article';
import type { Span } from '../../src/core/types';

// Paragraphs and sentences are split by hand, one character at a time: the splits must be those of the
// regexes the splitters replaced, kept here as their definition.

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff;
}

function trimmed(text: string, s: number, e: number): Span | null {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Runs of non-blank lines, then each of their lines. */
function regexParagraphs(text: string, from: number): Span[] {
  const chunks: Span[] = [];
  const blank = /(?:\r?\n|\r)[ \t\u00a0]*(?:\r?\n|\r)\s*/g;
  blank.lastIndex = from;
  let start = from;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    chunks.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  chunks.push({ start, end: text.length });
  const lines: Span[] = [];
  for (const c of chunks) {
    const chunk = trimmed(text, c.start, c.end);
    if (!chunk) continue;
    const nl = /\r?\n|\r/g;
    nl.lastIndex = chunk.start;
    let s = chunk.start;
    for (let m = nl.exec(text); m && m.index < chunk.end; m = nl.exec(text)) {
      const line = trimmed(text, s, m.index);
      if (line) lines.push(line);
      s = m.index + m[0].length;
    }
    const line = trimmed(text, s, chunk.end);
    if (line) lines.push(line);
  }
  return lines;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'sgt', 'sen', 'rep', 'gov', 'pres', 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'ltd',
  'co', 'corp', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mt', 'ft', 'approx', 'dept', 'est', 'fig',
]);

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

function regexSentences(text: string, within: Span): Span[] {
  const out: Span[] = [];
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

function assertSame(text: string): void {
  const article = parseArticle('a.txt', text);
  const from = article.header ? article.header.end : text.startsWith('\uFEFF') ? 1 : 0;
  const paragraphs = regexParagraphs(text, from);
  const sentences = paragraphs.flatMap((p, index) => regexSentences(text, p).map((s) => ({ ...s, paragraph: index })));
  assertEqual(article.paragraphs, paragraphs.map((p, index) => ({ ...p, index })), `paragraphs of ${JSON.stringify(text.slice(0, 200))}`);
  assertEqual(article.sentences, sentences, `sentences of ${JSON.stringify(text.slice(0, 200))}`);
}

/** deepStrictEqual, whose message shows the difference, after a comparison of the JSON, which is many times faster. */
function assertEqual(actual: unknown, expected: unknown, message: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) assert.deepStrictEqual(actual, expected, message);
}

describe('article', () => {
  it('splits as the regexes do on the seeds and fixtures, with LF and CRLF line ends', () => {
    for (const dir of ['seeds', 'test/fixtures/dev', 'test/fixtures/hostile']) {
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        assertSame(text);
        assertSame(text.replace(/\r?\n/g, '\r\n'));
      }
    }
  });

  it('splits as the regexes do after any code unit', () => {
    // 64 code units a text: a line break, full stop or blank line before each, then a capital.
    for (let c = 0; c < 0x10000; c += 64) {
      let text = '';
      for (let k = c; k < c + 64; k++) {
        const ch = String.fromCharCode(k);
        text += `A.${ch}B.”${ch}“C\n\n${ch}D\n${ch}\nE\r${ch}\r\nF`;
      }
      assertSame(text);
    }
  });

  it('splits as the regexes do on text built from breaks, spaces, marks and abbreviations', () => {
    const token = fc.constantFrom(
      '\r', '\n', '\r\n', ' ', '\t', '\u00a0', '\u2009', '\u3000', '\u2028', '\ufeff', '\v', '\u0085', '\u200b',
      'a', 'b', 'A', 'Z', '7', 'é', '.', '..', '!', '?', '"', "'", '”', '’', '“', '‘', '(', ')', '[', ']',
      'Mr', 'U.S', 'e.g', 'J', 'approx', 'Sept', 'x.y.z', 'date 2021-10-13',
    );
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }), (tokens) => assertSame(tokens.join(''))), { numRuns: 5000 });
  });
});
