// One article's text and annotations as a few flat arrays: what the corpus index keeps per article (an
// object per mention would cost more than the text), and what a worker thread posts to the index (a
// transfer of buffers instead of a structured clone of every object).
import { Tally } from './arrays';
import { ACTOR_KINDS, type ActorMention, type Article, type ArticleAnnotations, type DateMention, type Forum, type Span, type Statement } from './types';

/** Field counts of one record per section of `PackedArticle.data`. */
export const PARAGRAPH = 3; // start, end, index
export const SENTENCE = 3; // start, end, paragraph
export const ACTOR = 6; // start, end, id, text, title, kind
export const DATE = 6; // start, end, value, text, weekday, kind (0: date, 1: duration)
export const STATEMENT = 8; // start, end, text, speaker, cue, cue start + 1, cue end + 1 (0: no cue span), forum
export const DISTINCT = 2; // actor id, mentions in the article

/**
 * Every field is a number from 0 up, so that it reads the same from 16-bit records as from 32-bit ones.
 * String and actor numbers start at FIRST: a string field of NONE is null, of SLICE the article text at the record's span.
 */
export const NONE = 0;
export const SLICE = 1;
export const FIRST = 2;

/** Records take two bytes a field when every field of the article fits (offsets and numbers below 65,536), else four. */
export type Records = Uint16Array | Int32Array;

export interface PackedArticle {
  name: string;
  /** The annotations' `doc` and `docDate` (normally the name and the header date). */
  doc: string;
  docDate: string | null;
  /** The article's header date and span. */
  headerDate: string | null;
  header: Span | null;
  /** The text, as UTF-8 when it holds characters beyond Latin-1 (a V8 string would then take two bytes a character). */
  text: string | Uint8Array;
  /** Records per section: paragraphs, sentences, actor mentions, dates, statements, distinct actors. */
  counts: number[];
  /** The sections one after another; string and actor fields are numbers in `strings`, or the index's own. */
  data: Records;
  /** Strings by number (the first FIRST unused), when the article numbers its own. */
  strings: string[];
  forums: Forum[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Any character beyond Latin-1; any UTF-16 surrogate. Native scans: a loop over every character cost more than the encoding. */
const WIDE = /[^\u0000-\u00ff]/;
const SURROGATE = /[\ud800-\udfff]/;

/** `String.prototype.isWellFormed` (ES2024) where the runtime has it: a native check, where ours scans the text twice. */
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

export function encodeText(text: string): string | Uint8Array {
  if (!WIDE.test(text)) return text;
  // Lone surrogates would not survive UTF-8: keep such a text as it is.
  if (isWellFormed ? !isWellFormed.call(text) : SURROGATE.test(text) && hasLoneSurrogate(text)) return text;
  return encoder.encode(text);
}

function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff) return true;
    const next = text.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
    i++;
  }
  return false;
}

export function decodeText(text: string | Uint8Array): string {
  return typeof text === 'string' ? text : decoder.decode(text);
}

/** Offsets of each section in `data`. */
export function sections(counts: readonly number[]): { paragraphs: number; sentences: number; actors: number; dates: number; statements: number; distinct: number; end: number } {
  const paragraphs = 0;
  const sentences = paragraphs + counts[0] * PARAGRAPH;
  const actors = sentences + counts[1] * SENTENCE;
  const dates = actors + counts[2] * ACTOR;
  const statements = dates + counts[3] * DATE;
  const distinct = statements + counts[4] * STATEMENT;
  return { paragraphs, sentences, actors, dates, statements, distinct, end: distinct + counts[5] * DISTINCT };
}

/** Numbers for the strings and actor ids of packed articles: an article's own table, or the index's. */
export interface Numbering {
  str(s: string): number;
  actor(id: string): number;
}

/**
 * One numbering of strings and actor ids across many packed articles (a worker thread's): each string is
 * sent to the index once, with the first article that uses it, instead of once an article; the index then
 * renumbers an article's fields by array lookups (`SharedStrings`) rather than by hashing every string again.
 */
export class StringTable implements Numbering {
  private readonly numbers = new Map<string, number>();
  private fresh: string[] = [];

  str(s: string): number {
    let i = this.numbers.get(s);
    if (i === undefined) {
      i = this.numbers.size + FIRST;
      this.numbers.set(s, i);
      this.fresh.push(s);
    }
    return i;
  }

  actor(id: string): number {
    return this.str(id);
  }

  /** The strings numbered since the last call, in number order: what goes with the articles packed since. */
  takeNew(): string[] {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }
}

/** The receiving side of a `StringTable`: its strings by number, and their numbers in the index once known. */
export class SharedStrings {
  readonly strings: string[] = byNumber();
  /** String number -> the index's string number and actor number (0 until first asked). */
  strs = new Int32Array(0);
  acts = new Int32Array(0);

  add(more: readonly string[]): void {
    for (const s of more) this.strings.push(s);
    if (this.strings.length <= this.strs.length) return;
    const size = Math.max(this.strings.length, this.strs.length * 2);
    const grow = (a: Int32Array) => {
      const out = new Int32Array(size);
      out.set(a);
      return out;
    };
    this.strs = grow(this.strs);
    this.acts = grow(this.acts);
  }
}

/**
 * Renumbers the string and actor fields of an article's records (`str`, `actor`: old number to new, each at
 * least FIRST), in place; the records move to 32 bits when a new number needs them.
 */
export function renumberRecords(data: Records, counts: readonly number[], str: (i: number) => number, actor: (i: number) => number): Records {
  let d = data;
  const put = (o: number, v: number) => {
    if (v > 0xffff && d instanceof Uint16Array) d = new Int32Array(d);
    d[o] = v;
  };
  const s = (o: number) => d[o] >= FIRST && put(o, str(d[o]));
  const a = (o: number) => d[o] >= FIRST && put(o, actor(d[o]));
  const at = sections(counts);
  const [, , na, nd, ns, nx] = counts;
  for (let i = 0, o = at.actors; i < na; i++, o += ACTOR) {
    a(o + 2);
    s(o + 3);
    s(o + 4);
  }
  for (let i = 0, o = at.dates; i < nd; i++, o += DATE) {
    s(o + 2);
    s(o + 3);
    s(o + 4);
  }
  for (let i = 0, o = at.statements; i < ns; i++, o += STATEMENT) {
    s(o + 2);
    a(o + 3);
    s(o + 4);
    s(o + 7);
  }
  for (let i = 0, o = at.distinct; i < nx; i++, o += DISTINCT) a(o);
  return d;
}

/** An empty list of strings by number: NONE and SLICE hold its first two places. */
export function byNumber(): string[] {
  return ['', ''];
}

/** Where `packArticle` writes an article's records before it knows their width (a longer article gets an array of its own). */
const scratch = new Int32Array(4096);

/** Mentions by actor number, in order of first mention, for one article at a time. */
const mentions = new Tally();

/** Packs an article; strings are numbered in a table of the article's own (`strings`) unless `numbering` is given. */
export function packArticle(article: Article, a: ArticleAnnotations, name = article.name, numbering?: Numbering): PackedArticle {
  const text = article.text;
  const strings = byNumber();
  const own = new Map<string, number>();
  const local = (s: string): number => {
    let i = own.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      own.set(s, i);
    }
    return i;
  };
  // The largest number given out: with the text's length, it bounds every field (see narrowest).
  let top = 0;
  const toStr = (s: string) => {
    const i = numbering ? numbering.str(s) : local(s);
    if (i > top) top = i;
    return i;
  };
  const toActor = (id: string) => {
    const i = numbering ? numbering.actor(id) : local(id);
    if (i > top) top = i;
    return i;
  };
  const str = (s: string | null | undefined): number => (s === null || s === undefined ? NONE : toStr(s));
  const actorIds: number[] = [];
  mentions.clear();
  for (const m of a.actors) {
    const id = toActor(m.id);
    actorIds.push(id);
    mentions.add(id, 1);
  }
  const counts = [article.paragraphs.length, article.sentences.length, a.actors.length, a.dates.length, a.statements.length, mentions.size];
  const at = sections(counts);
  const data = at.end <= scratch.length ? scratch : new Int32Array(at.end);
  let o = 0;
  for (const p of article.paragraphs) {
    data[o++] = p.start;
    data[o++] = p.end;
    data[o++] = p.index;
  }
  for (const s of article.sentences) {
    data[o++] = s.start;
    data[o++] = s.end;
    data[o++] = s.paragraph;
  }
  for (let i = 0; i < a.actors.length; i++) {
    const m = a.actors[i];
    const kind = ACTOR_KINDS.indexOf(m.kind);
    data[o++] = m.start;
    data[o++] = m.end;
    data[o++] = actorIds[i];
    data[o++] = str(m.text);
    data[o++] = str(m.title);
    data[o++] = kind < 0 ? 0 : kind;
  }
  for (const d of a.dates) {
    data[o++] = d.start;
    data[o++] = d.end;
    data[o++] = str(d.value);
    data[o++] = str(d.text);
    data[o++] = str(d.weekday);
    data[o++] = d.kind === 'date' ? 0 : 1;
  }
  for (const s of a.statements) {
    const cue = s.cueSpan && s.cue !== null && isSlice(text, s.cue, s.cueSpan) ? SLICE : str(s.cue);
    data[o++] = s.start;
    data[o++] = s.end;
    data[o++] = isSlice(text, s.text, s) ? SLICE : str(s.text);
    data[o++] = s.speaker === null ? NONE : toActor(s.speaker);
    data[o++] = cue;
    data[o++] = s.cueSpan ? s.cueSpan.start + 1 : 0;
    data[o++] = s.cueSpan ? s.cueSpan.end + 1 : 0;
    data[o++] = str(s.forum);
  }
  mentions.drain((id, n) => {
    data[o++] = id;
    data[o++] = n;
  });
  return {
    name,
    doc: a.doc,
    docDate: a.docDate,
    headerDate: article.docDate,
    header: article.header && { start: article.header.start, end: article.header.end },
    text: encodeText(text),
    counts,
    data: narrowest(data, at.end, Math.max(top, text.length + 1, counts[0], counts[2])),
    strings: numbering ? [] : strings,
    forums: a.forums,
  };
}

/**
 * The first `n` values in 16 bits when they all fit, else in 32 (never the scratch array: a worker transfers
 * what it gets). `bound`: no value is larger (offsets are at most the text's length + 1, paragraph numbers below the paragraphs', counts the mentions').
 */
function narrowest(values: Int32Array, n: number, bound: number): Records {
  let max = 0;
  if (bound <= 0xffff) max = bound;
  else for (let i = 0; i < n; i++) if (values[i] > max) max = values[i];
  if (max <= 0xffff) return new Uint16Array(values.subarray(0, n));
  return values === scratch ? values.slice(0, n) : values;
}

function isSlice(text: string, s: string, span: Span): boolean {
  return s.length === span.end - span.start && text.startsWith(s, span.start);
}

/** Reads records back into the annotation objects; `str` and `actor` turn string fields into strings. */
export class PackedReader {
  readonly at: ReturnType<typeof sections>;
  private decoded: string | undefined;

  constructor(
    readonly p: Pick<PackedArticle, 'name' | 'doc' | 'docDate' | 'headerDate' | 'header' | 'text' | 'counts' | 'data' | 'forums'>,
    private readonly str: (i: number) => string,
    private readonly actor: (i: number) => string,
  ) {
    this.at = sections(p.counts);
  }

  get text(): string {
    return (this.decoded ??= decodeText(this.p.text));
  }

  article(): Article {
    const { data, counts } = this.p;
    const paragraphs = [];
    const sentences = [];
    for (let i = 0, o = this.at.paragraphs; i < counts[0]; i++, o += PARAGRAPH) paragraphs.push({ start: data[o], end: data[o + 1], index: data[o + 2] });
    for (let i = 0, o = this.at.sentences; i < counts[1]; i++, o += SENTENCE) sentences.push({ start: data[o], end: data[o + 1], paragraph: data[o + 2] });
    return { name: this.p.name, text: this.text, docDate: this.p.headerDate, header: this.p.header && { ...this.p.header }, paragraphs, sentences };
  }

  annotations(): ArticleAnnotations {
    const [, , na, nd, ns] = this.p.counts;
    const actors = [];
    for (let i = 0; i < na; i++) actors.push(this.actorAt(i));
    const dates = [];
    for (let i = 0; i < nd; i++) dates.push(this.dateAt(i));
    const statements = [];
    for (let i = 0; i < ns; i++) statements.push(this.statementAt(i));
    return { doc: this.p.doc, docDate: this.p.docDate, actors, dates, statements, forums: this.p.forums.map(copyForum) };
  }

  actorAt(i: number): ActorMention {
    const d = this.p.data;
    const o = this.at.actors + i * ACTOR;
    const m: ActorMention = { start: d[o], end: d[o + 1], text: this.str(d[o + 3]), id: this.actor(d[o + 2]), kind: ACTOR_KINDS[d[o + 5]] };
    if (d[o + 4] !== NONE) m.title = this.str(d[o + 4]);
    return m;
  }

  dateAt(i: number): DateMention {
    const d = this.p.data;
    const o = this.at.dates + i * DATE;
    const m: DateMention = { start: d[o], end: d[o + 1], text: this.str(d[o + 3]), kind: d[o + 5] === 0 ? 'date' : 'duration', value: this.opt(d[o + 2]) };
    if (d[o + 4] !== NONE) m.weekday = this.str(d[o + 4]);
    return m;
  }

  statementAt(i: number): Statement {
    const d = this.p.data;
    const o = this.at.statements + i * STATEMENT;
    const text = d[o + 2] === SLICE ? this.text.slice(d[o], d[o + 1]) : this.str(d[o + 2]);
    const cue = d[o + 4] === SLICE ? this.text.slice(d[o + 5] - 1, d[o + 6] - 1) : this.opt(d[o + 4]);
    const s: Statement = { start: d[o], end: d[o + 1], text, speaker: d[o + 3] !== NONE ? this.actor(d[o + 3]) : null, cue, forum: this.opt(d[o + 7]) };
    if (d[o + 5] > 0) s.cueSpan = { start: d[o + 5] - 1, end: d[o + 6] - 1 };
    return s;
  }

  private opt(i: number): string | null {
    return i !== NONE ? this.str(i) : null;
  }
}

export function copyForum(f: Forum): Forum {
  return { ...f, participants: [...f.participants], mentions: f.mentions.map((m) => ({ ...m })) };
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

/** "2021-08-15" -> 20210815: days compare as numbers. */
export function dayNumber(day: string): number {
  return +day.slice(0, 4) * 10000 + +day.slice(5, 7) * 100 + +day.slice(8, 10);
}

const ranges = new Map<string, [number, number] | null>();

/** The range of an ISO value as day numbers, or null (values repeat across a corpus: the last few thousand are kept). */
export function dayRange(value: string | null): [number, number] | null {
  if (!value) return null;
  let r = ranges.get(value);
  if (r === undefined) {
    const days = valueRange(value);
    r = days && [dayNumber(days[0]), dayNumber(days[1])];
    if (ranges.size >= 4096) ranges.clear();
    ranges.set(value, r);
  }
  return r;
}
