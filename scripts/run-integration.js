#!/usr/bin/env node
// Runs a mocha suite inside a real VS Code extension host.
//
//   node scripts/run-integration.js <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>
//
// <extensionTestsPath> is a compiled module exporting run(): Promise<void> (dist/test/integration/index.js).
// Host: DOSSIER_HOST=electron uses @vscode/test-electron (desktop VS Code; needs Microsoft's update
// server). Default: code-server from the cache (scripts/setup-host.sh) on 127.0.0.1:<free port>,
// driven by Debian Chromium through playwright-core; the workbench's smoke-test driver reads the
// `payload` URL parameter, loads the extension under development, calls run(), and reports the
// result through window.codeAutomationExit(code).
// Env: DOSSIER_RESTRICTED=1  workspace trust on and the folder untrusted (Restricted Mode)
//      DOSSIER_TEST_TIMEOUT_MS (default 300000)   DOSSIER_VERBOSE=1 all page console + server log
//      DOSSIER_SCREENSHOT=<png>  screenshot of the workbench when the run ends
'use strict';
const fs = require('fs');
const path = require('path');
const host = require('./lib/host');

const argv = process.argv.slice(2);
if (argv.length !== 3) {
  console.error('usage: node scripts/run-integration.js <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>');
  process.exit(2);
}
const [extDev, extTests, folder] = argv.map((p) => path.resolve(p));
for (const p of [extDev, extTests, folder]) {
  if (!fs.existsSync(p)) { console.error(`not found: ${p}`); process.exit(2); }
}
const TIMEOUT_MS = Number(process.env.DOSSIER_TEST_TIMEOUT_MS || 300000);
const VERBOSE = process.env.DOSSIER_VERBOSE === '1';
const RESTRICTED = process.env.DOSSIER_RESTRICTED === '1';

async function runElectron() {
  const { runTests } = require('@vscode/test-electron');
  const launchArgs = [folder, '--disable-extensions'];
  if (!RESTRICTED) launchArgs.push('--disable-workspace-trust');
  try {
    await runTests({ extensionDevelopmentPath: extDev, extensionTestsPath: extTests, launchArgs,
      extensionTestsEnv: { DOSSIER_TEST_WORKSPACE: folder, ...(RESTRICTED ? { DOSSIER_RESTRICTED: '1' } : {}) } });
    console.log('integration (test-electron): passed (mocha report above)');
    return 0;
  } catch (e) {
    console.error('test-electron:', e && e.message ? e.message : e);
    console.log('integration (test-electron): FAILED');
    return 1;
  }
}

async function runCodeServer() {
  const t0 = Date.now();
  host.ensureHost();
  const server = await host.startCodeServer({ folder, restricted: RESTRICTED, quiet: !VERBOSE,
    env: { DOSSIER_TEST_WORKSPACE: folder } });
  host.log(`code-server ${server.baseUrl} up after ${Date.now() - t0} ms${RESTRICTED ? ' (restricted mode)' : ''}`);
  let browser;
  let code = 1;
  let passed = 0;
  let failed = 0;
  let pending = 0;
  let sawSummary = false;
  let consoleFwd;
  try {
    browser = await host.launchBrowser();
    const { page } = browser;
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationExit', (c) => resolveExit(Number(c)));
    page.on('pageerror', (e) => { if (VERBOSE) console.log('[pageerror]', e.message); });
    // Mocha's spec reporter output (passes, failures, stacks) arrives as extension-host console lines.
    // test/integration/index.ts prints '[dossier-test] mocha start' first; from there on every
    // extension-host line is shown (the report and whatever the extension logs during the tests).
    let inReport = false;
    consoleFwd = host.forwardConsole(page, (text) => {
      let m;
      if (text.includes('[dossier-test] mocha start')) inReport = true;
      if ((m = /^\s*(\d+) passing/.exec(text))) { passed = Number(m[1]); sawSummary = true; }
      if ((m = /^\s*(\d+) failing/.exec(text))) failed = Number(m[1]);
      if ((m = /^\s*(\d+) pending/.exec(text))) pending = Number(m[1]);
      const mochaLike = /^\s*(✔|✓|\d+\) |\d+ (passing|failing|pending))|AssertionError|MOCHA|Cannot find module|extensionTestsPath|Test run|Activating extension .* failed/.test(text);
      const noise = /open-vsx\.org|ENOTFOUND|ERR_NAME_NOT_RESOLVED|DisposableMap that has already been disposed/.test(text);
      if (VERBOSE || ((inReport || mochaLike) && !noise)) console.log(`[exthost] ${text.slice(0, 4000)}`);
      if (text.includes('[dossier-test] mocha done')) inReport = false; // later lines are shutdown noise
    });
    const url = host.workbenchUrl(server, { folder, extensionDevelopmentPath: extDev, extensionTestsPath: extTests });
    if (VERBOSE) host.log('open', url);
    await page.goto(url);
    code = await host.awaitExit(exited, TIMEOUT_MS, 'extension host', page);
    await consoleFwd.flush();
  } catch (e) {
    console.error('runner error:', e);
    code = 1;
  } finally {
    if (consoleFwd) await consoleFwd.flush();
    if (browser) await browser.close();
    if (VERBOSE || code !== 0) {
      const tail = server.serverLog.join('').split('\n')
        .filter((l) => /error|fail/i.test(l) && (VERBOSE || !/open-vsx\.org|ENOTFOUND/.test(l))).slice(-20);
      if (tail.length) console.log('[code-server log, errors]\n' + tail.join('\n'));
    }
    await server.stop();
  }
  if (code === 0 && !sawSummary) host.log('warning: no mocha summary seen in the extension-host output');
  host.summary('integration', { passed, failed, pending, code, t0 });
  return code;
}

(async () => {
  const code = process.env.DOSSIER_HOST === 'electron' ? await runElectron() : await runCodeServer();
  process.exit(code);
})().catch((e) => { console.error(e); process.exit(1); });
