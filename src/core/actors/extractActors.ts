import type { KnowledgeBase } from '../knowledge';
import type { ActorMention, Article } from '../types';
import type { Candidate, ParagraphScan } from './candidate';
import { resolveCapitals } from './capitalMetonymy';
import { filterDemonyms } from './demonymFilter';
import { matchGazetteer } from './gazetteerMatcher';
import { nameInstitutions } from './institutions';
import { classifyNames } from './nameClassifier';
import { chunkNames } from './nameChunker';
import { removeOverlaps } from './overlapRemoval';
import { linkSurnames } from './surnameLinker';
import { attachTitles } from './titleAttacher';
import { matchTitles } from './titleMatcher';
import { isLetterCode, tokenize } from './tokens';

/**
 * Actor mentions of an article, sorted by start, non-overlapping, outside the header.
 *
 * Per paragraph, in this order: known names first (longest match, so "UN General Assembly" beats
 * "UN"); then titles on what is left (so "Prime Minister" is never read as a name); then runs of
 * unknown capitalised words, classified with the titles in view; then the refiners that need the
 * neighbours: capitals that act become states, institutions take their state, ethnic demonyms go,
 * titles attach to the persons after them. Surnames are linked over the whole article, since a full
 * name may come after its surname; overlap removal is last.
 */
export function extractActors(article: Article, kb: KnowledgeBase): ActorMention[] {
  const lex = kb.lexicon;
  const text = article.text;
  const sentenceStarts = article.sentences.map((s) => s.start);
  // A few words are looked up by searching the text; past that, so that time stays linear, the text's
  // runs of letters are collected once (a word of letters occurs as a whole word exactly when it is one of
  // them), and for the rare word with digits or an apostrophe, its runs of word characters.
  let letters: Set<string> | undefined;
  let words: Set<string> | undefined;
  let searches = 0;
  const lowerCache = new Map<string, boolean>();
  const usedInLowerCase = (word: string) => {
    let hit = lowerCache.get(word);
    if (hit === undefined) {
      if (++searches <= MAX_SEARCHES) hit = occursAsWord(text, word);
      else if (isLetters(word)) hit = (letters ??= runs(text, isLetterCode)).has(word);
      else hit = (words ??= runs(text, isWordOrApostrophe)).has(word);
      lowerCache.set(word, hit);
    }
    return hit;
  };
  const all: Candidate[] = [];
  for (const p of article.paragraphs) {
    const tokens = tokenize(text, p.start, p.end, sentenceStarts);
    if (tokens.length === 0) continue;
    const scan: ParagraphScan = {
      text,
      tokens,
      lex,
      covered: new Uint8Array(tokens.length),
      candidates: [],
      titles: [],
      headline: isHeadline(tokens),
      usedInLowerCase,
    };
    matchGazetteer(scan);
    matchTitles(scan);
    classifyNames(scan, chunkNames(scan));
    resolveCapitals(scan);
    nameInstitutions(scan);
    filterDemonyms(scan);
    attachTitles(scan);
    for (const c of scan.candidates) all.push(c);
  }
  const header = article.header;
  const kept = header ? all.filter((c) => c.start >= header.end || c.end <= header.start) : all;
  return removeOverlaps(linkSurnames(kept));
}

const MAX_SEARCHES = 24;

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

/** Title case: most longer words capitalised. */
function isHeadline(tokens: ReturnType<typeof tokenize>): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.end - t.start < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps * 4 >= words * 3;
}
