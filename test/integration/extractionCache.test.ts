// The extraction cache in the real host: a rebuild takes unchanged articles from the file the last build
// wrote, extracts only what changed, and gives the same index; a damaged file is set aside, not trusted.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { ExtractionCache } from '../../src/core/extractionCache';
import type { DossierApi } from '../../src/extension';
import { activateDossier, freshIndexOfDisk, indexSummary, scratchFolder, until } from './testFiles';

const enc = (s: string) => new TextEncoder().encode(s);
const ARTICLE = ' date 2021-10-16 Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani hosted talks in Doha on Saturday with Antony Blinken. “We keep talking,” Blinken said.';

describe('extraction cache', function () {
  this.timeout(120000);
  let api: DossierApi;
  let extensionPath: string;
  let folder: { uri: vscode.Uri; dispose: () => Promise<void> };
  let store: { hits: number; misses: number; file: string };

  before(async function () {
    ({ api, extensionPath } = await activateDossier());
    if (!api.workspace.cache) this.skip(); // none without a local workspace storage
    store = api.workspace.cache as unknown as typeof store;
    folder = await scratchFolder('cache');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('dossier').update('cacheExtractions', undefined, vscode.ConfigurationTarget.Global);
    await folder?.dispose();
  });

  /** Rebuilds and waits for the cache to be written; how many articles came from it and how many were extracted. */
  async function rebuild(): Promise<{ hits: number; misses: number }> {
    const [hits, misses] = [store.hits, store.misses];
    await api.workspace.rebuild();
    await api.workspace.whenIdle();
    return { hits: store.hits - hits, misses: store.misses - misses };
  }

  it('takes unchanged articles from the cache and extracts a changed one', async () => {
    const file = vscode.Uri.joinPath(folder.uri, 'doha.txt');
    await vscode.workspace.fs.writeFile(file, enc(ARTICLE));
    await rebuild();
    const before = indexSummary(api.workspace.index);
    const written = (await fs.promises.stat(store.file)).mtimeMs;
    const again = await rebuild();
    assert.strictEqual(again.misses, 0, 'nothing changed, nothing extracted');
    assert.strictEqual((await fs.promises.stat(store.file)).mtimeMs, written, 'nor written again');
    assert.strictEqual(again.hits, api.workspace.index.size, 'every article from the cache');
    assert.deepStrictEqual(indexSummary(api.workspace.index), before);

    await vscode.workspace.fs.writeFile(file, enc(ARTICLE.replace('Antony Blinken', 'Zalmay Khalilzad').replace('Blinken said', 'Khalilzad said')));
    // The watcher's read of the edit first (outside a build, so past the cache): else it may overtake the build's own read.
    await until(api, () => !!api.workspace.index.actorCard('zalmay-khalilzad'), 'the edit to be indexed');
    await api.workspace.whenIdle();
    const changed = await rebuild();
    assert.strictEqual(changed.misses, 1, 'the edited article is extracted');
    assert.strictEqual(changed.hits, api.workspace.index.size - 1);
    assert.ok(api.workspace.index.actorCard('zalmay-khalilzad'), 'the new text is indexed');
    assert.deepStrictEqual(indexSummary(api.workspace.index), indexSummary(await freshIndexOfDisk(api, 5 * 1024 * 1024)));
  });

  it('writes a file that holds the indexed articles, for this extractor', async () => {
    await rebuild();
    const digest = (data: string | Uint8Array) => createHash('sha1').update(data).digest('base64');
    const version = digest(await fs.promises.readFile(path.join(extensionPath, 'dist', 'extractWorker.js')));
    const read = ExtractionCache.parse(await fs.promises.readFile(store.file), version);
    assert.ok(read instanceof ExtractionCache, String(read));
    assert.strictEqual(read.size, 0, 'nothing asked for yet');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'doha.txt')));
    assert.ok(read.get(digest(text), 'doha.txt', text), 'the article is in the file');
    assert.strictEqual(ExtractionCache.parse(await fs.promises.readFile(store.file), 'another'), 'written by another version of the extractor');
  });

  it('sets a damaged file aside and indexes from the articles', async () => {
    const before = indexSummary(api.workspace.index);
    const bytes = await fs.promises.readFile(store.file);
    bytes[bytes.length - 5] ^= 0xff;
    await fs.promises.writeFile(store.file, bytes);
    const damaged = await rebuild();
    assert.strictEqual(damaged.hits, 0, 'nothing read from a damaged file');
    assert.deepStrictEqual(indexSummary(api.workspace.index), before);
    const repaired = await rebuild();
    assert.strictEqual(repaired.misses, 0, 'the file was written anew');
  });

  it('is not used when dossier.cacheExtractions is off', async () => {
    await vscode.workspace.getConfiguration('dossier').update('cacheExtractions', false, vscode.ConfigurationTarget.Global);
    const off = await rebuild();
    assert.strictEqual(off.hits, 0);
    assert.strictEqual(off.misses, 0, 'not counted either: the cache is closed');
  });
});
