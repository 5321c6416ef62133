// The measurements, one per process so that peak RSS and heap belong to one figure. bench/run.ts bundles
// this file with esbuild (as the extension is bundled) and runs it with `node --expose-gc`:
//
//   node --expose-gc bench/.build/phases.js extract --dir bench/corpus/1000 [--profile DIR]
//   node --expose-gc bench/.build/phases.js index --dir bench/corpus/10000 --mode single|workers|extension|cached [--queries] [--profile DIR]
//   node --expose-gc bench/.build/phases.js truth --n 10000 [--profile DIR]
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import * as chrono from 'chrono-node';
import { parseArticle } from '../src/core/article';
import { CorpusIndex, SharedStrings, type IndexedArticle } from '../src/core/corpusIndex';
import { KnowledgeBase } from '../src/core/knowledge';
import type { PackedArticle } from '../src/core/packedArticle';
import { extract } from '../src/core/pipeline';
import { ExtractionCacheFile } from '../src/node/extractionCacheFile';
import { ExtractionPool } from '../src/node/extractionPool';
import { readArticleFile } from '../src/node/files';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../src/core/decode';
import { buildLanes, InThreadExtractor } from '../src/vscode/extractor';
import { DEFAULT_SEED, Generator, Rng } from './generate';
import { busyLoop, dist, RESULT_MARK, sample, type Dist } from './stats';

const MB = 1e6;
/** The extraction worker's bundle, beside this one (bench/run.ts builds both). */
const WORKER = path.join(__dirname, 'extractWorker.js');

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run with node --expose-gc');
  g();
  g();
}

/**
 * The JS heap plus memory held outside it (`external`: array buffers among others). Not `arrayBuffers`:
 * buffers a worker transferred to this thread are missing from it, and the packed index is mostly those.
 */
function memoryUsed(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

function readAll(files: string[]): { name: string; text: string; bytes: number }[] {
  return files.map((f) => {
    const r = readArticleFile(f);
    if (!r.ok) throw new Error(`${f}: ${r.reason}`);
    return { name: f, text: r.text, bytes: fs.statSync(f).size };
  });
}

/** Profiles only the code inside `fn` (not module loading or corpus reading) into DIR/NAME.cpuprofile. */
async function profiled<T>(dir: string | null, name: string, fn: () => T | Promise<T>): Promise<T> {
  if (!dir) return fn();
  const inspector = await import('node:inspector/promises');
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const out = await fn();
  const { profile } = (await session.post('Profiler.stop')) as { profile: unknown };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  session.disconnect();
  return out;
}

// ------------------------------------------------------------------------------------------ extraction

async function extractPhase(dir: string, profileDir: string | null) {
  const docs = readAll(listFiles(dir));
  const bytes = docs.reduce((s, d) => s + d.bytes, 0);
  const kb = KnowledgeBase.default();
  const ref = (text: string) => {
    const m = /^\s*date (\d{4}-\d{2}-\d{2})/.exec(text);
    return m ? new Date(`${m[1]}T12:00:00Z`) : new Date(Date.UTC(2021, 0, 1, 12));
  };
  const pipeline = () => {
    for (const d of docs) extract(d.name, d.text, kb);
  };
  const chronoOnly = () => {
    for (const d of docs) chrono.parse(d.text, ref(d.text));
  };
  // The first pass in a fresh process, as a worker thread starting a build runs it: the compiler has not yet
  // seen the code (the index build rows pay this once a thread). Then a whole pass of each, untimed, so
  // that the rounds time code the compiler has finished with, for the pipeline and chrono alike.
  let t = performance.now();
  pipeline();
  const coldMs = performance.now() - t;
  chronoOnly();
  const rounds = (fn: () => void, n = 5) => {
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      fn();
      ms.push(performance.now() - t);
    }
    return dist(ms).medianMs;
  };
  const pipelineMs = rounds(pipeline);
  const chronoMs = rounds(chronoOnly);

  // compromise is two orders of magnitude slower: a ~300 KB prefix of the same text.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => { people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown } };
  const prefix: typeof docs = [];
  let prefixBytes = 0;
  for (const d of docs) {
    if (prefixBytes >= 300_000) break;
    prefix.push(d);
    prefixBytes += d.bytes;
  }
  const compromise = (d: { text: string }) => {
    const doc = nlp(d.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  };
  for (const d of docs.slice(-3)) compromise(d);
  t = performance.now();
  for (const d of prefix) compromise(d);
  const compromiseMs = performance.now() - t;

  let profileMs: number | null = null;
  if (profileDir) {
    t = performance.now();
    await profiled(profileDir, 'extract', () => {
      pipeline();
      pipeline();
    });
    profileMs = performance.now() - t;
  }
  const pipelineMBs = bytes / MB / (pipelineMs / 1000);
  const chronoMBs = bytes / MB / (chronoMs / 1000);
  const compromiseMBs = prefixBytes / MB / (compromiseMs / 1000);
  return {
    articles: docs.length,
    bytes,
    pipeline: { ms: pipelineMs, MBs: pipelineMBs },
    cold: { ms: coldMs, MBs: bytes / MB / (coldMs / 1000) },
    chrono: { ms: chronoMs, MBs: chronoMBs },
    compromise: { bytes: prefixBytes, articles: prefix.length, ms: compromiseMs, MBs: compromiseMBs },
    ratioChrono: pipelineMBs / chronoMBs,
    ratioCompromise: pipelineMBs / compromiseMBs,
    profileMs,
  };
}

// ------------------------------------------------------------------------------------------ index build

export interface BuildResult {
  articles: number;
  bytes: number;
  mode: string;
  workers: number;
  wallMs: number;
  /** Main-thread time in the index (`setExtracted` / `setPacked`), apart from extraction. */
  indexMs: number;
  /** Time in `extract` (summed over workers in worker mode). */
  extractMs: number;
  /** Worker mode: time in `packArticle` (in the workers) and until the slowest worker had loaded its data. */
  packMs?: number;
  workerReadyMs?: number;
  /** Building the frequent actors' co-actor rows after the build, as the extension does in the background once ready (outside `wallMs`, inside the memory). */
  coRowsMs: number;
  maxRssMB: number;
  heapBaseMB: number;
  heapAfterMB: number;
  heapIndexMB: number;
  heapPerCorpus: number;
  actors: number;
  forums: number;
  statements: number;
}

interface Built {
  index: CorpusIndex;
  indexMs: number;
  extractMs: number;
  packMs?: number;
  workerReadyMs?: number;
}

function buildSingle(files: string[]): Built {
  const index = new CorpusIndex();
  let indexMs = 0;
  let extractMs = 0;
  for (const f of files) {
    const r = readArticleFile(f);
    if (!r.ok) continue;
    let t = performance.now();
    const { article, annotations } = extract(f, r.text, index.kb);
    extractMs += performance.now() - t;
    t = performance.now();
    index.setExtracted({ name: f, article, annotations });
    indexMs += performance.now() - t;
  }
  return { index, indexMs, extractMs };
}

interface WorkerReply {
  ready?: number;
  packs?: PackedArticle[];
  /** Strings the worker numbered for these packs (see StringTable). */
  strings?: string[];
  extractMs?: number;
  packMs?: number;
}

/** Workers read, extract and pack; the main thread only links the packs into the index. */
function buildWorkers(files: string[], workers: number): Promise<Built> {
  const index = new CorpusIndex();
  const BATCH = 20;
  const t0 = performance.now();
  const built: Built = { index, indexMs: 0, extractMs: 0, packMs: 0, workerReadyMs: 0 };
  let next = 0;
  let pending = 0;
  return new Promise((resolve, reject) => {
    const pool = Array.from({ length: workers }, () => new Worker(path.join(__dirname, 'worker.js')));
    const send = (w: Worker) => {
      if (next >= files.length) return;
      w.postMessage({ files: files.slice(next, next + BATCH) });
      next += BATCH;
      pending++;
    };
    for (const w of pool) {
      const shared = new SharedStrings();
      w.on('message', (msg: WorkerReply) => {
        if (msg.ready !== undefined) {
          built.workerReadyMs = Math.max(built.workerReadyMs!, performance.now() - t0);
          return;
        }
        pending--;
        send(w);
        built.extractMs += msg.extractMs ?? 0;
        built.packMs! += msg.packMs ?? 0;
        const t = performance.now();
        shared.add(msg.strings ?? []);
        for (const p of msg.packs ?? []) index.setPacked(p, shared);
        built.indexMs += performance.now() - t;
        if (pending === 0 && next >= files.length) {
          Promise.all(pool.map((x) => x.terminate())).then(() => resolve(built), reject);
        }
      });
      w.on('error', reject);
      // Two batches in flight per worker, so that none waits for the main thread.
      send(w);
      send(w);
    }
  });
}

/**
 * The extension's own build: `ExtractionPool` (the worker count it picks) reads, decodes, extracts and packs,
 * buildLanes() files in flight as ArticleWorkspace asks for them, and the main thread links each pack
 * (`setPacked`); with a cache, a file whose key it holds comes back as text and the cache's copy is linked.
 */
async function buildPool(files: string[], cache?: ExtractionCacheFile): Promise<Built & { workers: number }> {
  const index = new CorpusIndex();
  const pool = new ExtractionPool(WORKER, new InThreadExtractor(() => index.kb), (m) => console.error(m));
  await cache?.open();
  // As ArticleWorkspace does: the worker reads and decodes each file, and extracts it unless the cache holds it.
  pool.setKnownKeys(cache ? cache.keys() : []);
  let next = 0;
  let indexMs = 0;
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++];
      const r = await pool.readFromDisk(file, file, DEFAULT_MAX_ARTICLE_BYTES)!;
      if (r.kind !== 'extracted' && r.kind !== 'known') continue;
      if (r.kind === 'extracted') cache?.keep(r.key, r.extracted);
      const e = r.kind === 'extracted' ? r.extracted : cache!.take(r.key, file, r.text);
      if (!e) throw new Error(`${file}: its key is known but the cache has no extraction for it`);
      const t = performance.now();
      index.setPacked(e.packed, e.shared);
      indexMs += performance.now() - t;
    }
  };
  await Promise.all(Array.from({ length: buildLanes(pool) }, lane));
  pool.dispose();
  return { index, indexMs, extractMs: NaN, workers: pool.size };
}

async function indexPhase(dir: string, mode: string, queries: boolean, profileDir: string | null) {
  const files = listFiles(dir);
  const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);
  // The extension's build with an extraction cache that holds every article: filled by one build first (not timed).
  const cacheFile = mode === 'cached' ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-cache-')), 'extractions.bin') : undefined;
  if (cacheFile) {
    const fill = new ExtractionCacheFile(cacheFile, WORKER, (_, m) => console.error(m));
    await buildPool(files, fill);
    await fill.close();
  }
  // Warm the extractors on a few articles, as a long-running extension host would have.
  const warm = new CorpusIndex();
  for (const f of files.slice(0, 20)) warm.set(f, fs.readFileSync(f, 'utf8'));
  gc();
  const heapBase = memoryUsed();
  let workers = mode === 'workers' ? os.availableParallelism() : 0;
  const t0 = performance.now();
  const cache = cacheFile ? new ExtractionCacheFile(cacheFile, WORKER, (_, m) => console.error(m)) : undefined;
  const built = mode === 'workers' ? await buildWorkers(files, workers) : mode === 'extension' ? await buildPool(files) : cache ? await profiled(profileDir, 'build-cached', () => buildPool(files, cache)) : await profiled(profileDir, 'build-single', () => buildSingle(files));
  if ('workers' in built) workers = built.workers as number;
  const index = built.index;
  const wallMs = performance.now() - t0;
  // As the extension does once the index is ready: builds the co-actor rows, writes the cache, and lets go of it.
  const tRows = performance.now();
  index.buildCoRows();
  const coRowsMs = performance.now() - tRows;
  await cache?.close();
  if (cache && (cache.hits !== index.size || cache.misses !== 0)) throw new Error(`cache: ${cache.hits} hits, ${cache.misses} misses for ${index.size} articles`);
  if (cacheFile) fs.rmSync(path.dirname(cacheFile), { recursive: true, force: true });
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  gc();
  const heapAfter = memoryUsed();
  const build: BuildResult = {
    articles: index.size,
    bytes,
    mode,
    workers,
    wallMs,
    indexMs: built.indexMs,
    extractMs: built.extractMs,
    packMs: built.packMs,
    workerReadyMs: built.workerReadyMs,
    coRowsMs,
    maxRssMB,
    heapBaseMB: heapBase / MB,
    heapAfterMB: heapAfter / MB,
    heapIndexMB: (heapAfter - heapBase) / MB,
    heapPerCorpus: (heapAfter - heapBase) / bytes,
    actors: index.actors().length,
    forums: index.forums().length,
    statements: index.speakers().reduce((sum, s) => sum + s.count, 0),
  };
  if (!queries) return { build };
  const reindex = reindexBench(index, files);
  const q = await profiled(profileDir, 'queries', () => queryBench(index));
  return { build, reindex, queries: q };
}

/** Re-indexes one ~5 KB article ~200 times, changing one sentence each time. */
function reindexBench(index: CorpusIndex, files: string[]) {
  let best = files[0];
  let bestGap = Infinity;
  for (const f of files) {
    const gap = Math.abs(fs.statSync(f).size - 5000);
    if (gap < bestGap) [best, bestGap] = [f, gap];
  }
  const original = fs.readFileSync(best, 'utf8');
  const sentences = parseArticle(best, original).sentences.filter((s) => s.end - s.start > 40);
  const rng = new Rng(7);
  const edit = (i: number) => {
    const s = sentences[i % sentences.length];
    const replacement = `Officials in ${rng.pick(['Kabul', 'Doha', 'Geneva', 'Ankara', 'Oslo'])} said on ${rng.pick(['Monday', 'Friday'])} that talks with ${rng.pick(['Germany', 'Qatar', 'the European Union'])} would resume after ${i % 11 + 2} weeks.`;
    return original.slice(0, s.start) + replacement + original.slice(s.end);
  };
  // Each edit timed whole (`index.set`) and in its two parts: extraction, and the index's own update.
  const total: number[] = [];
  const extractOnly: number[] = [];
  const indexOnly: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < 220; i++) {
    const text = edit(i);
    const a = performance.now();
    const x = extract(best, text, index.kb);
    const b = performance.now();
    index.setExtracted({ name: best, ...x });
    const c = performance.now();
    if (i < 20) continue;
    total.push(c - a);
    extractOnly.push(b - a);
    indexOnly.push(c - b);
    if (total.length >= 20 && performance.now() - t0 > 30_000) break;
  }
  index.set(best, original);
  return { article: path.basename(best), bytes: Buffer.byteLength(original), ...dist(total), extract: dist(extractOnly), index: dist(indexOnly) };
}

type CardFn = (id: string, options?: { articleLimit?: number; listLimit?: number }) => unknown;

function queryBench(index: CorpusIndex): Record<string, Dist & { what: string }> {
  const actors = index.actors().sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const frequent = actors.slice(0, 20).map((a) => a.id);
  const rareAll = actors.filter((a) => a.count <= 2);
  const rare = Array.from({ length: Math.min(200, rareAll.length) }, (_, i) => rareAll[Math.floor((i * rareAll.length) / Math.min(200, rareAll.length))].id);
  const forumIds = index.forums().map((f) => f.id);
  const names = index.articleNames();
  const rng = new Rng(11);
  const spots = Array.from({ length: 500 }, () => {
    const name = rng.pick(names);
    const entry = index.get(name)!;
    // Half the offsets on an annotation (a hover on a name), half anywhere.
    const a = entry.annotations.actors;
    const offset = a.length && rng.chance(0.5) ? rng.pick(a).start : rng.int(0, entry.article.text.length - 1);
    return { name, offset };
  });
  const card = index.actorCard.bind(index) as CardFn;
  const hover = { articleLimit: 8, listLimit: 8 };
  const out: Record<string, Dist & { what: string }> = {};
  const run = (key: string, what: string, ids: string[], fn: (id: string) => unknown, count = 300, budgetMs = 5000, warm?: (i: number) => unknown) => {
    if (ids.length === 0) return;
    // Each series starts after a full collection: the garbage of the build or of the series before is not its own.
    gc();
    out[key] = { what, ...sample((i) => fn(ids[i % ids.length]), count, { budgetMs, ...(warm ? { warm, warmup: 100 } : {}) }) };
  };
  // Cards are warmed on 100 other actors: an extension host that has answered hovers before (the JIT has
  // compiled the card's code), whose caches for the measured actors are cold.
  const others = actors.slice(20, 120).map((a) => a.id);
  const warmCards = others.length ? (i: number) => card(others[i % others.length], hover) : undefined;
  run('hoverFrequent', `actorCard(id, hover limits), 20 most mentioned actors (top: ${frequent[0] ?? '-'}, ${actors[0]?.count ?? 0} mentions)`, frequent, (id) => card(id, hover), 300, 5000, warmCards);
  run('hoverRare', `actorCard(id, hover limits), ${rare.length} actors with ≤ 2 mentions`, rare, (id) => card(id, hover), 300, 5000, warmCards);
  // A fixed loop of about a hover's length: its p99 is what this machine adds to any short call.
  const spin = busyLoop(100);
  out.noise = { what: 'a fixed ~100 µs arithmetic loop (no allocation): this machine\'s own tail', ...sample(() => spin(), 300) };
  run('cardFrequent', 'actorCard(id) full card, 20 most mentioned actors', frequent, (id) => card(id));
  run('forumCard', `forumCard(id), ${forumIds.length} forums`, forumIds, (id) => index.forumCard(id));
  run('at', 'at(name, offset), 500 random spots', spots.map((_, i) => String(i)), (i) => index.at(spots[+i].name, spots[+i].offset), 500);
  run('references', 'references(id), 20 most mentioned actors', frequent, (id) => index.references(id));
  run('onDate', "onDate('2021-08', hover limit) (date hover on a month)", ['2021-08'], (v) => index.onDate(v, { listLimit: 7 }), 300);
  const days = [...new Set(names.slice(0, 400).flatMap((n) => index.get(n)!.annotations.dates.map((d) => d.value ?? '')).filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)))].slice(0, 100);
  run('onDateDays', `onDate(day, hover limit) (date hover on a day), ${days.length} days`, days, (v) => index.onDate(v, { listLimit: 7 }), 300);
  run('onDateAll', "onDate('2021-08') (every mention that month)", ['2021-08'], (v) => index.onDate(v), 50);
  run('forums', 'forums() (Forums view)', ['-'], () => index.forums(), 30, 10_000);
  run('statements', 'statements() (every statement)', ['-'], () => index.statements(), 30, 10_000);
  const matching = index.statementsMatching('security').length;
  const quoted = index.speakers().reduce((n, s) => n + s.count, 0);
  run('statementsMatching', `statementsMatching('security') (the Statements view filtered: ${matching} of ${quoted} statements)`, ['security'], (q) => index.statementsMatching(q), 30, 10_000);
  run('speakers', 'speakers() (Statements view root)', ['-'], () => index.speakers(), 30, 10_000);
  const speakers = index.speakers().sort((a, b) => b.count - a.count).slice(0, 20).map((s) => s.id ?? '');
  run('statementsBy', `statementsBy(id) (a speaker's node), 20 most quoted (top: ${speakers[0] || '-'})`, speakers, (id) => index.statementsBy(id || null), 100);
  run('actors', 'actors() (Actors view)', ['-'], () => index.actors(), 30, 10_000);
  run('symbols', "symbols('a') (workspace symbols)", ['a'], (q) => index.symbols(q), 30, 10_000);
  return out;
}

/** The index filled with the generator's own annotations: the query load when the extractors find everything. */
async function truthPhase(n: number, profileDir: string | null) {
  const gen = new Generator(n, DEFAULT_SEED);
  gen.article(0);
  const index = new CorpusIndex();
  gc();
  const heapBase = memoryUsed();
  let entries: IndexedArticle[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const a = gen.article(i);
    bytes += Buffer.byteLength(a.text);
    entries.push({ name: a.name, article: parseArticle(a.name, a.text), annotations: a.truth });
  }
  const t0 = performance.now();
  for (const e of entries) index.setExtracted(e);
  index.buildCoRows();
  const linkMs = performance.now() - t0;
  // What is left once the entries are gone is the index, whatever of the entries it keeps included.
  entries = [];
  gc();
  const heapAfter = memoryUsed();
  const queries = await profiled(profileDir, 'queries-truth', () => queryBench(index));
  // Counted after the queries: unpacking every article makes garbage that the queries would then collect.
  const counts = {
    actorMentions: 0,
    statements: 0,
    forumMentions: 0,
  };
  for (const name of index.articleNames()) {
    const a = index.get(name)!.annotations;
    counts.actorMentions += a.actors.length;
    counts.statements += a.statements.length;
    counts.forumMentions += a.forums.reduce((s, f) => s + f.mentions.length, 0);
  }
  return {
    articles: index.size,
    bytes,
    linkMs,
    heapIndexMB: (heapAfter - heapBase) / MB,
    heapPerCorpus: (heapAfter - heapBase) / bytes,
    distinctActors: index.actors().length,
    forums: index.forums().length,
    ...counts,
    queries,
  };
}

// ------------------------------------------------------------------------------------------ main

async function main(argv: string[]) {
  const [phase, ...rest] = argv;
  const opt = (name: string) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : null;
  };
  const profileDir = opt('profile');
  let result: unknown;
  if (phase === 'extract') result = await extractPhase(opt('dir')!, profileDir);
  else if (phase === 'index') result = await indexPhase(opt('dir')!, opt('mode') ?? 'single', rest.includes('--queries'), profileDir);
  else if (phase === 'truth') result = await truthPhase(Number(opt('n')), profileDir);
  else throw new Error(`unknown phase ${phase}`);
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exit(1);
});
