#!/usr/bin/env node
// Bundles the tests that run inside a VS Code extension host (they cannot load .ts themselves):
//   test/integration/index.ts + test/integration/**/*.test.ts -> dist/test/integration/  (Node, cjs)
//   test/web/index.ts                                          -> dist/test/web/index.js  (browser worker)
// `vscode` is provided by the host; `mocha` stays external in the Node bundles (resolved from
// node_modules at run time); the web bundle carries mocha's browser build.
// Usage: node scripts/build-tests.js [integration|web ...]   (default: both)
'use strict';
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const want = process.argv.slice(2);
const all = want.length === 0;

function walk(dir, pred) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full, pred));
    else if (pred(e.name)) out.push(full);
  }
  return out.sort();
}

const common = { bundle: true, sourcemap: 'inline', sourcesContent: false, logLevel: 'warning', absWorkingDir: ROOT };

async function buildIntegration() {
  const srcDir = path.join(ROOT, 'test', 'integration');
  const outdir = path.join(ROOT, 'dist', 'test', 'integration');
  const entryPoints = walk(srcDir, (n) => n === 'index.ts' || n.endsWith('.test.ts'))
    .filter((f) => !f.endsWith('index.ts') || path.dirname(f) === srcDir);
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({ ...common, entryPoints, outdir, outbase: srcDir, platform: 'node', format: 'cjs',
    target: 'node18', external: ['vscode', 'mocha'] });
  console.log(`build-tests: ${entryPoints.length} integration bundle(s) -> ${path.relative(ROOT, outdir)}/`);
}

async function buildWeb() {
  const entry = path.join(ROOT, 'test', 'web', 'index.ts');
  if (!fs.existsSync(entry)) return;
  const outfile = path.join(ROOT, 'dist', 'test', 'web', 'index.js');
  await esbuild.build({ ...common, entryPoints: [entry], outfile, platform: 'browser', format: 'cjs',
    target: 'es2022', external: ['vscode'] });
  console.log(`build-tests: web bundle -> ${path.relative(ROOT, outfile)}`);
}

(async () => {
  if (all || want.includes('integration')) await buildIntegration();
  if (all || want.includes('web')) await buildWeb();
})().catch((e) => { console.error(e); process.exit(1); });
