import type { DateCandidate } from './candidate';
import type { DateContext } from './context';
import { scan } from './scan';
import { wordPattern } from './wordPattern';
import { COUNT, COUNT_WORDS, countValue, MONTH_NAME, monthNumber } from './words';

type Unit = 'day' | 'week' | 'month' | 'year';

const OFFSET: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, the: 0, next: 1, coming: 1 };

// "last month", "early next week", "later this year", "this weekend".
const PERIOD = wordPattern(['early', 'mid', 'late', 'earlier', 'later', 'last', 'this', 'next'], /\b(?:(?:early|mid|late|earlier|later)[\s-]+)?(last|this|next)\s+(week|weekend|month|year)\b/gi);
// "later in the month", "earlier this month" (the period holding the document date); "later that year" is the narrative's.
const WITHIN_PERIOD = wordPattern(['earlier', 'later', 'early', 'late'], /\b(?:earlier|later|early|late)\s+(?:in\s+)?(this|the|that)\s+(day|week|month|year)\b/gi);
// "mid-August", "early September 2021", "late 2020".
const PART_OF = wordPattern(['early', 'mid', 'late', 'the'], new RegExp(`\\b(?:early|mid|late|the\\s+(?:end|beginning|start|middle)\\s+of)[\\s-]+(?:(${MONTH_NAME})(?:,?\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d)(?!s))(?![\\w-])`, 'g'));
// "the end of the year", "the beginning of next month".
const EDGE_OF_PERIOD = wordPattern(['the'], /\bthe\s+(?:end|beginning|start|middle)\s+of\s+(last|this|the|next)\s+(week|month|year)\b/gi);
const DAY_WORD = wordPattern(['yesterday', 'tomorrow', 'last'], /\b(yesterday|tomorrow|last night)\b/gi);
// "two weeks before", "seven days after", "20 years ago", "a year later".
const COUNTED = wordPattern(COUNT_WORDS, new RegExp(`\\b(${COUNT})\\s+(day|week|month|year|decade)s?\\s+(ago|before|after|later|earlier)\\b`, 'gi'));
// "the following week", "the previous day": relative to a narrated event, so unresolvable.
const NARRATIVE = wordPattern(['the'], /\bthe\s+(?:(?:following|previous|next)\s+(?:day|week|weekend|month|year)|day\s+(?:before|after))\b/gi);

/** Expressions relative to the document date or to another date, which news uses more than chrono expects. */
export function relativeCandidates(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  scan(ctx, out, PERIOD, (m) => relative(m, m[2].toLowerCase() as Unit | 'weekend', OFFSET[m[1].toLowerCase()]));
  scan(ctx, out, WITHIN_PERIOD, (m) => (m[1].toLowerCase() === 'that' ? fixed(m, null) : relative(m, m[2].toLowerCase() as Unit, 0)));
  scan(ctx, out, PART_OF, (m): DateCandidate => {
    const month = m[1] ? monthNumber(m[1]) : undefined;
    const year = m[2] ?? m[3];
    return { start: m.index, end: m.index + m[0].length, kind: 'date', spec: { type: 'calendar', from: { year: year ? +year : undefined, month } } };
  });
  scan(ctx, out, EDGE_OF_PERIOD, (m) => relative(m, m[2].toLowerCase() as Unit, OFFSET[m[1].toLowerCase()]));
  scan(ctx, out, DAY_WORD, (m) => relative(m, 'day', m[1].toLowerCase() === 'tomorrow' ? 1 : -1));
  scan(ctx, out, COUNTED, counted);
  scan(ctx, out, NARRATIVE, (m) => fixed(m, null));
  return out;
}

function relative(m: RegExpExecArray, unit: Unit | 'weekend', offset: number): DateCandidate {
  return { start: m.index, end: m.index + m[0].length, kind: 'date', spec: { type: 'relative', unit, offset } };
}

function fixed(m: RegExpExecArray, value: string | null): DateCandidate {
  return { start: m.index, end: m.index + m[0].length, kind: 'date', spec: { type: 'fixed', value } };
}

function counted(m: RegExpExecArray): DateCandidate | null {
  const n = countValue(m[1]);
  if (n === null) return null;
  const word = m[2].toLowerCase();
  const unit: Unit = word === 'decade' ? 'year' : (word as Unit);
  const amount = word === 'decade' ? n * 10 : n;
  const direction = m[3].toLowerCase();
  const start = m.index;
  const end = m.index + m[0].length;
  if (direction === 'ago') return { start, end, kind: 'date', spec: { type: 'relative', unit, offset: -amount } };
  const sign = direction === 'before' || direction === 'earlier' ? -1 : 1;
  return { start, end, kind: 'date', spec: { type: 'shift', amount: sign * amount, unit } };
}
