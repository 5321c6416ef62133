// The last build's list of files in the real host: a build starts reading the files listed while the file
// search runs, then ends with what the search found, whatever the list held (stale, missing, damaged).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { activateDossier, articleFiles, freshIndexOfDisk, indexSummary, scratchFolder, workspaceRoot } from './testFiles';

const enc = (s: string) => new TextEncoder().encode(s);
const article = (who: string) => ` date 2021-10-16 ${who} met Zalmay Khalilzad in Doha on Saturday. “We keep talking,” ${who} said.`;

describe('the last build\'s file list', function () {
  this.timeout(120000);
  let api: DossierApi;
  let folder: { uri: vscode.Uri; dispose: () => Promise<void> };
  let list: string;
  /** A file the globs do not match (the workspace's root is not searched), and one that does not exist. */
  let unmatched: vscode.Uri;
  let gone: vscode.Uri;

  before(async function () {
    ({ api } = await activateDossier());
    const files = api.workspace.files as { file?: string } | undefined;
    if (!files?.file) this.skip(); // none without a local workspace storage
    list = files!.file!;
    folder = await scratchFolder('list');
    unmatched = vscode.Uri.joinPath(workspaceRoot(), `zz-unmatched-${process.pid}.txt`);
    gone = vscode.Uri.joinPath(folder.uri, 'gone.txt');
    await vscode.workspace.fs.writeFile(unmatched, enc(article('Antony Blinken')));
  });

  after(async () => {
    await vscode.workspace.fs.delete(unmatched).then(undefined, () => undefined);
    await folder?.dispose();
    await api?.workspace.rebuild();
  });

  const read = async () => JSON.parse(await fs.promises.readFile(list, 'utf8')) as { version: number; key: string; files: string[] };
  /** What the file search finds, sorted. */
  const searched = async () => (await articleFiles()).map((u) => u.toString()).sort();
  const listed = async () => [...(await read()).files].sort();
  const rebuild = async () => {
    await api.workspace.rebuild();
    await api.workspace.whenIdle();
  };

  it('lists the files a build found', async () => {
    const a = vscode.Uri.joinPath(folder.uri, 'a.txt');
    await vscode.workspace.fs.writeFile(a, enc(article('Amir Khan Muttaqi')));
    await rebuild();
    const files = await listed();
    assert.ok(files.includes(a.toString()), 'the new article is listed');
    assert.deepStrictEqual(files, await searched());
  });

  it('ends with what the search finds, when the list is stale', async () => {
    const b = vscode.Uri.joinPath(folder.uri, 'b.txt');
    await vscode.workspace.fs.writeFile(b, enc(article('Sergey Lavrov')));
    await api.workspace.whenIdle();
    // The list another session left: without b, with a file no glob matches and one that is gone.
    const { key, files } = await read();
    await fs.promises.writeFile(list, JSON.stringify({ version: 1, key, files: [...files.filter((f) => f !== b.toString()), unmatched.toString(), gone.toString()] }));
    await rebuild();
    const names = api.workspace.index.articleNames();
    assert.ok(names.includes(b.toString()), 'the file the list missed is indexed');
    assert.ok(!names.includes(unmatched.toString()), 'the file no glob matches is not');
    assert.ok(!names.includes(gone.toString()) && !api.workspace.skipped.has(gone.toString()), 'the file that is gone is neither indexed nor skipped');
    assert.deepStrictEqual(indexSummary(api.workspace.index), indexSummary(await freshIndexOfDisk(api, 5 * 1024 * 1024)));
    assert.deepStrictEqual(await listed(), await searched(), 'the list is written again, as found');
  });

  it('reads no listed file outside the workspace folders, nor an entry that is not a URI', async function () {
    const cache = api.workspace.cache as { misses: number } | undefined;
    if (!cache) this.skip();
    const outside = vscode.Uri.file(path.join(os.tmpdir(), `dossier-outside-${process.pid}.txt`));
    await fs.promises.writeFile(outside.fsPath, article('Wang Yi'));
    try {
      await rebuild();
      const { key, files } = await read();
      const misses = cache!.misses;
      await fs.promises.writeFile(list, JSON.stringify({ version: 1, key, files: [...files, outside.toString()] }));
      await rebuild();
      assert.strictEqual(cache!.misses - misses, 0, 'nothing extracted: the file outside was not read');
      assert.ok(!api.workspace.index.articleNames().includes(outside.toString()));
      await fs.promises.writeFile(list, JSON.stringify({ version: 1, key, files: [...files, 'not a URI'] }));
      await rebuild();
      assert.deepStrictEqual(indexSummary(api.workspace.index), indexSummary(await freshIndexOfDisk(api, 5 * 1024 * 1024)));
    } finally {
      await fs.promises.rm(outside.fsPath, { force: true });
    }
  });

  it('indexes as without a list when the list is damaged', async () => {
    await fs.promises.writeFile(list, '{"version":1,"key":');
    await rebuild();
    assert.deepStrictEqual(indexSummary(api.workspace.index), indexSummary(await freshIndexOfDisk(api, 5 * 1024 * 1024)));
    assert.deepStrictEqual(await listed(), await searched(), 'a sound list is written in its place');
  });
});
