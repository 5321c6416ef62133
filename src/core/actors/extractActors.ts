import type { KnowledgeBase } from '../knowledge';
import type { ActorMention, Article } from '../types';
import type { Candidate, ParagraphScan } from './candidate';
import { resolveCapitals } from './capitalMetonymy';
import { filterDemonyms } from './demonymFilter';
import { matchGazetteer } from './gazetteerMatcher';
import { nameInstitutions } from './institutions';
import { classifyNames } from './nameClassifier';
import { chunkNames } from './nameChunker';
import { appendInOrder, removeOverlaps } from './overlapRemoval';
import { linkSurnames } from './surnameLinker';
import { attachTitles } from './titleAttacher';
import { matchTitles } from './titleMatcher';
import { LowerCaseWords } from './lowerCaseWords';
import { Tokens } from './tokens';

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
  // The whole article is tokenized first: which words it writes in lower case is read off its tokens.
  const tokens = articleTokens;
  tokens.reset(text, lex.words, true);
  const paragraphStarts: number[] = [];
  for (const p of article.paragraphs) {
    paragraphStarts.push(tokens.count);
    tokens.append(p.start, p.end, sentenceStarts);
  }
  paragraphStarts.push(tokens.count);
  tokens.mark(lex.startHints);
  const covered = coveredTokens(tokens.count);
  const lowerCaseWords = new LowerCaseWords(text, tokens, article.paragraphs);
  const all: Candidate[] = [];
  for (let k = 0; k + 1 < paragraphStarts.length; k++) {
    if (paragraphStarts[k] === paragraphStarts[k + 1]) continue;
    tokens.show(paragraphStarts[k], paragraphStarts[k + 1]);
    const scan: ParagraphScan = {
      text,
      tokens,
      lex,
      covered,
      candidates: [],
      titles: [],
      lowerCaseWords,
    };
    matchGazetteer(scan);
    matchTitles(scan);
    classifyNames(scan, chunkNames(scan));
    resolveCapitals(scan);
    nameInstitutions(scan);
    filterDemonyms(scan);
    attachTitles(scan);
    appendInOrder(all, scan.candidates);
  }
  const header = article.header;
  const kept = header ? all.filter((c) => c.start >= header.end || c.end <= header.start) : all;
  return removeOverlaps(linkSurnames(kept));
}

// Refilled for each article (the candidates keep offsets, not tokens), as is `covered`.
const articleTokens = new Tokens();
let coveredScratch = new Uint8Array(1024);

/** Token index -> covered, all 0, for `count` tokens. */
function coveredTokens(count: number): Uint8Array {
  if (coveredScratch.length < count) coveredScratch = new Uint8Array(Math.max(count, coveredScratch.length * 2));
  coveredScratch.fill(0, 0, count);
  return coveredScratch;
}
