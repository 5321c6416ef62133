import * as vscode from 'vscode';
import {
  ACTORS_FILE,
  ANNOTATIONS_FILE,
  applyCuration,
  curationAffects,
  CURATION_FOLDER,
  CurationStore,
  refreshSelectors,
  type AnchoredAnnotation,
  type CurationFile,
  type CurationResult,
  type Edit,
  type Problem,
} from '../../core/curation';
import { Emitter, type Event } from '../../core/event';
import type { ArticleAnnotations } from '../../core/types';
import type { ArticleWorkspace } from '../articleWorkspace';
import { articleUri } from '../convert';
import { later } from '../later';
import { writeFileAtomically } from '../workspaceFiles';

const FILES: readonly CurationFile[] = [ACTORS_FILE, ANNOTATIONS_FILE];
const MOVES_DEBOUNCE_MS = 500;

/**
 * The analyst's curation of the corpus, kept in `.dossier/` at the root of the first workspace folder.
 * Reads both files (and re-reads them when they change on disk, by hand or from another window),
 * applies them to every extraction before the index sees it, reports a malformed file in the Problems
 * panel while its last good state stays in effect, and writes changes atomically (a temporary file,
 * then a rename), never over a file it could not read.
 */
export class CurationWorkspace implements vscode.Disposable {
  readonly store = new CurationStore();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('dossier-curation');
  private readonly results = new Map<string, CurationResult>();
  private readonly resultsChanged = new Emitter<void>();
  /** Notes or orphans of some article changed (after the index took the new annotations). */
  readonly onDidChangeResults: Event<void> = this.resultsChanged.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.Disposable[] = [];
  private pendingResults: ReturnType<typeof setTimeout> | undefined;
  /** Articles whose annotations were found moved, with the text they were found in (see followMoves). */
  private readonly moved = new Map<string, { text: string; anchored: AnchoredAnnotation[] }>();
  private pendingMoves: ReturnType<typeof setTimeout> | undefined;
  private _ready: Promise<void> = Promise.resolve();
  private starting: vscode.Disposable | undefined;
  /** The edits of the curation files, in the order asked (see edit). */
  private editing: Promise<void> = Promise.resolve();
  /** The latest read of each file: an older read that ends later is dropped, so the store never goes back to an older text. */
  private readonly reads = new Map<CurationFile, number>();

  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly log: vscode.LogOutputChannel,
  ) {
    workspace.transform = (name, text, annotations) => this.apply(name, text, annotations);
    // Most articles of most dossiers carry no curation: indexed as the extractor packed them (a third of the
    // extension host's time in a build of 10,000 went to unpacking each and packing it again).
    workspace.transformSkips = (name) => {
      const source = this.sourceOf(name);
      return source === undefined || (!curationAffects(source, this.store.curation) && !this.results.has(name));
    };
    workspace.index.overrides = (id) => {
      const actors = this.store.curation.knowledge.actors;
      return Object.prototype.hasOwnProperty.call(actors, id) ? actors[id] : undefined;
    };
    this.disposables.push(
      this.store,
      this.diagnostics,
      this.resultsChanged,
      this.store.onDidChange((change) => void this.workspace.reapply(change.affected.all ? undefined : change.affected.sources.map((s) => this.nameOf(s)).filter((n): n is string => !!n))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.start()),
      workspace.index.onDidChange((e) => {
        for (const name of e.articles) if (!workspace.index.has(name)) this.results.delete(name);
      }),
    );
  }

  /** The workspace folder whose `.dossier/` holds the curation (the first one), if any. */
  get folder(): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.workspaceFolders?.[0];
  }

  /** Resolves once both files have been read after start(). */
  get ready(): Promise<void> {
    return this._ready;
  }

  uriOf(file: CurationFile): vscode.Uri | undefined {
    const folder = this.folder;
    return folder && vscode.Uri.joinPath(folder.uri, CURATION_FOLDER, file);
  }

  /** Reads the curation files and watches them, from just after activate() returns (see later()). Call before the index builds. */
  start(): Promise<void> {
    this.starting?.dispose();
    const starting = later(() => this.load());
    this.starting = starting;
    this._ready = starting.done;
    return this._ready;
  }

  private load(): Promise<void> {
    for (const d of this.watcher) d.dispose();
    this.watcher = [];
    const folder = this.folder;
    if (folder) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${CURATION_FOLDER}/*`));
      const reread = (uri: vscode.Uri) => {
        const file = FILES.find((f) => uri.path.endsWith(`/${CURATION_FOLDER}/${f}`));
        if (file) void this.read(file);
      };
      this.watcher.push(w, w.onDidCreate(reread), w.onDidChange(reread), w.onDidDelete(reread));
    }
    return Promise.all(FILES.map((f) => this.read(f))).then(() => undefined);
  }

  /** Reads one file into the store (a missing file is an empty one) and shows its problems. */
  async read(file: CurationFile): Promise<void> {
    const uri = this.uriOf(file);
    if (!uri) return;
    const read = this.nextRead(file);
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (read !== this.reads.get(file)) return;
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) {
        this.log.warn(`${CURATION_FOLDER}/${file}: unreadable (${(e as Error).message}); the last good state stays in effect`);
        this.diagnostics.set(uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `Dossier cannot read this file: ${(e as Error).message}`, vscode.DiagnosticSeverity.Error)]);
        return;
      }
    }
    if (read !== this.reads.get(file)) return; // a later read, or an edit, holds a newer text
    const problems = this.store.update(file, text);
    this.showProblems(uri, text ?? '', problems);
    if (problems.some((p) => p.severity === 'error')) this.log.warn(`${CURATION_FOLDER}/${file}: ${problems.length} problem(s); the last good state stays in effect and Dossier will not write this file until it is fixed`);
  }

  /**
   * Changes a curation file: `change` gets its current text and returns the new one. Refuses while the
   * file has errors (it would overwrite what the user is fixing). Returns false when nothing was written.
   * `quiet`: a change the user did not ask for, whose refusals go to the log rather than to a message.
   */
  edit(file: CurationFile, change: (text: string) => Edit | { ok: true; text: string; id: string }, options: { quiet?: boolean } = {}): Promise<boolean> {
    // One edit at a time: each reads the file, changes it and writes it back, so two at once (two commands,
    // or a command and the selectors followMoves writes) would each write over the other's change.
    const turn = this.editing.then(() => this.editNow(file, change, options));
    this.editing = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async editNow(file: CurationFile, change: (text: string) => Edit | { ok: true; text: string; id: string }, { quiet = false }: { quiet?: boolean }): Promise<boolean> {
    const tell = (message: string, show: (m: string) => Thenable<unknown>) => (quiet ? this.log.warn(message) : void show(message));
    const uri = this.uriOf(file);
    if (!uri) {
      tell('Dossier keeps corrections in a .dossier folder of the workspace: open a folder first.', vscode.window.showWarningMessage);
      return false;
    }
    await this._ready;
    if (!this.store.canWrite(file)) {
      tell(`${CURATION_FOLDER}/${file} has errors (see the Problems panel). Fix them first: Dossier does not overwrite a file it could not read.`, vscode.window.showErrorMessage);
      return false;
    }
    let current = '';
    try {
      current = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) throw e;
    }
    const result = change(current);
    if (!result.ok) {
      tell(`Dossier: ${result.problems.map((p) => p.message).join('; ')}`, vscode.window.showErrorMessage);
      return false;
    }
    if (result.text === current) return true;
    await writeFileAtomically(uri, result.text);
    // Take the new state now rather than when the watcher notices: the change shows at once, and a read
    // begun before the write cannot take the store back.
    this.nextRead(file);
    this.showProblems(uri, result.text, this.store.update(file, result.text));
    return true;
  }

  /** Numbers a read of `file` (or an edit's new text) as the latest. */
  private nextRead(file: CurationFile): number {
    const n = (this.reads.get(file) ?? 0) + 1;
    this.reads.set(file, n);
    return n;
  }

  private showProblems(uri: vscode.Uri, text: string, problems: Problem[]): void {
    this.diagnostics.set(uri, problems.map((p) => {
      const start = positionIn(text, p.start);
      const end = positionIn(text, Math.max(p.end, p.start));
      const d = new vscode.Diagnostic(new vscode.Range(start, end), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'Dossier';
      return d;
    }));
  }

  /** The article's path relative to the curation's folder (what annotation targets name), or undefined outside it. */
  sourceOf(name: string): string | undefined {
    const folder = this.folder;
    if (!folder) return undefined;
    const uri = articleUri(name);
    const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority || !uri.path.startsWith(root)) return undefined;
    return uri.path.slice(root.length);
  }

  /** The index name of an article given by its source path, if that article is indexed. */
  nameOf(source: string): string | undefined {
    const folder = this.folder;
    return folder && vscode.Uri.joinPath(folder.uri, source).toString();
  }

  /** Notes, orphans and problems of the curation in one article, as last applied. */
  resultOf(name: string): CurationResult | undefined {
    return this.results.get(name);
  }

  /** Every article's curation result that holds notes or orphans. */
  *allResults(): IterableIterator<[string, CurationResult]> {
    for (const [name, r] of this.results) if (r.notes.length || r.orphans.length || r.problems.length) yield [name, r];
  }

  private apply(name: string, text: string, annotations: ArticleAnnotations): ArticleAnnotations {
    const source = this.sourceOf(name);
    if (source === undefined) return annotations;
    const result = applyCuration(source, text, annotations, this.store.curation);
    if (result.anchored.some((a) => a.moved)) this.followMoves(name, text, result.anchored);
    const had = this.results.get(name);
    if (result.notes.length || result.orphans.length || result.problems.length || had) {
      this.results.set(name, result);
      for (const o of result.orphans) this.log.warn(`${source}: annotation ${o.annotation.id} is orphaned (${o.reason}); it is kept in ${CURATION_FOLDER}/${ANNOTATIONS_FILE} and not applied`);
      this.scheduleResultsChanged();
    }
    return result.annotations;
  }

  /**
   * Writes the selectors of annotations that moved back to the file, so that it follows the article and
   * re-anchoring stays cheap and sure. Only for an article as saved (not while an editor holds unsaved
   * changes), only in a trusted workspace, and after a pause, so a burst of saves makes one write. Once
   * written, the selectors match and nothing moves: no write follows its own.
   */
  private followMoves(name: string, text: string, anchored: AnchoredAnnotation[]): void {
    if (!vscode.workspace.isTrusted || vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === name)) return;
    this.moved.set(name, { text, anchored });
    if (this.pendingMoves) clearTimeout(this.pendingMoves);
    this.pendingMoves = setTimeout(() => {
      this.pendingMoves = undefined;
      const moves = [...this.moved.values()];
      this.moved.clear();
      void this.edit(ANNOTATIONS_FILE, (current) => {
        let out = current;
        for (const m of moves) {
          const r = refreshSelectors(out, m.text, m.anchored);
          if (!r.ok) return r;
          out = r.text;
        }
        return { ok: true, text: out };
      }, { quiet: true });
    }, MOVES_DEBOUNCE_MS);
  }

  private scheduleResultsChanged(): void {
    if (this.pendingResults) return;
    this.pendingResults = setTimeout(() => {
      this.pendingResults = undefined;
      this.resultsChanged.fire();
    }, 50);
  }

  dispose(): void {
    if (this.pendingResults) clearTimeout(this.pendingResults);
    if (this.pendingMoves) clearTimeout(this.pendingMoves);
    this.starting?.dispose();
    for (const d of this.watcher) d.dispose();
    for (const d of this.disposables) d.dispose();
    this.workspace.transform = undefined;
    this.workspace.transformSkips = undefined;
    this.workspace.index.overrides = undefined;
  }
}

function positionIn(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new vscode.Position(line, Math.max(0, offset - lineStart));
}
