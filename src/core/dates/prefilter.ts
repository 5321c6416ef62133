import data from '../data/dates.json';
import type { Sentence, Span } from '../types';

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
 * The trigger words of both kinds, indexed by their first two char codes (one-char words by their only
 * one), so that one pass over the text with two table lookups per char finds them all.
 */
interface TriggerTable {
  /** (first << 7 | second) -> 1 + index into `lists` of the words starting so. */
  pairs: Uint16Array;
  /** first -> 1 + index into `lists` of the one-char words. */
  singles: Uint16Array;
  lists: Trigger[][];
  /** How many triggers there are, for the per-trigger bookkeeping. */
  count: number;
}

interface Trigger {
  word: string;
  chrono: boolean;
  id: number;
}

function triggerTable(chrono: readonly string[], units: readonly string[]): TriggerTable {
  const table: TriggerTable = { pairs: new Uint16Array(1 << 14), singles: new Uint16Array(128), lists: [], count: 0 };
  const add = (word: string, isChrono: boolean) => {
    const index = word.length > 1 ? table.pairs : table.singles;
    const key = word.length > 1 ? (word.charCodeAt(0) << 7) | word.charCodeAt(1) : word.charCodeAt(0);
    if (!index[key]) index[key] = table.lists.push([]);
    table.lists[index[key] - 1].push({ word, chrono: isChrono, id: table.count++ });
  };
  for (const w of chrono) add(w, true);
  for (const w of units) add(w, false);
  return table;
}

const TRIGGERS = triggerTable(data.chronoTriggers, data.unitTriggers);

export function triggerWindows(text: string, sentences: readonly Sentence[], from: number): TriggerWindows {
  const chronoHits: number[] = [];
  const unitHits: number[] = [];
  // The occurrences of one trigger do not overlap one another (as indexOf from the end of the last finds
  // them); nor do year-like runs /[12]\d{3}/.
  const next = new Array<number>(TRIGGERS.count).fill(0);
  const { pairs, singles } = TRIGGERS;
  let nextYear = 0;
  const n = text.length;
  let c = from < n ? text.charCodeAt(from) : 0;
  for (let i = from; i < n; i++) {
    const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (c < 128) {
      const single = singles[c];
      if (single) noteHits(text, i, TRIGGERS.lists[single - 1], next, chronoHits, unitHits);
      const pair = d < 128 ? pairs[(c << 7) | d] : 0;
      if (pair) noteHits(text, i, TRIGGERS.lists[pair - 1], next, chronoHits, unitHits);
      if ((c === 49 || c === 50) && i >= nextYear && isDigit(d) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) {
        unitHits.push(i);
        nextYear = i + 4;
      }
    }
    c = d;
  }
  return {
    chrono: windows(text, sentences, chronoHits, CHRONO_REACH),
    units: windows(text, sentences, unitHits, UNIT_REACH),
  };
}

function noteHits(text: string, i: number, triggers: readonly Trigger[], next: number[], chronoHits: number[], unitHits: number[]): void {
  for (const t of triggers) {
    if (i < next[t.id] || !text.startsWith(t.word, i)) continue;
    next[t.id] = i + t.word.length;
    (t.chrono ? chronoHits : unitHits).push(i);
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
