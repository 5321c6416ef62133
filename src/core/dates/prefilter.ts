import data from '../data/dates.json';
import type { Sentence, Span } from '../types';

// Finding where a date may be is the costly part of finding it: chrono and the extractors' patterns read
// 1-30 MB/s, String.indexOf hundreds. So literal trigger words (src/core/data/dates.json) are located with
// indexOf, and only the stretches of text around them, cut at their sentence, are read by anyone.

/** Stretches of the article worth reading: around month and weekday names for chrono, around units of time and years for the rest. */
export interface TriggerWindows {
  chrono: Span[];
  units: Span[];
}

const YEAR_LIKE = /[12]\d{3}/g;

// How far around a trigger an expression may reach: "on Tuesday, October 12, 2021" after "Tue";
// "the beginning of next month" before "month".
const CHRONO_REACH = { before: 24, after: 40 };
const UNIT_REACH = { before: 40, after: 28 };

export function triggerWindows(text: string, sentences: readonly Sentence[], from: number): TriggerWindows {
  const chronoHits = literalHits(text, data.chronoTriggers, from);
  const unitHits = literalHits(text, data.unitTriggers, from);
  YEAR_LIKE.lastIndex = from;
  for (let m = YEAR_LIKE.exec(text); m; m = YEAR_LIKE.exec(text)) unitHits.push(m.index);
  return {
    chrono: windows(text, sentences, chronoHits, CHRONO_REACH),
    units: windows(text, sentences, unitHits, UNIT_REACH),
  };
}

function literalHits(text: string, words: readonly string[], from: number): number[] {
  const hits: number[] = [];
  for (const w of words) {
    for (let i = text.indexOf(w, from); i >= 0; i = text.indexOf(w, i + w.length)) hits.push(i);
  }
  return hits;
}

/** Windows of `reach` around each hit, cut at the hit's sentence, widened to whole words, merged when they meet. */
function windows(text: string, sentences: readonly Sentence[], hits: number[], reach: { before: number; after: number }): Span[] {
  const out: Span[] = [];
  hits.sort((a, b) => a - b);
  let s = 0;
  for (const hit of hits) {
    while (s < sentences.length && sentences[s].end <= hit) s++;
    if (s >= sentences.length) break;
    const sentence = sentences[s];
    if (sentence.start > hit) continue;
    let start = Math.max(sentence.start, hit - reach.before);
    let end = Math.min(sentence.end, hit + reach.after);
    while (start > sentence.start && !isSpace(text.charCodeAt(start - 1))) start--;
    while (end < sentence.end && !isSpace(text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end && last.end <= sentence.end && last.start >= sentence.start) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
