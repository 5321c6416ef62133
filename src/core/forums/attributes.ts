import type { ActorKind, ActorMention, Article, DateMention, Span } from '../types';
import { inOrder, lastStartingAtOrBefore, type ArticleWords, type Word } from '../statements/words';
import type { ForumCluster } from './coreference';
import type { ForumMention } from './mentions';
import { ATTEND_VERBS, HOST_VERBS, VIRTUAL_WORDS } from './lexicon';

export interface ForumFacts {
  date: string | null;
  place: string | null;
  host: string | null;
  participants: string[];
}

/** A day-precise date this far (UTF-16 units) from a mention, in its sentence, dates the forum. */
const DAY_REACH = 250;
/** A month or year must sit closer ("is scheduled for later in the month"). */
const COARSE_REACH = 40;
const PLACE_REACH = 60;
const PARTY_PREPOSITIONS = new Set(['between', 'with', 'of', 'among', 'including', 'and']);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over', 'in', 'at', 'to', 'regarding']);

export class FactFinder {
  private readonly actors: readonly ActorMention[];
  private readonly dates: readonly DateMention[];

  private readonly article: Article;
  private readonly bySentence = new Map<number, Word[]>();
  private readonly attendVerbs = new Map<number, number[]>();
  private readonly hosts = new Map<number, string | null>();
  private readonly virtual = new Map<number, boolean>();

  constructor(
    private readonly words: ArticleWords,
    actors: readonly ActorMention[],
    dates: readonly DateMention[],
  ) {
    this.article = words.article;
    this.actors = inOrder(actors, (a, b) => a.start - b.start);
    this.dates = inOrder(dates.filter((d) => d.kind === 'date'), (a, b) => a.start - b.start);
  }

  facts(c: ForumCluster): ForumFacts {
    const host = this.host(c);
    const participants: string[] = [];
    const seen = new Set<string>();
    const push = (id: string | null) => {
      if (!id || seen.has(id)) return;
      participants.push(id);
      seen.add(id);
    };
    push(host);
    for (const m of c.mentions) for (const a of this.within(m)) if (a.kind !== 'place' && !nested(c, a) && !this.topic(m, a)) push(a.id);
    for (const m of c.mentions) for (const id of this.attendees(m)) push(id);
    for (const id of c.verbMeeting?.participants ?? []) push(id);
    return { date: this.date(c), place: this.place(c), host, participants };
  }

  /** The words of a sentence, asked for by each of its mentions' facts: split once. */
  private sentenceWords(s: Span): Word[] {
    let words = this.bySentence.get(s.start);
    if (!words) this.bySentence.set(s.start, (words = this.words.within(s.start, s.end)));
    return words;
  }

  private sentence(pos: number): Span {
    const s = this.article.sentences[Math.max(0, lastStartingAtOrBefore(this.article.sentences, pos))];
    return s ?? { start: 0, end: this.article.text.length };
  }

  /** The actor mentions inside a span. */
  within(span: Span): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = Math.max(0, lastStartingAtOrBefore(this.actors, span.start)); i < this.actors.length && this.actors[i].start < span.end; i++) {
      if (this.actors[i].start >= span.start && this.actors[i].end <= span.end) out.push(this.actors[i]);
    }
    return out;
  }

  /** The last `n` of within(span), found from the end: a long span holds many. */
  private lastWithin(span: Span, n: number): ActorMention[] {
    const out: ActorMention[] = [];
    const first = Math.max(0, lastStartingAtOrBefore(this.actors, span.start));
    for (let i = lastStartingAtOrBefore(this.actors, span.end - 1); i >= first && out.length < n; i--) {
      if (this.actors[i].start >= span.start && this.actors[i].end <= span.end) out.unshift(this.actors[i]);
    }
    return out;
  }

  /** The nearest day-precise date in a mention's sentence, else a month or year right next to a mention. */
  private date(c: ForumCluster): string | null {
    let best: { d: DateMention; dist: number; day: boolean } | null = null;
    for (const m of c.mentions) {
      const s = this.sentence(m.start);
      for (const d of this.datesIn(s)) {
        const dist = d.start >= m.end ? d.start - m.end : d.end <= m.start ? m.start - d.end : 0;
        const day = d.weekday !== undefined || /^\d{4}-\d{2}-\d{2}$|^XXXX-\d{2}-\d{2}$/.test(d.value ?? '') || /day\b/i.test(d.text);
        if (dist > (day ? DAY_REACH : COARSE_REACH)) continue;
        if (!best || (day && !best.day) || (day === best.day && dist < best.dist)) best = { d, dist, day };
      }
    }
    return best ? best.d.value : null;
  }

  private datesIn(s: Span): DateMention[] {
    const out: DateMention[] = [];
    for (let i = Math.max(0, lastStartingAtOrBefore(this.dates, s.start)); i < this.dates.length && this.dates[i].start < s.end; i++) {
      if (this.dates[i].start >= s.start) out.push(this.dates[i]);
    }
    return out;
  }

  /** An actor in a complement of topic or place ("on the crisis in Afghanistan", "to the French senate") does not take part. */
  private topic(m: ForumMention, a: Span): boolean {
    if (a.start < m.head.end) return false;
    const words = this.words.within(m.head.end, a.start);
    for (let i = words.length - 1; i >= 0; i--) {
      if (PARTY_PREPOSITIONS.has(words[i].lower)) return false;
      if (TOPIC_PREPOSITIONS.has(words[i].lower)) return true;
    }
    return false;
  }

  /** Subjects of "met"/"attended" before a mention ("The G20 met for a special session"), objects of "joined by". */
  private attendees(m: Span): string[] {
    const text = this.article.text;
    const s = this.sentence(m.start);
    const words = this.sentenceWords(s);
    // The words before the mention, and the last of them that is an attend verb.
    let count = lastStartingAtOrBefore(words, m.start) + 1;
    while (count > 0 && words[count - 1].end > m.start) count--;
    const verbs = this.attendVerbsIn(s);
    const k = lastBelow(verbs, count);
    const out: string[] = [];
    if (k < 0) return out;
    const v = verbs[k];
    const by = v + 1 < count && words[v + 1].lower === 'by';
    const span = by ? { start: words[v + 1].end, end: m.start } : { start: clauseStart(text, s.start, words[v].start), end: words[v].start };
    for (const a of this.within(span)) if (a.kind !== 'place' && !out.includes(a.id)) out.push(a.id);
    return out;
  }

  /** A sentence that says "by video", "online", "by phone" …: asked by each of its mentions, answered once. */
  private isVirtual(s: Span): boolean {
    let answer = this.virtual.get(s.start);
    if (answer === undefined) {
      answer = this.sentenceWords(s).some((w) => VIRTUAL_WORDS.has(w) && w.lower !== 'call' && w.lower !== 'calls');
      this.virtual.set(s.start, answer);
    }
    return answer;
  }

  /** Indices of a sentence's attend verbs among its words, found once for all its mentions. */
  private attendVerbsIn(s: Span): number[] {
    let verbs = this.attendVerbs.get(s.start);
    if (!verbs) {
      verbs = [];
      const words = this.sentenceWords(s);
      for (let v = 0; v < words.length; v++) if (ATTEND_VERBS.has(words[v])) verbs.push(v);
      this.attendVerbs.set(s.start, verbs);
    }
    return verbs;
  }

  /** "virtual" when the forum is held by video or phone; else a place named in or just after a mention; else the series' place. */
  private place(c: ForumCluster): string | null {
    if (c.kinds.has('call') || c.kinds.has('video-conference')) return 'virtual';
    for (const m of c.mentions) {
      if (this.isVirtual(this.sentence(m.start))) return 'virtual';
    }
    for (const m of c.mentions) {
      const place = this.within(m).find((a) => a.kind === 'place');
      if (place) return place.id;
    }
    if (c.series?.place) return c.series.place;
    for (const m of c.mentions) {
      const s = this.sentence(m.start);
      const near = this.within({ start: m.end, end: Math.min(s.end, m.end + PLACE_REACH) }).find((a) => a.kind === 'place' && /\b(in|at)\s+(the\s+)?$/i.test(this.article.text.slice(Math.max(0, a.start - 8), a.start)));
      if (near) return near.id;
    }
    return null;
  }

  /** "hosted by X", "chaired by X", "X, who chaired …", or the series' usual host. */
  private host(c: ForumCluster): string | null {
    for (const m of c.mentions) {
      const hit = this.hostIn(this.sentence(m.start));
      if (hit) return hit;
    }
    return c.series?.host ?? null;
  }

  /** The host a sentence names, whichever of its mentions asks: found once. */
  private hostIn(s: Span): string | null {
    let hit = this.hosts.get(s.start);
    if (hit === undefined) this.hosts.set(s.start, (hit = this.findHostIn(s)));
    return hit;
  }

  private findHostIn(s: Span): string | null {
    const words = this.sentenceWords(s);
    for (let i = 0; i < words.length; i++) {
      if (!HOST_VERBS.has(words[i])) continue;
      const by = words.slice(i + 1, i + 4).findIndex((w) => w.lower === 'by');
      if (by >= 0) {
        const after = words[i + 1 + by];
        const hit = preferPerson(this.within({ start: after.end, end: Math.min(s.end, after.end + 80) }).slice(0, 3));
        if (hit) return hit;
      } else if (i > 0) {
        const hit = preferPerson(this.lastWithin({ start: s.start, end: words[i].start }, 2));
        if (hit) return hit;
      }
    }
    return null;
  }
}

const RANK: Record<ActorKind, number> = { person: 0, state: 1, organization: 2, group: 3, demonym: 4, place: 9 };

function preferPerson(actors: readonly ActorMention[]): string | null {
  const named = actors.filter((a) => a.kind !== 'place');
  if (!named.length) return null;
  return named.reduce((a, b) => (RANK[b.kind] < RANK[a.kind] ? b : a)).id;
}

/** An actor inside another forum's mention nested in this one's ("on the sidelines of the UN General Assembly"). */
function nested(c: ForumCluster, a: Span): boolean {
  return c.mentions.some((m) => m.inner.some((n) => n.start <= a.start && a.end <= n.end));
}

function clauseStart(text: string, floor: number, pos: number): number {
  for (let i = pos - 1; i >= floor; i--) if (',;:–—()'.includes(text[i])) return i + 1;
  return floor;
}

/** Index of the last of the sorted `values` below `limit`, or -1. */
function lastBelow(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < limit) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
