import * as vscode from 'vscode';
import { CorpusIndex, type IndexedArticle } from '../core/corpusIndex';
import { decodeRead, NOT_A_FILE } from '../core/decode';
import { decodeText } from '../core/packedArticle';
import { extract, type Extraction } from '../core/pipeline';
import type { ArticleAnnotations } from '../core/types';
import { articleName, articleUri } from './convert';
import { readConfig } from './config';
import { buildLanes, ExtractorGone, InThreadExtractor, unpack, type DiskRead, type Extracted, type ExtractionStore, type Extractor } from './extractor';
import { later } from './later';
import { fileAccess, onLocalDisk } from './workspaceFiles';

export const ARTICLE_LANGUAGE = 'dossier-article';

/** Corpora larger than this show a progress notification while they are indexed. */
const PROGRESS_THRESHOLD = 200;
const EDIT_DEBOUNCE_MS = 300;
/** How long after the last read from disk the files read are checked to still exist. */
const VERIFY_MS = 400;
/**
 * An open article at least this long is re-extracted after an edit in the worker, not on the extension host:
 * at about 4 MB/s a pass over 256 K characters costs some 60 ms, which typing would feel.
 */
export const LARGE_OPEN_ARTICLE = 256 * 1024;

export type IndexState = 'indexing' | 'empty' | 'ready';

/**
 * The files the last build found (on the desktop, a file in the workspace's storage). The next build of the
 * same folders and globs starts reading them at once, while the file search runs (0.7-1.3 s at 10,000
 * articles in the real host); it then reads what the search found besides, and drops what it did not find.
 */
export interface FileListStore {
  /** The files written under `key`, as URI strings; undefined when there are none, or another key's. */
  read(key: string): Promise<string[] | undefined>;
  write(key: string, files: readonly string[]): Promise<void>;
}

/**
 * Keeps the corpus index in step with the workspace: the files matched by `dossier.articles`,
 * read through `fileAccess` (vscode.workspace.fs, so it also works in vscode.dev; the disk itself for local
 * files on the desktop), and the text of open editors.
 */
export class ArticleWorkspace implements vscode.Disposable {
  readonly index = new CorpusIndex();
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  /** The folders and globs the watchers were made for. */
  private watchKey = '';
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly stateChanged = new vscode.EventEmitter<IndexState>();
  readonly onDidChangeState = this.stateChanged.event;
  private generation = 0;
  private _state: IndexState = 'indexing';
  private _ready: Promise<void> = Promise.resolve();
  /** Files matched by `dossier.articles` that are not indexed, with the reason the log gives. */
  readonly skipped = new Map<string, string>();
  /** Reads, builds and re-extractions under way; `whenIdle` waits for them. */
  private busy = 0;
  private idleWaiters: (() => void)[] = [];
  /** The latest read of each file; an older read that finishes later is dropped, so a stale text never wins. */
  private readonly reads = new Map<string, number>();
  private readonly toVerify = new Set<string>();
  private verifyTimer: ReturnType<typeof setTimeout> | undefined;
  /** Large open articles whose text is being extracted in the worker (see LARGE_OPEN_ARTICLE). */
  private readonly offThread = new Set<string>();
  private readonly extractedOffThread = new vscode.EventEmitter<string>();
  /** A large open article's extraction landed: its highlights can be fetched again. */
  readonly onDidExtractOffThread = this.extractedOffThread.event;
  /** Applied to every extraction before the index takes it (the analyst's curation). */
  transform: ((name: string, text: string, annotations: ArticleAnnotations) => ArticleAnnotations) | undefined;
  /** Whether the transform would give an article's annotations back as they are: its packed form is then indexed without unpacking it. */
  transformSkips: ((name: string) => boolean) | undefined;

  /** Extracts the articles read from disk (a worker pool on the desktop); an editor's text is extracted in-thread, at once. */
  readonly extractor: Extractor;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    extractor?: Extractor,
    /** Extractions kept from earlier builds, open while a build runs. */
    readonly cache?: ExtractionStore,
    /** The files the last build found. */
    readonly files?: FileListStore,
  ) {
    this.extractor = extractor ?? new InThreadExtractor(() => this.index.kb);
    this.disposables.push(
      this.extractor,
      this.stateChanged,
      this.extractedOffThread,
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dossier.articles') || e.affectsConfiguration('dossier.maxArticleSize')) void this.rebuild();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuild()),
    );
  }

  get state(): IndexState {
    return this._state;
  }

  /** Resolves when the current (re)build of the index has finished. */
  get ready(): Promise<void> {
    return this._ready;
  }

  /** Starts indexing in the background, just after activate() returns (see later()); `ready` and `whenIdle` wait for it. */
  start(): void {
    const starting = later(() => {
      vscode.workspace.textDocuments.forEach((d) => this.onOpen(d));
      return this.rebuild(true);
    });
    this.disposables.push(starting);
    this._ready = this.track(starting.done);
  }

  /**
   * Indexes the workspace again from scratch. `deferWatchers` (at activation): the file watchers are made a
   * moment later, each being a round trip to the main process (10-20 ms in all); the build's file search
   * answers after that, so a file created meanwhile is found by one or the other.
   */
  rebuild(deferWatchers = false): Promise<void> {
    const generation = ++this.generation;
    this.setState('indexing');
    if (!deferWatchers) this.installWatchers();
    else {
      const watch = setTimeout(() => generation === this.generation && this.installWatchers(), 0);
      this.disposables.push({ dispose: () => clearTimeout(watch) });
    }
    this._ready = this.track(this.build(generation).catch((e) => this.log.error(`Indexing failed: ${(e as Error).stack ?? e}`)));
    return this._ready;
  }

  /**
   * Resolves once nothing is under way: no build, no file being read, no edit waiting for its debounce.
   * File-system events not yet delivered by the watcher are not known here.
   */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.busy === 0 && this.pendingEdits.size === 0;
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.busy++;
    return work.finally(() => {
      this.busy--;
      this.notifyIfIdle();
    });
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private async build(generation: number): Promise<void> {
    const started = Date.now();
    const hits = this.cache?.hits ?? 0;
    // Read once: reading the configuration costs more than reading a small article.
    const { cacheExtractions, maxArticleSize } = readConfig();
    const key = this.searchKey();
    this.extractor.prepare?.();
    const search = this.findArticles();
    search.catch(() => undefined); // awaited below, maybe after it fails
    // The file search, the extraction cache's read (0.5 s at 10,000 articles in the real host, mostly parsing on
    // this thread) and the last build's list of files overlap; the build starts on that list when there is one.
    const [lastList] = await Promise.all([this.files?.read(key), cacheExtractions ? this.cache?.open() : undefined]);
    const listed = lastList && inFolders(lastList);
    let uris = listed ?? (await search);
    if (generation !== this.generation) return;
    // A worker reading an article whose key the cache holds sends back its text, not an extraction.
    this.extractor.setKnownKeys?.(cacheExtractions && this.cache ? this.cache.keys() : []);
    if (!listed) this.keepOnly(uris);
    // Yield now and then, so the extension host stays responsive on a large corpus.
    const slice = new TimeSlice();
    let done = 0;
    const read = async (list: readonly vscode.Uri[], report?: (n: number) => void) => {
      let next = 0;
      const lane = async () => {
        while (next < list.length && generation === this.generation) {
          await this.indexFromDisk(list[next++], maxArticleSize);
          report?.(++done);
          await slice.yieldIfDue();
        }
      };
      await Promise.all(Array.from({ length: buildLanes(this.extractor) }, lane));
    };
    const work = async (report?: (n: number) => void) => {
      await read(uris, report);
      if (!listed) return;
      // What the search found: the files listed it did not find leave the index, and those it found besides are read.
      const found = await search;
      if (generation !== this.generation) return;
      const seen = new Set(uris.map(articleName));
      uris = found;
      this.keepOnly(found);
      await read(
        found.filter((u) => !seen.has(articleName(u))),
        report,
      );
    };
    if (uris.length > PROGRESS_THRESHOLD) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Dossier: indexing articles', cancellable: false },
        (progress) => work((n) => n % 100 === 0 && progress.report({ message: `${n} / ${uris.length}`, increment: (100 * 100) / uris.length })),
      );
    } else {
      await work();
    }
    if (generation !== this.generation) return;
    const cached = this.cache ? ` (${this.cache.hits - hits} from the extraction cache)` : '';
    this.log.info(`Indexed ${this.index.size} article(s) in ${Date.now() - started} ms${cached}`);
    this.setState(this.index.size === 0 ? 'empty' : 'ready');
    void this.track(this.buildCoRows(generation));
    // Written after ready, which does not wait for them (whenIdle does). A superseded build leaves the cache open for the next.
    this.extractor.setKnownKeys?.([]);
    if (this.cache) void this.track(this.cache.close().catch((e) => this.log.warn(`Extraction cache not written: ${(e as Error).message}`)));
    const files = uris.map((u) => u.toString());
    if (this.files && !(lastList && sameStrings(lastList, files))) void this.track(this.files.write(key, files));
  }

  /** The frequent actors' co-actor rows (see CorpusIndex.buildCoRows), a slice of the thread at a time once the index is ready. */
  private async buildCoRows(generation: number): Promise<void> {
    const slice = new TimeSlice();
    while (generation === this.generation && !this.index.buildCoRows(() => slice.due())) await slice.yieldIfDue();
  }

  /** Drops from the index, and from the files skipped, the articles not among `uris` (but for open editors'). */
  private keepOnly(uris: readonly vscode.Uri[]): void {
    const keep = new Set(uris.map(articleName));
    for (const name of this.skipped.keys()) if (!keep.has(name)) this.skipped.delete(name);
    for (const name of this.index.articleNames()) if (!keep.has(name) && !this.isOpenArticle(name)) this.index.delete(name);
  }

  /** The folders and the globs `dossier.articles` gives each: what the file search and the watchers are made for. */
  private searchKey(): string {
    return JSON.stringify((vscode.workspace.workspaceFolders ?? []).map((f) => [f.uri.toString(), readConfig(f).articles]));
  }

  /** The files `dossier.articles` matches: one search per folder and glob, all at once (each is a round trip to the search service). */
  private async findArticles(): Promise<vscode.Uri[]> {
    const searches = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
      readConfig(folder).articles.map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**')),
    );
    const found = new Map<string, vscode.Uri>();
    for (const uris of await Promise.all(searches)) for (const uri of uris) found.set(articleName(uri), uri);
    return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  /**
   * Watches the files `dossier.articles` matches, and folders. Kept as they are when the folders and globs
   * have not changed: a watcher made anew misses the events of its first moments (seen in the real host),
   * so a rebuild for any other reason must not swap them.
   */
  private installWatchers(): void {
    const key = this.searchKey();
    if (key === this.watchKey && this.watchers.length > 0) return;
    this.watchKey = key;
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of readConfig(folder).articles) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        this.watchers.push(
          watcher,
          watcher.onDidCreate((uri) => void this.track(this.indexFromDisk(uri)).then(() => this.settle())),
          watcher.onDidChange((uri) => {
            if (!this.isOpenArticle(articleName(uri))) void this.track(this.indexFromDisk(uri));
          }),
          watcher.onDidDelete((uri) => this.forget(uri)),
        );
      }
      // A glob watcher is not told when a folder of articles is deleted, moved away or moved in: watch folders too.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      this.watchers.push(
        folders,
        folders.onDidCreate((uri) => void this.track(this.indexFolder(folder, uri))),
        folders.onDidDelete((uri) => this.forget(uri)),
      );
    }
  }

  /** Drops a deleted file, or every article under a deleted folder. */
  /**
   * Checks again, once the file events have settled, that articles just read from disk are still
   * there: VS Code merges a file's creation and deletion in one burst into no event at all, so a file
   * created and removed while a build or a folder scan read it would otherwise stay in the index.
   */
  private verifyLater(name: string): void {
    this.toVerify.add(name);
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    else this.busy++; // a pending check holds whenIdle() back
    this.verifyTimer = setTimeout(() => {
      this.verifyTimer = undefined;
      const names = [...this.toVerify];
      this.toVerify.clear();
      const check = (n: string) => fileAccess.stat(articleUri(n)).then(
        () => undefined,
        (e) => {
          if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound' && !this.isOpenArticle(n)) {
            this.reads.set(n, (this.reads.get(n) ?? 0) + 1);
            this.index.delete(n);
          }
        },
      );
      void Promise.all(names.map(check)).finally(() => {
        this.settle();
        this.busy--;
        this.notifyIfIdle();
      });
    }, VERIFY_MS);
  }

  private forget(uri: vscode.Uri): void {
    const name = articleName(uri);
    const under = name.endsWith('/') ? name : `${name}/`;
    for (const n of [name, ...this.index.articleNames().filter((a) => a.startsWith(under))]) {
      // Outdates a read of it still under way; only files once read or indexed are remembered.
      if (this.reads.has(n) || this.index.has(n)) this.reads.set(n, (this.reads.get(n) ?? 0) + 1);
      this.index.delete(n);
    }
    for (const n of [...this.skipped.keys()]) if (n === name || n.startsWith(under)) this.skipped.delete(n);
    this.settle();
  }

  /** Indexes the articles inside a folder that appeared (created, or moved in). */
  private async indexFolder(folder: vscode.WorkspaceFolder, uri: vscode.Uri): Promise<void> {
    const rel = vscode.workspace.asRelativePath(uri, false);
    const globs = readConfig(folder).articles.filter((g) => couldHoldMatches(rel, g));
    if (globs.length === 0) return;
    try {
      if (!((await fileAccess.stat(uri)).type & vscode.FileType.Directory)) return;
    } catch {
      return; // gone again
    }
    for (const glob of globs) {
      for (const file of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**')) {
        if (file.toString().startsWith(`${uri.toString()}/`) && !this.index.has(articleName(file))) await this.indexFromDisk(file);
      }
    }
    this.settle();
  }

  private settle(): void {
    if (this._state !== 'indexing') this.setState(this.index.size === 0 ? 'empty' : 'ready');
  }

  /** Reads an article through the workspace file system and indexes it, or logs why it cannot. */
  async indexFromDisk(uri: vscode.Uri, max = readConfig(uri).maxArticleSize, retries = 5): Promise<void> {
    const name = articleName(uri);
    const read = (this.reads.get(name) ?? 0) + 1;
    this.reads.set(name, read);
    const superseded = () => this.reads.get(name) !== read;
    const skip = (reason: string) => {
      this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
      this.skipped.set(name, reason);
      this.index.delete(name);
    };
    try {
      const r = (await this.readInWorker(uri, name, max)) ?? (await this.readOnHost(uri, max));
      if (superseded() || r.kind === 'directory') return;
      if (r.kind === 'missing') {
        this.skipped.delete(name);
        this.index.delete(name);
        return;
      }
      // A file still being written: its watcher events may have been merged into one, so read it again.
      if (r.changed && retries > 0) return this.indexFromDisk(uri, max, retries - 1);
      if (r.kind === 'skipped') return skip(r.reason);
      if (r.note) this.log.info(`${vscode.workspace.asRelativePath(uri)}: ${r.note}`);
      if (r.kind === 'extracted') this.cache?.keep(r.key, r.extracted);
      // Known: the cache's copy (or, should it have gone since, an extraction after all).
      const extracted =
        r.kind === 'extracted'
          ? r.extracted
          : r.kind === 'known'
            ? (this.cache?.take(r.key, name, r.text) ?? (await this.extractText(name, decodeText(r.text))))
            : await this.extractText(name, r.text);
      if (superseded()) return;
      this.skipped.delete(name);
      this.acceptPacked(name, extracted);
      this.verifyLater(name);
    } catch (e) {
      if (superseded()) return;
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        this.skipped.delete(name);
        this.index.delete(name);
        return;
      }
      skip(`unreadable (${(e as Error).message})`);
    }
  }

  /** A file read and decoded on this thread, through `fileAccess` (a file that is gone throws FileNotFound). */
  private async readOnHost(uri: vscode.Uri, max: number): Promise<DiskRead | { kind: 'text'; text: string; changed: boolean; note?: string }> {
    const { stat, bytes, changed } = await fileAccess.readChecked(uri, max);
    if (stat.type & vscode.FileType.Directory) return { kind: 'directory' };
    if (!(stat.type & vscode.FileType.File)) return { kind: 'skipped', reason: NOT_A_FILE, changed };
    const decoded = decodeRead(bytes, stat.size, max);
    if (!decoded.ok) return { kind: 'skipped', reason: decoded.reason, changed };
    return { kind: 'text', text: decoded.text, changed, note: decoded.note };
  }

  private extractText(name: string, text: string): Promise<Extracted> {
    return this.cache ? this.cache.extract(name, text, this.extractor) : this.extractor.extract(name, text);
  }

  /**
   * A local file read, decoded and extracted in the extractor's worker (on the desktop), so that the extension
   * host neither waits on file calls nor decodes; null where the extractor reads nothing or its workers are gone.
   */
  private async readInWorker(uri: vscode.Uri, name: string, max: number): Promise<DiskRead | null> {
    const pending = onLocalDisk(uri) ? this.extractor.readFromDisk?.(uri.fsPath, name, max) : null;
    if (!pending) return null;
    try {
      return await pending;
    } catch (e) {
      if (e instanceof ExtractorGone) return null;
      throw e;
    }
  }

  /** Whether a document is an article: the article language, or a file matched by `dossier.articles`. */
  isArticle(doc: vscode.TextDocument): boolean {
    if (doc.languageId === ARTICLE_LANGUAGE) return true;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) return false;
    return readConfig(folder).articles.some((glob) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, doc) > 0);
  }

  private isOpenArticle(name: string): boolean {
    return vscode.workspace.textDocuments.some((d) => articleName(d.uri) === name && d.isDirty);
  }

  private onOpen(doc: vscode.TextDocument): void {
    if (!this.isArticle(doc)) return;
    if (doc.languageId !== ARTICLE_LANGUAGE && doc.languageId === 'plaintext') {
      void vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
      return; // reopened with the new language; indexed then
    }
    this.fresh(doc);
  }

  private onEdit(doc: vscode.TextDocument): void {
    const name = articleName(doc.uri);
    if (!this.index.has(name) && !this.isArticle(doc)) return;
    const pending = this.pendingEdits.get(name);
    if (pending) clearTimeout(pending);
    this.pendingEdits.set(
      name,
      setTimeout(() => {
        this.pendingEdits.delete(name);
        if (!doc.isClosed) this.fresh(doc);
        this.notifyIfIdle();
      }, EDIT_DEBOUNCE_MS),
    );
  }

  private onClose(doc: vscode.TextDocument): void {
    // An editor closed without saving leaves the file as it is on disk.
    if (this.index.has(articleName(doc.uri)) && doc.uri.scheme !== 'untitled') void this.track(this.indexFromDisk(doc.uri));
    else if (doc.uri.scheme === 'untitled') this.index.delete(articleName(doc.uri));
  }

  /**
   * The index entry for a document, re-extracted first if the editor's text has moved on (costs one article).
   * A large article is re-extracted in the worker instead: undefined until that lands (`isExtracting`).
   */
  fresh(doc: vscode.TextDocument): IndexedArticle | undefined {
    if (!this.isArticle(doc)) return undefined;
    const name = articleName(doc.uri);
    const entry = this.index.get(name);
    const text = doc.getText();
    if (entry && entry.article.text === text) return entry;
    if (text.length > readConfig(doc.uri).maxArticleSize) return entry;
    if (text.length >= LARGE_OPEN_ARTICLE && this.extractor.kind !== 'in-thread') {
      this.extractOffThread(doc, name, text);
      return undefined;
    }
    const updated = this.put(name, text);
    this.skipped.delete(name);
    this.settle();
    return updated;
  }

  /** Whether a document's newest text is being extracted off this thread, so what the index holds for it is stale. */
  isExtracting(doc: vscode.TextDocument): boolean {
    return this.offThread.has(articleName(doc.uri));
  }

  /**
   * Extracts an open article's text in the worker, one pass at a time: when a pass lands and the editor
   * has moved on meanwhile, the next pass takes its newest text.
   */
  private extractOffThread(doc: vscode.TextDocument, name: string, text: string): void {
    if (this.offThread.has(name)) return;
    this.offThread.add(name);
    const read = (this.reads.get(name) ?? 0) + 1;
    this.reads.set(name, read);
    const landed = this.extractor.extract(name, text).then(
      (extracted) => {
        this.offThread.delete(name);
        if (this.reads.get(name) !== read) return; // a read from disk (after a save, or closing) came later
        this.skipped.delete(name);
        this.acceptPacked(name, extracted);
        this.settle();
        if (!doc.isClosed && doc.getText() !== text) this.fresh(doc);
      },
      (e) => {
        this.offThread.delete(name);
        this.log.error(`Extracting ${vscode.workspace.asRelativePath(doc.uri)} failed: ${(e as Error).message}`);
      },
    );
    void this.track(landed.finally(() => this.extractedOffThread.fire(name)));
  }

  /** Extracts an article on this thread, applies the transform, and indexes the result. */
  private put(name: string, text: string): IndexedArticle {
    return this.accept(name, extract(name, text, this.index.kb));
  }

  /** Indexes an extractor's packed article: as it is, or unpacked through the transform when there is one. */
  private acceptPacked(name: string, extracted: Extracted): void {
    if (!this.transform || this.transformSkips?.(name)) this.index.setPacked(extracted.packed, extracted.shared);
    else this.accept(name, unpack(extracted));
  }

  /** Indexes an extraction through the transform, if any. */
  private accept(name: string, { article, annotations }: Extraction): IndexedArticle {
    const curated = this.transform ? this.transform(name, article.text, annotations) : annotations;
    return this.index.setExtracted({ name, article, annotations: curated });
  }

  /**
   * Indexes articles again with the current transform (after the curation changed): the named ones,
   * or every article. Yields now and then, as a build does.
   */
  async reapply(names?: string[]): Promise<void> {
    const targets = names ?? this.index.articleNames();
    const slice = new TimeSlice();
    for (const name of targets) {
      // An article deleted or renamed meanwhile stays gone; the indexed text is the current one
      // (an open editor's text is indexed as it changes).
      if (!this.index.has(name)) continue;
      const text = this.index.get(name)?.article.text;
      if (text !== undefined) this.put(name, text);
      await slice.yieldIfDue();
    }
  }

  entry(name: string): IndexedArticle | undefined {
    return this.index.get(name);
  }

  uriOf(name: string): vscode.Uri {
    return articleUri(name);
  }

  private setState(state: IndexState): void {
    this._state = state;
    void vscode.commands.executeCommand('setContext', 'dossier.state', state);
    this.stateChanged.fire(state);
  }

  dispose(): void {
    this.generation++;
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    this.pendingEdits.clear();
    this.notifyIfIdle();
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}

/** Whether a folder at `rel` (workspace-relative) may hold files matched by `glob`: it is inside or above the glob's fixed prefix. */
function couldHoldMatches(rel: string, glob: string): boolean {
  const fixed = glob.split('/');
  const cut = fixed.findIndex((part) => /[*?[\]{}]/.test(part));
  const prefix = (cut < 0 ? fixed.slice(0, -1) : fixed.slice(0, cut)).join('/');
  return prefix === '' || rel === prefix || rel.startsWith(`${prefix}/`) || prefix.startsWith(`${rel}/`);
}

/**
 * The listed files (URI strings) as URIs, those in a workspace folder only; undefined when one is not a URI
 * (the list did not come from a build).
 */
function inFolders(list: readonly string[]): vscode.Uri[] | undefined {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => `${f.uri.toString()}/`);
  const uris: vscode.Uri[] = [];
  for (const s of list) {
    if (!folders.some((f) => s.startsWith(f))) continue;
    try {
      uris.push(vscode.Uri.parse(s, true));
    } catch {
      return undefined;
    }
  }
  return uris;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Gives the event loop a turn once `budgetMs` of work has passed since the last one. */
class TimeSlice {
  private last = Date.now();

  constructor(private readonly budgetMs = 15) {}

  due(): boolean {
    return Date.now() - this.last >= this.budgetMs;
  }

  async yieldIfDue(): Promise<void> {
    if (!this.due()) return;
    await new Promise((r) => setTimeout(r, 0));
    this.last = Date.now();
  }
}
