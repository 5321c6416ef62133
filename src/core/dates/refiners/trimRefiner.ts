import type { DateCandidate } from '../candidate';
import type { DateContext } from '../context';

// Spans leave out a bare preposition and the punctuation chrono takes along ("on Wednesday," -> "Wednesday").
const LEADING = /^(?:[\s,(（]+|(?:on|in|at|by|of|since|until|from|during)\s+)+/i;
const TRAILING = /[\s,)）.]+$/;

export function trimRefiner(ctx: DateContext, candidates: DateCandidate[]): DateCandidate[] {
  for (const c of candidates) {
    const text = ctx.text.slice(c.start, c.end);
    const lead = LEADING.exec(text);
    if (lead && lead[0].length < text.length) c.start += lead[0].length;
    const rest = ctx.text.slice(c.start, c.end);
    const trail = TRAILING.exec(rest);
    // Keep the full stop of an abbreviation ("Sept.") but not a comma or a sentence's full stop after a year.
    if (trail && trail[0].length < rest.length) {
      const keepDot = /\b[A-Z][a-z]{2,3}\.$/.test(rest);
      if (!keepDot) c.end -= trail[0].length;
    }
  }
  return candidates;
}
