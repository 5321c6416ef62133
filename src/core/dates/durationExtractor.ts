import type { DateCandidate } from './candidate';
import type { DateContext } from './context';
import { scan } from './scan';
import { wordPattern } from './wordPattern';
import { COUNT, COUNT_WORDS, countValue } from './words';

const DESIGNATOR: Record<string, [number, string]> = {
  century: [100, 'Y'], decade: [10, 'Y'], year: [1, 'Y'], month: [1, 'M'], week: [1, 'W'], day: [1, 'D'], hour: [1, 'H'],
};
// Each unit COUNTED reads, lower-cased, as DESIGNATOR names it: one lookup rather than two replace() runs a match.
const SINGULAR: Record<string, string> = Object.fromEntries(
  Object.keys(DESIGNATOR).flatMap((unit) => [[unit, unit], [unit === 'century' ? 'centuries' : `${unit}s`, unit]]),
);

// "20 years", "two-decade", "six-month", "24 hours"; not ages ("20-year-old").
const COUNTED = wordPattern(COUNT_WORDS, new RegExp(`\\b(${COUNT})(?:\\s+|-)(century|centuries|decades?|years?|months?|weeks?|days?|hours?)\\b(?!-old|\\s+old\\b)`, 'gi'));
// Lengths too vague to measure: "decades", "several years".
const VAGUE = wordPattern(['several', 'many', 'a', 'decades', 'centuries'], /\b(?:(?:several|many|a\s+few)\s+(?:decades|years|months|weeks)|decades|centuries)\b/gi);
// "once a year", "twice a week": a frequency, not a length.
const FREQUENCY = /\b(?:once|twice|times|per)\s+$/i;

/** Lengths of time, as ISO durations. */
export function durationCandidates(ctx: DateContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  scan(ctx, out, COUNTED, (m): DateCandidate | null => {
    const n = countValue(m[1]);
    const unit = SINGULAR[m[2].toLowerCase()];
    const isArticle = /^an?$/i.test(m[1]);
    if (n === null || (isArticle && (unit === 'day' || unit === 'hour'))) return null;
    if (isArticle && FREQUENCY.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const [factor, designator] = DESIGNATOR[unit];
    const value = designator === 'H' ? `PT${n}H` : `P${n * factor}${designator}`;
    return { start: m.index, end: m.index + m[0].length, kind: 'duration', spec: { type: 'fixed', value } };
  });
  scan(ctx, out, VAGUE, (m): DateCandidate => ({ start: m.index, end: m.index + m[0].length, kind: 'duration', spec: { type: 'fixed', value: null } }));
  return out;
}
