// Helpers for integration tests that put articles into the workspace under test and wait for the index.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { decodeArticle } from '../../src/core/decode';
import { extract } from '../../src/core/pipeline';
import type { DossierApi } from '../../src/extension';

export const EXTENSION_ID = 'dossier.dossier';

export async function activateDossier(): Promise<{ api: DossierApi; extensionPath: string }> {
  const ext = vscode.extensions.getExtension<DossierApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const api = await ext.activate();
  await api.workspace.ready;
  return { api, extensionPath: ext.extensionPath };
}

export function workspaceRoot(): vscode.Uri {
  return vscode.workspace.workspaceFolders![0].uri;
}

/**
 * A fresh folder under `articles/` (matched by the default `dossier.articles`), removed by `dispose`,
 * with `articles/` itself when the test created it.
 */
export async function scratchFolder(label: string): Promise<{ uri: vscode.Uri; dispose: () => Promise<void> }> {
  const articles = vscode.Uri.joinPath(workspaceRoot(), 'articles');
  const hadArticles = await exists(articles);
  const uri = vscode.Uri.joinPath(articles, `zz-test-${label}-${process.pid}-${Date.now().toString(36)}`);
  if (!hadArticles) await createWatchedFolder(articles);
  await createWatchedFolder(uri);
  return {
    uri,
    dispose: async () => {
      await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      if (!hadArticles && (await exists(articles)) && (await vscode.workspace.fs.readDirectory(articles)).length === 0) {
        await vscode.workspace.fs.delete(articles, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      }
    },
  };
}

/**
 * Creates one folder and returns once the workspace's file watcher has reported it. VS Code's recursive
 * watcher (@parcel/watcher's inotify backend) starts watching a new folder only when it handles the folder's
 * creation, and does not look inside: a folder made in the meantime (one `mkdir -p` of two levels) is never
 * watched, so nothing written into it is ever reported. Measured with the host's own @parcel/watcher: a file
 * written later into the inner folder of a `mkdir -p` went unreported in 25 of 30 tries.
 */
export async function createWatchedFolder(uri: vscode.Uri, timeoutMs = 15000): Promise<void> {
  // A recursive pattern inside the workspace is served by the workspace's own watcher, the one the extension hears.
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(workspaceRoot(), '**'), false, true, true);
  try {
    const seen = new Promise<void>((resolve) => watcher.onDidCreate((u) => u.toString() === uri.toString() && resolve()));
    await vscode.workspace.fs.createDirectory(uri);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the file watcher did not report ${uri.toString()} within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([seen, late]).finally(() => clearTimeout(timer));
  } finally {
    watcher.dispose();
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits until `done()` holds after the index is idle; file events arrive with a delay, so this polls. */
export async function until(api: DossierApi, done: () => boolean | Promise<boolean>, what: string | (() => string), timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await api.workspace.whenIdle();
    if (await done()) return;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(200);
  }
}

/**
 * A fresh index of the files `dossier.articles` matches now, read from disk as the extension reads them,
 * with the extension's knowledge base and curation transform (a `.dossier/` folder may add or rename actors).
 */
/** The files `dossier.articles` matches in each folder, as a search of the workspace finds them (a file matched twice once). */
export async function articleFiles(): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const glob of vscode.workspace.getConfiguration('dossier', folder).get<string[]>('articles', [])) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**')) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()];
}

export async function freshIndexOfDisk(api: DossierApi, maxBytes: number): Promise<CorpusIndex> {
  const kb = api.workspace.index.kb;
  const transform = api.workspace.transform;
  const fresh = new CorpusIndex(kb);
  for (const uri of await articleFiles()) {
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), maxBytes);
    if (!decoded.ok) continue;
    const name = uri.toString();
    const { article, annotations } = extract(name, decoded.text, kb);
    fresh.setExtracted({ name, article, annotations: transform ? transform(name, decoded.text, annotations) : annotations });
  }
  return fresh;
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const byPlace = <T extends { article: string; item: { start: number } }>(xs: T[]) => [...xs].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.item.start - b.item.start));

/** What two indexes answer, side by side: articles, annotations, actor cards, statements and forums, sorted. */
export function indexSummary(index: CorpusIndex): unknown {
  const names = index.articleNames().sort();
  return {
    names,
    annotations: names.map((n) => index.annotations(n)),
    // Lists a card keeps in the order articles arrived in are compared as sets.
    actors: byId(index.actors()).map(({ id }) => {
      const card = index.actorCard(id)!;
      return { ...card, aliases: [...card.aliases].sort(), titles: [...card.titles].sort(), forums: card.forums.map((f) => f.item.id).sort() };
    }),
    statements: byPlace(index.statements()),
    forums: byId(index.forums()).map((f) => ({ ...f, articles: [...f.articles].sort(), statements: byPlace(f.statements), mentions: byPlace(f.mentions) })),
  };
}
