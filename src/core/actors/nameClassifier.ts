import { slug } from './tokens';
import { tokenText, type ParagraphScan } from './candidate';
import type { NameChunk } from './nameChunker';

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'tweeted', 'wrote', 'warned', 'stressed', 'insisted', 'explained', 'argued', 'asked', 'replied', 'claimed', 'declared', 'urged']);

/**
 * Decides what an unknown capitalised run names. After a title it is a person; a run ending in
 * "Ministry" or "Front" is a body or a group; two or more name-like words are a person; a lone word is
 * kept as a possible surname ("surname"), which the surname linker confirms or drops.
 */
export function classifyNames(scan: ParagraphScan, chunks: readonly NameChunk[]): void {
  const titled = new Set(scan.titles.map((t) => t.last));
  const titleStarts = new Set(scan.titles.filter((t) => scan.tokens[t.first].cap).map((t) => t.first));
  for (const c of chunks) {
    const words: number[] = [];
    for (let k = c.first; k < c.last; k++) if (scan.tokens[k].word && scan.tokens[k].cap) words.push(k);
    if (words.length === 0) continue;
    const start = scan.tokens[c.first].start;
    const end = scan.tokens[c.last - 1].end;
    const text = scan.text.slice(start, end);
    const head = tokenText(scan, words[words.length - 1]);
    const acronym = words.some((k) => scan.tokens[k].allCaps && scan.tokens[k].end - scan.tokens[k].start > 1);
    // Part of a title the data lacks ("Treasury Secretary", "External Affairs Minister").
    if (titleStarts.has(c.last) && !titled.has(c.first)) continue;
    if (titled.has(c.first) && !acronym) {
      scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'person', id: slug(text), via: words.length > 1 ? 'name' : 'surname' });
      continue;
    }
    if (words.length > 1 && scan.lex.orgHeads.has(head)) {
      scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'organization', id: slug(text), via: 'name' });
      continue;
    }
    if (words.length > 1 && scan.lex.groupHeads.has(head)) {
      scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'group', id: slug(text), via: 'name' });
      continue;
    }
    if (acronym || scan.headline) continue;
    if (words.length > 1) {
      if (looksCommon(scan, words)) continue;
      scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'person', id: slug(text), via: 'name' });
      continue;
    }
    // A lone word: a surname when a speech verb follows ("Hanafi said"), else only if linked later.
    const next = scan.tokens[c.last];
    const speaks = !!next && next.word && SPEECH_VERBS.has(tokenText(scan, c.last));
    const id = slug(text);
    scan.candidates.push({ first: c.first, last: c.last, start, end, text, kind: 'person', id, via: 'surname', unconfirmed: !speaks });
  }
}

function looksCommon(scan: ParagraphScan, words: number[]): boolean {
  let common = 0;
  for (const k of words) {
    const w = tokenText(scan, k);
    if (scan.lex.commonWords.has(w) || scan.usedInLowerCase(scan.tokens[k].lower)) common++;
  }
  return common * 2 > words.length;
}
