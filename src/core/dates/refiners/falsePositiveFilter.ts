import type { DateCandidate } from '../candidate';
import type { DateContext } from '../context';
import { NAME_FOLLOWERS, VAGUE } from '../words';

// Month names that are also everyday words or given names ("may", "Theresa May", "the March").
const AMBIGUOUS_MONTH = /^(?:May|March|June|April)$/;
const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
// Month names are capitalised in news; a lower-case one is the verb ("may", "march").
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i;
const PREPOSITION_BEFORE = /\b(?:in|since|until|till|by|from|of|early|mid|late|last|next|this|through|to|before|after|during|between|and|or)\s*$/i;

/** Drops what only looks like a date: verbs, names, titles of papers, vague words. */
export function falsePositiveFilter(ctx: DateContext, candidates: DateCandidate[]): DateCandidate[] {
  return candidates.filter((c) => {
    const text = ctx.text.slice(c.start, c.end);
    if (VAGUE.has(text.toLowerCase())) return false;
    const spec = c.spec;
    // "Sun", "Wed" and friends are words or titles far more often than weekdays.
    if (spec.type === 'weekday' && !FULL_WEEKDAY.test(text)) return false;
    if (spec.type === 'calendar' && /^[a-z]/.test(MONTH_WORD.exec(text)?.[0] ?? '')) return false;
    const next = /^\s+([A-Z][a-z]+)/.exec(ctx.text.slice(c.end, c.end + 20));
    if (next && NAME_FOLLOWERS.has(next[1])) return false;
    if (spec.type === 'calendar' && spec.from.day === undefined && spec.from.year === undefined && AMBIGUOUS_MONTH.test(text)) {
      const before = ctx.text.slice(Math.max(0, c.start - 16), c.start);
      if (!PREPOSITION_BEFORE.test(before)) return false;
    }
    return true;
  });
}
