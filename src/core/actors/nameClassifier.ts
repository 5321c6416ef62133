import { slug } from './tokens';
import { tokenText, type ParagraphScan } from './candidate';
import type { NameChunk } from './nameChunker';

const NO_TOKENS: ReadonlySet<number> = new Set();

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'tweeted', 'wrote', 'warned', 'stressed', 'insisted', 'explained', 'argued', 'asked', 'replied', 'claimed', 'declared', 'urged']);

/**
 * Decides what an unknown capitalised run names. After a title it is a person; a run ending in
 * "Ministry" or "Front" is a body or a group; two or more name-like words are a person; a lone word is
 * kept as a possible surname ("surname"), which the surname linker confirms or drops.
 */
export function classifyNames(scan: ParagraphScan, chunks: readonly NameChunk[]): void {
  if (chunks.length === 0) return;
  const { tokens, lex } = scan;
  const titled = scan.titles.length ? new Set(scan.titles.map((t) => t.last)) : NO_TOKENS;
  const titleStarts = scan.titles.length ? new Set(scan.titles.filter((t) => tokens.isCap(t.first)).map((t) => t.first)) : NO_TOKENS;
  // Read only for the chunks that get that far, as it reads the whole paragraph.
  let headline: boolean | undefined;
  for (const c of chunks) {
    const words: number[] = [];
    for (let k = c.first; k < c.last; k++) if (tokens.isCapWord(k)) words.push(k);
    if (words.length === 0) continue;
    const start = tokens.start[c.first];
    const end = tokens.end[c.last - 1];
    const text = scan.text.slice(start, end);
    const head = tokens.wordOf(words[words.length - 1]);
    const acronym = words.some((k) => tokens.isAllCaps(k) && tokens.end[k] - tokens.start[k] > 1);
    // Part of a title the data lacks ("Treasury Secretary", "External Affairs Minister").
    if (titleStarts.has(c.last) && !titled.has(c.first)) continue;
    if (titled.has(c.first) && !acronym) {
      scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'person', id: slug(text), via: words.length > 1 ? 'name' : 'surname' });
      continue;
    }
    if (words.length > 1 && lex.isOrgHead(head)) {
      scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'organization', id: slug(text), via: 'name' });
      continue;
    }
    if (words.length > 1 && lex.isGroupHead(head)) {
      scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'group', id: slug(text), via: 'name' });
      continue;
    }
    if (acronym || (headline ??= isHeadline(scan))) continue;
    if (words.length > 1) {
      if (looksCommon(scan, words)) continue;
      scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'person', id: slug(text), via: 'name' });
      continue;
    }
    // A lone word: a surname when a speech verb follows ("Hanafi said"), else only if linked later.
    const speaks = tokens.isWord(c.last) && SPEECH_VERBS.has(tokenText(scan, c.last));
    const id = slug(text);
    scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'person', id, via: 'surname', unconfirmed: !speaks });
  }
}

function looksCommon(scan: ParagraphScan, words: number[]): boolean {
  let common = 0;
  for (const k of words) if (scan.lex.isCommonWord(scan.tokens.wordOf(k)) || scan.lowerCaseWords.has(scan.tokens.lowerCaseOf(k))) common++;
  return common * 2 > words.length;
}

/** Title case: most longer words capitalised, where capitals say nothing about names. */
function isHeadline(scan: ParagraphScan): boolean {
  const { tokens } = scan;
  let words = 0;
  let caps = 0;
  for (let i = tokens.first; i < tokens.last; i++) {
    if (!tokens.isWord(i) || tokens.end[i] - tokens.start[i] < 4) continue;
    words++;
    if (tokens.isCap(i)) caps++;
  }
  return words >= 3 && caps * 4 >= words * 3;
}
