// Curation from the editor's context menu, through the real workbench: select a word, Dossier ›
// Add Alias to Actor…, pick the actor, accept the alias, and see the word highlighted as that actor.
// Runs last (z-): in this workbench, mouse hovers stop showing for the hover helper once this file's
// first steps have run (open 001, wait for a colour); not yet understood, noted on the issue.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { workbench } from './workbench';

const SEED = '001_8d2de2e1a2a2ef69.txt';

/** What the page's `window` offers (the tests compile without the DOM library). */
interface BrowserGlobal {
  getComputedStyle(el: unknown): { color: string };
}

describe('Curation in the workbench', () => {
  let dossierDir = '';

  after(async () => {
    if (dossierDir) fs.rmSync(dossierDir, { recursive: true, force: true });
    // Leave the workbench as the other tests expect it: no menu, no selection, the mouse parked.
    const wb = workbench();
    await wb.page.keyboard.press('Escape');
    await wb.page.mouse.move(2, 2);
  });

  it('adds an alias from the context menu and the word is highlighted as the actor', async () => {
    const wb = workbench();
    dossierDir = path.join(wb.ctx.folder, '.dossier');
    assert.ok(!fs.existsSync(dossierDir), 'no .dossier folder in the opened folder before the test (it is deleted after)');
    await wb.openFile(SEED);
    await wb.poll(() => wb.languageMode(), (m) => m === 'Dossier Article');
    const spans = wb.page.locator('.editor-group-container.active .view-line span span');
    const colourOf = (text: RegExp) => spans.filter({ hasText: text }).first()
      .evaluate((el) => (globalThis as unknown as BrowserGlobal).getComputedStyle(el).color, undefined, { timeout: 2000 }).catch(() => '');
    // "ministers" is plain text (inside a longer run of plain text); "G7" is an organization.
    const g7 = await wb.poll(() => colourOf(/^G7$/), (c) => c !== '', 30000);
    const run = spans.filter({ hasText: /ministers\shave\ssaid/ }).first();
    const before = await run.evaluate((el) => (globalThis as unknown as BrowserGlobal).getComputedStyle(el).color);
    assert.ok(before && before !== g7, `"ministers" (${before}) is plain before, unlike G7 (${g7})`);

    // Double-click the word inside the run (a monospace font: characters are equally wide), then right-click it.
    const text = (await run.innerText()).replace(/\u00a0/g, ' ');
    const box = (await run.boundingBox())!;
    const at = { x: (box.width / text.length) * (text.indexOf('ministers') + 3), y: box.height / 2 };
    await run.dblclick({ position: at });
    await run.click({ button: 'right', position: at });
    const menu = wb.page.locator('.monaco-menu-container .monaco-menu, .context-view .monaco-menu').first();
    await menu.waitFor({ timeout: 10000 });
    await wb.page.getByRole('menuitem', { name: /^Dossier/ }).first().hover();
    const item = wb.page.getByRole('menuitem', { name: /Add Alias to Actor/ }).first();
    await item.waitFor({ timeout: 10000 });
    await item.hover();
    await item.click();
    const input = wb.page.locator('.quick-input-widget input').first();
    await input.waitFor({ timeout: 15000 });
    await input.fill('G7');
    await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'G7' }).first().waitFor({ timeout: 15000 });
    await wb.page.keyboard.press('Enter');
    // The alias box opens with the selected word.
    await wb.poll(() => input.inputValue().catch(() => ''), (v) => v === 'ministers', 15000);
    await wb.page.keyboard.press('Enter');

    const after = await wb.poll(() => colourOf(/^ministers$/), (c) => c === g7, 30000);
    assert.strictEqual(after, g7, '"ministers" is now coloured as the organization G7');
    const actors = JSON.parse(fs.readFileSync(path.join(dossierDir, 'actors.json'), 'utf8'));
    assert.ok(actors.actors.g7.aliases.includes('ministers'), 'the alias is in .dossier/actors.json');
    await wb.screenshot('curation-alias-added');
  });
});
