import type { Lexicon } from '../knowledge';
import type { ActorKind } from '../types';
import type { LowerCaseWords } from './lowerCaseWords';
import type { Tokens } from './tokens';

/** A possible actor mention, by token range (within its paragraph's), before refinement. */
export interface Candidate {
  /** Token indices [first, last) in the article's tokens. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  kind: ActorKind;
  id: string;
  title?: string;
  /** How it was found; later steps treat weak evidence differently. */
  via: 'gazetteer' | 'capital' | 'demonym' | 'institution' | 'name' | 'surname';
  /** For a capital: the state (or regent body) it stands for when it acts. */
  actsAs?: { id: string; kind: ActorKind };
  /** A lone unknown word kept only if a full name in the article confirms it as a surname. */
  unconfirmed?: boolean;
}

/**
 * A candidate with every field set, the optional ones to nothing: candidates all have one shape, so that
 * the steps reading them are compiled for that one.
 */
export function newCandidate(first: number, last: number, start: number, end: number, text: string, kind: ActorKind, id: string, via: Candidate['via']): Candidate {
  return { first, last, start, end, text, kind, id, title: undefined, via, actsAs: undefined, unconfirmed: false };
}

/** A title phrase before a name ("Foreign Minister", "Mr"), by token range. */
export interface TitleSpan {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** One paragraph as the actor steps see it. */
export interface ParagraphScan {
  text: string;
  /** The article's tokens, marked (see Tokens.mark), showing the paragraph's. */
  tokens: Tokens;
  lex: Lexicon;
  /** Token index -> covered by a gazetteer match or a title (for the whole article's tokens). */
  covered: Uint8Array;
  candidates: Candidate[];
  titles: TitleSpan[];
  /** The words the article also writes in lower case (so they are common words). */
  lowerCaseWords: LowerCaseWords;
}

export function tokenText(scan: ParagraphScan, i: number): string {
  return scan.tokens.textOf(i);
}
