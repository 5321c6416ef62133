import type { KnowledgeBase } from '../core/knowledge';
import { packArticle, PackedReader, type PackedArticle, type SharedStrings } from '../core/packedArticle';
import { extract, type Extraction } from '../core/pipeline';

/**
 * An article extracted and packed (`packArticle`), as the index takes it: with its own strings, or with
 * numbers into the strings a worker has sent so far (`shared`).
 */
export interface Extracted {
  packed: PackedArticle;
  shared?: SharedStrings;
}

/**
 * Files read and extracted at once during a build (ArticleWorkspace): where a worker reads them, enough to keep
 * it busy with two batches of thirty-two (see ExtractionPool); where this thread reads them, fewer, as each
 * read holds its whole file until its turn to be extracted.
 */
export function buildLanes(extractor: Extractor): number {
  return extractor.readFromDisk ? 64 : 16;
}

/**
 * A local file read off the extension host's thread (`Extractor.readFromDisk`): extracted, or its text when
 * the store holds its extraction (`known`), or why there is none. `changed`: its size or time moved while it
 * was read (a writer at work: read it again).
 */
export type DiskRead =
  | { kind: 'missing' }
  | { kind: 'directory' }
  | { kind: 'skipped'; reason: string; changed: boolean }
  | { kind: 'extracted'; key: string; extracted: Extracted; changed: boolean; note?: string }
  | { kind: 'known'; key: string; text: string | Uint8Array; changed: boolean; note?: string };

/** A read asked of an extractor whose threads have gone since: read it on this thread instead. */
export class ExtractorGone extends Error {}

/** Where articles read from disk are extracted: on the extension host's thread, or in a worker thread. */
export interface Extractor {
  /** 'worker' or 'in-thread', for the log and the tests. */
  readonly kind: string;
  /** Articles extracted so far, by this extractor. */
  readonly extracted: number;
  extract(name: string, text: string): Promise<Extracted>;
  /**
   * Reads a local file where the extraction runs, decodes it and extracts it, unless its text's key is one
   * of the known keys (`setKnownKeys`): the extension host then neither reads nor decodes. Null when this
   * extractor reads nothing (in-thread, or its workers failed). May reject with ExtractorGone.
   */
  readFromDisk?(file: string, name: string, maxBytes: number): Promise<DiskRead> | null;
  /** The keys (`ExtractionStore.keys`) whose articles come back as text rather than extracted. */
  setKnownKeys?(keys: readonly string[]): void;
  /** Starts its threads before the first article: a build asks as its file search starts, which they then start beside. */
  prepare?(): void;
  dispose(): void;
}

/** The article and annotations of an extraction, as objects (for the curation's transform, and tests). */
export function unpack({ packed, shared }: Extracted): Extraction {
  const str = shared ? (i: number) => shared.strings[i] : (i: number) => packed.strings[i];
  const reader = new PackedReader(packed, str, str);
  return { article: reader.article(), annotations: reader.annotations() };
}

/** Extraction on the calling thread: in the browser (vscode.dev), and wherever a worker cannot start. */
export class InThreadExtractor implements Extractor {
  readonly kind = 'in-thread';
  extracted = 0;

  constructor(private readonly kb: () => KnowledgeBase) {}

  extract(name: string, text: string): Promise<Extracted> {
    this.extracted++;
    const { article, annotations } = extract(name, text, this.kb());
    return Promise.resolve({ packed: packArticle(article, annotations, name) });
  }

  dispose(): void {}
}

/**
 * Extractions kept between sessions (a file in the extension's workspace storage on the desktop): while open,
 * an article whose text was extracted before is not extracted again.
 */
export interface ExtractionStore {
  /** Articles served from the store, and extracted, so far. */
  readonly hits: number;
  readonly misses: number;
  /** Reads the kept extractions; a build opens the store before it reads articles. */
  open(): Promise<void>;
  /** The kept extraction of `text`, or the extractor's (then kept too); only the extractor's while closed. */
  extract(name: string, text: string, extractor: Extractor): Promise<Extracted>;
  /** The keys of the kept extractions (none while closed): what a text's key is checked against. */
  keys(): string[];
  /** The kept extraction under `key` (the key of `text`, a string or as `encodeText` gives it), counted as a hit; undefined when none or closed. */
  take(key: string, name: string, text: string | Uint8Array): Extracted | undefined;
  /** Keeps an extractor's extraction of the text of key `key`, counted as a miss (nothing while closed). */
  keep(key: string, extracted: Extracted): void;
  /** Keeps the extractions asked for since `open`, and no others, and lets go of them. */
  close(): Promise<void>;
}
