import * as vscode from 'vscode';
import { CorpusIndex, type IndexedArticle } from '../core/corpusIndex';
import { decodeArticle, tooLarge } from '../core/decode';
import { KnowledgeBase } from '../core/knowledge';
import { articleName, articleUri } from './convert';
import { readConfig } from './config';

export const ARTICLE_LANGUAGE = 'dossier-article';

/** Corpora larger than this show a progress notification while they are indexed. */
const PROGRESS_THRESHOLD = 200;
const EDIT_DEBOUNCE_MS = 300;

export type IndexState = 'indexing' | 'empty' | 'ready';

/**
 * Keeps the corpus index in step with the workspace: the files matched by `dossier.articles`,
 * read through vscode.workspace.fs (so it also works in vscode.dev), and the text of open editors.
 */
export class ArticleWorkspace implements vscode.Disposable {
  readonly index = new CorpusIndex(KnowledgeBase.default());
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly stateChanged = new vscode.EventEmitter<IndexState>();
  readonly onDidChangeState = this.stateChanged.event;
  private generation = 0;
  private _state: IndexState = 'indexing';
  private _ready: Promise<void> = Promise.resolve();

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      this.stateChanged,
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

  /** Starts indexing in the background; returns at once. */
  start(): void {
    for (const d of vscode.workspace.textDocuments) this.onOpen(d);
    void this.rebuild();
  }

  rebuild(): Promise<void> {
    const generation = ++this.generation;
    this.setState('indexing');
    this.installWatchers();
    this._ready = this.build(generation).catch((e) => this.log.error(`Indexing failed: ${(e as Error).stack ?? e}`));
    return this._ready;
  }

  private async build(generation: number): Promise<void> {
    const started = Date.now();
    const uris = await this.findArticles();
    if (generation !== this.generation) return;
    const keep = new Set(uris.map(articleName));
    for (const name of this.index.articleNames()) if (!keep.has(name) && !this.isOpenArticle(name)) this.index.delete(name);
    const work = async (report?: (n: number) => void) => {
      let done = 0;
      for (const uri of uris) {
        if (generation !== this.generation) return;
        await this.indexFromDisk(uri);
        report?.(++done);
        // Yield now and then, so the extension host stays responsive on a large corpus.
        if (done % 50 === 0) await new Promise((r) => setTimeout(r, 0));
      }
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
    this.log.info(`Indexed ${this.index.size} article(s) in ${Date.now() - started} ms`);
    this.setState(this.index.size === 0 ? 'empty' : 'ready');
  }

  private async findArticles(): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of readConfig(folder).articles) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**');
        for (const uri of uris) found.set(articleName(uri), uri);
      }
    }
    return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  private installWatchers(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of readConfig(folder).articles) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        this.watchers.push(
          watcher,
          watcher.onDidCreate((uri) => void this.indexFromDisk(uri).then(() => this.settle())),
          watcher.onDidChange((uri) => {
            if (!this.isOpenArticle(articleName(uri))) void this.indexFromDisk(uri);
          }),
          watcher.onDidDelete((uri) => {
            this.index.delete(articleName(uri));
            this.settle();
          }),
        );
      }
    }
  }

  private settle(): void {
    if (this._state !== 'indexing') this.setState(this.index.size === 0 ? 'empty' : 'ready');
  }

  /** Reads an article through the workspace file system and indexes it, or logs why it cannot. */
  async indexFromDisk(uri: vscode.Uri): Promise<void> {
    const name = articleName(uri);
    const max = readConfig(uri).maxArticleSize;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return;
      const decoded = stat.size > max ? tooLarge(stat.size, max) : decodeArticle(await vscode.workspace.fs.readFile(uri), max);
      if (!decoded.ok) {
        this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${decoded.reason}`);
        this.index.delete(name);
        return;
      }
      if (decoded.note) this.log.info(`${vscode.workspace.asRelativePath(uri)}: ${decoded.note}`);
      this.index.set(name, decoded.text);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        this.index.delete(name);
        return;
      }
      this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: unreadable (${(e as Error).message})`);
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
      }, EDIT_DEBOUNCE_MS),
    );
  }

  private onClose(doc: vscode.TextDocument): void {
    // An editor closed without saving leaves the file as it is on disk.
    if (this.index.has(articleName(doc.uri)) && doc.uri.scheme !== 'untitled') void this.indexFromDisk(doc.uri);
    else if (doc.uri.scheme === 'untitled') this.index.delete(articleName(doc.uri));
  }

  /** The index entry for a document, re-extracted first if the editor's text has moved on (costs one article). */
  fresh(doc: vscode.TextDocument): IndexedArticle | undefined {
    if (!this.isArticle(doc)) return undefined;
    const name = articleName(doc.uri);
    const entry = this.index.get(name);
    const text = doc.getText();
    if (entry && entry.article.text === text) return entry;
    if (text.length > readConfig(doc.uri).maxArticleSize) return entry;
    const updated = this.index.set(name, text);
    this.settle();
    return updated;
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
    for (const t of this.pendingEdits.values()) clearTimeout(t);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}
