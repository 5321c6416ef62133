import type { ActorKind } from '../types';
import { ASCII_LETTERS, CAP, HAS_UPPER, slugOf, WORD } from './tokens';
import { hashOf } from './words';
import { newCandidate, tokenText, type Candidate, type ParagraphScan } from './candidate';
import type { NameChunk } from './nameChunker';

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'tweeted', 'wrote', 'warned', 'stressed', 'insisted', 'explained', 'argued', 'asked', 'replied', 'claimed', 'declared', 'urged']);
/** The hashes (see words.ts) of the speech verbs, as the tokenizer makes them for words of ASCII letters. */
const SPEECH_VERB_HASHES = new Set([...SPEECH_VERBS].map(hashOf));

/**
 * Decides what an unknown capitalised run names. After a title it is a person; a run ending in
 * "Ministry" or "Front" is a body or a group; two or more name-like words are a person; a lone word is
 * kept as a possible surname ("surname"), which the surname linker confirms or drops.
 */
export function classifyNames(scan: ParagraphScan, chunks: readonly NameChunk[]): void {
  if (chunks.length === 0) return;
  const { tokens, lex, titles } = scan;
  // Titles and chunks both come in order, apart: the titles ending at a chunk's start and starting at its end
  // are found by walking the titles alongside, not with a set of each per paragraph.
  let ending = 0;
  let starting = 0;
  // Read only for the chunks that get that far, as it reads the whole paragraph.
  let headline: boolean | undefined;
  for (const c of chunks) {
    while (ending < titles.length && titles[ending].last < c.first) ending++;
    while (starting < titles.length && titles[starting].first < c.last) starting++;
    const titled = ending < titles.length && titles[ending].last === c.first;
    // The chunk's capitalised words: how many, the last, and whether one is an acronym.
    let words = 0;
    let head = -1;
    let acronym = false;
    for (let k = c.first; k < c.last; k++) {
      if (!tokens.isCapWord(k)) continue;
      words++;
      head = k;
      if (tokens.isAllCaps(k) && tokens.end[k] - tokens.start[k] > 1) acronym = true;
    }
    if (words === 0) continue;
    // Part of a title the data lacks ("Treasury Secretary", "External Affairs Minister").
    if (!titled && starting < titles.length && titles[starting].first === c.last && tokens.isCap(c.last)) continue;
    if (titled && !acronym) {
      scan.candidates.push(named(scan, c, 'person', words > 1 ? 'name' : 'surname'));
      continue;
    }
    if (words > 1 && lex.isOrgHead(tokens.wordOf(head))) {
      scan.candidates.push(named(scan, c, 'organization', 'name'));
      continue;
    }
    if (words > 1 && lex.isGroupHead(tokens.wordOf(head))) {
      scan.candidates.push(named(scan, c, 'group', 'name'));
      continue;
    }
    if (acronym || (headline ??= isHeadline(scan))) continue;
    if (words > 1) {
      if (looksCommon(scan, c, words)) continue;
      scan.candidates.push(named(scan, c, 'person', 'name'));
      continue;
    }
    // A lone word: a surname when a speech verb follows ("Hanafi said"), else only if linked later.
    const surname = named(scan, c, 'person', 'surname');
    surname.unconfirmed = !isSpeechVerb(scan, c.last);
    scan.candidates.push(surname);
  }
}

/** Whether token i is a speech verb: its hash first, so that most words need no string. */
function isSpeechVerb(scan: ParagraphScan, i: number): boolean {
  const { tokens } = scan;
  return tokens.isWord(i) && (tokens.flags[i] & (ASCII_LETTERS | HAS_UPPER)) === ASCII_LETTERS && SPEECH_VERB_HASHES.has(tokens.hashes[i]) && SPEECH_VERBS.has(tokenText(scan, i));
}

/** The candidate a chunk names, its id made from its text. */
function named(scan: ParagraphScan, chunk: NameChunk, kind: ActorKind, via: Candidate['via']): Candidate {
  const start = scan.tokens.start[chunk.first];
  const end = scan.tokens.end[chunk.last - 1];
  return newCandidate(chunk.first, chunk.last, start, end, scan.text.slice(start, end), kind, slugOf(scan.text, start, end), via);
}

function looksCommon(scan: ParagraphScan, chunk: NameChunk, words: number): boolean {
  const { tokens, lex, lowerCaseWords } = scan;
  let common = 0;
  for (let k = chunk.first; k < chunk.last; k++) if (tokens.isCapWord(k) && (lex.isCommonWordAt(tokens, k) || lowerCaseWords.has(tokens.lowerCaseOf(k)))) common++;
  return common * 2 > words;
}

/** Title case: most longer words capitalised, where capitals say nothing about names. */
function isHeadline(scan: ParagraphScan): boolean {
  const { flags, start, end, first, last } = scan.tokens;
  let words = 0;
  let caps = 0;
  for (let i = first; i < last; i++) {
    const f = flags[i];
    if (!(f & WORD) || end[i] - start[i] < 4) continue;
    words++;
    if (f & CAP) caps++;
    // More lower-case words than the tokens left could make up for: a sentence, read no further.
    else if (3 * (words - caps) > caps + (last - i - 1)) return false;
  }
  return words >= 3 && caps * 4 >= words * 3;
}
