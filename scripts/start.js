#!/usr/bin/env node
// The main job: build the extension, then open the seed articles in VS Code with it loaded.
//   - desktop `code` on PATH: code --extensionDevelopmentPath=<project> seeds/
//   - otherwise: provision the cached host (scripts/setup-host.sh) and serve code-server on
//     127.0.0.1:$PORT (default 8080) with the extension under development loaded; prints the URL
//     and runs until Ctrl+C.
//   node scripts/start.js [folder]      (default: seeds/)
// Env: PORT, DOSSIER_HOST=code-server (skip the desktop check), DOSSIER_NO_BUILD=1,
//      DOSSIER_RESTRICTED=1 (open the folder in Restricted Mode)
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const host = require('./lib/host');

const PROJECT = host.PROJECT;
const folder = path.resolve(process.argv[2] || path.join(PROJECT, 'seeds'));

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

(async () => {
  if (process.env.DOSSIER_NO_BUILD !== '1') {
    const b = spawnSync('npm', ['run', 'build'], { cwd: PROJECT, stdio: 'inherit' });
    if (b.status !== 0) { console.error('build failed'); process.exit(b.status || 1); }
  }
  if (!fs.existsSync(path.join(PROJECT, 'dist', 'extension.js'))) { console.error('dist/extension.js missing after build'); process.exit(1); }

  if (process.env.DOSSIER_HOST !== 'code-server' && onPath('code')) {
    host.log(`opening ${folder} in desktop VS Code`);
    const r = spawnSync('code', [`--extensionDevelopmentPath=${PROJECT}`, folder], { stdio: 'inherit' });
    process.exit(r.status || 0);
  }

  host.ensureHost();
  const port = Number(process.env.PORT || 8080);
  const server = await host.startCodeServer({
    folder, port, restricted: process.env.DOSSIER_RESTRICTED === '1', quiet: true,
    // the folder opened is the corpus itself, so every text file in it is an article
    settings: folder === PROJECT ? {} : { 'dossier.articles': ['**/*.txt'] },
    // settings and state of this session live in a throwaway dir; nothing is written to ~/.config
  });
  // The smoke-test driver (enabled by startCodeServer) makes the workbench honour `payload`, which
  // loads the extension from the development path: edits + `npm run build` + "Developer: Reload
  // Window" pick up changes without packaging.
  const url = host.workbenchUrl(server, { folder, extensionDevelopmentPath: PROJECT });
  console.log('');
  console.log(`Dossier is running in code-server (VS Code ${versionOfHost()}) with the extension from ${PROJECT}`);
  console.log(`Open this URL in a browser (Ctrl+C to stop):\n\n  ${url}\n`);
  console.log(`(plain ${server.baseUrl}/ opens the folder without the extension under development)`);

  let stopping = false;
  const stop = async (sig) => {
    if (stopping) return;
    stopping = true;
    host.log(`${sig}: stopping code-server`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server.proc.on('exit', (c) => {
    if (!stopping) {
      console.error(`code-server exited (${c})\n${server.serverLog.join('').split('\n').slice(-30).join('\n')}`);
      process.exit(1);
    }
  });
})().catch((e) => { console.error(e); process.exit(1); });

function versionOfHost() {
  try {
    const pkg = path.join(path.dirname(path.dirname(path.dirname(host.CS_ENTRY))), 'lib', 'vscode', 'package.json');
    return JSON.parse(fs.readFileSync(pkg, 'utf8')).version;
  } catch {
    return '?';
  }
}

