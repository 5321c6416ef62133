import data from '../data/dates.json';
import type { Sentence, Span } from '../types';
import { grow } from '../arrays';

// Finding where a date may be is the costly part of finding it: chrono and the extractors' patterns read
// 1-30 MB/s, a scan of char codes hundreds. So literal trigger words (src/core/data/dates.json) are located in
// one pass over the text, and only the stretches of text around them, cut at their sentence, are read by anyone.

/** Stretches of the article worth reading: around month and weekday names for chrono, around units of time and years for the rest. */
export interface TriggerWindows {
  chrono: Span[];
  units: Span[];
}

// How far around a trigger an expression may reach: "on Tuesday, October 12, 2021" after "Tue";
// "the beginning of next month" before "month".
const CHRONO_REACH = { before: 24, after: 40 };
const UNIT_REACH = { before: 40, after: 28 };

/**
 * The trigger words of both kinds and year-like runs, indexed by their first two char codes, so that one
 * pass over the text with one table lookup per char finds them all. A one-char word is listed under every
 * pair it starts (a second char that is not ASCII counts as 0); a year under "1" or "2" and a digit.
 */
interface TriggerTable {
  /** (first << 7 | second) -> 1 + index into `lists` of what may start so. */
  pairs: Uint16Array;
  lists: Trigger[][];
  /**
   * Per list, 128 bits (four ints) of the ASCII third chars any of its triggers may have, all set when one of
   * them is shorter than three chars: most pairs ("st", "en", "to") start no trigger, and a third char says so.
   */
  thirds: Int32Array;
  /** How many triggers there are, for the per-trigger bookkeeping. */
  count: number;
}

interface Trigger {
  word: string;
  /** Where the hit goes: a chrono trigger, a unit trigger, or a year (also a unit hit). */
  kind: typeof CHRONO | typeof UNIT | typeof YEAR;
  id: number;
}

const CHRONO = 0;
const UNIT = 1;
const YEAR = 2;

function triggerTable(chrono: readonly string[], units: readonly string[]): TriggerTable {
  const table: TriggerTable = { pairs: new Uint16Array(1 << 14), lists: [], thirds: new Int32Array(0), count: 0 };
  const listAt = (key: number) => {
    if (!table.pairs[key]) table.pairs[key] = table.lists.push([]);
    return table.lists[table.pairs[key] - 1];
  };
  // One-char words first, so that at one offset hits come in the order they always have.
  const words = [...chrono.map((w) => ({ w, kind: CHRONO })), ...units.map((w) => ({ w, kind: UNIT }))];
  const ordered = [...words.filter((t) => t.w.length === 1), ...words.filter((t) => t.w.length > 1)];
  for (const { w, kind } of ordered) {
    const trigger: Trigger = { word: w, kind: kind as Trigger['kind'], id: table.count++ };
    const first = w.charCodeAt(0) << 7;
    if (w.length > 1) listAt(first | w.charCodeAt(1)).push(trigger);
    else for (let d = 0; d < 128; d++) listAt(first | d).push(trigger);
  }
  const year: Trigger = { word: '', kind: YEAR, id: table.count++ };
  for (const first of [49, 50]) for (let d = 48; d <= 57; d++) listAt((first << 7) | d).push(year);
  table.thirds = new Int32Array(4 * (table.lists.length + 1));
  table.lists.forEach((list, k) => {
    const bits = table.thirds.subarray(4 * (k + 1), 4 * (k + 2));
    for (const t of list) {
      const thirds = t.kind === YEAR ? '0123456789' : t.word.length < 3 || t.word.charCodeAt(2) >= 128 ? null : t.word[2];
      if (thirds === null) bits.fill(-1);
      else for (const ch of thirds) bits[ch.charCodeAt(0) >> 5] |= 1 << (ch.charCodeAt(0) & 31);
    }
  });
  return table;
}

const TRIGGERS = triggerTable(data.chronoTriggers, data.unitTriggers);
// Per trigger, where its next occurrence may start: one array reset for every call, not one allocated per article.
const NEXT = new Int32Array(TRIGGERS.count);
// Where a trigger may start and the list of those that may, as pairs, from the scan of char codes. Checking them
// after the scan leaves its loop without a call, whose speed would depend on what the compiler inlines (one run
// in three was 40 % slower). Grown when an article needs more.
let maybe: Int32Array = new Int32Array(1024);

export function triggerWindows(text: string, sentences: readonly Sentence[], from: number): TriggerWindows {
  const chronoHits: number[] = [];
  const unitHits: number[] = [];
  // The occurrences of one trigger do not overlap one another (as indexOf from the end of the last finds
  // them); nor do year-like runs /[12]\d{3}/.
  const next = NEXT.fill(0);
  const lists = TRIGGERS.lists;
  const count = maybeStarts(text, from);
  for (let k = 0; k < count; k += 2) noteHits(text, maybe[k], lists[maybe[k + 1] - 1], next, chronoHits, unitHits);
  return {
    chrono: windows(text, sentences, chronoHits, CHRONO_REACH),
    units: windows(text, sentences, unitHits, UNIT_REACH),
  };
}

/** Fills `maybe` with the offsets from `from` on where a trigger may start, by their first three chars; returns its length. */
function maybeStarts(text: string, from: number): number {
  const { pairs, thirds } = TRIGGERS;
  const n = text.length;
  let out = maybe;
  let count = 0;
  // Every char but the last has a second one: the loop reads it without a bounds check, the last is looked up after.
  const last = n - 1;
  let c = from < n ? text.charCodeAt(from) : 0;
  for (let i = from; i < last; i++) {
    const d = text.charCodeAt(i + 1);
    if (c < 128) {
      const list = pairs[(c << 7) | (d < 128 ? d : 0)];
      if (list) {
        // Past the text's end or not ASCII, the third char is looked up as 0, whose bit only a short trigger sets.
        const e = i + 2 < n ? text.charCodeAt(i + 2) : 0;
        const third = e < 128 ? e : 0;
        if ((thirds[4 * list + (third >> 5)] >>> (third & 31)) & 1) {
          if (count === out.length) out = grow(out, 0);
          out[count++] = i;
          out[count++] = list;
        }
      }
    }
    c = d;
  }
  if (from <= last && c < 128) {
    const list = pairs[c << 7];
    if (list && thirds[4 * list] & 1) {
      if (count === out.length) out = grow(out, 0);
      out[count++] = last;
      out[count++] = list;
    }
  }
  maybe = out;
  return count;
}

function noteHits(text: string, i: number, triggers: readonly Trigger[], next: Int32Array, chronoHits: number[], unitHits: number[]): void {
  for (let j = 0; j < triggers.length; j++) {
    const t = triggers[j];
    if (i < next[t.id]) continue;
    if (t.kind === YEAR) {
      // "1" or "2" and a digit matched to be here.
      if (!isDigit(text.charCodeAt(i + 2)) || !isDigit(text.charCodeAt(i + 3))) continue;
      next[t.id] = i + 4;
      unitHits.push(i);
      continue;
    }
    // The first char matched to be here; compare the others code by code (the second again, as a non-ASCII
    // one was looked up as 0), which costs a fraction of a startsWith() call.
    const word = t.word;
    let k = 1;
    while (k < word.length && text.charCodeAt(i + k) === word.charCodeAt(k)) k++;
    if (k < word.length) continue;
    next[t.id] = i + word.length;
    (t.kind === CHRONO ? chronoHits : unitHits).push(i);
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Windows of `reach` around each hit, cut at the hit's sentence, widened to whole words, merged when they meet. */
/** The longest run of non-space characters a window is widened by to reach a word boundary. */
const MAX_WORD = 40;

function windows(text: string, sentences: readonly Sentence[], hits: number[], reach: { before: number; after: number }): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (const hit of hits) {
    while (s < sentences.length && sentences[s].end <= hit) s++;
    if (s >= sentences.length) break;
    const sentence = sentences[s];
    if (sentence.start > hit) continue;
    let start = Math.max(sentence.start, hit - reach.before);
    let end = Math.min(sentence.end, hit + reach.after);
    // Widen to whole words, but never by more than a long word: text without spaces stays linear.
    const floor = Math.max(sentence.start, start - MAX_WORD);
    const ceil = Math.min(sentence.end, end + MAX_WORD);
    while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--;
    while (end < ceil && !isSpace(text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end && last.end <= sentence.end && last.start >= sentence.start) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
