// Smoke test in the real extension host: the extension is installed from the development path,
// activates, and the window has the workspace folder the runner opened (the project's seeds/ by default).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'dossier.dossier';
const SEED = '000_f6f44bd4fbb0bdc2.txt';

describe('smoke: extension host', () => {
  it(`finds ${EXTENSION_ID} among the installed extensions and activates it`, async () => {
    const ext = vscode.extensions.all.find((e) => e.id.toLowerCase() === EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not in vscode.extensions.all (${vscode.extensions.all.length} extensions)`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true, 'extension did not become active');
    console.log(`[dossier-test] vscode ${vscode.version}, remoteName=${vscode.env.remoteName ?? 'none'}, uiKind=${vscode.env.uiKind}`);
  });

  it('opened the workspace folder given to the runner', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folders.length >= 1, 'no workspace folder open');
    const expected = process.env.DOSSIER_TEST_WORKSPACE;
    if (expected) {
      assert.strictEqual(folders[0].uri.fsPath, path.resolve(expected));
    } else {
      // (a host started without the runner's environment) the folder must at least exist on disk
      assert.ok(fs.existsSync(folders[0].uri.fsPath), `workspace ${folders[0].uri.fsPath} does not exist`);
    }
  });

  it('finds a seed with vscode.workspace.findFiles (the host has a working file search)', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    // The runners open either seeds/ itself or a folder that contains seeds/ (e.g. the project).
    const known = [SEED, `seeds/${SEED}`].map((p) => path.join(folder.uri.fsPath, p)).find((p) => fs.existsSync(p));
    assert.ok(known, `neither ${SEED} nor seeds/${SEED} in ${folder.uri.fsPath}`);
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'), '**/node_modules/**');
    assert.ok(files.some((u) => u.fsPath === known), `findFiles(**/*.txt) did not return ${known} (${files.length} files)`);
  });

  it('runs with the workspace trust the runner asked for', () => {
    const restricted = process.env.DOSSIER_RESTRICTED === '1';
    assert.strictEqual(vscode.workspace.isTrusted, !restricted, `isTrusted=${vscode.workspace.isTrusted}, DOSSIER_RESTRICTED=${process.env.DOSSIER_RESTRICTED ?? ''}`);
  });
});
