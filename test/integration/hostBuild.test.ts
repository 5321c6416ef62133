// The index built by the real extension host over a large folder (bench/run.ts sets DOSSIER_HOST_BUILD_OUT and
// opens a copy of the bench corpus): how long from activation until the index is ready, as a user waits for it,
// and how long a fresh index of the same folder takes once the extraction cache holds every article and the list of
// files is written (the folder opened again).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import * as path from 'path';
import { KnowledgeBase } from '../../src/core/knowledge';
import type { DossierApi } from '../../src/extension';
import { ExtractionCacheFile } from '../../src/node/extractionCacheFile';
import { ExtractionPool } from '../../src/node/extractionPool';
import { FileListFile } from '../../src/node/fileListFile';
import { disk } from '../../src/node/files';
import { ArticleWorkspace } from '../../src/vscode/articleWorkspace';
import { InThreadExtractor } from '../../src/vscode/extractor';
import { useLocalDisk } from '../../src/vscode/workspaceFiles';

describe('index build in the real host (bench)', function () {
  this.timeout(900000);
  it('indexes the workspace and records how long it took', async function () {
    const out = process.env.DOSSIER_HOST_BUILD_OUT;
    if (!out) this.skip(); // only the bench opens a corpus for it
    // DOSSIER_HOST_BUILD_PROFILE=FILE: CPU profiles of this thread, FILE for the build from the cache and FILE.cold.cpuprofile for the first.
    const profileFile = process.env.DOSSIER_HOST_BUILD_PROFILE;
    const inspector = await import('node:inspector/promises');
    const session = new inspector.Session();
    if (profileFile) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const t0 = performance.now();
    const extension = vscode.extensions.getExtension<DossierApi>('dossier.dossier')!;
    const extensionPath = extension.extensionPath;
    const api = await extension.activate();
    await api.workspace.ready;
    const ms = performance.now() - t0;
    if (profileFile) {
      const { profile } = await session.post('Profiler.stop');
      fs.writeFileSync(`${profileFile}.cold.cpuprofile`, JSON.stringify(profile));
    }
    assert.ok(api.workspace.index.size > 0, 'the corpus is indexed');
    // The same folder opened again: a fresh index, fed by a workspace like the extension's from the extraction
    // cache its build wrote.
    await api.workspace.whenIdle();
    const file = (api.workspace.cache as ExtractionCacheFile | undefined)?.file;
    let warmMs: number | undefined;
    let cacheHits: number | undefined;
    if (file) {
      useLocalDisk(disk);
      const cache = new ExtractionCacheFile(file, path.join(extensionPath, 'dist', 'extractWorker.js'), () => undefined);
      // Its own extractor, a worker pool as the extension makes one (dispose() disposes it); every article is
      // expected from the cache.
      const pool = new ExtractionPool(path.join(extensionPath, 'dist', 'extractWorker.js'), new InThreadExtractor(() => KnowledgeBase.default()), (m) => api.log.warn(m));
      // And the list of files the first build wrote, as the extension reads it.
      const listFile = (api.workspace.files as FileListFile | undefined)?.file;
      const again = new ArticleWorkspace(api.log, pool, cache, listFile ? new FileListFile(listFile, () => undefined) : undefined);
      if (profileFile) await session.post('Profiler.start');
      const t1 = performance.now();
      again.start();
      await again.ready;
      warmMs = performance.now() - t1;
      if (profileFile) {
        const { profile } = await session.post('Profiler.stop');
        fs.writeFileSync(profileFile, JSON.stringify(profile));
      }
      cacheHits = cache.hits;
      assert.strictEqual(again.index.size, api.workspace.index.size);
      await again.whenIdle();
      again.dispose();
    }
    if (profileFile) session.disconnect();
    const record = { ms, warmMs, cacheHits, articles: api.workspace.index.size, extractor: api.workspace.extractor.kind, host: `${vscode.env.appName} ${vscode.version}` };
    console.log(`[dossier-test] index of ${record.articles} articles ready after ${ms.toFixed(0)} ms (${record.extractor}); opened again with the extraction cache (${cacheHits} articles from it) after ${warmMs?.toFixed(0)} ms`);
    fs.writeFileSync(out!, `${JSON.stringify(record)}\n`);
  });
});
