// Smoke test in the browser extension host (web worker, as on vscode.dev): the extension's
// browser entry loads and activates, and the mounted workspace holds the seed articles.
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';

const EXTENSION_ID = 'dossier.dossier';

function check(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

describe('smoke: web extension host', () => {
  it(`activates ${EXTENSION_ID} from its browser entry`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    check(ext, `${EXTENSION_ID} is not installed in the web extension host`);
    await ext.activate();
    check(ext.isActive, 'extension did not become active');
    check(vscode.env.uiKind === vscode.UIKind.Web, `uiKind is ${vscode.env.uiKind}, expected Web`);
  });

  it('sees the seed articles in the mounted workspace', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    check(folder, 'no workspace folder');
    const files = await vscode.workspace.findFiles('**/*.txt');
    check(files.length >= 1, `no .txt files in ${folder.uri.toString()}`);
    const doc = await vscode.workspace.openTextDocument(files.sort((a, b) => a.path.localeCompare(b.path))[0]);
    await vscode.window.showTextDocument(doc);
    check(doc.languageId === 'dossier-article', `seed opened as ${doc.languageId}, expected dossier-article`);
  });

  it('answers a hover on an actor with a card from the corpus index', async function () {
    this.timeout(60000);
    const api = await vscode.extensions.getExtension<DossierApi>(EXTENSION_ID)!.activate();
    await api.workspace.ready;
    check(api.workspace.index.size >= 5, `the seeds are indexed in the browser (${api.workspace.index.size})`);
    const files = await vscode.workspace.findFiles('**/*.txt');
    let target: vscode.TextDocument | undefined;
    for (const uri of files) {
      const doc = await vscode.workspace.openTextDocument(uri);
      if (doc.getText().includes('Biden')) { target = doc; break; }
    }
    check(target, 'a seed mentions Biden');
    await vscode.window.showTextDocument(target);
    const at = target.positionAt(target.getText().indexOf('Biden') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', target.uri, at);
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    check(/Joe Biden/.test(md), `the hover names Joe Biden:\n${md}`);
    check(/person/i.test(md), `the hover gives the kind:\n${md}`);
  });
});
