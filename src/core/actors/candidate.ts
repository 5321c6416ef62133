import type { Lexicon } from '../knowledge';
import type { ActorKind } from '../types';
import type { Token } from './tokens';

/** A possible actor mention, by token range within its paragraph, before refinement. */
export interface Candidate {
  /** Token indices [first, last) in the paragraph's tokens. */
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
  tokens: Token[];
  lex: Lexicon;
  /** Token index -> covered by a gazetteer match or a title. */
  covered: Uint8Array;
  candidates: Candidate[];
  titles: TitleSpan[];
  /** Most words capitalised: a headline, where capitals say nothing about names. */
  headline: boolean;
  /** Whether the article also writes this word in lower case (so it is a common word), cached. */
  usedInLowerCase: (lowerCaseWord: string) => boolean;
}

export function tokenText(scan: ParagraphScan, i: number): string {
  return scan.tokens[i].text;
}

/** True when only spaces separate token i-1 and token i. */
export function adjacent(scan: ParagraphScan, i: number): boolean {
  return i > 0 && scan.tokens[i].start > scan.tokens[i - 1].end;
}
