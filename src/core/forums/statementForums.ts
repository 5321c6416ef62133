import type { Article, Forum, Statement } from '../types';
import { COLLECTIVE_SPEAKER } from '../statements/lexicon';
import { lastStartingAtOrBefore } from '../statements/words';

/** Statements whose cue says they were not spoken at a forum. */
const OFF_FORUM = /\b(tweet|tweeted|twitter|interview|letter|wrote|op-ed)\b/i;

/**
 * Sets `statement.forum`: a forum named in the statement's sentence (or its cue's), else in the sentence
 * before; else the forum of the same speaker's statement nearby (before, then after); else of the
 * statement just before. 
 */
export function assignStatementForums(article: Article, forums: readonly Forum[], statements: Statement[]): void {
  const bySentence = new Map<number, { forum: string; start: number }[]>();
  for (const f of forums) {
    for (const m of f.mentions) {
      const k = sentenceOf(article, m.start);
      let list = bySentence.get(k);
      if (!list) bySentence.set(k, (list = []));
      list.push({ forum: f.id, start: m.start });
    }
  }
  const para = (pos: number) => Math.max(0, lastStartingAtOrBefore(article.paragraphs, pos));
  // Each statement's cue tested and paragraph found once: the second pass looks ahead at up to ten of them.
  const offForum = statements.map((s) => !!s.cue && OFF_FORUM.test(s.cue));
  const paragraphOf = statements.map((s) => para(s.start));
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (offForum[i]) continue;
    const first = sentenceOf(article, Math.min(s.start, s.cueSpan?.start ?? s.start));
    const last = sentenceOf(article, Math.max(s.end - 1, s.cueSpan ? s.cueSpan.end - 1 : 0));
    const anchor = s.cueSpan ? s.cueSpan.start : s.start;
    // The mention nearest the anchor, the first of equals.
    let nearest: { forum: string; start: number } | null = null;
    for (let k = first; k <= last && k - first < 20; k++) {
      for (const m of bySentence.get(k) ?? []) if (!nearest || Math.abs(m.start - anchor) < Math.abs(nearest.start - anchor)) nearest = m;
    }
    if (nearest) s.forum = nearest.forum;
    else {
      const before = bySentence.get(first - 1);
      if (before?.length) s.forum = before[before.length - 1].forum;
    }
  }
  const lastBySpeaker = new Map<string | null, Statement>();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    const p = paragraphOf[i];
    if (!s.forum && !offForum[i]) {
      // A collective ("participants") speaks for one forum however far apart its statements are.
      const same = lastBySpeaker.get(s.speaker);
      const sameBefore = same && (p - para(same.start) <= 3 || s.speaker === COLLECTIVE_SPEAKER) ? same : undefined;
      let sameAfter: Statement | undefined;
      for (let k = i + 1; k < statements.length && k <= i + 10 && !sameAfter; k++) {
        const t = statements[k];
        if (t.speaker === s.speaker && t.forum && paragraphOf[k] - p <= 1) sameAfter = t;
      }
      const previous = i > 0 && paragraphOf[i - 1] >= p - 1 ? statements[i - 1] : undefined;
      s.forum = sameBefore?.forum ?? sameAfter?.forum ?? previous?.forum ?? null;
    }
    if (s.forum) lastBySpeaker.set(s.speaker, s);
  }
}

/** A collective speaker ("participants stated in a joint statement") becomes its forum's own collective. */
export function nameCollectives(forums: readonly Forum[], statements: Statement[]): void {
  const byId = new Map<string, Forum>();
  for (const f of forums) if (!byId.has(f.id)) byId.set(f.id, f);
  for (const s of statements) {
    if (s.speaker !== COLLECTIVE_SPEAKER) continue;
    const f = s.forum === null ? undefined : byId.get(s.forum);
    if (!f) continue;
    s.speaker = `${f.id.replace(/-\d{4}(-\d{2}){0,2}$/, '')}-${COLLECTIVE_SPEAKER}`;
    if (!f.participants.includes(s.speaker)) f.participants.push(s.speaker);
  }
}

function sentenceOf(article: Article, pos: number): number {
  return Math.max(0, lastStartingAtOrBefore(article.sentences, pos));
}
