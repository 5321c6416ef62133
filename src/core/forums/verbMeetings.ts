import type { ActorMention, Span } from '../types';
import { lastStartingAtOrBefore, type ArticleWords } from '../statements/words';
import { MEET_VERBS } from './lexicon';
import type { ForumMention } from './mentions';
import { lowerBound } from '../arrays';

/** A meeting told only by a verb ("ministers will meet with Guterres"): a forum only if a later "the meeting" points to it. */
export interface VerbMeeting extends Span {
  sentence: number;
  future: boolean;
  participants: string[];
}

const FUTURE_BEFORE = new Set(['will', 'to', 'shall', 'would', '’ll', "'ll"]);

/** Meetings told by a verb, in the sentences where searchText found a "meet" verb may start (`meetVerbs`, in text order). */
export function findVerbMeetings(articleWords: ArticleWords, actors: readonly ActorMention[], mentions: readonly ForumMention[], meetVerbs: readonly number[]): VerbMeeting[] {
  const article = articleWords.article;
  const out: VerbMeeting[] = [];
  for (let s = 0; s < article.sentences.length; s++) {
    const sentence = article.sentences[s];
    const hit = lowerBound(meetVerbs, sentence.start);
    if (hit === meetVerbs.length || meetVerbs[hit] >= sentence.end) continue;
    const words = articleWords.within(sentence.start, sentence.end);
    const v = words.findIndex((w) => MEET_VERBS.has(w) && w.lower !== 'meeting' && !inside(mentions, w.start));
    if (v < 0) continue;
    const future = words.slice(Math.max(0, v - 3), v).some((w) => FUTURE_BEFORE.has(w.lower));
    const participants: string[] = [];
    let i = Math.max(0, lastStartingAtOrBefore(actors, sentence.start));
    for (; i < actors.length && actors[i].start < sentence.end; i++) {
      const a = actors[i];
      if (a.start < sentence.start || a.kind === 'place' || inside(mentions, a.start)) continue;
      if (!participants.includes(a.id)) participants.push(a.id);
    }
    out.push({ start: words[v].start, end: words[v].end, sentence: s, future, participants });
  }
  return out;
}

/** Whether `pos` falls in a mention (mentions sorted by start; a nested one sits right after its container). */
function inside(mentions: readonly ForumMention[], pos: number): boolean {
  const i = lastStartingAtOrBefore(mentions, pos);
  for (let k = i; k >= 0 && k > i - 4; k--) if (pos < mentions[k].end) return true;
  return false;
}
