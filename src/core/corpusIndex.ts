import { Emitter, type Event } from './event';
import { KnowledgeBase } from './knowledge';
import { extract } from './pipeline';
import { ACTOR, byNumber, copyForum, DATE, dayRange, DISTINCT, NONE, packArticle, PackedReader, renumberRecords, sections, SLICE, STATEMENT, type PackedArticle, type SharedStrings } from './packedArticle';
import { ACTOR_KINDS, type ActorKind, type ActorMention, type Article, type ArticleAnnotations, type DateMention, type Forum, type Statement, type TextSpan } from './types';
import { grow, lowerBound, Tally } from './arrays';

export { SharedStrings, StringTable, valueRange, type PackedArticle } from './packedArticle';

/** One article as the index gives it out (rebuilt from its packed form when asked). Ids inside are the article's own; `resolve` maps them to corpus ids. */
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
  /** Date mentions, across the corpus, whose value overlaps this one (the first `listLimit`, in article order). */
  mentions: Located<DateMention>[];
  /** All of them, listed or not. */
  mentionCount: number;
  /** Forums whose date overlaps this one, each once, in the order of the first article naming it (the first `listLimit`). */
  forums: Located<Forum>[];
  /** All of them, listed or not. */
  forumCount: number;
  /** Articles whose header date overlaps this one (the first `listLimit`, in article order). */
  articles: { article: string; docDate: string }[];
  /** All of them, listed or not. */
  articleCount: number;
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

/** An actor as the analyst corrected it. */
export interface ActorOverrides {
  name?: string;
  kind?: ActorKind;
  aliases?: string[];
}

export interface CardOptions {
  /** How many articles to list (all by default); counts always cover the whole corpus. */
  articleLimit?: number;
  /** How many statements and forums to list. */
  listLimit?: number;
}

/** An actor seen in this many articles keeps its co-occurrence counts up to date; below, a card counts them from its articles. */
/** Articles given out as objects (`get`) are kept for the next ask: the open editors, a card's articles. */
const RECENT = 32;
/**
 * An actor named in this many articles keeps a row of co-occurrence counts (one per actor number), so its
 * card need not read every one of its articles (each a few cache misses: about 1 µs an article).
 */
const HOT = 512;
/** Sorts after every header date: undated articles come last. */
const UNDATED = '9999';

/** One article as stored: its packed form with corpus-wide string and actor numbers. */
interface Stored extends PackedArticle {
  slot: number;
  at: ReturnType<typeof sections>;
}

/**
 * What the index knows of one article-level actor id. The lists hold pairs (key, count); `articles` and
 * `speaks` are sorted by article name, so a card lists its first articles without sorting them all.
 */
class ActorStats {
  mentions = 0;
  articles = new Postings();
  speaks = new Postings();
  surfaces: number[] = [];
  kinds: number[] = [];
  titles: number[] = [];
  /** Articles naming the actor as a forum's participant or host, and how many forums there. */
  attends = new Postings();
  /** Bumped whenever an article naming the actor is added or removed: what cached answers are checked against. */
  version = 0;
  /** Articles naming this actor and each other actor (by actor number); only for actors in HOT or more articles, once built (buildCoRows, coOf). */
  co: Uint16Array | Int32Array | null = null;
  /**
   * Earliest and latest article date and the first article (earliest dated, undated last): kept up as articles
   * are added, so a card never scans the actor's articles; recomputed only after the removal of an extreme.
   */
  dated = true;
  firstDate: string | null = null;
  lastDate: string | null = null;
  firstSlot = -1;
  /** The header date of `firstSlot`'s article (UNDATED for none): compared without fetching the article. */
  firstSlotDate = UNDATED;

  get articleCount(): number {
    return this.articles.length >> 1;
  }
}

/**
 * The cross-article index. Articles are added, updated and removed one at a time; each change costs the
 * size of that article: its packed records are added to (or taken from) the aggregates below, so that a
 * card is read from them instead of scanning the corpus. An article is kept packed (typed arrays, UTF-8
 * text, strings and ids numbered once for the corpus) and rebuilt as objects only when asked for.
 * Aggregates are keyed by article-level ids; `resolve` merges a lone surname into its full name at read time.
 */
export class CorpusIndex {
  private readonly articles = new Map<string, Stored>();
  /** Article name by slot, and the slots free for reuse. */
  private readonly names: string[] = [];
  private readonly bySlot: (Stored | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  /** The slot of the article whose name sorts last (-1: to be found again): an article added after it goes last in every list. */
  private lastNamed = -1;
  /** Strings and actor ids by number, from FIRST (see packedArticle). */
  private readonly strings = byNumber();
  private readonly stringIds = new Map<string, number>();
  private readonly lowerStrings: (string | undefined)[] = [];
  private readonly actorIds = byNumber();
  private readonly actorNumbers = new Map<string, number>();
  private readonly stats: (ActorStats | undefined)[] = [];
  /** Actor number -> the actor number it resolves to (a surname to its most common full name). */
  private readonly resolved: number[] = [0, 1];
  /** String number of a date value -> its first and last day (yyyymmdd; -1 if none), set as articles with the value are added. */
  private days = new Int32Array(0);
  /** Surname actor number -> pairs (full name actor number, articles naming it). */
  private readonly surnames = new Map<number, number[]>();
  /** Bumped whenever some surname resolves differently; cached forum cards hold resolved ids. */
  private resolution = 0;
  /** Forum id -> slots of the articles naming it (a list, not a Map: most forums are named in one or two). */
  private readonly forumPostings = new Map<string, number[]>();
  private readonly forumCards = new Map<string, { resolution: number; card: ForumCard }>();
  /** Articles with statements of no known speaker, and how many. */
  private readonly unattributed = new Postings();
  /** For the date cards, by string number: a date value -> its mentions and their articles; a forum's or header's date -> articles. */
  private readonly dateValues = this.byDay();
  private readonly forumDates = this.byDay();
  private readonly headerDates = this.byDay();
  private readonly recent = new Map<string, IndexedArticle>();
  private readonly scratch = { counts: new Int32Array(0), touched: [] as number[] };
  /** What `account` counts in one article, by actor or string number (a Map or Set an article cost more than the counting). */
  private readonly tallies = { fullPersons: new Tally(), speakers: new Tally(), attending: new Tally(), values: new Tally() };
  /** Co-actors by the card's first actor number, with what they were counted from (see coActors). */
  private readonly coCache = new Map<number, { version: number; locals: number; resolution: number; top: { actor: number; count: number }[] }>();
  private readonly changed = new Emitter<IndexChange>();
  readonly onDidChange: Event<IndexChange> = this.changed.event;

  /** What the analyst says about actors (a rename, a kind, aliases): over the data's, in every card and name. */
  overrides: ((id: string) => ActorOverrides | undefined) | undefined;

  /** The knowledge data is loaded on first use, not when the index is made (activate() makes one). */
  constructor(private knowledge?: KnowledgeBase) {}

  get kb(): KnowledgeBase {
    return (this.knowledge ??= KnowledgeBase.default());
  }

  /** The data's entry for an actor with the analyst's overrides on top (undefined when neither knows it). */
  private known(id: string): { name?: string; kind?: ActorKind; aliases: string[] } | undefined {
    const k = this.kb.get(id);
    const o = this.overrides?.(id);
    if (!o) return k;
    return { name: o.name ?? k?.name, kind: o.kind ?? k?.kind, aliases: unique([...(k?.aliases ?? []), ...(o.aliases ?? [])]) };
  }

  get size(): number {
    return this.articles.size;
  }

  articleNames(): string[] {
    return [...this.articles.keys()];
  }

  /** The article as objects, rebuilt from its packed form (the last few asked for are kept). */
  get(name: string): IndexedArticle | undefined {
    const kept = this.recent.get(name);
    if (kept) {
      this.recent.delete(name);
      this.recent.set(name, kept);
      return kept;
    }
    const st = this.articles.get(name);
    if (!st) return undefined;
    return this.remember(new UnpackedArticle(name, this.reader(st)));
  }

  has(name: string): boolean {
    return this.articles.has(name);
  }

  /** Adds or replaces an article. */
  set(name: string, text: string): IndexedArticle {
    const { article, annotations } = extract(name, text, this.kb);
    return this.setExtracted({ name, article, annotations });
  }

  /** Adds an article extracted elsewhere (a cache, a test). */
  setExtracted(entry: IndexedArticle): IndexedArticle {
    this.insert(packArticle(entry.article, entry.annotations, entry.name, this.numbering), false);
    return this.remember(entry);
  }

  /**
   * Adds an article extracted and packed elsewhere (a worker thread posts `packArticle`'s result), its
   * strings numbered in the packed article or, given `shared`, in the packer's `StringTable`.
   */
  setPacked(packed: PackedArticle, shared?: SharedStrings): void {
    this.insert(packed, true, shared);
  }

  private insert(packed: PackedArticle, renumber: boolean, shared?: SharedStrings): void {
    const name = packed.name;
    const old = this.articles.get(name);
    if (old) this.account(old, -1);
    this.recent.delete(name);
    const slot = old ? old.slot : (this.freeSlots.pop() ?? this.names.length);
    const st = this.store(packed, slot, renumber, shared);
    this.names[slot] = name;
    if (this.lastNamed < 0) this.lastNamed = this.findLastNamed();
    else if (name > this.names[this.lastNamed]) this.lastNamed = slot;
    this.bySlot[slot] = st;
    this.articles.set(name, st);
    this.account(st, 1);
    this.changed.fire({ articles: [name] });
  }

  delete(name: string): boolean {
    const old = this.articles.get(name);
    if (!old) return false;
    this.account(old, -1);
    this.articles.delete(name);
    this.recent.delete(name);
    this.bySlot[old.slot] = undefined;
    this.names[old.slot] = '';
    this.freeSlots.push(old.slot);
    if (old.slot === this.lastNamed) this.lastNamed = -1;
    this.changed.fire({ articles: [name] });
    return true;
  }

  private findLastNamed(): number {
    let last = -1;
    for (let slot = 0; slot < this.names.length; slot++) if (this.names[slot] !== '' && (last < 0 || this.names[slot] > this.names[last])) last = slot;
    return last;
  }

  private remember(entry: IndexedArticle): IndexedArticle {
    this.recent.delete(entry.name);
    this.recent.set(entry.name, entry);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
    return entry;
  }

  // ---------------------------------------------------------------------------------------- storage

  /** The corpus number of a string, stored once (as a copy: a slice would keep the whole article text alive). */
  private str(s: string): number {
    let i = this.stringIds.get(s);
    if (i === undefined) {
      i = this.strings.length;
      const own = detach(s);
      this.strings.push(own);
      this.stringIds.set(own, i);
    }
    return i;
  }

  private readonly numbering = { str: (s: string) => this.str(s), actor: (id: string) => this.actor(id) };

  private keep(s: string): string;
  private keep(s: string | null): string | null;
  private keep(s: string | null): string | null {
    return s === null ? null : this.strings[this.str(s)];
  }

  private actor(id: string): number {
    let i = this.actorNumbers.get(id);
    if (i === undefined) {
      i = this.actorIds.length;
      const own = detach(id);
      this.actorIds.push(own);
      this.actorNumbers.set(own, i);
      this.resolved.push(i);
    }
    return i;
  }

  private statsOf(n: number): ActorStats {
    return (this.stats[n] ??= new ActorStats());
  }

  /** Renumbers a packed article's strings and actor ids into the corpus's, in place (in 32 bits once some number needs them). */
  private store(p: PackedArticle, slot: number, renumber: boolean, shared?: SharedStrings): Stored {
    const local = shared ? shared.strings : renumber ? p.strings : [];
    const strs = shared ? shared.strs : new Int32Array(local.length);
    const acts = shared ? shared.acts : new Int32Array(local.length);
    const data = renumber ? renumberRecords(p.data, p.counts, (i) => (strs[i] ||= this.str(local[i])), (i) => (acts[i] ||= this.actor(local[i]))) : p.data;
    const forums = p.forums.map((f) => ({
      ...f,
      id: this.keep(f.id),
      name: this.keep(f.name),
      date: this.keep(f.date),
      place: this.keep(f.place),
      host: this.keep(f.host),
      participants: f.participants.map((x) => this.keep(x)),
      mentions: f.mentions.map((m) => ({ start: m.start, end: m.end, text: this.keep(m.text) })),
    }));
    return {
      name: p.name,
      doc: p.doc === p.name ? p.name : this.keep(p.doc),
      docDate: this.keep(p.docDate),
      headerDate: this.keep(p.headerDate),
      header: p.header && { start: p.header.start, end: p.header.end },
      text: p.text,
      counts: p.counts,
      data,
      strings: [],
      forums,
      slot,
      at: sections(p.counts),
    };
  }

  private reader(st: Stored): PackedReader {
    return new PackedReader(st, (i) => this.strings[i], (i) => this.actorIds[i]);
  }

  // ---------------------------------------------------------------------------------------- aggregates

  /** Adds (+1) or takes away (-1) an article's contribution to every aggregate. */
  private account(st: Stored, sign: 1 | -1): void {
    const { data, slot, at } = st;
    const [, , na, nd, ns, nx] = st.counts;
    // Added after every other article by name (as a build mostly adds them): its postings go last, without comparing names.
    const atEnd = sign > 0 && slot === this.lastNamed;
    for (let i = 0, o = at.distinct; i < nx; i++, o += DISTINCT) {
      const id = data[o];
      const a = this.statsOf(id);
      a.version++;
      if (a.co) this.bumpCo(a, id, st, sign);
      if (sign > 0) {
        this.addPosting(a.articles, slot, data[o + 1], atEnd);
        a.mentions += data[o + 1];
        this.noteDate(a, st, atEnd);
      } else {
        this.removePosting(a.articles, slot);
        a.mentions -= data[o + 1];
        if (a.dated && (slot === a.firstSlot || st.headerDate === a.firstDate || st.headerDate === a.lastDate)) a.dated = false;
      }
      // Built once a build is ready (buildCoRows) or when a card first asks (coOf), not as the articles come.
      if (a.co && a.articleCount < HOT / 2) a.co = null;
    }
    const { fullPersons, speakers, attending, values } = this.tallies;
    // What an article that threw half-way left counted is not this one's.
    fullPersons.clear();
    speakers.clear();
    attending.clear();
    values.clear();
    for (let i = 0, o = at.actors; i < na; i++, o += ACTOR) {
      const id = data[o + 2];
      const a = this.statsOf(id);
      const title = data[o + 4];
      const kind = data[o + 5];
      a.surfaces = bumpPair(a.surfaces, data[o + 3], sign);
      a.kinds = bumpPair(a.kinds, kind, sign);
      if (title !== NONE) a.titles = bumpPair(a.titles, title, sign);
      if (kind === 0 && this.actorIds[id].includes('-')) fullPersons.add(id, 1);
    }
    let unattributed = 0;
    for (let i = 0, o = at.statements; i < ns; i++, o += STATEMENT) {
      if (data[o + 3] !== NONE) speakers.add(data[o + 3], 1);
      else unattributed++;
    }
    if (unattributed > 0 && sign > 0) this.addPosting(this.unattributed, slot, unattributed, atEnd);
    else if (unattributed > 0) this.removePosting(this.unattributed, slot);
    speakers.drain((id, n) => {
      if (sign > 0) this.addPosting(this.statsOf(id).speaks, slot, n, atEnd);
      else this.removePosting(this.statsOf(id).speaks, slot);
    });
    // Most articles name no forum.
    const forumDates = st.forums.length > 0 ? new Map<number, Set<string>>() : undefined;
    for (const f of st.forums) {
      const postings = this.forumPostings.get(f.id);
      // Added: only this article adds to the list now, so a forum it names twice has its slot last already.
      if (sign > 0 && !postings) this.forumPostings.set(f.id, [slot]);
      else if (sign > 0 && postings![postings!.length - 1] !== slot) postings!.push(slot);
      else if (sign < 0 && postings) {
        const at = postings.indexOf(slot);
        if (at >= 0) postings.splice(at, 1);
        if (postings.length === 0) this.forumPostings.delete(f.id);
      }
      this.forumCards.delete(f.id);
      // Each actor once a forum, as participant or host.
      const attend = (p: string) => attending.add(this.actor(p), 1);
      f.participants.forEach((p, i) => f.participants.indexOf(p) === i && attend(p));
      if (f.host && !f.participants.includes(f.host)) attend(f.host);
      if (f.date) {
        const v = this.str(f.date);
        forumDates!.set(v, (forumDates!.get(v) ?? new Set()).add(f.id));
      }
    }
    attending.drain((n, count) => {
      if (sign > 0) this.addPosting(this.statsOf(n).attends, slot, count, atEnd);
      else this.removePosting(this.statsOf(n).attends, slot);
    });
    for (let i = 0, o = at.dates; i < nd; i++, o += DATE) {
      const v = data[o + 2];
      if (data[o + 5] === 0 && v !== NONE) values.add(v, 1);
    }
    values.drain((v, count) => this.noteDay(this.dateValues, v, slot, sign * count, undefined, atEnd));
    if (forumDates) for (const [v, ids] of forumDates) this.noteDay(this.forumDates, v, slot, sign, ids, atEnd);
    if (st.docDate) this.noteDay(this.headerDates, this.str(st.docDate), slot, sign, undefined, atEnd);
    fullPersons.drain((id) => {
      const sur = this.actor(surnameOf(this.actorIds[id]));
      const full = bumpPair(this.surnames.get(sur) ?? [], id, sign);
      if (full.length === 0) this.surnames.delete(sur);
      else this.surnames.set(sur, full);
      this.reresolve(sur);
    });
  }

  /** Notes an article under a date string with days (an unreadable value has none). */
  private noteDay(lists: ByDay, v: number, slot: number, count: number, ids: Set<string> | undefined, atEnd: boolean): void {
    const k = this.daysOf(v); // first: it may grow `days`
    if (this.days[k] > 0) lists.note(v, this.days[k], this.days[k + 1], slot, count, ids, atEnd);
  }

  /** Where in `days` the range of a date value (a string number) is, worked out on first ask. */
  private daysOf(v: number): number {
    const k = 2 * v;
    if (k >= this.days.length) this.days = grow(this.days, 2 * this.strings.length);
    if (this.days[k] === 0) {
      const r = dayRange(this.strings[v]);
      this.days[k] = r ? r[0] : -1;
      this.days[k + 1] = r ? r[1] : -1;
    }
    return k;
  }

  private reresolve(sur: number): void {
    const full = this.surnames.get(sur) ?? [];
    let best = sur;
    let bestCount = 0;
    let tie = false;
    for (let i = 0; i < full.length; i += 2) {
      if (full[i + 1] > bestCount) [best, bestCount, tie] = [full[i], full[i + 1], false];
      else if (full[i + 1] === bestCount) tie = true;
    }
    const to = tie ? sur : best;
    if (this.resolved[sur] !== to) {
      this.resolved[sur] = to;
      this.resolution++;
    }
  }

  private bumpCo(a: ActorStats, self: number, st: Stored, sign: number): void {
    const { data, at } = st;
    for (let o = at.distinct, end = o + st.counts[5] * DISTINCT; o < end; o += DISTINCT) {
      const other = data[o];
      if (other === self) continue;
      let co = a.co!;
      if (other >= co.length) co = a.co = grow(co, this.actorIds.length);
      // Two bytes a count until some count needs more (past 65,535 articles).
      if (co[other] === 0xffff && sign > 0 && co instanceof Uint16Array) co = a.co = Int32Array.from(co);
      co[other] += sign;
    }
  }

  /**
   * Builds the co-occurrence rows of the actors in HOT or more articles that have none, one actor at a time
   * until `stop` says so; true once none is left. Otherwise a row is built when a card first asks (coOf):
   * the extension builds them in the background once a build is ready, so that the build does not keep them
   * up article by article (a quarter of linking 10,000 articles) and a frequent actor's first hover finds its row.
   */
  buildCoRows(stop: () => boolean = () => false): boolean {
    for (let n = 0; n < this.stats.length; n++) {
      const a = this.stats[n];
      if (!a || a.co || a.articleCount < HOT) continue;
      if (stop()) return false;
      a.co = this.buildCo(n, a);
    }
    return true;
  }

  /** The co-occurrence row of an actor in HOT or more articles, built on first ask and then kept up by `account`. */
  private coOf(self: number, a: ActorStats): Uint16Array | Int32Array | null {
    if (!a.co && a.articleCount >= HOT) a.co = this.buildCo(self, a);
    return a.co;
  }

  private buildCo(self: number, a: ActorStats): Uint16Array | Int32Array {
    let co: Uint16Array | Int32Array = new Uint16Array(Math.max(16, this.actorIds.length));
    for (let p = 0; p < a.articles.length; p += 2) {
      const st = this.bySlot[a.articles.v[p]]!;
      for (let o = st.at.distinct, end = o + st.counts[5] * DISTINCT; o < end; o += DISTINCT) {
        const other = st.data[o];
        if (other === self) continue;
        if (co[other] === 0xffff && co instanceof Uint16Array) co = Int32Array.from(co);
        co[other]++;
      }
    }
    return co;
  }

  /** `namedLast`: the article's name sorts after every other's, so it comes after any of the same date. */
  private noteDate(a: ActorStats, st: Stored, namedLast = false): void {
    if (!a.dated) return;
    const d = st.headerDate;
    if (d && (!a.firstDate || d < a.firstDate)) a.firstDate = d;
    if (d && (!a.lastDate || d > a.lastDate)) a.lastDate = d;
    // Earliest-dated article first (undated last), then by name.
    const key = d ?? UNDATED;
    if (a.firstSlot < 0 || key < a.firstSlotDate || (key === a.firstSlotDate && !namedLast && this.names[st.slot] < this.names[a.firstSlot])) {
      a.firstSlot = st.slot;
      a.firstSlotDate = key;
    }
  }

  /** Earliest-dated article first (undated last), then by name. */
  private earlier(x: number, y: number): boolean {
    const dx = this.bySlot[x]!.headerDate ?? UNDATED;
    const dy = this.bySlot[y]!.headerDate ?? UNDATED;
    return dx < dy || (dx === dy && this.names[x] < this.names[y]);
  }

  private dates(a: ActorStats): ActorStats {
    if (a.dated) return a;
    a.firstDate = a.lastDate = null;
    a.firstSlot = -1;
    a.dated = true;
    for (let p = 0; p < a.articles.length; p += 2) this.noteDate(a, this.bySlot[a.articles.v[p]]!);
    return a;
  }

  /** Pair index of `slot` in a posting list sorted by article name (or where it would go). */
  private findPosting(list: Postings, slot: number): number {
    const name = this.names[slot];
    let lo = 0;
    let hi = list.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.names[list.v[2 * mid]] < name) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Puts `slot` in its place by name (`atEnd`: known to be last), or updates its count. */
  private addPosting(list: Postings, slot: number, count: number, atEnd = false): void {
    const n = list.length >> 1;
    if (n === 0 || (atEnd ? list.v[list.length - 2] !== slot : this.names[list.v[list.length - 2]] < this.names[slot])) {
      list.insert(list.length, slot, count);
      return;
    }
    const i = this.findPosting(list, slot);
    if (i < n && list.v[2 * i] === slot) list.v[2 * i + 1] = count;
    else list.insert(2 * i, slot, count);
  }

  private removePosting(list: Postings, slot: number): void {
    const i = this.findPosting(list, slot);
    if (i < list.length >> 1 && list.v[2 * i] === slot) list.remove(2 * i);
  }

  /** Walks the posting lists of several actor numbers merged in article order, summing counts, until `fn` says stop. */
  private eachPosting(postings: Postings[], fn: (slot: number, count: number) => boolean | void): void {
    if (postings.length === 1) {
      const { v, length } = postings[0];
      for (let p = 0; p < length; p += 2) if (fn(v[p], v[p + 1]) === false) return;
      return;
    }
    const lists = postings.map((l) => l.v.subarray(0, l.length));
    const pos = lists.map(() => 0);
    for (;;) {
      let best = -1;
      for (let k = 0; k < lists.length; k++) {
        if (pos[k] >= lists[k].length) continue;
        if (best < 0 || this.names[lists[k][pos[k]]] < this.names[lists[best][pos[best]]]) best = k;
      }
      if (best < 0) return;
      const slot = lists[best][pos[best]];
      let count = 0;
      for (let k = 0; k < lists.length; k++) {
        if (pos[k] < lists[k].length && lists[k][pos[k]] === slot) {
          count += lists[k][pos[k] + 1];
          pos[k] += 2;
        }
      }
      if (fn(slot, count) === false) return;
    }
  }

  // ---------------------------------------------------------------------------------------- queries

  /**
   * The corpus id of an article-level id. A person named only by surname in one article ("Blinken")
   * is the full name another article gives ("Antony Blinken"), when the corpus knows one most often.
   */
  resolve(id: string): string {
    if (id.includes('-')) return id;
    const n = this.actorNumbers.get(id);
    return n === undefined ? id : this.actorIds[this.resolved[n]];
  }

  /** Actor numbers of the article-level ids that resolve to `id` (the id itself and a surname linked to it). */
  private localIds(id: string): number[] {
    const n = this.actorNumbers.get(id);
    if (n === undefined) return [];
    const sur = surnameOf(id);
    const s = sur === id ? undefined : this.actorNumbers.get(sur);
    return s !== undefined && this.resolved[s] === n && (this.stats[s]?.articleCount ?? 0) > 0 ? [n, s] : [n];
  }

  private statsFor(locals: number[]): ActorStats[] {
    return locals.map((n) => this.statsOf(n));
  }

  /** Sums pair lists (key, count) of several actors, most common first (ties by string). */
  private mergedPairs(lists: number[][]): [number, number][] {
    const out = new Map<number, number>();
    for (const l of lists) for (let i = 0; i < l.length; i += 2) out.set(l[i], (out.get(l[i]) ?? 0) + l[i + 1]);
    return [...out].sort((x, y) => y[1] - x[1] || compareNames(this.strings[x[0]], this.strings[y[0]]));
  }

  /** The article's annotations with corpus-wide ids, in the guideline's JSON shape. */
  annotations(name: string): ArticleAnnotations | undefined {
    const st = this.articles.get(name);
    if (!st) return undefined;
    const a = this.reader(st).annotations();
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
    const st = this.articles.get(name);
    if (!st) return found;
    const { data, at } = st;
    const [, , na, nd, ns] = st.counts;
    const r = this.reader(st);
    const inside = (o: number) => data[o] <= offset && offset < data[o + 1];
    for (let i = 0, o = at.actors; i < na; i++, o += ACTOR) {
      if (inside(o)) found.actors.push({ ...r.actorAt(i), id: this.actorIds[this.resolved[data[o + 2]]] });
    }
    for (let i = 0, o = at.dates; i < nd; i++, o += DATE) if (inside(o)) found.dates.push(r.dateAt(i));
    for (let i = 0, o = at.statements; i < ns; i++, o += STATEMENT) {
      if (!inside(o)) continue;
      const s = r.statementAt(i);
      found.statements.push({ ...s, speaker: s.speaker && this.resolve(s.speaker) });
    }
    for (const f of st.forums) for (const m of f.mentions) if (m.start <= offset && offset < m.end) found.forumMentions.push({ forum: copyForum(f), mention: { ...m } });
    return found;
  }

  /** Every mention of an actor across the corpus, in corpus order. */
  references(id: string): Located<ActorMention>[] {
    const locals = this.localIds(id);
    const out: Located<ActorMention>[] = [];
    this.eachPosting(
      this.statsFor(locals).map((a) => a.articles),
      (slot) => {
        const st = this.bySlot[slot]!;
        const r = this.reader(st);
        const here: ActorMention[] = [];
        for (let i = 0, o = st.at.actors; i < st.counts[2]; i++, o += ACTOR) if (locals.includes(st.data[o + 2])) here.push({ ...r.actorAt(i), id });
        here.sort((x, y) => x.start - y.start);
        for (const item of here) out.push({ article: st.name, item });
      },
    );
    return out;
  }

  /** The actor's first mention: in the earliest-dated article (undated last), then by name and offset. */
  firstMention(id: string): Located<ActorMention> | undefined {
    const locals = this.localIds(id);
    let best = -1;
    for (const a of this.statsFor(locals)) {
      const slot = this.dates(a).firstSlot;
      if (slot >= 0 && (best < 0 || this.earlier(slot, best))) best = slot;
    }
    return best < 0 ? undefined : this.firstIn(best, locals, id);
  }

  /** The first mention (in annotation order) of any of `locals` in an article, with `id` as its id. */
  private firstIn(slot: number, locals: number[], id: string): Located<ActorMention> | undefined {
    const st = this.bySlot[slot]!;
    for (let i = 0, o = st.at.actors; i < st.counts[2]; i++, o += ACTOR) {
      if (locals.includes(st.data[o + 2])) return { article: st.name, item: { ...this.reader(st).actorAt(i), id } };
    }
    return undefined;
  }

  actorCard(id: string, options: CardOptions = {}): ActorCard | undefined {
    const locals = this.localIds(id);
    const stats = this.statsFor(locals);
    const articleCount = this.articleCount(locals, stats);
    const known = this.known(id);
    if (articleCount === 0 && !known) return undefined;
    const articleLimit = options.articleLimit ?? Infinity;
    const listLimit = options.listLimit ?? Infinity;

    let mentionCount = 0;
    let firstDate: string | null = null;
    let lastDate: string | null = null;
    for (const a of stats) {
      mentionCount += a.mentions;
      const { firstDate: f, lastDate: l } = this.dates(a);
      if (f && (!firstDate || f < firstDate)) firstDate = f;
      if (l && (!lastDate || l > lastDate)) lastDate = l;
    }
    const articles: ActorArticle[] = [];
    this.eachPosting(
      stats.map((a) => a.articles),
      (slot, count) => {
        if (articles.length >= articleLimit) return false;
        const first = this.firstIn(slot, locals, id)!;
        articles.push({ article: first.article, count, first: first.item });
        return true;
      },
    );

    const statements: Located<Statement>[] = [];
    this.eachPosting(
      stats.map((a) => a.speaks),
      (slot) => {
        const st = this.bySlot[slot]!;
        const r = this.reader(st);
        for (let i = 0, o = st.at.statements; i < st.counts[4]; i++, o += STATEMENT) {
          if (statements.length >= listLimit) return false;
          if (locals.includes(st.data[o + 3])) statements.push({ article: st.name, item: { ...r.statementAt(i), speaker: id } });
        }
        return statements.length < listLimit;
      },
    );

    // Forums the actor attends, from the articles that say so, in corpus order.
    const forums: Located<Forum>[] = [];
    const seenForums = new Set<string>();
    const localIds = new Set(locals.map((n) => this.actorIds[n]));
    this.eachPosting(
      stats.map((a) => a.attends),
      (slot) => {
        const st = this.bySlot[slot]!;
        for (const f of st.forums) {
          if (forums.length >= listLimit) return false;
          if (seenForums.has(f.id) || !(f.participants.some((p) => localIds.has(p)) || (f.host !== null && localIds.has(f.host)))) continue;
          seenForums.add(f.id);
          forums.push({ article: st.name, item: copyForum(f) });
        }
        return forums.length < listLimit;
      },
    );

    const surfaces = this.mergedPairs(stats.map((a) => a.surfaces)).map(([s]) => this.strings[s]);
    const name = known?.name ?? longest(surfaces) ?? nameFromId(id);
    return {
      id,
      name,
      kind: known?.kind ?? this.commonKind(stats) ?? 'person',
      aliases: unique([...(known?.aliases ?? []), ...surfaces]).filter((n) => n !== name),
      titles: this.mergedPairs(stats.map((a) => a.titles)).map(([t]) => this.strings[t]),
      articles,
      articleCount,
      mentionCount,
      statements,
      forums,
      coActors: this.coActors(locals, stats),
      firstDate,
      lastDate,
      known: !!this.kb.get(id),
    };
  }

  /** Articles naming any of the local ids: the sum less the articles naming both (the co-occurrence count). */
  private articleCount(locals: number[], stats: ActorStats[]): number {
    if (stats.length === 1) return stats[0].articleCount;
    if (stats.length === 0) return 0;
    const [a, b] = stats;
    const both = a.co && locals[1] < a.co.length ? a.co[locals[1]] : b.co && locals[0] < b.co.length ? b.co[locals[0]] : this.shared(a.articles, b.articles);
    return a.articleCount + b.articleCount - both;
  }

  /** Articles in both of two posting lists. */
  private shared({ v: x, length: xn }: Postings, { v: y, length: yn }: Postings): number {
    let n = 0;
    for (let i = 0, j = 0; i < xn && j < yn; ) {
      if (x[i] === y[j]) [n, i, j] = [n + 1, i + 2, j + 2];
      else if (this.names[x[i]] < this.names[y[j]]) i += 2;
      else j += 2;
    }
    return n;
  }

  /**
   * The ten actors named in most articles with this one, from its co-occurrence row (HOT actors) or its
   * articles' distinct actors. The answer is kept until an article naming the actor changes or a surname
   * resolves anew, so that repeated hovers cost a lookup.
   */
  private coActors(locals: number[], stats: ActorStats[]): ActorCard['coActors'] {
    const version = stats.reduce((sum, a) => sum + a.version, 0);
    const cached = this.coCache.get(locals[0]);
    let top: { actor: number; count: number }[];
    if (cached && cached.version === version && cached.locals === locals.length && cached.resolution === this.resolution) top = cached.top;
    else {
      top = this.countCoActors(locals, stats);
      this.coCache.set(locals[0], { version, locals: locals.length, resolution: this.resolution, top });
    }
    return top.map(({ actor, count }) => ({ id: this.actorIds[actor], name: this.actorName(this.actorIds[actor]), count }));
  }

  private countCoActors(locals: number[], stats: ActorStats[]): { actor: number; count: number }[] {
    const sc = this.scratch;
    if (sc.counts.length < this.actorIds.length) sc.counts = new Int32Array(this.actorIds.length * 2);
    const counts = sc.counts;
    const touched = sc.touched;
    const self = locals[0];
    const resolved = this.resolved;
    for (let k = 0; k < stats.length; k++) {
      const co = this.coOf(locals[k], stats[k]);
      if (co) {
        for (let other = 0; other < co.length; other++) {
          if (co[other] === 0) continue;
          const r = resolved[other];
          if (r === self) continue;
          if (counts[r] === 0) touched.push(r);
          counts[r] += co[other];
        }
        continue;
      }
      const { v: articles, length } = stats[k].articles;
      const own = locals[k];
      for (let p = 0; p < length; p += 2) {
        const st = this.bySlot[articles[p]]!;
        const data = st.data;
        for (let o = st.at.distinct, end = o + st.counts[5] * DISTINCT; o < end; o += DISTINCT) {
          const other = data[o];
          if (other === own) continue;
          const r = resolved[other];
          if (r === self) continue;
          if (counts[r] === 0) touched.push(r);
          counts[r]++;
        }
      }
    }
    const top: number[] = [];
    const better = (x: number, y: number) => counts[x] > counts[y] || (counts[x] === counts[y] && this.actorIds[x] < this.actorIds[y]);
    // A frequent actor shares articles with thousands: most fall below the tenth's count and cost one comparison.
    const worstOfTop = () => {
      let worst = 0;
      for (let i = 1; i < top.length; i++) if (better(top[worst], top[i])) worst = i;
      return worst;
    };
    let worst = 0;
    for (const r of touched) {
      if (top.length < 10) {
        top.push(r);
        if (top.length === 10) worst = worstOfTop();
      } else if (counts[r] >= counts[top[worst]] && better(r, top[worst])) {
        top[worst] = r;
        worst = worstOfTop();
      }
    }
    top.sort((x, y) => (better(x, y) ? -1 : 1));
    const out = top.map((actor) => ({ actor, count: counts[actor] }));
    for (const r of touched) counts[r] = 0;
    touched.length = 0;
    return out;
  }

  private commonKind(stats: ActorStats[]): ActorKind | undefined {
    const [best] = this.mergedPairs(stats.map((a) => a.kinds)).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return best && ACTOR_KINDS[best[0]];
  }

  /** An actor's kind without building its card: the data's, else the most common among its mentions. */
  actorKind(id: string): ActorKind {
    return this.known(id)?.kind ?? this.commonKind(this.statsFor(this.localIds(id))) ?? 'person';
  }

  /** A display name for an actor id without building its card: the data's, else its longest alias. */
  actorName(id: string): string {
    const known = this.known(id)?.name;
    if (known) return known;
    const surfaces: string[] = [];
    for (const a of this.statsFor(this.localIds(id))) for (let i = 0; i < a.surfaces.length; i += 2) surfaces.push(this.strings[a.surfaces[i]]);
    return longest(surfaces) ?? nameFromId(id);
  }

  forumCard(id: string): ForumCard | undefined {
    const cached = this.forumCards.get(id);
    if (cached && cached.resolution === this.resolution) return cached.card;
    const postings = this.forumPostings.get(id);
    if (!postings) return undefined;
    const statements: Located<Statement>[] = [];
    const mentions: Located<TextSpan>[] = [];
    let merged: Forum | undefined;
    const slots = [...postings].sort((x, y) => compareNames(this.names[x], this.names[y]));
    const fid = this.stringIds.get(id) ?? -1;
    for (const slot of slots) {
      const st = this.bySlot[slot]!;
      const f = forumIn(st, id);
      merged = merged ? mergeForum(merged, f) : copyForum(f);
      for (const m of f.mentions) mentions.push({ article: st.name, item: { ...m } });
      const r = this.reader(st);
      for (let i = 0, o = st.at.statements; i < st.counts[4]; i++, o += STATEMENT) {
        if (st.data[o + 7] !== fid) continue;
        const s = r.statementAt(i);
        statements.push({ article: st.name, item: { ...s, speaker: s.speaker && this.resolve(s.speaker) } });
      }
    }
    const forum: Forum = {
      ...merged!,
      host: merged!.host && this.resolve(merged!.host),
      participants: unique(merged!.participants.map((p) => this.resolve(p))),
    };
    const card = { id, forum, articles: slots.map((s) => this.names[s]), statements, mentions };
    this.forumCards.set(id, { resolution: this.resolution, card });
    return card;
  }

  forumIds(): string[] {
    return [...this.forumPostings.keys()];
  }

  forums(): ForumCard[] {
    return this.forumIds().map((id) => this.forumCard(id)!);
  }

  /** Actor ids in the corpus with their mention counts. */
  actors(): { id: string; count: number }[] {
    const counts = new Map<number, number>();
    this.stats.forEach((a, n) => {
      if (!a || a.articleCount === 0) return;
      const r = this.resolved[n];
      counts.set(r, (counts.get(r) ?? 0) + a.mentions);
    });
    return [...counts].map(([n, count]) => ({ id: this.actorIds[n], count }));
  }

  statements(): Located<Statement>[] {
    return this.statementsWhere(() => true);
  }

  /** Speakers (corpus ids; null for statements of no known speaker) and how many statements each has, from the aggregates. */
  speakers(): { id: string | null; count: number }[] {
    const counts = new Map<number, number>();
    this.stats.forEach((a, n) => {
      if (!a || a.speaks.length === 0) return;
      let total = 0;
      for (let p = 1; p < a.speaks.length; p += 2) total += a.speaks.v[p];
      const r = this.resolved[n];
      counts.set(r, (counts.get(r) ?? 0) + total);
    });
    const out: { id: string | null; count: number }[] = [...counts].map(([n, count]) => ({ id: this.actorIds[n], count }));
    let none = 0;
    for (let p = 1; p < this.unattributed.length; p += 2) none += this.unattributed.v[p];
    if (none > 0) out.push({ id: null, count: none });
    return out;
  }

  /**
   * The statements `keep` accepts, given each one's text and resolved speaker: only those are built as
   * objects (the Statements view's filter reads every statement's text, and most do not match).
   */
  statementsWhere(keep: (text: string, speaker: string | null) => boolean): Located<Statement>[] {
    const out: Located<Statement>[] = [];
    const speakers = new Map<number, string>();
    for (const st of this.articles.values()) {
      const n = st.counts[4];
      if (n === 0) continue;
      const { data } = st;
      const r = this.reader(st);
      for (let i = 0, o = st.at.statements; i < n; i++, o += STATEMENT) {
        const sp = data[o + 3];
        let speaker: string | null = null;
        if (sp !== NONE) {
          speaker = speakers.get(sp) ?? null;
          if (speaker === null) speakers.set(sp, (speaker = this.resolve(this.actorIds[sp])));
        }
        const text = data[o + 2] === SLICE ? r.text.slice(data[o], data[o + 1]) : this.strings[data[o + 2]];
        if (keep(text, speaker)) out.push({ article: st.name, item: { ...r.statementAt(i), speaker } });
      }
    }
    return out;
  }

  /** The statements whose text or speaker's name holds `query` (lower case), as the Statements view's filter shows them. */
  statementsMatching(query: string): Located<Statement>[] {
    // Each speaker's name is matched once, not once a statement.
    const named = new Map<string, boolean>();
    const speakerMatches = (id: string) => named.get(id) ?? named.set(id, this.actorName(id).toLowerCase().includes(query)).get(id)!;
    return this.statementsWhere((text, speaker) => (speaker !== null && speakerMatches(speaker)) || text.toLowerCase().includes(query));
  }

  /** The statements of one speaker (null: of no known speaker), in article order; reads only the articles quoting them. */
  statementsBy(speaker: string | null): Located<Statement>[] {
    const locals = speaker === null ? [-1] : this.localIds(speaker);
    const lists = speaker === null ? [this.unattributed] : this.statsFor(locals).map((a) => a.speaks);
    const out: Located<Statement>[] = [];
    this.eachPosting(lists, (slot) => {
      const st = this.bySlot[slot]!;
      const r = this.reader(st);
      for (let i = 0, o = st.at.statements; i < st.counts[4]; i++, o += STATEMENT) {
        if (speaker === null ? st.data[o + 3] === NONE : locals.includes(st.data[o + 3])) out.push({ article: st.name, item: { ...r.statementAt(i), speaker } });
      }
    });
    return out;
  }

  /**
   * What happened on a date (a day, month, year or range) across the corpus. With a `listLimit` (a hover)
   * the mentions, forums and dated articles past it are counted, not built or even read: a busy month has thousands.
   */
  onDate(value: string, options: { listLimit?: number } = {}): DateCard {
    const range = dayRange(value);
    const listLimit = options.listLimit ?? Infinity;
    const card: DateCard = { value, mentions: [], mentionCount: 0, forums: [], forumCount: 0, articles: [], articleCount: 0 };
    if (!range) return card;
    const inRange = (v: number) => this.inRange(v, range);
    const within = (dates: ByDay, fn?: (entry: DayEntry) => void) => {
      const lists: Postings[] = [];
      dates.forEach(range, (v, entry) => {
        if (!inRange(v)) return;
        fn?.(entry);
        lists.push(entry.list);
      });
      return lists;
    };
    // Counted from the values' totals; only the articles listed are read, first-named first.
    const mentions = within(this.dateValues, ({ count }) => (card.mentionCount += count));
    this.inNameOrder(mentions, listLimit, (slot) => {
      const st = this.bySlot[slot]!;
      const r = this.reader(st);
      for (let i = 0, o = st.at.dates; i < st.counts[3] && card.mentions.length < listLimit; i++, o += DATE) {
        if (st.data[o + 5] === 0 && inRange(st.data[o + 2])) card.mentions.push({ article: st.name, item: r.dateAt(i) });
      }
      return card.mentions.length < listLimit;
    });
    const forumIds = new Set<string>();
    const forums = within(this.forumDates, ({ ids }) => ids?.forEach((_, id) => forumIds.add(id)));
    card.forumCount = forumIds.size;
    const seenForums = new Set<string>();
    this.inNameOrder(forums, listLimit, (slot) => {
      const st = this.bySlot[slot]!;
      for (const f of st.forums) {
        if (card.forums.length < listLimit && f.date && this.inRange(this.str(f.date), range) && !seenForums.has(f.id)) {
          seenForums.add(f.id);
          card.forums.push({ article: st.name, item: copyForum(f) });
        }
      }
      return card.forums.length < listLimit;
    });
    // An article has one header date, so it is in one list: the lists' lengths add up to the count.
    const dated = within(this.headerDates);
    for (const list of dated) card.articleCount += list.length >> 1;
    this.inNameOrder(dated, listLimit, (slot) => {
      card.articles.push({ article: this.names[slot], docDate: this.bySlot[slot]!.docDate! });
      return card.articles.length < listLimit;
    });
    return card;
  }

  /**
   * Visits the articles of several lists (each in article order) once each, in article order, while `fn` returns
   * true. A few are merged from the lists' heads; all of them are gathered and sorted (merging many lists
   * costs a comparison per list per article).
   */
  private inNameOrder(lists: Postings[], limit: number, fn: (slot: number) => boolean | void): void {
    if (limit < 64) {
      this.eachPosting(lists, (slot) => fn(slot) !== false);
      return;
    }
    const seen = new Set<number>();
    for (const { v, length } of lists) for (let p = 0; p < length; p += 2) seen.add(v[p]);
    const names = this.names;
    for (const slot of [...seen].sort((x, y) => compareNames(names[x], names[y]))) if (fn(slot) === false) return;
  }

  private byDay(): ByDay {
    return new ByDay(
      (list, slot, count, atEnd) => this.addPosting(list, slot, count, atEnd),
      (list, slot) => this.removePosting(list, slot),
    );
  }

  /** Whether the days of a string (a date value, numbered) overlap `range`. */
  private inRange(v: number, range: [number, number]): boolean {
    const k = this.daysOf(v);
    return this.days[k] > 0 && this.days[k] <= range[1] && range[0] <= this.days[k + 1];
  }

  /** Actors and forums whose name or alias contains the query (case-insensitive), for workspace symbol search. */
  symbols(query: string, limit = 200): SymbolMatch[] {
    const q = query.toLowerCase();
    const out: SymbolMatch[] = [];
    const seen = new Set<string>();
    const lower = (s: number) => (this.lowerStrings[s] ??= this.strings[s].toLowerCase());
    for (let n = 0; n < this.stats.length && out.length < limit; n++) {
      const a = this.stats[n];
      if (!a || a.articleCount === 0) continue;
      const id = this.actorIds[this.resolved[n]];
      if (seen.has(id)) continue;
      const known = this.known(id);
      let hit = !!known?.name && known.name.toLowerCase().includes(q);
      for (let i = 0; !hit && i < a.surfaces.length; i += 2) hit = lower(a.surfaces[i]).includes(q);
      if (!hit) continue;
      seen.add(id);
      const first = this.firstMention(id);
      if (first) out.push({ kind: 'actor', id, name: this.actorName(id), detail: this.actorKind(id), article: first.article, span: first.item });
    }
    for (const [id, postings] of this.forumPostings) {
      if (out.length >= limit) break;
      let first = -1;
      for (const slot of postings) if (first < 0 || this.names[slot] < this.names[first]) first = slot;
      const f = forumIn(this.bySlot[first]!, id);
      if (!f.name.toLowerCase().includes(q)) continue;
      out.push({ kind: 'forum', id, name: f.name, detail: f.date ?? 'forum', article: this.names[first], span: { ...f.mentions[0] } });
    }
    return out.sort((x, y) => x.name.localeCompare(y.name) || x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id));
  }
}

/** An article given out by `get`: its objects are built on first use (a location needs the text, not the annotations). */
class UnpackedArticle implements IndexedArticle {
  private _article: Article | undefined;
  private _annotations: ArticleAnnotations | undefined;

  constructor(
    readonly name: string,
    private readonly reader: PackedReader,
  ) {}

  get article(): Article {
    return (this._article ??= this.reader.article());
  }

  get annotations(): ArticleAnnotations {
    return (this._annotations ??= this.reader.annotations());
  }
}

/**
 * A copy of a string that does not hold on to the text it was cut from: V8 keeps a slice of 13 or more
 * characters as a pointer into the whole article, which would keep every article's text alive twice.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** A forum as the article sees it (the last of the id, should it name the forum twice). */
function forumIn(st: Stored, id: string): Forum {
  let found: Forum | undefined;
  for (const f of st.forums) if (f.id === id) found = f;
  return found!;
}

function surnameOf(id: string): string {
  return id.slice(id.lastIndexOf('-') + 1);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A date string's articles (in article order, with a count each), their total count, and for a forum date, how many articles name each forum with it. */
interface DayEntry {
  count: number;
  list: Postings;
  ids?: Map<string, number>;
}

/**
 * Articles under date strings (numbered), in article order with a count each, and the strings in order of
 * their first day: the strings whose days may overlap a range are a stretch of that order, found without
 * visiting the others, and their articles come first-named first by merging the lists.
 */
class ByDay {
  /** Entries by string number (an array: a Map lookup cost more than the rest of a note). */
  private readonly lists: (DayEntry & DayOrder | undefined)[] = [];
  /** The entries in order of first day, the later added first among equal days, as `reorder` last put them. */
  private order: (DayEntry & DayOrder)[] = [];
  /** The first day of each entry in `order`. */
  private firsts: number[] = [];
  /** Entries added since `order` was last put together, and whether some have gone since. */
  private added: (DayEntry & DayOrder)[] = [];
  private removed = false;
  private seq = 0;
  /** The longest span (last - first, in yyyymmdd) seen: a string starting further back ends before any range. */
  private widest = 0;

  /** `add` and `remove` keep a list in article order (the index's addPosting and removePosting). */
  constructor(
    private readonly add: (list: Postings, slot: number, count: number, atEnd: boolean) => void,
    private readonly remove: (list: Postings, slot: number) => void,
  ) {}

  /**
   * Adds an article (a positive `count`) under string `v` of days [first, last], or takes it out (a negative
   * one); `ids`: the forums it names with that date.
   */
  note(v: number, first: number, last: number, slot: number, count: number, ids: Set<string> | undefined, atEnd: boolean): void {
    let entry = this.lists[v];
    if (count > 0 && !entry) {
      // Every entry of one shape (`ids` set up front), so that `note` reads them all alike.
      while (this.lists.length < v) this.lists.push(undefined);
      this.lists[v] = entry = { count: 0, list: new Postings(), ids: undefined, v, first, seq: this.seq++ };
      // Put in order when next asked for: a build adds thousands, and a sorted insert each would be quadratic.
      this.added.push(entry);
      this.widest = Math.max(this.widest, last - first);
    }
    if (!entry) return;
    if (count > 0) this.add(entry.list, slot, count, atEnd);
    else this.remove(entry.list, slot);
    entry.count += count;
    if (ids) {
      for (const id of ids) {
        const n = ((entry.ids ??= new Map()).get(id) ?? 0) + Math.sign(count);
        if (n > 0) entry.ids.set(id, n);
        else entry.ids.delete(id);
      }
    }
    if (entry.list.length > 0) return;
    this.lists[v] = undefined;
    this.removed = true;
  }

  /** Each string whose days may overlap `range` (some may not: check), with its count and articles. */
  forEach(range: [number, number], fn: (v: number, entry: DayEntry) => void): void {
    if (this.added.length > 0 || this.removed) this.reorder();
    for (let i = lowerBound(this.firsts, range[0] - this.widest); i < this.firsts.length && this.firsts[i] <= range[1]; i++) fn(this.order[i].v, this.order[i]);
  }

  /** Merges the entries added since into `order` and drops those gone: linear, but for sorting the added ones. */
  private reorder(): void {
    const before = (a: DayOrder, b: DayOrder) => a.first < b.first || (a.first === b.first && a.seq > b.seq);
    const added = this.added.sort((a, b) => (before(a, b) ? -1 : 1));
    const live = (e: DayOrder) => this.lists[e.v] === e;
    const order: (DayEntry & DayOrder)[] = [];
    let i = 0;
    let j = 0;
    while (i < this.order.length || j < added.length) {
      const next = j >= added.length || (i < this.order.length && before(this.order[i], added[j])) ? this.order[i++] : added[j++];
      if (live(next)) order.push(next);
    }
    this.order = order;
    this.firsts = order.map((e) => e.first);
    this.added = [];
    this.removed = false;
  }
}

/** Where a date string's entry stands in a ByDay's order. */
interface DayOrder {
  v: number;
  first: number;
  /** When it was added: the later first among strings of the same first day. */
  seq: number;
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

/**
 * Adds `by` to the count of `key` in a list of pairs (key, count), dropping the pair at zero. Returns the
 * list, or a new one for the first pair: a literal of two, where a push onto [] reserves seventeen.
 */
function bumpPair(list: number[], key: number, by: number): number[] {
  for (let i = 0; i < list.length; i += 2) {
    if (list[i] !== key) continue;
    list[i + 1] += by;
    if (list[i + 1] <= 0) list.splice(i, 2);
    return list;
  }
  if (by <= 0) return list;
  if (list.length === 0) return [key, by];
  list.push(key, by);
  return list;
}

const NO_PAIRS = new Int32Array(0);

/**
 * Pairs (article slot, count) in the order their owner keeps, four bytes a number: a large corpus has
 * hundreds of thousands of actor-article pairs, and a JS array costs twice as much an entry.
 */
class Postings {
  v: Int32Array = NO_PAIRS;
  length = 0;

  insert(at: number, slot: number, count: number): void {
    if (this.length + 2 > this.v.length) this.v = grow(this.v, 4);
    // Most postings go last (a build adds articles in name order): no move to make, nor a call to make it.
    if (at < this.length) this.v.copyWithin(at + 2, at, this.length);
    this.v[at] = slot;
    this.v[at + 1] = count;
    this.length += 2;
  }

  remove(at: number): void {
    this.v.copyWithin(at, at + 2, this.length);
    this.length -= 2;
  }
}

/** A copy of `a` of twice its length (at least `atLeast`), of the same element type. */
function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

function longest(xs: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const x of xs) if (best === undefined || x.length > best.length || (x.length === best.length && x < best)) best = x;
  return best;
}

/**
 * A readable name for an id no data names and no mention spells (a collective speaker such as
 * "moscow-format-participants"): its words, the first capitalised ("Moscow format participants").
 */
function nameFromId(id: string): string {
  const words = id.split('-').filter(Boolean).join(' ');
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}
