// Smoke test in the browser extension host (web worker, as on vscode.dev): the extension's
// browser entry loads and activates, and the mounted workspace holds the seed articles.
import * as vscode from 'vscode';

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
});
