import * as chrono from 'chrono-node';
import type { CalendarFields, DateCandidate } from './candidate';
import type { Span } from '../types';
import type { DateContext } from './context';
import { readExplicitDates } from './explicitDates';

// Chrono's casual English without the parsers whose expressions are ours to read (durations, "ago",
// "last month", the end of a period) or are not calendar dates (times of day). A parser is dropped when
// it claims one of these probes; matching by behaviour survives minified class names.
const NOT_FOR_CHRONO = ['today', 'yesterday', 'at 5pm', 'this morning', 'in 20 years', '20 years ago', '20 years later', 'past 20 years', 'last month', 'end of the month'];

// Of chrono's refiners only those that change what it reads from these are kept; the others (time zones,
// times of day, forward dates) cost more per sentence than all the parsers together.
const NEEDS_REFINING = ['The talks on October 20-21 ended.', 'They met on Tuesday, October 12, 2021.', 'from August 15 to August 31, 2021', 'on Sept. 11, 2001.'];

/** The parsers and refiners of chrono's casual English kept by their behaviour on the probes above. */
export function chooseChronoParts(config = chrono.en.configuration.createCasualConfiguration(false)): { parsers: chrono.Parser[]; refiners: chrono.Refiner[] } {
  const probeRef = new Date(Date.UTC(2021, 9, 13, 12));
  const read = (c: { parsers: chrono.Parser[]; refiners: chrono.Refiner[] }, probe: string) => JSON.stringify(new chrono.Chrono(c).parse(probe, probeRef).map((r) => [r.index, r.text]));
  const parsers = config.parsers.filter((p) => !NOT_FOR_CHRONO.some((probe) => read({ parsers: [p], refiners: [] }, probe) !== '[]'));
  const refiners = config.refiners.filter((r) =>
    NEEDS_REFINING.some((probe) => read({ parsers, refiners: [r] }, probe) !== read({ parsers, refiners: [] }, probe)),
  );
  return { parsers, refiners };
}

/**
 * What chooseChronoParts keeps of the installed chrono-node's configuration (18 parsers, 16 refiners), by
 * position. Probing costs each thread 160 ms before its first article (mostly compiling the regular
 * expressions of parsers then dropped); taking these costs nothing. A unit test checks them against the
 * probes, so a chrono-node update that moves its parts fails the tests; a configuration of another size is probed.
 */
export const KNOWN_CHRONO_PARTS = { parsers: 18, refiners: 16, keepParsers: [0, 1, 2, 4, 5, 6, 7, 11, 15], keepRefiners: [1, 4, 6, 9, 14] };

function buildParser(): chrono.Chrono {
  const config = chrono.en.configuration.createCasualConfiguration(false);
  const known = KNOWN_CHRONO_PARTS;
  if (config.parsers.length !== known.parsers || config.refiners.length !== known.refiners) return new chrono.Chrono(chooseChronoParts(config));
  return new chrono.Chrono({ parsers: known.keepParsers.map((i) => config.parsers[i]), refiners: known.keepRefiners.map((i) => config.refiners[i]) });
}

// Built on first use, not when the module loads: the probing costs tens of milliseconds, which loading the
// extension (before activate() even runs) should not pay.
let parser: chrono.Chrono | undefined;
const OPTIONS: chrono.ParsingOption = { forwardDate: false };
// Any fixed instant will do: values are resolved from the known components only, never chrono's guesses.
const UNDATED_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

// Windows are read in one call (chrono costs ~50 µs a call whatever the length), kept apart by a separator
// that no chrono pattern or range merger reads through.
const SEPARATOR = '\n;\n';

/**
 * Explicit dates, months and weekdays around month and weekday names: read by explicitDates.ts where it
 * can, which is nearly everywhere and many times faster, and by chrono in the windows it cannot.
 */
export function chronoCandidates(ctx: DateContext): DateCandidate[] {
  const windows = ctx.windows.chrono;
  const read: DateCandidate[] = [];
  const unread: number[] = [];
  for (let k = 0; k < windows.length; k++) {
    const found = readExplicitDates(ctx.text, windows[k].start, windows[k].end);
    if (found) for (const c of found) read.push(c);
    else unread.push(k);
  }
  if (unread.length === 0) return read;
  return mergeByStart(read, chronoOn(ctx.text, ctx.article.docDate, windows, unread));
}

/** What chrono reads in the windows numbered `which`, each seen as in the joined text of all the windows. */
function chronoOn(text: string, docDate: string | null, windows: readonly Span[], which: number[]): DateCandidate[] {
  const joinedStarts: number[] = [];
  let joined = '';
  for (const k of which) {
    // A separator before and after a window as in the joined text of all windows: what chrono reads at a
    // window's edge depends on whether the text ends there ("August 15" at the very end, "August 15\n" else).
    if (k > 0) joined += SEPARATOR;
    joinedStarts.push(joined.length);
    joined += text.slice(windows[k].start, windows[k].end);
  }
  if (which[which.length - 1] < windows.length - 1) joined += SEPARATOR;
  const instant = docDate ? new Date(`${docDate}T12:00:00Z`) : UNDATED_REFERENCE;
  const out: DateCandidate[] = [];
  let i = 0;
  for (const r of (parser ??= buildParser()).parse(joined, { instant, timezone: 0 }, OPTIONS)) {
    while (i + 1 < which.length && joinedStarts[i + 1] <= r.index) i++;
    const w = windows[which[i]];
    const offset = w.start - joinedStarts[i];
    if (r.index + offset < w.start || r.index + r.text.length + offset > w.end) continue;
    const c = toCandidate(r, offset);
    if (c) out.push(c);
  }
  return out;
}

/** What chrono alone reads in text[start, end), the reading explicitDates.ts must reproduce (for its tests). */
export function readWithChrono(text: string, start: number, end: number): DateCandidate[] {
  return chronoOn(text, null, [{ start, end }], [0]);
}

function mergeByStart(a: DateCandidate[], b: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

function toCandidate(r: chrono.ParsedResult, offset: number): DateCandidate | null {
  const start = offset + r.index;
  const end = start + r.text.length;
  const from = fields(r.start);
  if (!from) {
    if (!r.start.isCertain('weekday')) return null;
    const weekday = r.start.get('weekday') ?? 0;
    const m = /\b(last|past|next|this)\b/i.exec(r.text);
    const word = m?.[1].toLowerCase();
    const modifier = word === 'past' ? 'last' : (word as 'last' | 'next' | 'this' | undefined);
    return { start, end, kind: 'date', spec: { type: 'weekday', weekday, modifier } };
  }
  const to = r.end ? fields(r.end) ?? undefined : undefined;
  return { start, end, kind: 'date', spec: { type: 'calendar', from, to } };
}

/** The calendar fields chrono read from the text (not the ones it implied), or null when there is no month. */
function fields(c: chrono.ParsedComponents): CalendarFields | null {
  if (!c.isCertain('month')) {
    return c.isCertain('year') ? { year: c.get('year') ?? undefined } : null;
  }
  return {
    year: c.isCertain('year') ? c.get('year') ?? undefined : undefined,
    month: c.get('month') ?? undefined,
    day: c.isCertain('day') ? c.get('day') ?? undefined : undefined,
  };
}
