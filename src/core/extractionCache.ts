// Extractions kept from one session to the next, keyed by a digest of the article's text: a folder opened
// again is indexed without extracting its unchanged articles (extraction is most of a build's cost). What is
// kept is the extractor's output, before the analyst's curation, as packed records over one table of strings.
import {
  copyForum,
  FIRST,
  NONE,
  renumberRecords,
  sections,
  SharedStrings,
  StringTable,
  type PackedArticle,
  type Records,
} from './packedArticle';
import type { Forum, Span } from './types';

interface Entry {
  counts: number[];
  /** String and actor fields number `strings` of the cache they belong to. */
  data: Records;
  docDate: string | null;
  headerDate: string | null;
  header: Span | null;
  forums: Forum[];
}

/**
 * entries: [key, counts, bytes a field (2 or 4), offset in the records' part, docDate, headerDate, header, forums];
 * a forum as numbers (`encodeForum`): ten thousand articles' forums as objects would double the header and the time to read it.
 */
interface Header {
  version: string;
  /** A checksum of the records' part (`checksum`): a file cut short or damaged is not read. */
  sum: number;
  strings: string[];
  entries: [string, number[], 2 | 4, number, string | null, string | null, Span | null, number[][]][];
}

const MAGIC = 0x31435844; // "DXC1", little-endian
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class ExtractionCache {
  /** Numbers every string of the entries. */
  private readonly table = new StringTable();
  /** The strings by number (`shared.strings`), as the index takes them with an entry (`CorpusIndex.setPacked`). */
  readonly shared = new SharedStrings();
  /** Entries read from the file, not yet asked for. */
  private readonly stored = new Map<string, Entry>();
  /** Entries asked for or added since: what `serialize` writes. */
  private readonly kept = new Map<string, Entry>();
  private added = false;
  /** Whether the entries were read from a file (a new cache holds what the file should, once written). */
  private fromFile = false;
  /** By the extractor's strings (a worker's): their numbers in `table`, as `numbersFor` keeps them. */
  private readonly workerNumbers = new WeakMap<SharedStrings, Int32Array>();

  /** `version` names the extractor: entries written by another are never read. */
  constructor(readonly version: string) {}

  get size(): number {
    return this.kept.size;
  }

  /** Whether `serialize` would write other than the file it was read from: a new cache, entries added, or some read and not asked for since. */
  get changed(): boolean {
    return !this.fromFile || this.added || this.stored.size > 0;
  }

  /** The cache in `bytes`, or why it cannot be read (another extractor's, or not a cache). */
  static parse(bytes: Uint8Array, version: string): ExtractionCache | string {
    if (bytes.length < 8) return 'too short';
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.getUint32(0, true) !== MAGIC) return 'not an extraction cache';
    const headerEnd = 8 + view.getUint32(4, true);
    if (headerEnd > bytes.length) return 'truncated';
    let header: Header;
    try {
      header = JSON.parse(decoder.decode(bytes.subarray(8, headerEnd))) as Header;
    } catch {
      return 'unreadable header';
    }
    if (header?.version !== version) return 'written by another version of the extractor';
    if (!Array.isArray(header.strings) || !Array.isArray(header.entries) || header.strings.some((s) => typeof s !== 'string')) return 'malformed header';
    const cache = new ExtractionCache(version);
    cache.fromFile = true;
    for (const s of header.strings) cache.table.str(s);
    cache.takeNewStrings();
    // A string written twice would number every later one off by one against the records.
    if (cache.shared.strings.length !== FIRST + header.strings.length) return 'malformed header (a string written twice)';
    // One aligned copy of the records, for typed arrays over it (a Node Buffer's slice would be a view).
    const recordsAt = align4(headerEnd);
    const records = new Uint8Array(bytes.subarray(recordsAt)).buffer;
    if (records.byteLength % 4 !== 0 || checksum(records) !== header.sum) return 'damaged';
    for (const e of header.entries) {
      const entry = readEntry(e, records, cache.shared.strings);
      if (entry) cache.stored.set(e[0], entry);
    }
    return cache;
  }

  /** Every key it holds, read from the file or added since. */
  keys(): string[] {
    return [...this.stored.keys(), ...this.kept.keys()];
  }

  /** Whether the entry under `key` was asked for or put since this cache was made or read. */
  isKept(key: string): boolean {
    return this.kept.has(key);
  }

  /**
   * The packed article cached for a text's `key`, under `name`, or undefined; `text` as `encodeText` gives it
   * (as the worker sends it). Its forums are the cache's own: the index and the unpacking copy them, never change them.
   */
  get(key: string, name: string, text: string | Uint8Array): PackedArticle | undefined {
    const entry = this.stored.get(key) ?? this.kept.get(key);
    if (!entry) return undefined;
    this.stored.delete(key);
    this.kept.set(key, entry);
    return {
      name,
      doc: name,
      docDate: entry.docDate,
      headerDate: entry.headerDate,
      header: entry.header && { ...entry.header },
      text,
      counts: [...entry.counts],
      // The index renumbers its records in place.
      data: entry.data.slice(),
      strings: [],
      forums: entry.forums,
    };
  }

  /** Keeps an extractor's packed article under its text's `key`; its strings number `packed.strings`, or `shared`'s. */
  put(key: string, packed: PackedArticle, shared?: SharedStrings): void {
    const from = shared ? shared.strings : packed.strings;
    const memo = shared ? this.numbersFor(shared) : null;
    // A worker's string is looked up in the table once, not once a field of every article that holds it.
    const number = memo ? (i: number) => (memo[i] ||= this.table.str(from[i])) : (i: number) => this.table.str(from[i]);
    const data = renumberRecords(packed.data.slice(), packed.counts, number, number);
    this.takeNewStrings();
    this.stored.delete(key);
    this.added = true;
    this.kept.set(key, {
      counts: [...packed.counts],
      data,
      docDate: packed.docDate,
      headerDate: packed.headerDate,
      header: packed.header && { ...packed.header },
      forums: packed.forums.map(copyForum),
    });
  }

  /** A worker's string number -> this cache's (0 until first asked), grown to all the worker's strings. */
  private numbersFor(shared: SharedStrings): Int32Array {
    let memo = this.workerNumbers.get(shared);
    if (!memo || memo.length < shared.strings.length) {
      const grown = new Int32Array(Math.max(shared.strings.length, 2 * (memo?.length ?? 0)));
      if (memo) grown.set(memo);
      this.workerNumbers.set(shared, (memo = grown));
    }
    return memo;
  }

  /** The kept entries as bytes (`parse` reads them back), with only the strings they use. */
  serialize(): Uint8Array {
    const steps = this.serializeSteps();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** `serialize` one entry a step, for a caller that gives the thread to others now and then (10,000 entries take about 250 ms). */
  *serializeSteps(): Generator<void, Uint8Array> {
    const table = new StringTable();
    const header: Header = { version: this.version, sum: 0, strings: [], entries: [] };
    const parts: Uint8Array[] = [];
    let offset = 0;
    const strings = this.shared.strings;
    const numbers = new Int32Array(strings.length);
    const renumber = (i: number) => (i < numbers.length ? (numbers[i] ||= table.str(strings[i])) : table.str(strings[i]));
    for (const [key, e] of this.kept) {
      const data = renumberRecords(e.data.slice(), e.counts, renumber, renumber);
      const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      header.entries.push([key, e.counts, data instanceof Uint16Array ? 2 : 4, offset, e.docDate, e.headerDate, e.header, e.forums.map((f) => encodeForum(f, (s) => table.str(s)))]);
      parts.push(bytes);
      offset += align4(bytes.length);
      yield;
    }
    header.strings = table.takeNew();
    const records = new Uint8Array(offset);
    let at = 0;
    for (const p of parts) {
      records.set(p, at);
      at += align4(p.length);
    }
    header.sum = checksum(records.buffer);
    const json = encoder.encode(JSON.stringify(header));
    const recordsAt = align4(8 + json.length);
    const out = new Uint8Array(recordsAt + offset);
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, json.length, true);
    out.set(json, 8);
    out.set(records, recordsAt);
    return out;
  }

  private takeNewStrings(): void {
    this.shared.add(this.table.takeNew());
  }
}

/** An entry of the header over the records, or undefined when any part of it is out of place. */
function readEntry(e: Header['entries'][number], records: ArrayBuffer, strings: readonly string[]): Entry | undefined {
  if (!Array.isArray(e) || e.length !== 8 || typeof e[0] !== 'string') return undefined;
  const [, counts, width, offset, docDate, headerDate, header, forums] = e;
  if (!Array.isArray(counts) || counts.length !== 6 || !counts.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
  if ((width !== 2 && width !== 4) || !Number.isInteger(offset) || offset < 0 || offset % 4 !== 0 || !Array.isArray(forums)) return undefined;
  const fields = sections(counts).end;
  if (offset + fields * width > records.byteLength) return undefined;
  if (header !== null && !(Number.isInteger(header?.start) && Number.isInteger(header?.end))) return undefined;
  const decoded: Forum[] = [];
  for (const f of forums) {
    const forum = decodeForum(f, strings);
    if (!forum) return undefined;
    decoded.push(forum);
  }
  const data = width === 2 ? new Uint16Array(records, offset, fields) : new Int32Array(records, offset, fields);
  // Only 32-bit fields can be negative.
  if (data instanceof Int32Array && data.some((v) => v < 0)) return undefined;
  // Every string and actor number must name a string of the table.
  let inRange = true;
  renumberRecords(data, counts, check, check);
  function check(i: number): number {
    if (i >= strings.length) inRange = false;
    return i;
  }
  if (!inRange) return undefined;
  return { counts, data, docDate: stringOrNull(docDate), headerDate: stringOrNull(headerDate), header: header && { start: header.start, end: header.end }, forums: decoded };
}

/** [id, name, date, place, host, planned (1) or not (0), participant count, participants..., then start, end, text of each mention]. */
function encodeForum(f: Forum, str: (s: string) => number): number[] {
  const opt = (s: string | null) => (s === null ? NONE : str(s));
  const out = [str(f.id), str(f.name), opt(f.date), opt(f.place), opt(f.host), f.status === 'planned' ? 1 : 0, f.participants.length];
  for (const p of f.participants) out.push(str(p));
  for (const m of f.mentions) out.push(m.start, m.end, str(m.text));
  return out;
}

/** The forum `encodeForum` wrote, or undefined when a number is out of place. */
function decodeForum(f: unknown, strings: readonly string[]): Forum | undefined {
  if (!Array.isArray(f) || f.length < 7 || !f.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
  const count = f[6] as number;
  const mentions = f.length - 7 - count;
  if (mentions < 0 || mentions % 3 !== 0) return undefined;
  const str = (i: number) => (i >= FIRST && i < strings.length ? strings[i] : undefined);
  const opt = (i: number) => (i === NONE ? null : str(i));
  const forum: Forum = { id: str(f[0])!, name: str(f[1])!, date: opt(f[2])!, place: opt(f[3])!, host: opt(f[4])!, participants: [], mentions: [] };
  if (f[5] === 1) forum.status = 'planned';
  for (let i = 7; i < 7 + count; i++) forum.participants.push(str(f[i])!);
  for (let i = 7 + count; i < f.length; i += 3) forum.mentions.push({ start: f[i], end: f[i + 1], text: str(f[i + 2])! });
  const complete = [forum.id, forum.name, forum.date, forum.place, forum.host, ...forum.participants, ...forum.mentions.map((m) => m.text)].every((x) => x !== undefined);
  return complete ? forum : undefined;
}

/** FNV-1a over the 32-bit words of `records` (whose length is a multiple of four). */
function checksum(records: ArrayBuffer): number {
  const words = new Uint32Array(records);
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193);
  return h >>> 0;
}

function stringOrNull(s: unknown): string | null {
  return typeof s === 'string' ? s : null;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
