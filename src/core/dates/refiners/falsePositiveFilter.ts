import type { DateCandidate } from '../candidate';
import type { DateContext } from '../context';
import { NAME_FOLLOWERS, VAGUE } from '../words';

// Month names that are also everyday words or given names ("may", "Theresa May", "the March").
const AMBIGUOUS_MONTH = /^(?:May|March|June|April)$/;
const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
// Month names are capitalised in news; a lower-case one is the verb ("may", "march").
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i;
const PREPOSITION_BEFORE = /\b(?:in|since|until|till|by|from|of|early|mid|late|last|next|this|through|to|before|after|during|between|and|or)\s*$/i;

// A span is a vague expression only if it has the length and first letter (either case) of one, as long as
// they are written in ASCII letters other than "k" (the Kelvin sign lower-cases to "k"): no other char
// lower-cases to one of those. Most spans are neither, and are not lower-cased.
const VAGUE_LENGTHS = new Set([...VAGUE].map((w) => w.length));
const VAGUE_FIRSTS = new Set([...VAGUE].map((w) => w.charCodeAt(0)));
const VAGUE_IN_ASCII = [...VAGUE].every((w) => /^[a-jl-z ]+$/.test(w));

function isVague(text: string, start: number, end: number): boolean {
  if (VAGUE_IN_ASCII && (!VAGUE_LENGTHS.has(end - start) || !VAGUE_FIRSTS.has(text.charCodeAt(start) | 32))) return false;
  return VAGUE.has(text.slice(start, end).toLowerCase());
}

/**
 * Whether `text` may read /^\s+[A-Z]/ at `end`, judged from char codes: most dates end at punctuation or
 * before a lower-case word, and a slice and a regex run per date cost more than the rest of this filter.
 * Past ASCII spaces, a char that is not ASCII (\s knows other spaces) leaves the answer to the regex.
 */
function mayHaveNameAfter(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 20);
  let j = end;
  for (; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  if (j === end) return j < limit && text.charCodeAt(j) >= 128;
  if (j >= limit) return false;
  const c = text.charCodeAt(j);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** a-z; false for NaN, the code at -1, where search() found no month word. */
function isLowerCaseLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Drops what only looks like a date: verbs, names, titles of papers, vague words. */
export function falsePositiveFilter(ctx: DateContext, candidates: DateCandidate[]): DateCandidate[] {
  return candidates.filter((c) => {
    if (isVague(ctx.text, c.start, c.end)) return false;
    const spec = c.spec;
    // Only dates named by words are read as text; the others (years, counts) need no slice of their own.
    const text = spec.type === 'weekday' || spec.type === 'calendar' ? ctx.text.slice(c.start, c.end) : '';
    // "Sun", "Wed" and friends are words or titles far more often than weekdays.
    if (spec.type === 'weekday' && !FULL_WEEKDAY.test(text)) return false;
    if (spec.type === 'calendar' && isLowerCaseLetter(text.charCodeAt(text.search(MONTH_WORD)))) return false;
    if (mayHaveNameAfter(ctx.text, c.end)) {
      const next = /^\s+([A-Z][a-z]+)/.exec(ctx.text.slice(c.end, c.end + 20));
      if (next && NAME_FOLLOWERS.has(next[1])) return false;
    }
    if (spec.type === 'calendar' && spec.from.day === undefined && spec.from.year === undefined && AMBIGUOUS_MONTH.test(text)) {
      const before = ctx.text.slice(Math.max(0, c.start - 16), c.start);
      if (!PREPOSITION_BEFORE.test(before)) return false;
    }
    return true;
  });
}
