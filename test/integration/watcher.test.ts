// Files that change under the index: created, edited on disk, renamed, deleted, a folder deleted and a
// folder moved in, while the index is being rebuilt. Once it settles, the index equals a fresh index of the files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { activateDossier, exists, freshIndexOfDisk, indexSummary, scratchFolder, until, workspaceRoot } from './testFiles';

const enc = (s: string) => new TextEncoder().encode(s);

/** Short articles with people, dates, quotes and forums, different enough to touch every aggregate. */
const ARTICLES = [
  ' date 2021-10-12 US President Joe Biden met Pakistani Prime Minister Imran Khan at the G20 summit in Rome on Tuesday. “We will not abandon Afghanistan,” Biden said.',
  ' date 2021-10-13 Russian Foreign Minister Sergey Lavrov said on Wednesday that the Moscow format talks would open on October 20. “The Taliban must keep their promises,” Lavrov told reporters.',
  ' date 2021-10-14 UN Secretary-General Antonio Guterres called on Thursday for aid to Afghanistan. “Millions are at risk,” Guterres said at the UN Security Council in New York.',
  ' date 2021-10-15 Taliban spokesman Zabihullah Mujahid said on Friday that the group wanted recognition. “We have kept our word,” Mujahid told Tolo News in Kabul.',
  ' date 2021-10-16 Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani hosted talks in Doha on Saturday with Antony Blinken.',
  ' date 2021-10-17 Chinese Foreign Minister Wang Yi met Abdul Ghani Baradar in Tianjin. “China respects the choice of the Afghan people,” Wang said.',
];

describe('files changing under the index', function () {
  this.timeout(120000);
  let api: DossierApi;
  let folder: { uri: vscode.Uri; dispose: () => Promise<void> };
  let staging: vscode.Uri;

  before(async () => {
    ({ api } = await activateDossier());
    folder = await scratchFolder('watcher');
    // Outside `dossier.articles`, so nothing there is indexed until it is moved in.
    staging = vscode.Uri.joinPath(workspaceRoot(), `zz-test-staging-${process.pid}-${Date.now().toString(36)}`);
  });

  after(async () => {
    await folder?.dispose();
    if (staging && (await exists(staging))) await vscode.workspace.fs.delete(staging, { recursive: true, useTrash: false });
  });

  const at = (...parts: string[]) => vscode.Uri.joinPath(folder.uri, ...parts);

  async function assertEqualsFreshIndex(): Promise<void> {
    const max = vscode.workspace.getConfiguration('dossier').get<number>('maxArticleSize')!;
    let fresh = await freshIndexOfDisk(api, max);
    // Watcher events arrive some time after the change: wait until the names agree, then compare everything.
    let diff = '';
    await until(
      api,
      async () => {
        fresh = await freshIndexOfDisk(api, max);
        const [have, want] = [api.workspace.index.articleNames(), fresh.articleNames()];
        diff = `extra ${JSON.stringify(have.filter((n) => !fresh.has(n)))}, missing ${JSON.stringify(want.filter((n) => !api.workspace.index.has(n)))}`;
        return have.length === want.length && want.every((n) => api.workspace.index.has(n));
      },
      () => `the index to hold exactly the files on disk (${diff})`,
    );
    assert.deepStrictEqual(indexSummary(api.workspace.index), indexSummary(fresh));
  }

  it('create, edit on disk, rename, delete and delete a folder while a rebuild runs', async () => {
    const rebuilt = api.workspace.rebuild(); // the changes below race the rebuild
    for (const [i, text] of ARTICLES.entries()) await vscode.workspace.fs.writeFile(at(`a${i}.txt`), enc(text));
    await vscode.workspace.fs.createDirectory(at('sub'));
    for (const [i, text] of ARTICLES.slice(0, 3).entries()) await vscode.workspace.fs.writeFile(at('sub', `s${i}.txt`), enc(text.replace('date 2021-10', 'date 2021-11')));
    await vscode.workspace.fs.writeFile(at('a0.txt'), enc(ARTICLES[0].replace('Imran Khan', 'Mario Draghi')));
    await vscode.workspace.fs.rename(at('a1.txt'), at('a1-renamed.txt'));
    await vscode.workspace.fs.delete(at('a2.txt'));
    await vscode.workspace.fs.writeFile(at('a3.txt'), enc(ARTICLES[3] + ' “We will talk again,” Mujahid added.'));
    await rebuilt;
    await until(api, () => api.workspace.index.has(at('sub', 's2.txt').toString()), 'the folder’s articles to be indexed');
    await vscode.workspace.fs.delete(at('sub'), { recursive: true, useTrash: false });
    await assertEqualsFreshIndex();
    assert.ok(api.workspace.index.has(at('a1-renamed.txt').toString()) && !api.workspace.index.has(at('a1.txt').toString()));
    assert.ok(!api.workspace.index.articleNames().some((n) => n.startsWith(at('sub').toString())), 'the deleted folder’s articles are gone');
    assert.match(JSON.stringify(api.workspace.index.annotations(at('a0.txt').toString())), /Mario Draghi/, 'the edit on disk is indexed');
  });

  it('a folder of articles moved in, then renamed, then moved out', async () => {
    await vscode.workspace.fs.createDirectory(staging);
    for (const [i, text] of ARTICLES.slice(3).entries()) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(staging, `m${i}.txt`), enc(text));
    await vscode.workspace.fs.rename(staging, at('moved'));
    await until(api, () => api.workspace.index.has(at('moved', 'm2.txt').toString()), 'the moved-in folder’s articles to be indexed');
    await assertEqualsFreshIndex();
    await vscode.workspace.fs.rename(at('moved'), at('moved-again'));
    await until(api, () => api.workspace.index.has(at('moved-again', 'm0.txt').toString()), 'the renamed folder’s articles to be indexed');
    await assertEqualsFreshIndex();
    await vscode.workspace.fs.rename(at('moved-again'), staging);
    await assertEqualsFreshIndex();
  });

  it('many quick edits to one file end with its last text', async () => {
    const file = at('a4.txt');
    for (let i = 0; i < 10; i++) await vscode.workspace.fs.writeFile(file, enc(`${ARTICLES[4]} Edit number ${i} was made by Antony Blinken.`));
    await until(api, () => api.workspace.index.get(file.toString())?.article.text.includes('Edit number 9') ?? false, 'the last edit');
    await assertEqualsFreshIndex();
  });

  it('deleting the whole scratch folder empties it from the index', async () => {
    await vscode.workspace.fs.delete(folder.uri, { recursive: true, useTrash: false });
    await until(api, () => !api.workspace.index.articleNames().some((n) => n.startsWith(folder.uri.toString())), 'the folder to leave the index');
    await assertEqualsFreshIndex();
  });
});
