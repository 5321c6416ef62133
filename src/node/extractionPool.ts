import * as os from 'os';
import { Worker } from 'worker_threads';
import { SharedStrings, type PackedArticle } from '../core/packedArticle';
import { ExtractorGone, type DiskRead, type Extracted, type Extractor } from '../vscode/extractor';

/** An article to extract, or a local file to read, decode and extract (see ExtractionPool.readFromDisk). */
export type ExtractionRequest = { id: number; name: string; text: string } | { id: number; name: string; file: string; maxBytes: number };

/** What the worker takes: a batch of requests, or the keys whose articles it sends back as text (`setKnownKeys`). */
export type WorkerMessage = ExtractionRequest[] | { knownKeys: readonly string[] };

/** What became of a file the worker was asked to read: a DiskRead, less the extraction, which travels beside it. */
export type ReadOutcome = Exclude<DiskRead, { kind: 'extracted' }> | Omit<Extract<DiskRead, { kind: 'extracted' }>, 'extracted'>;

/** A packed article, a file's outcome, or why there is none; each with the strings the worker numbered since its last reply. */
export type ExtractionReply = ({ id: number; packed: PackedArticle } | { id: number; read: ReadOutcome; packed?: PackedArticle } | { id: number; error: string }) & { strings: string[] };

/** What the worker posts: replies to a batch, all of them (`last`) or the first part (see BATCH_CHARS). */
export interface WorkerReplies {
  replies: ExtractionReply[];
  last: boolean;
}

/**
 * Articles sent to a worker in one message, and their results sent back in one: a message costs the worker
 * about 60 µs whatever it holds (measured at 10,000 articles: 0.6-0.8 s of posting one by one, 0.22-0.26 s
 * eight at a time). A batch stops at BATCH_CHARS of text, so that a long article does not hold up others.
 * Files to read go BATCH_FILES to a message: at a folder's second opening most come back as text the cache
 * holds, and posting is then a large part of what they cost (the real host's profile of 10,000 from the
 * cache: 0.22 s of its 2.9 s in postMessage, eight to a message). Their sizes are known only once read, so
 * the worker answers such a batch in parts of about BATCH_CHARS: a folder of large articles is not held
 * thirty-two at a time.
 */
const BATCH_ARTICLES = 8;
const BATCH_FILES = 32;
export const BATCH_CHARS = 256 * 1024;

interface Job {
  request: ExtractionRequest;
  /** Characters of text it sends (a file's are not known before it is read). */
  chars: number;
  settle(reply: ExtractionReply, shared: SharedStrings): void;
  /** Its worker failed: extract it on this thread, or give up. */
  orphan(): void;
}

/**
 * Extracts articles in worker threads, so that a large corpus or a 5 MB article never holds up the
 * extension host (hovers, trees, typing). Workers start when a build starts (`prepare`) or on the first
 * article, not at activation. Should a worker fail to start or die, its articles and all later ones go to
 * `fallback` on the calling thread.
 */
export class ExtractionPool implements Extractor {
  readonly kind = 'worker';
  extracted = 0;
  /** Messages posted to workers (each a batch of articles). */
  batches = 0;
  /** Messages received from workers (a batch's replies, or a part of them). */
  replies = 0;
  private workers: { worker: Worker; jobs: Map<number, Job>; shared: SharedStrings; inFlight: number }[] | undefined;
  private readonly queue: Job[] = [];
  private nextId = 0;
  private known: readonly string[] = [];
  private broken = false;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly fallback: Extractor,
    private readonly log: (message: string) => void,
    /** One thread is left to the extension host and the editor. */
    readonly size = Math.max(1, Math.min(4, os.availableParallelism() - 1)),
  ) {}

  extract(name: string, text: string): Promise<Extracted> {
    if (this.broken || this.disposed) return this.fallback.extract(name, text);
    return new Promise((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, name, text },
        chars: text.length,
        settle: (reply, shared) => {
          if ('error' in reply) return reject(new Error(reply.error));
          this.extracted++;
          resolve({ packed: (reply as { packed: PackedArticle }).packed, shared });
        },
        orphan: () => this.fallback.extract(name, text).then(resolve, reject),
      });
      this.pump();
    });
  }

  /**
   * Reads a local file in a worker (synchronous reads there: four system calls, no round trips through the
   * extension host's event loop), decodes and extracts it, or sends back only its text when its key is known.
   * Null once the workers have failed or the pool is disposed: the caller reads on its own thread.
   */
  readFromDisk(file: string, name: string, maxBytes: number): Promise<DiskRead> | null {
    if (this.broken || this.disposed) return null;
    return new Promise((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, name, file, maxBytes },
        chars: 0,
        settle: (reply, shared) => {
          if ('error' in reply) return reject(new Error(reply.error));
          const { read, packed } = reply as { read: ReadOutcome; packed?: PackedArticle };
          if (read.kind !== 'extracted') return resolve(read);
          this.extracted++;
          resolve({ ...read, extracted: { packed: packed!, shared } });
        },
        orphan: () => reject(new ExtractorGone(`extraction worker gone before ${name} was read`)),
      });
      this.pump();
    });
  }

  /** Starts the workers now rather than on the first article (each takes 100-150 ms to load its code and data). */
  prepare(): void {
    if (!this.broken && !this.disposed) this.workers ??= this.start();
  }

  setKnownKeys(keys: readonly string[]): void {
    this.known = keys;
    for (const w of this.workers ?? []) w.worker.postMessage({ knownKeys: keys } satisfies WorkerMessage);
  }

  /** Each worker holds at most two batches, so that what is queued meanwhile goes to whichever is free first. */
  private pump(): void {
    const workers = (this.workers ??= this.start());
    for (const w of workers) {
      while (w.inFlight < 2 && this.queue.length > 0) {
        const batch: ExtractionRequest[] = [];
        let chars = 0;
        while (this.queue.length > 0 && batch.length < ('file' in this.queue[0].request ? BATCH_FILES : BATCH_ARTICLES) && (batch.length === 0 || chars + this.queue[0].chars <= BATCH_CHARS)) {
          const job = this.queue.shift()!;
          w.jobs.set(job.request.id, job);
          batch.push(job.request);
          chars += job.chars;
        }
        w.inFlight++;
        this.batches++;
        w.worker.postMessage(batch);
      }
    }
  }

  private start(): { worker: Worker; jobs: Map<number, Job>; shared: SharedStrings; inFlight: number }[] {
    return Array.from({ length: this.size }, () => {
      const entry = { worker: new Worker(this.script), jobs: new Map<number, Job>(), shared: new SharedStrings(), inFlight: 0 };
      if (this.known.length > 0) entry.worker.postMessage({ knownKeys: this.known } satisfies WorkerMessage);
      entry.worker.on('message', ({ replies, last }: WorkerReplies) => {
        this.replies++;
        if (last) entry.inFlight--;
        // In order: each reply's strings number after the ones before.
        for (const reply of replies) {
          entry.shared.add(reply.strings);
          const job = entry.jobs.get(reply.id);
          if (!job) continue;
          entry.jobs.delete(reply.id);
          job.settle(reply, entry.shared);
        }
        this.pump();
      });
      entry.worker.on('error', (e) => this.fail(e));
      entry.worker.on('exit', (code) => code !== 0 && this.fail(new Error(`exit code ${code}`)));
      return entry;
    });
  }

  /** A worker that failed takes the pool with it: what every worker held, and the queue, are extracted in-thread. */
  private fail(e: Error): void {
    if (this.broken) return;
    this.log(`Extraction worker failed (${e.message}); extracting on the extension host from now on`);
    this.broken = true;
    const orphans = [...(this.workers ?? []).flatMap((w) => [...w.jobs.values()]), ...this.queue.splice(0)];
    this.dispose();
    for (const job of orphans) job.orphan();
  }

  dispose(): void {
    this.disposed = true;
    const workers = this.workers ?? [];
    this.workers = [];
    for (const w of workers) {
      w.worker.removeAllListeners('exit');
      void w.worker.terminate();
    }
  }
}
