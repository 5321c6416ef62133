// Workspace trust. package.json declares `untrustedWorkspaces: limited`, with dossier.articles and
// dossier.maxArticleSize restricted: in Restricted Mode Dossier still reads and annotates the articles,
// but a workspace cannot change which files are read or the size limit. `npm run test:restricted` runs
// the integration suite in Restricted Mode; the tests for one mode skip themselves in the other.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { activateDossier, exists, until, workspaceRoot } from './testFiles';

const SEED = 'seeds/000_f6f44bd4fbb0bdc2.txt';
const DEFAULT_MAX = 5 * 1024 * 1024;

/** Writes .vscode/settings.json for the test and puts back what was there (or nothing) afterwards. */
async function withWorkspaceSettings(settings: Record<string, unknown>, body: () => Promise<void>): Promise<void> {
  const dir = vscode.Uri.joinPath(workspaceRoot(), '.vscode');
  const file = vscode.Uri.joinPath(dir, 'settings.json');
  const hadDir = await exists(dir);
  const before = (await exists(file)) ? await vscode.workspace.fs.readFile(file) : undefined;
  const merged = { ...(before ? JSON.parse(new TextDecoder().decode(before)) : {}), ...settings };
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(merged, null, 2)));
  try {
    await body();
  } finally {
    if (before) await vscode.workspace.fs.writeFile(file, before);
    else await vscode.workspace.fs.delete(hadDir ? file : dir, { recursive: true, useTrash: false });
  }
}

describe('workspace trust', function () {
  this.timeout(60000);
  let api: DossierApi;
  const seed = () => vscode.Uri.joinPath(workspaceRoot(), SEED).toString();

  before(async () => {
    ({ api } = await activateDossier());
  });

  after(async () => {
    await api.workspace.rebuild();
  });

  it('Restricted Mode: articles are still indexed, highlighted and hovered', async function () {
    if (vscode.workspace.isTrusted) this.skip();
    assert.ok(api.workspace.index.size >= 5, `${api.workspace.index.size} articles indexed`);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(seed()));
    await vscode.window.showTextDocument(doc);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('Biden') + 1));
    assert.ok(hovers.some((h) => h.contents.some((c) => typeof c !== 'string' && 'value' in c && c.value.includes('Joe Biden'))), 'a card for Biden');
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.ok(tokens.data.length > 50, 'semantic tokens');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('Restricted Mode: the workspace’s dossier.articles and dossier.maxArticleSize are ignored', async function () {
    if (vscode.workspace.isTrusted) this.skip();
    // followCursor is not restricted: once it reads false, VS Code has read the file.
    await withWorkspaceSettings({ 'dossier.articles': ['nowhere/**/*.txt'], 'dossier.maxArticleSize': 1024, 'dossier.sidebar.followCursor': false }, async () => {
      const config = () => vscode.workspace.getConfiguration('dossier', vscode.workspace.workspaceFolders![0]);
      await until(api, () => config().get('sidebar.followCursor') === false, 'VS Code to read the workspace settings');
      assert.strictEqual(config().get('maxArticleSize'), DEFAULT_MAX, 'the restricted setting reads its default');
      assert.deepStrictEqual(config().get('articles'), ['seeds/**/*.txt', 'articles/**/*.txt']);
      await api.workspace.rebuild();
      assert.ok(api.workspace.index.has(seed()), 'the seeds are still read, whatever the workspace says');
      assert.ok(!api.workspace.skipped.has(seed()), 'and not skipped as too large');
    });
  });

  it('Trusted: the workspace’s dossier.maxArticleSize is honoured, and files over it are skipped by name', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    await withWorkspaceSettings({ 'dossier.maxArticleSize': 1024 }, async () => {
      await until(api, () => /limit 1\.0 KB/.test(api.workspace.skipped.get(seed()) ?? ''), 'the seeds to be skipped under a 1 KB limit');
      assert.ok(!api.workspace.index.has(seed()));
      assert.match(api.workspace.skipped.get(seed())!, /^too large to analyse \(\d+\.\d KB, limit 1\.0 KB; see the dossier\.maxArticleSize setting\)$/);
    });
    await until(api, () => api.workspace.index.has(seed()), 'the seeds to come back with the limit removed');
    assert.ok(!api.workspace.skipped.has(seed()));
  });

  it('Trusted: the workspace’s dossier.articles chooses the files', async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    await withWorkspaceSettings({ 'dossier.articles': ['seeds/000_*.txt'] }, async () => {
      await until(api, () => api.workspace.index.articleNames().filter((n) => n.includes('/seeds/')).length === 1, 'only one seed to stay');
    });
    await until(api, () => api.workspace.index.articleNames().filter((n) => n.includes('/seeds/')).length >= 5, 'every seed to come back');
  });
});
