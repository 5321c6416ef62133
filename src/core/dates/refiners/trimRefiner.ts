import type { DateCandidate } from '../candidate';
import type { DateContext } from '../context';

// Spans leave out a bare preposition and the punctuation chrono takes along ("on Wednesday," -> "Wednesday").
const LEADING = /^(?:[\s,(（]+|(?:on|in|at|by|of|since|until|from|during)\s+)+/i;
const TRAILING = /[\s,)）.]+$/;

export function trimRefiner(ctx: DateContext, candidates: DateCandidate[]): DateCandidate[] {
  const t = ctx.text;
  for (const c of candidates) {
    // Most spans start and end with a letter or digit that neither pattern can match: the slices and runs
    // are spent only on the others.
    if (mayLead(t.charCodeAt(c.start))) {
      const text = t.slice(c.start, c.end);
      const lead = LEADING.exec(text);
      if (lead && lead[0].length < text.length) c.start += lead[0].length;
    }
    if (c.end <= c.start || !mayTrail(t.charCodeAt(c.end - 1))) continue;
    const rest = t.slice(c.start, c.end);
    const trail = TRAILING.exec(rest);
    // Keep the full stop of an abbreviation ("Sept.") but not a comma or a sentence's full stop after a year.
    if (trail && trail[0].length < rest.length) {
      const keepDot = /\b[A-Z][a-z]{2,3}\.$/.test(rest);
      if (!keepDot) c.end -= trail[0].length;
    }
  }
  return candidates;
}

// The first letters of LEADING's prepositions, lower-cased.
const LEADING_LETTERS = new Set([...'oiabsufd'].map((ch) => ch.charCodeAt(0)));

/** Whether LEADING may match at a span starting with char code `c`: not for a digit or most letters. */
function mayLead(c: number): boolean {
  if (c >= 48 && c <= 57) return false;
  const lower = c | 32;
  return lower >= 97 && lower <= 122 ? LEADING_LETTERS.has(lower) : true;
}

/** Whether TRAILING may match at a span ending with char code `c`: not for a letter or digit. */
function mayTrail(c: number): boolean {
  const lower = c | 32;
  return !((c >= 48 && c <= 57) || (lower >= 97 && lower <= 122));
}
