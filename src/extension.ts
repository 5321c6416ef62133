import * as vscode from 'vscode';
import { ActorsTreeProvider } from './vscode/actorsTreeProvider';
import { ARTICLE_LANGUAGE, ArticleWorkspace, type FileListStore } from './vscode/articleWorkspace';
import { InThreadExtractor, type ExtractionStore, type Extractor } from './vscode/extractor';
import { KnowledgeBase } from './core/knowledge';
import { registerCommands } from './vscode/commands';
import { readConfig } from './vscode/config';
import { DossierDefinitionProvider } from './vscode/definitionProvider';
import { DossierDocumentSymbolProvider } from './vscode/documentSymbolProvider';
import { DossierHoverProvider } from './vscode/hoverProvider';
import { DossierReferenceProvider } from './vscode/referenceProvider';
import { DossierSemanticTokensProvider, legend } from './vscode/semanticTokensProvider';
import { StatementsTreeProvider } from './vscode/statementsTreeProvider';
import { ForumsTreeProvider } from './vscode/forumsTreeProvider';
import { ArticleStatusBar } from './vscode/statusBar';
import { followCursor } from './vscode/followCursor';
import { DossierWorkspaceSymbolProvider } from './vscode/workspaceSymbolProvider';
import { useLocalDisk } from './vscode/workspaceFiles';
import { DossierCodeActionProvider } from './vscode/curation/codeActionProvider';
import { registerCurationCommands } from './vscode/curation/curationCommands';
import { registerExportCommand } from './vscode/curation/exportCommand';
import { CurationWorkspace } from './vscode/curation/curationWorkspace';
import { LowConfidenceDiagnostics } from './vscode/curation/lowConfidence';
import { NotesController, NotesTreeProvider } from './vscode/curation/notesController';

const TREE_REFRESH_MS = 250;

/** What activate() returns: the index and the sidebar providers, for other extensions and the integration tests. */
export interface DossierApi {
  workspace: ArticleWorkspace;
  forums: ForumsTreeProvider;
  statements: StatementsTreeProvider;
  actors: ActorsTreeProvider;
  curation: CurationWorkspace;
  notes: NotesController;
  /** The Dossier log (Output › Dossier) and the folder its file is written to. */
  log: vscode.LogOutputChannel;
  logUri: vscode.Uri;
  /** How long activate() took, in milliseconds (the benchmark reads it from a real host). */
  activationMs: number;
}

/**
 * Worker threads on the desktop; in the browser (vscode.dev) the extension host is a web worker already,
 * and extraction stays on it. The pool's module is loaded only here, so the web bundle never runs it.
 */
function extractorFor(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Extractor | undefined {
  if (process.env.DOSSIER_WEB) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ExtractionPool } = require('./node/extractionPool') as typeof import('./node/extractionPool');
  const fallback = new InThreadExtractor(() => KnowledgeBase.default());
  return new ExtractionPool(workerScript(context), fallback, (m) => log.warn(m));
}

/** The extraction worker's bundle: the pool runs it, and the extraction cache is keyed to it. */
function workerScript(context: vscode.ExtensionContext): string {
  return vscode.Uri.joinPath(context.extensionUri, 'dist', 'extractWorker.js').fsPath;
}

/** On the desktop, extractions are kept in the workspace's storage between sessions (none without a folder open). */
function extractionCacheFor(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): ExtractionStore | undefined {
  if (process.env.DOSSIER_WEB || context.storageUri?.scheme !== 'file') return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ExtractionCacheFile } = require('./node/extractionCacheFile') as typeof import('./node/extractionCacheFile');
  const file = vscode.Uri.joinPath(context.storageUri, 'extractions.bin').fsPath;
  return new ExtractionCacheFile(file, workerScript(context), (level, m) => log[level](m));
}

/** On the desktop, the files each build found are listed in the workspace's storage, for the next build to start on. */
function fileListFor(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): FileListStore | undefined {
  if (process.env.DOSSIER_WEB || context.storageUri?.scheme !== 'file') return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { FileListFile } = require('./node/fileListFile') as typeof import('./node/fileListFile');
  return new FileListFile(vscode.Uri.joinPath(context.storageUri, 'files.json').fsPath, (level, m) => log[level](m));
}

/** On the desktop, local files are read and replaced on disk rather than through vscode.workspace.fs (see workspaceFiles.ts). */
function useDiskOnDesktop(): void {
  if (process.env.DOSSIER_WEB) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  useLocalDisk((require('./node/files') as typeof import('./node/files')).disk);
}

/** Registers every feature and returns at once; the index builds in the background. */
export function activate(context: vscode.ExtensionContext): DossierApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Dossier', { log: true });
  useDiskOnDesktop();
  const workspace = new ArticleWorkspace(log, extractorFor(context, log), extractionCacheFor(context, log), fileListFor(context, log));
  const curation = new CurationWorkspace(workspace, log);
  const notes = new NotesController(workspace, curation);
  const notesTree = new NotesTreeProvider(notes);
  const selector: vscode.DocumentSelector = [{ language: ARTICLE_LANGUAGE }];

  const tokens = new DossierSemanticTokensProvider(workspace, () => readConfig());
  const forums = new ForumsTreeProvider(workspace);
  const statements = new StatementsTreeProvider(workspace);
  const actors = new ActorsTreeProvider(workspace);
  const forumsView = vscode.window.createTreeView('dossier.forums', { treeDataProvider: forums, showCollapseAll: true });
  const statementsView = vscode.window.createTreeView('dossier.statements', { treeDataProvider: statements, showCollapseAll: true });
  const actorsView = vscode.window.createTreeView('dossier.actors', { treeDataProvider: actors, showCollapseAll: true });

  // Trees refresh once the burst of index changes (a rebuild, typing) is over.
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshViews = () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      forums.refresh();
      statements.refresh();
      actors.refresh();
      status.update();
    }, TREE_REFRESH_MS);
  };
  const status = new ArticleStatusBar(workspace);

  context.subscriptions.push(
    log,
    workspace,
    forums,
    statements,
    actors,
    forumsView,
    statementsView,
    actorsView,
    status,
    { dispose: () => refreshTimer && clearTimeout(refreshTimer) },
    vscode.languages.registerDocumentSemanticTokensProvider(selector, tokens, legend),
    vscode.languages.registerHoverProvider(selector, new DossierHoverProvider(workspace, notes)),
    vscode.languages.registerDefinitionProvider(selector, new DossierDefinitionProvider(workspace)),
    vscode.languages.registerReferenceProvider(selector, new DossierReferenceProvider(workspace)),
    vscode.languages.registerDocumentSymbolProvider(selector, new DossierDocumentSymbolProvider(workspace), { label: 'Dossier' }),
    vscode.languages.registerWorkspaceSymbolProvider(new DossierWorkspaceSymbolProvider(workspace)),
    workspace.index.onDidChange(refreshViews),
    workspace.onDidChangeState(() => {
      refreshViews();
      tokens.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('dossier.highlight') && tokens.refresh()),
    workspace.onDidExtractOffThread(() => tokens.refresh()),
    followCursor(workspace, statements, statementsView),
    curation,
    notes,
    notesTree,
    vscode.window.createTreeView('dossier.notes', { treeDataProvider: notesTree }),
    new LowConfidenceDiagnostics(workspace),
    vscode.languages.registerCodeActionsProvider(selector, new DossierCodeActionProvider(workspace), DossierCodeActionProvider.metadata),
    ...registerCurationCommands({ workspace, curation }),
    registerExportCommand(workspace, curation),
    ...registerCommands({ workspace, log, forums, statements, actors }),
  );

  workspace.start();
  void curation.start();
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { workspace, forums, statements, actors, curation, notes, log, logUri: context.logUri, activationMs };
}

export function deactivate(): void {}
