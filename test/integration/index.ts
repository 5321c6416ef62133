// Entry point the VS Code extension host loads as `extensionTestsPath` (same contract as
// @vscode/test-electron: export run(): Promise<void>). Bundled by scripts/build-tests.js to
// dist/test/integration/index.js; runs every compiled *.test.js file next to it (recursively).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60000,
    // DOSSIER_TEST_GREP narrows the run (passed through the host's environment).
    grep: process.env.DOSSIER_TEST_GREP || undefined,
  });
  const files = findTests(__dirname);
  for (const f of files) mocha.addFile(f);
  console.log(`[dossier-test] mocha start: ${files.length} file(s)`);
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        console.log(`[dossier-test] mocha done: ${failures} failure(s)`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (err) {
      console.error('[dossier-test] mocha crashed:', err);
      reject(err);
    }
  });
}
