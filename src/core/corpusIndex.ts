import { Emitter, type Event } from './event';
import { KnowledgeBase } from './knowledge';
import { extract } from './pipeline';
import type { ActorKind, ActorMention, Article, ArticleAnnotations, DateMention, Forum, Statement, TextSpan } from './types';

/** One article as the index holds it. Ids inside are the article's own; `resolve` maps them to corpus ids. */
export interface IndexedArticle {
  name: string;
  article: Article;
  annotations: ArticleAnnotations;
}

export interface Located<T> {
  article: string;
  item: T;
}

export interface ActorCard {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  titles: string[];
  mentionsByArticle: { article: string; mentions: ActorMention[] }[];
  mentionCount: number;
  statements: Located<Statement>[];
  forums: Located<Forum>[];
  coActors: { id: string; name: string; count: number }[];
  firstDate: string | null;
  lastDate: string | null;
  known: boolean;
}

export interface ForumCard {
  id: string;
  forum: Forum;
  articles: string[];
  statements: Located<Statement>[];
  mentions: Located<TextSpan>[];
}

export interface DateCard {
  value: string;
  /** Date mentions, across the corpus, whose value overlaps this one. */
  mentions: Located<DateMention>[];
  forums: Located<Forum>[];
  articles: { article: string; docDate: string }[];
}

export interface FoundAt {
  actors: ActorMention[];
  dates: DateMention[];
  statements: Statement[];
  forumMentions: { forum: Forum; mention: TextSpan }[];
}

export interface SymbolMatch {
  kind: 'actor' | 'forum';
  id: string;
  name: string;
  detail: string;
  article: string;
  span: TextSpan;
}

export interface IndexChange {
  /** Articles added, updated or removed. */
  articles: string[];
}

/**
 * The cross-article index. Articles are added, updated and removed one at a time; each change
 * costs the size of that article (its extraction plus its entries in the posting maps).
 */
export class CorpusIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  /** actor id -> article name -> number of mentions. */
  private readonly actorPostings = new Map<string, Map<string, number>>();
  /** forum id -> article name -> the forum as that article sees it. */
  private readonly forumPostings = new Map<string, Map<string, Forum>>();
  /** surname -> full person id -> number of articles naming the full name. */
  private readonly surnames = new Map<string, Map<string, number>>();
  private readonly changed = new Emitter<IndexChange>();
  readonly onDidChange: Event<IndexChange> = this.changed.event;

  constructor(readonly kb: KnowledgeBase = KnowledgeBase.default()) {}

  get size(): number {
    return this.articles.size;
  }

  articleNames(): string[] {
    return [...this.articles.keys()];
  }

  get(name: string): IndexedArticle | undefined {
    return this.articles.get(name);
  }

  has(name: string): boolean {
    return this.articles.has(name);
  }

  /** Adds or replaces an article. */
  set(name: string, text: string): IndexedArticle {
    const { article, annotations } = extract(name, text, this.kb);
    return this.setExtracted({ name, article, annotations });
  }

  /** Adds an article extracted elsewhere (a worker thread, a cache). */
  setExtracted(entry: IndexedArticle): IndexedArticle {
    this.unlink(entry.name);
    this.articles.set(entry.name, entry);
    this.link(entry);
    this.changed.fire({ articles: [entry.name] });
    return entry;
  }

  delete(name: string): boolean {
    if (!this.articles.has(name)) return false;
    this.unlink(name);
    this.articles.delete(name);
    this.changed.fire({ articles: [name] });
    return true;
  }

  private link(entry: IndexedArticle): void {
    const a = entry.annotations;
    for (const m of a.actors) bump(this.actorPostings, m.id, entry.name, 1);
    for (const f of a.forums) getOrCreate(this.forumPostings, f.id).set(entry.name, f);
    for (const id of fullPersonIds(a.actors)) bump(this.surnames, surnameOf(id), id, 1);
  }

  private unlink(name: string): void {
    const old = this.articles.get(name);
    if (!old) return;
    const a = old.annotations;
    for (const m of a.actors) bump(this.actorPostings, m.id, name, -1);
    for (const f of a.forums) deleteIn(this.forumPostings, f.id, name);
    for (const id of fullPersonIds(a.actors)) bump(this.surnames, surnameOf(id), id, -1);
  }

  /**
   * The corpus id of an article-level id. A person named only by surname in one article ("Blinken")
   * is the full name another article gives ("Antony Blinken"), when the corpus knows exactly one.
   */
  resolve(id: string): string {
    if (id.includes('-')) return id;
    const full = this.surnames.get(id);
    if (!full || full.size === 0) return id;
    let best: string | null = null;
    let bestCount = 0;
    let tie = false;
    for (const [fid, n] of full) {
      if (n > bestCount) {
        best = fid;
        bestCount = n;
        tie = false;
      } else if (n === bestCount) tie = true;
    }
    return best && !tie ? best : id;
  }

  /** The article's annotations with corpus-wide ids, in the guideline's JSON shape. */
  annotations(name: string): ArticleAnnotations | undefined {
    const entry = this.articles.get(name);
    if (!entry) return undefined;
    const a = entry.annotations;
    const r = (id: string | null) => (id === null ? null : this.resolve(id));
    return {
      ...a,
      actors: a.actors.map((m) => ({ ...m, id: this.resolve(m.id) })),
      statements: a.statements.map((s) => ({ ...s, speaker: r(s.speaker) })),
      forums: a.forums.map((f) => ({ ...f, host: r(f.host), participants: unique(f.participants.map((p) => this.resolve(p))) })),
    };
  }

  /** Article-level ids that resolve to `id` (the id itself and surnames linked to it). */
  private localIds(id: string): string[] {
    const ids = [id];
    if (id.includes('-')) {
      const sur = surnameOf(id);
      if (sur !== id && this.actorPostings.has(sur) && this.resolve(sur) === id) ids.push(sur);
    }
    return ids;
  }

  /** Everything annotated at an offset of an article. */
  at(name: string, offset: number): FoundAt {
    const found: FoundAt = { actors: [], dates: [], statements: [], forumMentions: [] };
    const entry = this.articles.get(name);
    if (!entry) return found;
    const a = entry.annotations;
    const inside = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
    found.actors = a.actors.filter(inside).map((m) => ({ ...m, id: this.resolve(m.id) }));
    found.dates = a.dates.filter(inside);
    found.statements = a.statements.filter(inside).map((s) => ({ ...s, speaker: s.speaker && this.resolve(s.speaker) }));
    for (const f of a.forums) for (const m of f.mentions) if (inside(m)) found.forumMentions.push({ forum: f, mention: m });
    return found;
  }

  /** Every mention of an actor across the corpus, by article. */
  references(id: string): Located<ActorMention>[] {
    const out: Located<ActorMention>[] = [];
    for (const local of this.localIds(id)) {
      const postings = this.actorPostings.get(local);
      if (!postings) continue;
      for (const name of postings.keys()) {
        for (const m of this.articles.get(name)!.annotations.actors) if (m.id === local) out.push({ article: name, item: { ...m, id } });
      }
    }
    return out.sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : x.item.start - y.item.start));
  }

  /** The actor's first mention: in the earliest-dated article (undated last), then by name and offset. */
  firstMention(id: string): Located<ActorMention> | undefined {
    let best: Located<ActorMention> | undefined;
    let bestKey = '';
    for (const r of this.references(id)) {
      const date = this.articles.get(r.article)!.article.docDate ?? '9999';
      const key = `${date}\u0000${r.article}\u0000${String(r.item.start).padStart(12, '0')}`;
      if (!best || key < bestKey) [best, bestKey] = [r, key];
    }
    return best;
  }

  actorCard(id: string): ActorCard | undefined {
    const refs = this.references(id);
    const known = this.kb.get(id);
    if (refs.length === 0 && !known) return undefined;
    const byArticle = new Map<string, ActorMention[]>();
    for (const r of refs) getOrCreateList(byArticle, r.article).push(r.item);
    const names = new Map<string, number>();
    const titles = new Set<string>();
    const kinds = new Map<ActorKind, number>();
    for (const r of refs) {
      names.set(r.item.text, (names.get(r.item.text) ?? 0) + 1);
      if (r.item.title) titles.add(r.item.title);
      kinds.set(r.item.kind, (kinds.get(r.item.kind) ?? 0) + 1);
    }
    const statements: Located<Statement>[] = [];
    const forums = new Map<string, Located<Forum>>();
    const co = new Map<string, number>();
    const dates: string[] = [];
    for (const name of byArticle.keys()) {
      const entry = this.articles.get(name)!;
      const a = entry.annotations;
      for (const s of a.statements) if (s.speaker && this.resolve(s.speaker) === id) statements.push({ article: name, item: s });
      for (const f of a.forums) {
        const attended = f.participants.some((p) => this.resolve(p) === id) || (f.host !== null && this.resolve(f.host) === id);
        if (attended && !forums.has(f.id)) forums.set(f.id, { article: name, item: f });
      }
      for (const other of new Set(a.actors.map((m) => this.resolve(m.id)))) if (other !== id) co.set(other, (co.get(other) ?? 0) + 1);
      if (entry.article.docDate) dates.push(entry.article.docDate);
    }
    dates.sort();
    const name = known?.name ?? longest([...names.keys()]) ?? id;
    const kind = known?.kind ?? mostCommon(kinds) ?? 'person';
    return {
      id,
      name,
      kind,
      aliases: unique([...(known?.aliases ?? []), ...names.keys()]).filter((n) => n !== name),
      titles: [...titles],
      mentionsByArticle: [...byArticle].map(([article, mentions]) => ({ article, mentions })),
      mentionCount: refs.length,
      statements,
      forums: [...forums.values()],
      coActors: [...co]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, 10)
        .map(([cid, count]) => ({ id: cid, name: this.actorName(cid), count })),
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      known: !!known,
    };
  }

  /** An actor's kind without building its whole card: the data's, else that of a mention. */
  actorKind(id: string): ActorKind {
    const known = this.kb.get(id);
    if (known) return known.kind;
    for (const local of this.localIds(id)) {
      const first = this.actorPostings.get(local)?.keys().next().value;
      if (first === undefined) continue;
      const m = this.articles.get(first)!.annotations.actors.find((x) => x.id === local);
      if (m) return m.kind;
    }
    return 'person';
  }

  /** A display name for an actor id without building its whole card. */
  actorName(id: string): string {
    const known = this.kb.get(id);
    if (known) return known.name;
    let best = id;
    for (const local of this.localIds(id)) {
      const postings = this.actorPostings.get(local);
      const first = postings?.keys().next().value;
      if (first === undefined) continue;
      for (const m of this.articles.get(first)!.annotations.actors) if (m.id === local && m.text.length > best.length - 1) best = m.text;
      break;
    }
    return best;
  }

  forumCard(id: string): ForumCard | undefined {
    const postings = this.forumPostings.get(id);
    if (!postings || postings.size === 0) return undefined;
    const statements: Located<Statement>[] = [];
    const mentions: Located<TextSpan>[] = [];
    let merged: Forum | undefined;
    for (const [name, f] of postings) {
      merged = merged ? mergeForum(merged, f) : { ...f, participants: [...f.participants] };
      for (const m of f.mentions) mentions.push({ article: name, item: m });
      for (const s of this.articles.get(name)!.annotations.statements) if (s.forum === id) statements.push({ article: name, item: s });
    }
    const forum: Forum = {
      ...merged!,
      host: merged!.host && this.resolve(merged!.host),
      participants: unique(merged!.participants.map((p) => this.resolve(p))),
    };
    return { id, forum, articles: [...postings.keys()], statements, mentions };
  }

  forums(): ForumCard[] {
    const out: ForumCard[] = [];
    for (const id of this.forumPostings.keys()) {
      const card = this.forumCard(id);
      if (card) out.push(card);
    }
    return out;
  }

  /** Actor ids in the corpus with their mention counts. */
  actors(): { id: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const [local, postings] of this.actorPostings) {
      let n = 0;
      for (const c of postings.values()) n += c;
      if (n === 0) continue;
      const id = this.resolve(local);
      counts.set(id, (counts.get(id) ?? 0) + n);
    }
    return [...counts].map(([id, count]) => ({ id, count }));
  }

  statements(): Located<Statement>[] {
    const out: Located<Statement>[] = [];
    for (const [name, entry] of this.articles) {
      for (const s of entry.annotations.statements) out.push({ article: name, item: { ...s, speaker: s.speaker && this.resolve(s.speaker) } });
    }
    return out;
  }

  /** What happened on a date (a day, month, year or range) across the corpus. */
  onDate(value: string): DateCard {
    const range = valueRange(value);
    const card: DateCard = { value, mentions: [], forums: [], articles: [] };
    if (!range) return card;
    const hit = (v: string | null) => {
      const r = v ? valueRange(v) : null;
      return !!r && r[0] <= range[1] && range[0] <= r[1];
    };
    for (const [name, entry] of this.articles) {
      const a = entry.annotations;
      for (const d of a.dates) if (d.kind === 'date' && hit(d.value)) card.mentions.push({ article: name, item: d });
      for (const f of a.forums) if (hit(f.date) && !card.forums.some((x) => x.item.id === f.id)) card.forums.push({ article: name, item: f });
      if (a.docDate && hit(a.docDate)) card.articles.push({ article: name, docDate: a.docDate });
    }
    return card;
  }

  /** Actors and forums whose name contains the query (case-insensitive), for workspace symbol search. */
  symbols(query: string, limit = 200): SymbolMatch[] {
    return this.matchSymbols(query.toLowerCase(), limit).sort((x, y) => x.name.localeCompare(y.name) || x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id));
  }

  private matchSymbols(q: string, limit: number): SymbolMatch[] {
    const out: SymbolMatch[] = [];
    for (const { id } of this.actors()) {
      const card = this.actorCard(id);
      if (!card) continue;
      const hitName = [card.name, ...card.aliases].some((n) => n.toLowerCase().includes(q));
      const first = card.mentionsByArticle[0];
      if (!hitName || !first) continue;
      out.push({ kind: 'actor', id, name: card.name, detail: card.kind, article: first.article, span: first.mentions[0] });
      if (out.length >= limit) return out;
    }
    for (const [id, postings] of this.forumPostings) {
      const [article, f] = postings.entries().next().value ?? [];
      if (!article || !f || !f.name.toLowerCase().includes(q)) continue;
      out.push({ kind: 'forum', id, name: f.name, detail: f.date ?? 'forum', article, span: f.mentions[0] });
      if (out.length >= limit) return out;
    }
    return out;
  }
}

function fullPersonIds(actors: readonly ActorMention[]): Set<string> {
  const ids = new Set<string>();
  for (const m of actors) if (m.kind === 'person' && m.id.includes('-')) ids.add(m.id);
  return ids;
}

function surnameOf(id: string): string {
  return id.slice(id.lastIndexOf('-') + 1);
}

/** The first and last day an ISO value covers ("2021-08" -> 2021-08-01..2021-08-31), or null. */
export function valueRange(value: string): [string, string] | null {
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    const ra = valueRange(a);
    const rb = valueRange(b);
    return ra && rb ? [ra[0], rb[1]] : null;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, value];
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, '0')}`];
  }
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  return null;
}

function mergeForum(a: Forum, b: Forum): Forum {
  return {
    ...a,
    name: a.name.length >= b.name.length ? a.name : b.name,
    date: a.date ?? b.date,
    place: a.place ?? b.place,
    host: a.host ?? b.host,
    participants: unique([...a.participants, ...b.participants]),
    status: a.status && b.status ? a.status : undefined,
    mentions: [...a.mentions, ...b.mentions],
  };
}

function bump<K, L>(map: Map<K, Map<L, number>>, key: K, inner: L, by: number): void {
  const m = getOrCreate(map, key);
  const n = (m.get(inner) ?? 0) + by;
  if (n > 0) m.set(inner, n);
  else m.delete(inner);
  if (m.size === 0) map.delete(key);
}

function deleteIn<K, L, V>(map: Map<K, Map<L, V>>, key: K, inner: L): void {
  const m = map.get(key);
  if (!m) return;
  m.delete(inner);
  if (m.size === 0) map.delete(key);
}

function getOrCreate<K, L, V>(map: Map<K, Map<L, V>>, key: K): Map<L, V> {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  return m;
}

function getOrCreateList<K, V>(map: Map<K, V[]>, key: K): V[] {
  let l = map.get(key);
  if (!l) map.set(key, (l = []));
  return l;
}

function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

function longest(xs: string[]): string | undefined {
  return xs.sort((a, b) => b.length - a.length)[0];
}

function mostCommon<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let n = -1;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}
