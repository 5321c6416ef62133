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

export interface ActorArticle {
  article: string;
  count: number;
  /** The first mention in that article. */
  first: ActorMention;
}

export interface ActorCard {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  titles: string[];
  /** Articles that mention the actor (up to the limit asked for), in corpus order. */
  articles: ActorArticle[];
  articleCount: number;
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

export interface CardOptions {
  /** How many articles to list (all by default); counts always cover the whole corpus. */
  articleLimit?: number;
  /** How many statements and forums to list. */
  listLimit?: number;
}

type Counts<K> = Map<K, number>;

/**
 * The cross-article index. Articles are added, updated and removed one at a time; each change
 * costs the size of that article: it is extracted, and its entries are added to (or taken from)
 * the aggregate maps below, so that a card is read from the maps instead of scanning the corpus.
 * All maps are keyed by article-level ids; `resolve` merges a lone surname into its full name at read time.
 */
export class CorpusIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  /** actor id -> article -> mentions. */
  private readonly actorPostings = new Map<string, Counts<string>>();
  /** actor id -> surface text -> mentions (the aliases). */
  private readonly surfaces = new Map<string, Counts<string>>();
  private readonly titles = new Map<string, Counts<string>>();
  private readonly kinds = new Map<string, Counts<ActorKind>>();
  /** speaker id -> article -> statements. */
  private readonly speakerPostings = new Map<string, Counts<string>>();
  /** actor id -> forum id -> articles naming the actor as participant or host. */
  private readonly attendance = new Map<string, Counts<string>>();
  /** actor id -> other actor id -> articles naming both. */
  private readonly coOccurrence = new Map<string, Counts<string>>();
  /** forum id -> article -> the forum as that article sees it. */
  private readonly forumPostings = new Map<string, Map<string, Forum>>();
  /** month ("2021-08") -> articles with a date, forum or header in it. */
  private readonly months = new Map<string, Counts<string>>();
  /** surname -> full person id -> articles naming the full name. */
  private readonly surnames = new Map<string, Counts<string>>();
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
    const old = this.articles.get(entry.name);
    if (old) this.account(old, -1);
    this.articles.set(entry.name, entry);
    this.account(entry, 1);
    this.changed.fire({ articles: [entry.name] });
    return entry;
  }

  delete(name: string): boolean {
    const old = this.articles.get(name);
    if (!old) return false;
    this.account(old, -1);
    this.articles.delete(name);
    this.changed.fire({ articles: [name] });
    return true;
  }

  /** Adds (+1) or takes away (-1) an article's contribution to every aggregate. */
  private account(entry: IndexedArticle, sign: 1 | -1): void {
    const name = entry.name;
    const a = entry.annotations;
    const ids = new Set<string>();
    const fullPersons = new Set<string>();
    for (const m of a.actors) {
      ids.add(m.id);
      if (m.kind === 'person' && m.id.includes('-')) fullPersons.add(m.id);
      bump(this.actorPostings, m.id, name, sign);
      bump(this.surfaces, m.id, m.text, sign);
      bump(this.kinds, m.id, m.kind, sign);
      if (m.title) bump(this.titles, m.id, m.title, sign);
    }
    for (const id of ids) for (const other of ids) if (other !== id) bump(this.coOccurrence, id, other, sign);
    for (const s of a.statements) if (s.speaker) bump(this.speakerPostings, s.speaker, name, sign);
    const monthsHere = new Set<string>();
    for (const f of a.forums) {
      if (sign > 0) getOrCreate(this.forumPostings, f.id).set(name, f);
      else deleteIn(this.forumPostings, f.id, name);
      for (const p of new Set([...f.participants, ...(f.host ? [f.host] : [])])) bump(this.attendance, p, f.id, sign);
      for (const m of monthsOf(f.date)) monthsHere.add(m);
    }
    for (const d of a.dates) if (d.kind === 'date') for (const m of monthsOf(d.value)) monthsHere.add(m);
    for (const m of monthsOf(a.docDate)) monthsHere.add(m);
    for (const m of monthsHere) bump(this.months, m, name, sign);
    for (const id of fullPersons) bump(this.surnames, surnameOf(id), id, sign);
  }

  /**
   * The corpus id of an article-level id. A person named only by surname in one article ("Blinken")
   * is the full name another article gives ("Antony Blinken"), when the corpus knows one most often.
   */
  resolve(id: string): string {
    if (id.includes('-')) return id;
    const full = this.surnames.get(id);
    if (!full) return id;
    let best: string | null = null;
    let bestCount = 0;
    let tie = false;
    for (const [fid, n] of full) {
      if (n > bestCount) [best, bestCount, tie] = [fid, n, false];
      else if (n === bestCount) tie = true;
    }
    return best && !tie ? best : id;
  }

  /** Article-level ids that resolve to `id` (the id itself and a surname linked to it). */
  private localIds(id: string): string[] {
    const ids = [id];
    const sur = surnameOf(id);
    if (sur !== id && this.actorPostings.has(sur) && this.resolve(sur) === id) ids.push(sur);
    return ids;
  }

  /** Sums an aggregate over the local ids of an actor. */
  private merged<K>(map: Map<string, Counts<K>>, id: string): Counts<K> {
    const locals = this.localIds(id);
    if (locals.length === 1) return map.get(id) ?? new Map();
    const out = new Map<K, number>();
    for (const l of locals) for (const [k, n] of map.get(l) ?? []) out.set(k, (out.get(k) ?? 0) + n);
    return out;
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

  /** Every mention of an actor across the corpus, in corpus order. */
  references(id: string): Located<ActorMention>[] {
    const out: Located<ActorMention>[] = [];
    for (const local of this.localIds(id)) {
      for (const name of this.actorPostings.get(local)?.keys() ?? []) {
        for (const m of this.articles.get(name)!.annotations.actors) if (m.id === local) out.push({ article: name, item: { ...m, id } });
      }
    }
    return out.sort((x, y) => compareNames(x.article, y.article) || x.item.start - y.item.start);
  }

  /** The actor's first mention: in the earliest-dated article (undated last), then by name and offset. */
  firstMention(id: string): Located<ActorMention> | undefined {
    let best: string | undefined;
    let bestKey = '';
    for (const name of this.merged(this.actorPostings, id).keys()) {
      const key = `${this.articles.get(name)!.article.docDate ?? '9999'}\u0000${name}`;
      if (best === undefined || key < bestKey) [best, bestKey] = [name, key];
    }
    if (best === undefined) return undefined;
    const locals = new Set(this.localIds(id));
    const m = this.articles.get(best)!.annotations.actors.find((x) => locals.has(x.id));
    return m && { article: best, item: { ...m, id } };
  }

  actorCard(id: string, options: CardOptions = {}): ActorCard | undefined {
    const postings = this.merged(this.actorPostings, id);
    const known = this.kb.get(id);
    if (postings.size === 0 && !known) return undefined;
    const locals = new Set(this.localIds(id));
    const articleLimit = options.articleLimit ?? Infinity;
    const listLimit = options.listLimit ?? Infinity;

    let mentionCount = 0;
    let firstDate: string | null = null;
    let lastDate: string | null = null;
    for (const [name, n] of postings) {
      mentionCount += n;
      const d = this.articles.get(name)!.article.docDate;
      if (d && (!firstDate || d < firstDate)) firstDate = d;
      if (d && (!lastDate || d > lastDate)) lastDate = d;
    }
    const names = [...postings.keys()];
    const listed = names.length > articleLimit ? smallest(names, articleLimit, compareNames) : names.sort(compareNames);
    const articles = listed.map((article) => {
      const mentions = this.articles.get(article)!.annotations.actors.filter((m) => locals.has(m.id));
      return { article, count: mentions.length, first: { ...mentions[0], id } };
    });

    const statements: Located<Statement>[] = [];
    const speakerArticles = [...this.merged(this.speakerPostings, id).keys()].sort(compareNames);
    for (const name of speakerArticles) {
      for (const s of this.articles.get(name)!.annotations.statements) {
        if (statements.length >= listLimit) break;
        if (s.speaker && locals.has(s.speaker)) statements.push({ article: name, item: { ...s, speaker: id } });
      }
    }
    const forums: Located<Forum>[] = [];
    for (const fid of this.merged(this.attendance, id).keys()) {
      if (forums.length >= listLimit) break;
      const first = this.forumPostings.get(fid)?.entries().next().value;
      if (first) forums.push({ article: first[0], item: first[1] });
    }

    const co = new Map<string, number>();
    for (const [other, n] of this.merged(this.coOccurrence, id)) {
      const r = this.resolve(other);
      if (r !== id) co.set(r, (co.get(r) ?? 0) + n);
    }
    const coActors = topK(co, 10).map(([cid, count]) => ({ id: cid, name: this.actorName(cid), count }));

    const surfaces = this.merged(this.surfaces, id);
    const name = known?.name ?? longest(surfaces.keys()) ?? id;
    return {
      id,
      name,
      kind: known?.kind ?? mostCommon(this.merged(this.kinds, id)) ?? 'person',
      aliases: unique([...(known?.aliases ?? []), ...surfaces.keys()]).filter((n) => n !== name),
      titles: [...this.merged(this.titles, id).keys()],
      articles,
      articleCount: postings.size,
      mentionCount,
      statements,
      forums,
      coActors,
      firstDate,
      lastDate,
      known: !!known,
    };
  }

  /** An actor's kind without building its card: the data's, else the most common among its mentions. */
  actorKind(id: string): ActorKind {
    return this.kb.get(id)?.kind ?? mostCommon(this.merged(this.kinds, id)) ?? 'person';
  }

  /** A display name for an actor id without building its card: the data's, else its longest alias. */
  actorName(id: string): string {
    return this.kb.get(id)?.name ?? longest(this.merged(this.surfaces, id).keys()) ?? id;
  }

  forumCard(id: string): ForumCard | undefined {
    const postings = this.forumPostings.get(id);
    if (!postings || postings.size === 0) return undefined;
    const statements: Located<Statement>[] = [];
    const mentions: Located<TextSpan>[] = [];
    let merged: Forum | undefined;
    const names = [...postings.keys()].sort(compareNames);
    for (const name of names) {
      const f = postings.get(name)!;
      merged = merged ? mergeForum(merged, f) : { ...f, participants: [...f.participants] };
      for (const m of f.mentions) mentions.push({ article: name, item: m });
      for (const s of this.articles.get(name)!.annotations.statements) {
        if (s.forum === id) statements.push({ article: name, item: { ...s, speaker: s.speaker && this.resolve(s.speaker) } });
      }
    }
    const forum: Forum = {
      ...merged!,
      host: merged!.host && this.resolve(merged!.host),
      participants: unique(merged!.participants.map((p) => this.resolve(p))),
    };
    return { id, forum, articles: names, statements, mentions };
  }

  forumIds(): string[] {
    return [...this.forumPostings.keys()];
  }

  forums(): ForumCard[] {
    return this.forumIds().map((id) => this.forumCard(id)!);
  }

  /** Actor ids in the corpus with their mention counts. */
  actors(): { id: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const [local, postings] of this.actorPostings) {
      let n = 0;
      for (const c of postings.values()) n += c;
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
    const candidates = new Set<string>();
    for (const m of monthsBetween(range[0], range[1])) for (const name of this.months.get(m)?.keys() ?? []) candidates.add(name);
    const seenForums = new Set<string>();
    for (const name of [...candidates].sort(compareNames)) {
      const a = this.articles.get(name)!.annotations;
      for (const d of a.dates) if (d.kind === 'date' && hit(d.value)) card.mentions.push({ article: name, item: d });
      for (const f of a.forums) {
        if (hit(f.date) && !seenForums.has(f.id)) {
          seenForums.add(f.id);
          card.forums.push({ article: name, item: f });
        }
      }
      if (a.docDate && hit(a.docDate)) card.articles.push({ article: name, docDate: a.docDate });
    }
    return card;
  }

  /** Actors and forums whose name or alias contains the query (case-insensitive), for workspace symbol search. */
  symbols(query: string, limit = 200): SymbolMatch[] {
    const q = query.toLowerCase();
    const out: SymbolMatch[] = [];
    const seen = new Set<string>();
    for (const [local, surfaces] of this.surfaces) {
      const id = this.resolve(local);
      if (seen.has(id)) continue;
      const known = this.kb.get(id);
      const hit = [...surfaces.keys(), ...(known ? [known.name] : [])].some((n) => n.toLowerCase().includes(q));
      if (!hit) continue;
      seen.add(id);
      const first = this.firstMention(id);
      if (first) out.push({ kind: 'actor', id, name: this.actorName(id), detail: this.actorKind(id), article: first.article, span: first.item });
      if (out.length >= limit) break;
    }
    for (const [id, postings] of this.forumPostings) {
      if (out.length >= limit) break;
      const [article, f] = postings.entries().next().value ?? [];
      if (!article || !f || !f.name.toLowerCase().includes(q)) continue;
      out.push({ kind: 'forum', id, name: f.name, detail: f.date ?? 'forum', article, span: f.mentions[0] });
    }
    return out.sort((x, y) => x.name.localeCompare(y.name) || x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id));
  }
}

function surnameOf(id: string): string {
  return id.slice(id.lastIndexOf('-') + 1);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first and last day an ISO value covers ("2021-08" -> 2021-08-01..2021-08-31), or null. */
export function valueRange(value: string): [string, string] | null {
  const slash = value.indexOf('/');
  if (slash >= 0) {
    const ra = valueRange(value.slice(0, slash));
    const rb = valueRange(value.slice(slash + 1));
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

/** The months ("YYYY-MM") a date value touches; a value spanning more than two years is not indexed by month. */
function monthsOf(value: string | null): string[] {
  const r = value ? valueRange(value) : null;
  return r ? monthsBetween(r[0], r[1]) : [];
}

function monthsBetween(from: string, to: string): string[] {
  let y = +from.slice(0, 4);
  let m = +from.slice(5, 7);
  const ey = +to.slice(0, 4);
  const em = +to.slice(5, 7);
  const out: string[] = [];
  while ((y < ey || (y === ey && m <= em)) && out.length <= 24) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
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

function bump<K, L>(map: Map<K, Counts<L>>, key: K, inner: L, by: number): void {
  let m = map.get(key);
  if (!m) {
    if (by <= 0) return;
    map.set(key, (m = new Map()));
  }
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

function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

function longest(xs: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const x of xs) if (best === undefined || x.length > best.length || (x.length === best.length && x < best)) best = x;
  return best;
}

function mostCommon<K>(counts: Counts<K>): K | undefined {
  let best: K | undefined;
  let n = -1;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/** The k largest counts, ties by key, in one pass plus a sort of k items. */
function topK(counts: Counts<string>, k: number): [string, number][] {
  const top: [string, number][] = [];
  const better = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const e of counts) {
    if (top.length < k) top.push(e);
    else {
      let worst = 0;
      for (let i = 1; i < top.length; i++) if (better(top[worst], top[i])) worst = i;
      if (better(e, top[worst])) top[worst] = e;
    }
  }
  return top.sort((a, b) => (better(a, b) ? -1 : 1));
}

/** The k smallest items by `cmp`, sorted. */
function smallest<T>(xs: T[], k: number, cmp: (a: T, b: T) => number): T[] {
  if (xs.length <= k) return [...xs].sort(cmp);
  const top: T[] = [];
  for (const x of xs) {
    if (top.length < k) {
      top.push(x);
      if (top.length === k) top.sort(cmp);
    } else if (cmp(x, top[k - 1]) < 0) {
      top[k - 1] = x;
      top.sort(cmp);
    }
  }
  return top;
}
