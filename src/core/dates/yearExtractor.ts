import type { DateCandidate } from './candidate';
import type { DateContext } from './context';
import { scan } from './scan';
import { wordPattern } from './wordPattern';
import { COUNT_NOUNS } from './words';

// "1996-2001", "2021–22".
const YEAR_RANGE = wordPattern(['####'], /\b((?:19|20)\d\d)\s?[-–]\s?((?:19|20)?\d\d)\b(?![-/.]\d)/g);
// "the 1990s" -> "199X".
const DECADE = wordPattern(['####s'], /\b((?:19|20)\d)0s\b/g);
// A year on its own; what surrounds it decides whether it is a number instead.
const YEAR = wordPattern(['####'], /\b((?:19|20)\d\d)\b(?![-–/.,:]?\d|%|\s?(?:per\s?cent|percent))/g);
const NUMBER_BEFORE = /(?:[$€£#¥]|\b(?:than|some|about|around|approximately|nearly|almost|roughly|over|under|least|resolution|no\.|number|flight|route|article|top|of\s+the)\s*)$/i;
// "9/11", "the Sept. 11 attacks": the attacks of 11 September 2001, named by their date.
const NINE_ELEVEN = wordPattern(['#', 'sep', 'sept', 'september'], /\b9\/11\b(?!\/)|\b(?:Sept?\.?|September)\s+11(?:th)?(?=,?\s+(?:(?:terror|terrorist|al-Qaeda)\s+)?attacks?\b)/g);

/** Bare years, year ranges, decades and "9/11", which chrono leaves alone. */
export function yearCandidates(ctx: DateContext): DateCandidate[] {
  const text = ctx.text;
  const span = (m: RegExpExecArray, value: string): DateCandidate => ({
    start: m.index, end: m.index + m[0].length, kind: 'date', spec: { type: 'fixed', value },
  });
  const out: DateCandidate[] = [];
  scan(ctx, out, YEAR_RANGE, (m) => {
    const from = +m[1];
    const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + +m[2] : +m[2];
    return to > from ? span(m, `${from}/${to}`) : null;
  });
  scan(ctx, out, DECADE, (m) => span(m, `${m[1]}X`));
  scan(ctx, out, YEAR, (m) => (isNumber(text, m.index, m.index + m[0].length) ? null : span(m, m[1])));
  scan(ctx, out, NINE_ELEVEN, (m) => span(m, '2001-09-11'));
  return out;
}

function isNumber(text: string, start: number, end: number): boolean {
  if (NUMBER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (/\d[,.]$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 24));
  return next !== null && COUNT_NOUNS.has(next[1].toLowerCase());
}
