// The extraction cache on disk (src/core/extractionCache.ts): one file in the extension's workspace storage,
// read when a build starts and written when it ends, keyed by a SHA-1 of each article's text.
import * as fs from 'fs';
import { ExtractionCache } from '../core/extractionCache';
import { encodeText } from '../core/packedArticle';
import { replaceFile } from './files';
import { digest, textKey } from './textKey';
import type { Extracted, ExtractionStore, Extractor } from '../vscode/extractor';

export class ExtractionCacheFile implements ExtractionStore {
  /**
   * Articles served from the cache, and texts extracted, since this object was made (for the log and tests). A
   * text extracted twice while the cache is open (a watcher's read during a build, then the build's) counts once.
   */
  hits = 0;
  misses = 0;
  private cache: ExtractionCache | undefined;
  private opening: Promise<void> | undefined;
  private version: string | undefined;

  constructor(
    /** The cache file. */
    readonly file: string,
    /** The extractor's code (the worker's bundle, which holds all of it and its data): entries of any other are not read. */
    private readonly extractorFile: string,
    private readonly log: (level: 'info' | 'warn', message: string) => void,
  ) {}

  open(): Promise<void> {
    return (this.opening ??= this.load().finally(() => (this.opening = undefined)));
  }

  private async load(): Promise<void> {
    if (this.cache) return;
    try {
      this.version ??= digest(await fs.promises.readFile(this.extractorFile));
    } catch (e) {
      this.log('warn', `Extraction cache off: the extractor's code is unreadable (${(e as Error).message})`);
      return;
    }
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(this.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.log('warn', `Extraction cache not read (${(e as Error).message}); articles are extracted anew`);
      this.cache = new ExtractionCache(this.version);
      return;
    }
    const read = ExtractionCache.parse(bytes, this.version);
    if (typeof read === 'string') this.log('info', `Extraction cache not used (${read}); articles are extracted anew`);
    this.cache = typeof read === 'string' ? new ExtractionCache(this.version) : read;
  }

  async extract(name: string, text: string, extractor: Extractor): Promise<Extracted> {
    if (!this.cache) return extractor.extract(name, text);
    const key = textKey(text);
    const kept = this.take(key, name, encodeText(text));
    if (kept) return kept;
    const extracted = await extractor.extract(name, text);
    this.keep(key, extracted);
    return extracted;
  }

  keys(): string[] {
    return this.cache?.keys() ?? [];
  }

  /** The cache's extraction of the text under `key`, given as `encodeText` gives it, or undefined. */
  take(key: string, name: string, text: string | Uint8Array): Extracted | undefined {
    const cache = this.cache;
    const packed = cache?.get(key, name, text);
    if (!packed) return undefined;
    this.hits++;
    return { packed, shared: cache!.shared };
  }

  /** Called before the index takes `extracted`: the index renumbers the records in place. */
  keep(key: string, extracted: Extracted): void {
    if (!this.cache) return;
    if (!this.cache.isKept(key)) this.misses++;
    this.cache.put(key, extracted.packed, extracted.shared);
  }

  async close(): Promise<void> {
    await this.opening;
    const cache = this.cache;
    this.cache = undefined;
    if (!cache?.changed) return;
    const bytes = await inSlices(cache.serializeSteps());
    // A rebuild's close may overlap this one's: replaceFile writes each through a temporary file of its own.
    await replaceFile(this.file, bytes).catch((e) => this.log('warn', `Extraction cache not written (${(e as Error).message})`));
  }
}

/** Runs a generator to its end, giving the event loop a turn every 10 ms: the extension host answers hovers meanwhile. */
async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < 10) continue;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  }
}
