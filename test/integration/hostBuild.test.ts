// The index built by the real extension host over a large folder (bench/run.ts sets DOSSIER_HOST_BUILD_OUT and
// opens a copy of the bench corpus): how long from activation until the index is ready, as a user waits for it,
// and how long a rebuild takes once the extraction cache holds every article (the folder opened again).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';

describe('index build in the real host (bench)', function () {
  this.timeout(900000);
  it('indexes the workspace and records how long it took', async function () {
    const out = process.env.DOSSIER_HOST_BUILD_OUT;
    if (!out) this.skip(); // only the bench opens a corpus for it
    const t0 = performance.now();
    const api = await vscode.extensions.getExtension<DossierApi>('dossier.dossier')!.activate();
    await api.workspace.ready;
    const ms = performance.now() - t0;
    assert.ok(api.workspace.index.size > 0, 'the corpus is indexed');
    // The same folder opened again: a rebuild once the first build has written the extraction cache.
    await api.workspace.whenIdle();
    const hits = api.workspace.cache?.hits ?? 0;
    const t1 = performance.now();
    await api.workspace.rebuild();
    const warmMs = performance.now() - t1;
    const cacheHits = (api.workspace.cache?.hits ?? 0) - hits;
    const record = { ms, warmMs, cacheHits, articles: api.workspace.index.size, extractor: api.workspace.extractor.kind, host: `${vscode.env.appName} ${vscode.version}` };
    console.log(`[dossier-test] index of ${record.articles} articles ready after ${ms.toFixed(0)} ms (${record.extractor}); again from the extraction cache (${cacheHits} articles) after ${warmMs.toFixed(0)} ms`);
    fs.writeFileSync(out!, `${JSON.stringify(record)}\n`);
  });
});
