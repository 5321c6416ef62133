import {
  addMonths, dayNumber, formatDay, formatMonth, formatWeekOf, formatYear, fromDayNumber, weekdayOf, WEEKDAY_NAMES,
} from '../calendar';
import type { CalendarFields, DateCandidate, DateSpec } from '../candidate';
import type { DateContext } from '../context';
import { tenseAt, type Tense } from '../tense';

/** Gives every candidate its value against the document date; undated articles keep only what the text says. */
export function resolveRefiner(ctx: DateContext, candidates: DateCandidate[]): DateCandidate[] {
  for (const c of candidates) {
    const tense = () => tenseAt(ctx.text, ctx.sentenceAt(c.start), c);
    c.value = resolve(c.spec, ctx.docDay, tense);
    if (c.spec.type === 'weekday') c.weekday = WEEKDAY_NAMES[c.spec.weekday];
  }
  return candidates;
}

function resolve(spec: DateSpec, doc: number | null, tense: () => Tense): string | null {
  switch (spec.type) {
    case 'fixed':
      return spec.value;
    case 'shift':
      return null;
    case 'calendar':
      return resolveCalendar(spec.from, spec.to, doc, tense);
    case 'weekday':
      return doc === null ? null : formatDay(fromDayNumber(resolveWeekday(spec.weekday, spec.modifier, doc, tense)));
    case 'relative':
      return doc === null ? null : resolveRelative(spec.unit, spec.offset, doc);
  }
}

/**
 * A weekday in a future clause is the next such day on or after the document date; otherwise (news reports
 * the past) the latest on or before it.
 */
export function resolveWeekday(weekday: number, modifier: 'last' | 'next' | 'this' | undefined, doc: number, tense: () => Tense): number {
  const back = (weekdayOf(doc) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(doc) + 7) % 7;
  if (modifier === 'last') return doc - (back || 7);
  if (modifier === 'next') return doc + (forward || 7);
  return tense() === 'future' ? doc + forward : doc - back;
}

function resolveRelative(unit: 'day' | 'week' | 'weekend' | 'month' | 'year', offset: number, doc: number): string {
  const today = fromDayNumber(doc);
  switch (unit) {
    case 'day':
      return formatDay(fromDayNumber(doc + offset));
    case 'week':
      return formatWeekOf(doc + 7 * offset);
    case 'weekend': {
      const monday = doc + 7 * offset - ((weekdayOf(doc) + 6) % 7);
      return `${formatDay(fromDayNumber(monday + 5))}/${formatDay(fromDayNumber(monday + 6))}`;
    }
    case 'month': {
      const m = addMonths(today.year, today.month, offset);
      return formatMonth(m.year, m.month);
    }
    case 'year':
      return formatYear(today.year + offset);
  }
}

function resolveCalendar(from: CalendarFields, to: CalendarFields | undefined, doc: number | null, tense: () => Tense): string | null {
  const start = withYear(from, doc, tense);
  const first = format(start);
  if (!to || first === null) return first;
  const end = { year: to.year ?? start.year, month: to.month ?? start.month, day: to.day ?? (to.month === undefined ? start.day : undefined) };
  const last = format(end);
  return last === null || last === first ? first : `${first}/${last}`;
}

/**
 * A month, or month and day, without a year: the latest one on or before the document date in a past clause,
 * the next one on or after it in a future clause, and the one within six months of it when the tense is unknown.
 */
/** Days ahead of the document date within which a month and day without a year stays in its year. */
const NEAR_AHEAD = 31;

function withYear(f: CalendarFields, doc: number | null, tense: () => Tense): CalendarFields {
  if (f.year !== undefined || f.month === undefined || doc === null) return f;
  const today = fromDayNumber(doc);
  const sameYear = f.day === undefined ? (f.month - today.month) * 31 : dayNumber({ year: today.year, month: f.month, day: f.day }) - doc;
  // A few weeks ahead is this year's, whatever the tense ("pressed on ahead of an Aug. 31 deadline").
  if (f.day !== undefined && sameYear >= 0 && sameYear <= NEAR_AHEAD) return { ...f, year: today.year };
  const t = tense();
  const halfYear = f.day === undefined ? 6 * 31 : 183;
  if (sameYear < 0 && (t === 'future' || (t === 'unknown' && sameYear < -halfYear))) return { ...f, year: today.year + 1 };
  if (sameYear > 0 && (t === 'past' || (t === 'unknown' && sameYear > halfYear))) return { ...f, year: today.year - 1 };
  return { ...f, year: today.year };
}

function format(f: CalendarFields): string | null {
  if (f.month === undefined) return f.year === undefined ? null : formatYear(f.year);
  if (f.day === undefined) return formatMonth(f.year, f.month);
  return formatDay({ year: f.year, month: f.month, day: f.day });
}
