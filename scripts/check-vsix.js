#!/usr/bin/env node
// Packages the extension (`npm run package` -> dossier.vsix) and proves the .vsix installs: the
// cached VS Code host installs it into a throwaway extensions folder, lists it, and the installed
// copy holds every file its manifest points at (entries, grammar, icons, schemas).
//   node scripts/check-vsix.js
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const host = require('./lib/host');

function fail(message) {
  console.error(`check-vsix: ${message}`);
  process.exit(1);
}

const pack = spawnSync('npm', ['run', '-s', 'package'], { cwd: host.PROJECT, stdio: 'inherit' });
if (pack.status !== 0) fail(`npm run package failed (exit ${pack.status})`);
const vsix = path.join(host.PROJECT, 'dossier.vsix');
if (!fs.existsSync(vsix)) fail(`${vsix} was not written`);

host.ensureHost();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-vsix-'));
try {
  const common = ['--user-data-dir', path.join(tmp, 'user'), '--extensions-dir', path.join(tmp, 'extensions')];
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg'), XDG_DATA_HOME: path.join(tmp, 'xdg') };
  delete env.NODE_OPTIONS;
  const run = (args) => spawnSync(host.N24, [host.CS_ENTRY, ...common, ...args], { env, encoding: 'utf8' });

  const install = run(['--install-extension', vsix]);
  if (install.status !== 0) fail(`--install-extension failed:\n${install.stdout}\n${install.stderr}`);
  const pkg = JSON.parse(fs.readFileSync(path.join(host.PROJECT, 'package.json'), 'utf8'));
  const id = `${pkg.publisher}.${pkg.name}`;
  const list = run(['--list-extensions', '--show-versions']);
  if (!list.stdout.includes(`${id}@${pkg.version}`)) fail(`${id}@${pkg.version} not listed after install:\n${list.stdout}\n${list.stderr}`);

  const installed = fs.readdirSync(path.join(tmp, 'extensions')).find((d) => d.startsWith(`${id}-`));
  if (!installed) fail(`no ${id}-* folder in the extensions dir`);
  const root = path.join(tmp, 'extensions', installed);
  const c = pkg.contributes ?? {};
  const paths = [pkg.main, pkg.browser, pkg.icon,
    ...(c.grammars ?? []).map((g) => g.path),
    ...(c.languages ?? []).map((l) => l.configuration),
    ...(c.jsonValidation ?? []).map((j) => j.url).filter((u) => !/^https?:/.test(u)),
    ...(c.viewsContainers?.activitybar ?? []).map((v) => v.icon),
    // Loaded by path at run time, not named in the manifest: the extraction worker.
    'dist/extractWorker.js'].filter(Boolean);
  const missing = paths.filter((p) => !fs.existsSync(path.join(root, p)));
  if (missing.length) fail(`the installed extension lacks ${missing.join(', ')}`);
  const size = fs.statSync(vsix).size;
  console.log(`check-vsix: ${id}@${pkg.version} installs from dossier.vsix (${(size / 1024).toFixed(0)} KB); ${paths.length} manifest paths present`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
