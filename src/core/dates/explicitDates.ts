import data from '../data/dates.json';
import type { CalendarFields, DateCandidate } from './candidate';

// Chrono reads a window by running each of its parsers' patterns over all of it, and most of the dates
// phase went there. Nearly every window holds only the plain forms news writes ("August 15", "15 August
// 2021", "Aug. 15, 2021", "August 2021", "on Tuesday, October 12, 2021", "October 20-21", "last Tuesday"),
// which this module reads in one pass over the window's characters. It gives exactly the spans and fields
// chrono would give, quirks included ("4 August of" loses to "August of"; "August 15 (" keeps the space),
// or, whenever a window holds anything else that chrono might read differently (slash and numeric dates,
// ordinals, ranges between two dates, era suffixes, odd spacing, an expression at the window's edge),
// gives up on the whole window, which chrono then reads as before. The patterns it mirrors are those of
// chrono-node's English parsers and refiners kept by chronoExtractor.ts; a unit test checks both agree.
// One known difference: a date word glued to other letters on both sides ("inMayof 2021") is not looked
// for, where chrono may read it; a fuzzer over such junk finds nothing else.

const vocabulary = data.chronoVocabulary;

type MonthWord = { month: number; full: boolean };
const MONTH_WORDS = new Map<string, MonthWord>([
  ...Object.entries(vocabulary.months).map(([w, month]): [string, MonthWord] => [w, { month, full: true }]),
  ...Object.entries(vocabulary.monthAbbreviations).map(([w, month]): [string, MonthWord] => [w, { month, full: false }]),
]);
// Chrono's weekday parser also reads "weekend" (a Saturday, or after "last" a Sunday) and "weekday" (which
// depends on the reference date, so it is left to chrono).
const WEEKEND = -1;
const WEEKDAY_WORDS = new Map<string, number>([...Object.entries(vocabulary.weekdays), ...Object.entries(vocabulary.weekdayAbbreviations), ['weekend', WEEKEND]]);
const ABBREVIATIONS = new Set([...Object.keys(vocabulary.monthAbbreviations), ...Object.keys(vocabulary.weekdayAbbreviations)]);
// The month and weekday words by a number read from the text's char codes (see wordKey), so that a date word
// is looked up without a lower-cased copy of it: that copy cost as much as all the rest of reading one.
interface DateWord {
  month?: MonthWord;
  weekday?: number;
  abbreviation: boolean;
}
const LONGEST_DATE_WORD = Math.max(...[...MONTH_WORDS.keys(), ...WEEKDAY_WORDS.keys()].map((w) => w.length));
if (LONGEST_DATE_WORD > 11) throw new Error('a date word longer than 11 letters has no exact key');
const DATE_WORDS = new Map<number, DateWord>(
  [...new Set([...MONTH_WORDS.keys(), ...WEEKDAY_WORDS.keys()])].map((w) => [
    wordKey(w, 0, w.length),
    { month: MONTH_WORDS.get(w), weekday: WEEKDAY_WORDS.get(w), abbreviation: ABBREVIATIONS.has(w) },
  ]),
);
const MODIFIERS = new Set(vocabulary.weekdayModifiers);
const RANGE_WORDS = new Set(vocabulary.rangeWords);
const ERAS = new Set(vocabulary.eraSuffixes);
const ORDINALS = vocabulary.ordinalWords;
// What may be glued to a date word for chrono to still read it: a prefix ("inMay", "lastMonday", "15thMay",
// "firstofMay") or a continuation ("Mayfirst", "Mondaynext week"). Such words are left to chrono.
const GLUED_BEFORE = ['in', 'on', 'of', 'st', 'nd', 'rd', 'th', ...vocabulary.weekdayModifiers, ...ORDINALS, ...vocabulary.eraSuffixes];
const GLUED_AFTER = ['of', ...vocabulary.weekdayModifiers, ...ORDINALS];
const ALL_WORDS = [...MONTH_WORDS.keys(), ...WEEKDAY_WORDS.keys(), 'weekday'];
const GLUED_BEFORE_PATTERN = new RegExp(`(?:${GLUED_BEFORE.join('|')})$`);
const GLUED_AFTER_PATTERN = new RegExp(`^(?:${GLUED_AFTER.join('|')})`);
const ORDINAL_START = new RegExp(`^(?:${ORDINALS.join('|')})`);
const ORDINAL_END = new RegExp(`(?:${ORDINALS.join('|')})$`);
const DATE_WORDS_BY_FIRST_THREE = groupBy(ALL_WORDS, (w) => w.slice(0, 3));
const DATE_WORDS_BY_LAST_THREE = groupBy(ALL_WORDS, (w) => w.slice(-3));

function groupBy(words: string[], key: (w: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const w of words) groups.set(key(w), [...(groups.get(key(w)) ?? []), w]);
  return groups;
}

// A letter run is looked up only when its first or last three letters are those of a date word: one table
// lookup per word, where building the lower-case word for every one would cost more than all the rest.
const FIRST_THREE = 1;
const LAST_THREE = 2;
const THREE_LETTERS = new Uint8Array(26 * 26 * 26);
for (const w of ALL_WORDS) {
  THREE_LETTERS[threeIndex(w, 0)] |= FIRST_THREE;
  THREE_LETTERS[threeIndex(w, w.length - 3)] |= LAST_THREE;
}

/**
 * The letters of s[start, end), case folded, as the digits 1-26 of a number in base 27: one number per word,
 * exact in a double up to 11 letters; -1 for a word longer than any date word.
 */
function wordKey(s: string, start: number, end: number): number {
  if (end - start > LONGEST_DATE_WORD) return -1;
  let key = 0;
  for (let i = start; i < end; i++) key = key * 27 + ((s.charCodeAt(i) | 32) - 96);
  return key;
}

function threeIndex(s: string, at: number): number {
  return ((s.charCodeAt(at) | 32) - 97) * 676 + ((s.charCodeAt(at + 1) | 32) - 97) * 26 + ((s.charCodeAt(at + 2) | 32) - 97);
}

/** The order of chrono's parsers, which decides between two readings at the same offset. */
const LITTLE_ENDIAN = 3;
const MIDDLE_ENDIAN = 4;
const WEEKDAY = 5;
const MONTH_NAME = 8;

/** One result as chrono would return it: its span (offsets into the article) and what it read. */
interface Reading {
  start: number;
  end: number;
  parser: number;
  from?: CalendarFields;
  to?: CalendarFields;
  weekday?: number;
  modifier?: 'last' | 'next' | 'this';
}

/** Char codes outside the window: its start reads as a boundary; its end makes the reader give up. */
const BEFORE = -2;
const AFTER = -1;
const UNDERSCORE = 95;
const COMMA = 44;
const PERIOD = 46;
const HYPHEN = 45;
const SLASH = 47;
const COLON = 58;
const SPACE = 32;
// Punctuation after a date that no pattern reads on from (a full stop and colon only when no digit follows).
const CLOSING = new Set([33, 34, 39, 41, 59, 63, 0x2014, 0x2019, 0x201c, 0x201d]);
// Punctuation that may follow a date after a space: "Oct. 15 (IRNA)", "August – the".
const OPENING = new Set([34, 40, 0x2013, 0x2014, 0x201c]);

const WEEK_AFTER = new RegExp(`\\s*(?:of\\s*)?(?:${vocabulary.weekdayModifiers.join('|')})\\s*week`, 'iy');

/** Thrown when the window holds something only chrono can be trusted to read. */
class Unreadable {}
const UNREADABLE = new Unreadable();

/**
 * The dates chrono would find in text[from, to), as chronoExtractor.ts turns them into candidates, or null
 * when the window holds something this reader does not know to read exactly as chrono does.
 */
export function readExplicitDates(text: string, from: number, to: number): DateCandidate[] | null {
  try {
    return new WindowReader(text, from, to).read();
  } catch (e) {
    if (e === UNREADABLE) return null;
    throw e;
  }
}

class WindowReader {
  private readonly readings: Reading[] = [];
  private lastWeekdayEnd = -1;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  read(): DateCandidate[] {
    const { text, to } = this;
    let i = this.from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        let j = i + 1;
        while (j < to && isLetter(text.charCodeAt(j))) j++;
        if (j - i >= 3 && (THREE_LETTERS[threeIndex(text, i)] & FIRST_THREE || THREE_LETTERS[threeIndex(text, j - 3)] & LAST_THREE)) this.word(i, j);
        i = j;
      } else if (isDigit(c)) {
        let j = i + 1;
        while (j < to && isDigit(text.charCodeAt(j))) j++;
        this.numericDate(i, j);
        i = j;
      } else {
        // Slash dates ("9/11", "8/2021") and identifiers are chrono's to read.
        if (c === SLASH || c === UNDERSCORE) throw UNREADABLE;
        i++;
      }
    }
    // Most windows hold one date: nothing to sort, remove or merge.
    return (this.readings.length < 2 ? this.readings : this.refine()).map(toCandidate);
  }

  private at(i: number): number {
    if (i >= this.to) return AFTER;
    return i < this.from ? BEFORE : this.text.charCodeAt(i);
  }

  private lower(start: number, end: number): string {
    return this.text.slice(start, end).toLowerCase();
  }

  /** A letter run whose first or last three letters are those of a date word. */
  private word(start: number, end: number): void {
    const found = DATE_WORDS.get(wordKey(this.text, start, end));
    if (found === undefined) {
      const word = this.lower(start, end);
      if (word === 'weekday' || isGlued(word)) throw UNREADABLE;
      return;
    }
    const { month, weekday } = found;
    // "Aug." and "Tue." are read with their full stop; a bare "Aug" is read by chrono's rules for short names.
    const dotted = found.abbreviation && this.at(end) === PERIOD;
    if (dotted) end++;
    if (isWordChar(this.at(start - 1)) || isWordChar(this.at(end))) throw UNREADABLE;
    if (month) {
      if (!month.full && !dotted) throw UNREADABLE;
      this.month(start, end, month.month);
    } else this.weekday(start, end, weekday ?? 0);
  }

  /** Runs of digits that chrono's numeric parsers read: "2021-08-15", "15.08.2021", "2021 8 15". */
  private numericDate(start: number, end: number): void {
    const sep = this.at(end);
    if (sep !== HYPHEN && sep !== PERIOD && !(end - start === 4 && isSpace(sep))) return;
    let j = end + 1;
    const second = j;
    while (isDigit(this.at(j))) j++;
    if (j === second || j - second > 4) return;
    const sep2 = this.at(j);
    if ((sep2 === HYPHEN || sep2 === PERIOD || sep2 === SLASH || isSpace(sep2)) && isDigit(this.at(j + 1))) throw UNREADABLE;
  }

  // ---- months -------------------------------------------------------------------------------------------

  /** A month name at [start, end): chrono's little-endian ("15 August"), middle-endian ("August 15") and month readings. */
  private month(start: number, end: number, month: number): void {
    const before = this.dayBefore(start);
    const c = this.at(end);
    let year: { year: number; end: number } | null = null;
    // The end of the month-name reading ("August", "August,", "August of", "August 2021").
    let nameEnd = end;
    if (isSpace(c)) {
      const d = this.at(end + 1);
      if (isDigit(d)) {
        const digitsEnd = this.digitsEnd(end + 1);
        if (digitsEnd - end - 1 <= 2) {
          if (before) throw UNREADABLE;
          this.middleEndian(start, end + 1, digitsEnd, month);
          return;
        }
        year = this.year(end + 1, digitsEnd);
        nameEnd = year.end;
      } else if (isLetter(d)) {
        const w = this.lower(end + 1, this.lettersEnd(end + 1));
        if (isOrdinal(w)) throw UNREADABLE;
        if (w === 'of') {
          const after = end + 3;
          if (!isSpace(this.at(after)) || !isLetter(this.at(after + 1))) throw UNREADABLE;
          nameEnd = after;
        }
      } else if (OPENING.has(d)) nameEnd = end + 1;
      else throw UNREADABLE;
    } else if (c === COMMA) {
      if (!isSpace(this.at(end + 1))) throw UNREADABLE;
      const d = this.at(end + 2);
      if (isDigit(d)) {
        year = this.year(end + 2, this.digitsEnd(end + 2));
        nameEnd = year.end;
      } else if (isLetter(d) && !isOrdinal(this.lower(end + 2, this.lettersEnd(end + 2)))) nameEnd = end + 1;
      else throw UNREADABLE;
    } else if (!this.closes(end)) throw UNREADABLE;
    const from = { year: year?.year, month, day: undefined };
    if (before) {
      const leEnd = year ? year.end : end;
      this.readings.push({ start: before.start, end: leEnd, parser: LITTLE_ENDIAN, from: { year: year?.year, month, day: before.day } });
    }
    this.readings.push({ start, end: nameEnd, parser: MONTH_NAME, from });
  }

  /** The day of "15 August" or "on 15 August", or null when the month has none before it. */
  private dayBefore(start: number): { start: number; day: number } | null {
    const q = this.spacesStart(start);
    const p = this.at(q - 1);
    if (isDigit(p)) {
      const digitsStart = this.digitsStart(q);
      if (start - q !== 1 || q - digitsStart > 2) throw UNREADABLE;
      const day = +this.text.slice(digitsStart, q);
      if (day < 1 || day > 31) throw UNREADABLE;
      return { start: this.onBefore(digitsStart), day };
    }
    if (isLetter(p)) this.noYearOrOrdinalBefore(q);
    // "15-August", "2021, August", "1994 . August", "first-May".
    else if (p === HYPHEN || p === SLASH || p === PERIOD || p === COMMA || p === 0x2013) {
      const r = this.spacesStart(q - 1);
      const b = this.at(r - 1);
      if (isDigit(b)) throw UNREADABLE;
      if (isLetter(b)) this.noYearOrOrdinalBefore(r);
    }
    return null;
  }

  /**
   * Throws when the word ending at `end` makes a year or an ordinal day of the month name after it: "15th",
   * "first", "15 of", "first of", "500 BC".
   */
  private noYearOrOrdinalBefore(end: number): void {
    const wordStart = this.lettersStart(end);
    const w = this.lower(wordStart, end);
    if (isDigit(this.at(wordStart - 1)) || endsWithOrdinal(w) || (w.endsWith('of') && endsWithOrdinal(w.slice(0, -2)))) throw UNREADABLE;
    if (w === 'of' || ERAS.has(w)) {
      const r = this.spacesStart(wordStart);
      const b = this.at(r - 1);
      if (isDigit(b)) throw UNREADABLE;
      if (w === 'of' && isLetter(b) && r < wordStart) this.noYearOrOrdinalBefore(r);
    }
  }

  /** Where the little-endian reading of a day at `digitsStart` starts: at "on" before it, else at the day. */
  private onBefore(digitsStart: number): number {
    const c = this.at(digitsStart - 1);
    if (c === BEFORE || c === 40 /* ( */) return digitsStart;
    // "10-15 August", "1.15 August", "x15 August".
    if (!isSpace(c)) throw UNREADABLE;
    const q = this.spacesStart(digitsStart);
    const p = this.at(q - 1);
    if (isDigit(p) || p === HYPHEN || p === 0x2013) throw UNREADABLE;
    if (!isLetter(p)) return digitsStart;
    const wordStart = this.lettersStart(q);
    const w = this.lower(wordStart, q);
    if (RANGE_WORDS.has(w)) throw UNREADABLE;
    if (w !== 'on') return digitsStart;
    if (digitsStart - q !== 1 || isWordChar(this.at(wordStart - 1))) throw UNREADABLE;
    return wordStart;
  }

  /** "August 15", "August 15, 2021", "October 20-21": the month at `start`, its day's digits at [dayStart, dayEnd). */
  private middleEndian(start: number, dayStart: number, dayEnd: number, month: number): void {
    const day = this.dayValue(dayStart, dayEnd);
    let end = dayEnd;
    let lastDay: number | undefined;
    if (this.at(dayEnd) === HYPHEN) {
      const toEnd = this.digitsEnd(dayEnd + 1);
      if (toEnd === dayEnd + 1 || toEnd - dayEnd - 1 > 2) throw UNREADABLE;
      lastDay = this.dayValue(dayEnd + 1, toEnd);
      end = toEnd;
    }
    const tail = this.afterDay(end, lastDay === undefined);
    const from = { year: tail.year, month, day };
    const to = lastDay === undefined ? undefined : { year: tail.year, month, day: lastDay };
    // The month reading of the same words ("August 15" as August 2015) is never the longer, so never kept.
    this.readings.push({ start, end: tail.end, parser: MIDDLE_ENDIAN, from, to });
  }

  private dayValue(start: number, end: number): number {
    const day = +this.text.slice(start, end);
    if (day < 1 || day > 31) throw UNREADABLE;
    return day;
  }

  /** Where a middle-endian reading whose days end at `end` ends, and its year ("August 15, 2021", "August 15 2021"). */
  private afterDay(end: number, single: boolean): { year?: number; end: number } {
    const c = this.at(end);
    if (isWordChar(c) || this.eraAt(end)) throw UNREADABLE;
    if (c === COMMA) {
      if (!isSpace(this.at(end + 1))) throw UNREADABLE;
      const d = this.at(end + 2);
      if (isDigit(d)) return this.year(end + 2, this.digitsEnd(end + 2));
      if (!isLetter(d)) throw UNREADABLE;
      return { end };
    }
    if (isSpace(c)) {
      const d = this.at(end + 1);
      if (isDigit(d)) return this.year(end + 1, this.digitsEnd(end + 1));
      // Chrono's day takes the space after it along when punctuation follows ("Oct. 15 (IRNA)").
      if (OPENING.has(d)) return { end: end + 1 };
      if (!isLetter(d)) throw UNREADABLE;
      const wordEnd = this.lettersEnd(end + 1);
      const w = this.lower(end + 1, wordEnd);
      // "August 15 am..." is no date to chrono; "August 15 to 20" and "August 15 to 20th" are ranges.
      if (single && (w.startsWith('am') || w.startsWith('pm'))) throw UNREADABLE;
      if (w === 'to') {
        const next = this.spacesEnd(wordEnd);
        if (isDigit(this.at(next)) || (isLetter(this.at(next)) && isOrdinal(this.lower(next, this.lettersEnd(next))))) throw UNREADABLE;
      } else if (w.startsWith('to') && isOrdinal(w.slice(2))) throw UNREADABLE;
      return { end };
    }
    if (!this.closes(end)) throw UNREADABLE;
    return { end };
  }

  /** A four-digit year at [start, end) and what follows it, which must end every pattern there. */
  private year(start: number, end: number): { year: number; end: number } {
    if (end - start !== 4 || this.text.charCodeAt(start) === 48) throw UNREADABLE;
    const c = this.at(end);
    if (isWordChar(c) || this.eraAt(end)) throw UNREADABLE;
    if (isSpace(c)) {
      let j = end + 1;
      while (isSpace(this.at(j))) j++;
      const d = this.at(j);
      if (d === AFTER || isDigit(d)) throw UNREADABLE;
    } else if (c === AFTER || isDigit(this.at(end + 1))) throw UNREADABLE;
    return { year: +this.text.slice(start, end), end };
  }

  /** Whether the punctuation at `i` ends a date for every pattern ("August.", "August;", "August's"). */
  private closes(i: number): boolean {
    const c = this.at(i);
    if (c === PERIOD || c === COLON) return !isDigit(this.at(i + 1));
    return CLOSING.has(c);
  }

  /** "BC", "AD" and the like after a number, which chrono reads as part of a year. */
  private eraAt(i: number): boolean {
    let j = i;
    while (j < i + 2 && isSpace(this.at(j))) j++;
    if (!isLetter(this.at(j))) return false;
    const end = this.lettersEnd(j);
    return end - j <= 3 && ERAS.has(this.lower(j, end));
  }

  // ---- weekdays -----------------------------------------------------------------------------------------

  /** "Tuesday", "on Tuesday,", "last Tuesday": chrono's weekday reading. */
  private weekday(start: number, end: number, weekday: number): void {
    let first = start;
    let modifier: 'last' | 'next' | 'this' | undefined;
    const before = this.wordBefore(first);
    if (before && MODIFIERS.has(before.word)) {
      modifier = before.word === 'past' ? 'last' : (before.word as 'last' | 'next' | 'this');
      first = before.start;
    } else if (before && before.word.startsWith('on') && MODIFIERS.has(before.word.slice(2))) throw UNREADABLE;
    const on = this.wordBefore(first);
    if (on && on.word === 'on') first = on.start;
    // A comma or bracket is taken along after a non-word character (" (Tuesday"), or right after the last
    // weekday, where chrono's next search starts ("Wed(Sat").
    const q = this.spacesStart(first);
    const p = this.at(q - 1);
    if ((p === COMMA || p === 40 || p === 0xff08) && (!isWordChar(this.at(q - 2)) || q - 1 === this.lastWeekdayEnd)) throw UNREADABLE;
    let last = end;
    const c = this.at(end);
    if (c === AFTER || isWordChar(c) || c === 41 || c === 0xff09) throw UNREADABLE;
    if (c === COMMA) {
      const d = this.at(end + 1);
      if (d === AFTER || isWordChar(d)) throw UNREADABLE;
      last = end + 1;
    }
    if (last === end) {
      const j = this.spacesEnd(end);
      if (j > end && (this.at(j) === COMMA || this.at(j) === 41 || this.at(j) === 0xff09)) throw UNREADABLE;
    }
    // "Tuesday next week", "Tuesday, of last week" are one expression to chrono.
    WEEK_AFTER.lastIndex = last;
    if (WEEK_AFTER.test(this.text)) throw UNREADABLE;
    if (weekday === WEEKEND) weekday = modifier === 'last' ? 0 : 6;
    this.readings.push({ start: first, end: last, parser: WEEKDAY, weekday, modifier });
    this.lastWeekdayEnd = last;
  }

  /** The word before `start` across spaces, lower-cased, when it starts after a non-word character. */
  private wordBefore(start: number): { start: number; word: string } | null {
    const q = this.spacesStart(start);
    if (q === start || !isLetter(this.at(q - 1))) return null;
    const wordStart = this.lettersStart(q);
    if (isWordChar(this.at(wordStart - 1))) throw UNREADABLE;
    return { start: wordStart, word: this.lower(wordStart, q) };
  }

  // ---- chrono's refiners --------------------------------------------------------------------------------

  /** Chrono's overlap removal and weekday merge over the readings; a range between two of them is left to chrono. */
  private refine(): Reading[] {
    const readings = this.readings.sort((a, b) => a.start - b.start || a.parser - b.parser);
    const kept = removeOverlaps(readings);
    const merged: Reading[] = [];
    for (const r of kept) {
      const prev = merged[merged.length - 1];
      if (prev) {
        const between = this.text.slice(prev.end, r.start);
        if (/^\s*(?:to|-|–|until|through|till)\s*$/i.test(between)) throw UNREADABLE;
        if (prev.weekday !== undefined && r.from?.day !== undefined && /^,?\s*$/.test(between)) {
          merged[merged.length - 1] = { ...r, start: prev.start, weekday: undefined, modifier: undefined };
          continue;
        }
      }
      merged.push(r);
    }
    return merged;
  }

  // ---- characters ---------------------------------------------------------------------------------------

  private spacesEnd(i: number): number {
    while (isSpace(this.at(i))) i++;
    return i;
  }

  private spacesStart(i: number): number {
    while (isSpace(this.at(i - 1))) i--;
    return i;
  }

  private digitsStart(i: number): number {
    while (isDigit(this.at(i - 1))) i--;
    return i;
  }

  private digitsEnd(i: number): number {
    while (isDigit(this.at(i))) i++;
    return i;
  }

  private lettersStart(i: number): number {
    while (isLetter(this.at(i - 1))) i--;
    return i;
  }

  private lettersEnd(i: number): number {
    while (isLetter(this.at(i))) i++;
    return i;
  }
}

/** Chrono's OverlapRemovalRefiner: of two overlapping results the longer, or the first of equals. */
function removeOverlaps(readings: Reading[]): Reading[] {
  if (readings.length < 2) return readings;
  const kept: Reading[] = [];
  let prev = readings[0];
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i];
    if (r.start >= prev.end) {
      kept.push(prev);
      prev = r;
    } else if (r.end - r.start > prev.end - prev.start) prev = r;
  }
  kept.push(prev);
  return kept;
}

function toCandidate(r: Reading): DateCandidate {
  if (r.from) return { start: r.start, end: r.end, kind: 'date', spec: { type: 'calendar', from: r.from, to: r.to } };
  return { start: r.start, end: r.end, kind: 'date', spec: { type: 'weekday', weekday: r.weekday ?? 0, modifier: r.modifier } };
}

/** A word that holds a date word glued to what chrono reads with it. */
function isGlued(word: string): boolean {
  for (const w of DATE_WORDS_BY_FIRST_THREE.get(word.slice(0, 3)) ?? []) {
    if (w.length < word.length && word.startsWith(w) && GLUED_AFTER_PATTERN.test(word.slice(w.length))) return true;
  }
  for (const w of DATE_WORDS_BY_LAST_THREE.get(word.slice(-3)) ?? []) {
    if (w.length < word.length && word.endsWith(w) && GLUED_BEFORE_PATTERN.test(word.slice(0, word.length - w.length))) return true;
  }
  return false;
}

function isOrdinal(word: string): boolean {
  return ORDINAL_START.test(word);
}

function endsWithOrdinal(word: string): boolean {
  return ORDINAL_END.test(word);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** JavaScript's \w. */
function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === UNDERSCORE;
}

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  if (c === SPACE || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
