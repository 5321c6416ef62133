import type { Span } from '../types';

export type Tense = 'past' | 'future' | 'unknown';

// Words that put a clause in the future: "will meet", "is scheduled for", "plans to", "upcoming".
const FUTURE = /\b(?:will|shall|won't|'ll|’ll|going to|(?:is|are|was|were) (?:due|set|expected|slated|scheduled|planned|to be)|scheduled|planned|planning|plans? to|upcoming|coming|next|later this|would)\b/i;
// A verb in the past: regular "-ed" forms and the irregular ones news uses most.
const PAST = /\b(?:\w{2,}ed|was|were|had|did|took|met|said|came|began|fell|left|went|made|gave|held|told|saw|won|fled|sought|brought|flew|ran|led|spoke|became|lost|chose|stood|sent|spent|paid|wrote|ago|last)\b/i;
// Punctuation that ends a clause for the purpose of finding its verb.
const CLAUSE_BOUNDARY = /[,;:()–—"“”]|\s-\s/g;
// A clause that holds nothing but a preposition ("On Thursday, ...") takes its tense from the next one.
const ONLY_PREPOSITION = /^\W*(?:\b(?:on|in|at|by|from|since|until|during|of|for|before|after|early|late|mid|and|but|then|so|also)\b\W*)*$/i;

/**
 * The tense of the clause that holds `span`: the words before it in its clause, or, when the date opens the
 * clause ("On Thursday, the leaders will meet"), the clause after it; 'unknown' when neither has a cue.
 */
export function tenseAt(text: string, sentence: Span, span: Span): Tense {
  const left = text.slice(clauseStart(text, sentence.start, span.start), span.start);
  if (!ONLY_PREPOSITION.test(left)) return cue(left);
  return cue(text.slice(span.end, clauseEnd(text, span.end, sentence.end)));
}

function cue(clause: string): Tense {
  if (FUTURE.test(clause)) return 'future';
  return PAST.test(clause) ? 'past' : 'unknown';
}

function clauseStart(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let start = from;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(window); m; m = CLAUSE_BOUNDARY.exec(window)) start = from + m.index + m[0].length;
  return start;
}

/** End of the clause that follows `from`, skipping the punctuation that closes the date's own clause. */
function clauseEnd(text: string, from: number, to: number): number {
  let start = from;
  while (start < to && /[\s,;:()–—"“”-]/.test(text[start])) start++;
  const window = text.slice(start, to);
  CLAUSE_BOUNDARY.lastIndex = 0;
  const m = CLAUSE_BOUNDARY.exec(window);
  return m ? start + m.index : to;
}
