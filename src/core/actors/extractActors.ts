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
  const lowerCache = new Map<string, boolean>();
  const usedInLowerCase = (word: string) => {
    let hit = lowerCache.get(word);
    if (hit === undefined) lowerCache.set(word, (hit = occursAsWord(text, word)));
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

/** Whether `word` (lower case) occurs in text as a whole word. */
function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isLetterCode(text.charCodeAt(at - 1))) && !isLetterCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
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
