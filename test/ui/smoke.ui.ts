// Smoke UI test: the workbench opens a seed article with the extension under development loaded.
import * as assert from 'assert';
import { workbench } from './workbench';

const SEED = '000_f6f44bd4fbb0bdc2.txt';

describe('smoke: workbench UI', () => {
  it('opens a seed from the Explorer in the Dossier article language', async () => {
    const wb = workbench();
    await wb.openFile(SEED);
    assert.strictEqual(await wb.activeTabTitle(), SEED);
    assert.match(await wb.editorText(), /G20 leaders/);
    // The language is contributed by the extension: proves it was loaded from the development path.
    // (the workbench shows Plain Text until the extension's contributions have registered)
    const mode = await wb.poll(() => wb.languageMode(), (m) => m === 'Dossier Article');
    assert.strictEqual(mode, 'Dossier Article');
    const pos = await wb.cursorPosition();
    assert.deepStrictEqual(pos, { line: 1, column: 1, selected: 0 });
    await wb.screenshot('smoke-seed-open');
  });

  it('moves the cursor with Go to Line and reads it back from the status bar', async () => {
    const wb = workbench();
    await wb.goToLine(3, 5);
    const pos = await wb.cursorPosition();
    assert.strictEqual(pos.line, 3);
    assert.strictEqual(pos.column, 5);
  });
});
