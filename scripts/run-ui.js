#!/usr/bin/env node
// UI tests: code-server (from the cache, scripts/setup-host.sh) with the extension under development
// loaded from the project, driven in Debian Chromium by playwright-core; mocha runs the test files
// here in Node (TypeScript through tsx) and they drive the page with test/ui/workbench.ts.
//
//   node scripts/run-ui.js [--folder <dir>] [--shots <dir>] [--grep <re>] [test files...]
//     default folder: seeds/, default files: test/ui/**/*.ui.ts, screenshots: test-results/screenshots/
// Build the extension first (npm run build): the host loads dist/extension.js.
// Env: DOSSIER_RESTRICTED=1 (Restricted Mode), DOSSIER_VERBOSE=1, DOSSIER_UI_TIMEOUT_MS (per test, 120000)
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('./lib/host');

const PROJECT = host.PROJECT;
const args = process.argv.slice(2);
const opt = { folder: path.join(PROJECT, 'seeds'), shots: path.join(PROJECT, 'test-results', 'screenshots'), grep: undefined, files: [] };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--folder') opt.folder = path.resolve(args[++i]);
  else if (a === '--shots') opt.shots = path.resolve(args[++i]);
  else if (a === '--grep') opt.grep = args[++i];
  else opt.files.push(path.resolve(a));
}
const VERBOSE = process.env.DOSSIER_VERBOSE === '1';
const RESTRICTED = process.env.DOSSIER_RESTRICTED === '1';

function findUiTests(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...findUiTests(full));
    else if (/\.ui\.(ts|js)$/.test(e.name)) out.push(full);
  }
  return out.sort();
}

(async () => {
  const t0 = Date.now();
  const files = opt.files.length ? opt.files : findUiTests(path.join(PROJECT, 'test', 'ui'));
  if (!files.length) { console.error('no UI tests found'); process.exit(2); }
  if (!fs.existsSync(path.join(PROJECT, 'dist', 'extension.js'))) {
    console.error('dist/extension.js missing: run `npm run build` first'); process.exit(2);
  }
  host.ensureHost();
  const server = await host.startCodeServer({ folder: opt.folder, restricted: RESTRICTED, quiet: !VERBOSE,
    // the folder opened is the corpus itself, so every text file in it is an article
    settings: { 'dossier.articles': ['**/*.txt'] } });
  host.log(`code-server ${server.baseUrl} up after ${Date.now() - t0} ms${RESTRICTED ? ' (restricted mode)' : ''}`);
  let browser;
  let failures = 1;
  let stats = { passes: 0, failures: 0, pending: 0 };
  const shots = [];
  try {
    browser = await host.launchBrowser();
    const { page } = browser;
    page.on('pageerror', (e) => { if (VERBOSE) console.log('[pageerror]', e.message); });
    if (VERBOSE) host.forwardConsole(page, (t) => console.log('[page]', t.slice(0, 2000)));
    const url = host.workbenchUrl(server, { folder: opt.folder, extensionDevelopmentPath: PROJECT });
    require('tsx/cjs'); // load the .ts test files and helpers
    const wbModule = require(path.join(PROJECT, 'test', 'ui', 'workbench.ts'));
    wbModule.setUiContext({ page, folder: opt.folder, shotsDir: opt.shots, url });
    await page.goto(url);
    await wbModule.workbench().waitReady();
    host.log(`workbench up after ${Date.now() - t0} ms`);

    const Mocha = require('mocha');
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: Number(process.env.DOSSIER_UI_TIMEOUT_MS || 120000),
      reporter: 'spec', grep: opt.grep });
    for (const f of files) mocha.addFile(f);
    failures = await new Promise((resolve) => {
      const runner = mocha.run((n) => resolve(n));
      runner.on('end', () => { stats = { ...runner.stats }; });
      // A failing test leaves a screenshot behind, named after it.
      runner.on('fail', (test) => {
        const name = `FAILED-${test.fullTitle()}`.slice(0, 120);
        shots.push(wbModule.workbench().screenshot(name).catch(() => {}));
      });
    });
    await Promise.all(shots);
  } catch (e) {
    console.error('runner error:', e);
    failures = Math.max(1, failures);
    if (browser) await browser.page.screenshot({ path: path.join(opt.shots, 'runner-error.png') }).catch(() => {});
  } finally {
    if (browser) await browser.close();
    await server.stop();
  }
  const failed = Math.max(stats.failures || 0, failures > 0 && !stats.failures ? 1 : 0);
  console.log(`ui: ${stats.passes || 0} passing, ${failed} failing${stats.pending ? `, ${stats.pending} pending` : ''} (screenshots in ${path.relative(process.cwd(), opt.shots) || '.'}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(failures > 0 ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
