// Bundles the extension (Node and browser entries) and the CLI. Type checking is `npm run typecheck`.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
  // The extraction worker pool (src/node/extractionPool.ts) is never loaded in the browser: its Node modules stay unresolved there.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode', 'os', 'worker_threads', 'fs', 'path', 'crypto', 'util'], define: { 'process.env.DOSSIER_WEB': '"1"' } },
  { ...common, entryPoints: ['src/node/extractWorker.ts'], outfile: 'dist/extractWorker.js', platform: 'node', format: 'cjs', target: 'node18' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
];

async function main() {
  const entries = builds.filter((b) => require('fs').existsSync(b.entryPoints[0]));
  if (watch) {
    await Promise.all(entries.map(async (b) => (await esbuild.context(b)).watch()));
    return;
  }
  await Promise.all(entries.map((b) => esbuild.build(b)));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
