// Entry point for the browser (web worker) extension host of @vscode/test-web: extensionTestsPath
// = dist/test/web/index.js, bundled by scripts/build-tests.js with mocha's browser build.
// No Node APIs here: this is the environment of vscode.dev.
import 'mocha/mocha.js'; // defines globalThis.mocha

export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60000 }); // reporter undefined -> spec (text)
  console.log('[dossier-test] mocha start (web)');
  // Loaded after setup(): describe/it exist only from here on.
  await import('./smoke.web.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`[dossier-test] mocha done: ${failures} failure(s)`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
