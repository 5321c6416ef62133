// The features a reader uses every day, driven through the real workbench in Chromium: highlighting,
// a hover card read from the DOM, and navigation from the Dossier sidebar. Each step leaves a
// screenshot in the folder the README names (test-results/screenshots/).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { workbench } from './workbench';

const BIDEN_SEED = '000_f6f44bd4fbb0bdc2.txt';
const TRUSS_SEED = '002_20f6a4471efa1b4f.txt';
const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');

/** What the page's `window` offers (the tests compile without the DOM library). */
interface BrowserGlobal {
  getComputedStyle(el: unknown): { color: string };
}

/** 1-based line of the first occurrence of `needle` in a seed, as the status bar counts lines. */
function lineOf(seed: string, needle: string): number {
  const text = fs.readFileSync(path.join(SEEDS, seed), 'utf8');
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} occurs in ${seed}`);
  return text.slice(0, at).split('\n').length;
}

describe('Dossier in the workbench', () => {
  it('colours actors differently from the words around them', async () => {
    const wb = workbench();
    await wb.openFile(BIDEN_SEED);
    await wb.poll(() => wb.languageMode(), (m) => m === 'Dossier Article');
    // Semantic tokens arrive after the index: wait until "Biden" is drawn in a colour of its own.
    const colourOf = (text: RegExp) => wb.page.locator('.editor-group-container.active .view-line span span', { hasText: text })
      .first().evaluate((el) => (globalThis as unknown as BrowserGlobal).getComputedStyle(el).color, undefined, { timeout: 2000 }).catch(() => '');
    const plain = await wb.poll(() => colourOf(/^\sleaders\s/), (c) => c !== '', 30000);
    assert.notStrictEqual(plain, '', 'plain text is found to compare with');
    const biden = await wb.poll(() => colourOf(/^(Joe\s)?Biden$/), (c) => c !== '' && c !== plain, 30000);
    assert.notStrictEqual(biden, '', '"Biden" is a token of its own');
    assert.notStrictEqual(biden, plain, `"Biden" (${biden}) is coloured unlike plain text (${plain})`);
    await wb.screenshot('highlighted-article');
  });

  it('hovering "Biden" shows his card, naming another seed that mentions him', async () => {
    const wb = workbench();
    const card = await wb.hover('Biden', { expect: /Joe Biden/ });
    assert.match(card, /person/i);
    assert.match(card, /002_20f6a4471efa1b4f|003_47adf5b252b8856d|004_01e8d898e8ddd237/, `the card names another seed:\n${card}`);
    await wb.screenshot('hover-card');
    await wb.hideHover();
  });

  it('clicking a statement in the sidebar opens its article at the sentence', async () => {
    const wb = workbench();
    await wb.openViewContainer('Dossier');
    await wb.expandPane('Statements');
    await wb.clickTreeRow(/^Liz Truss\b/, 'Statements');
    await wb.clickTreeRow(/avoid Afghanistan becoming/, 'Statements');
    await wb.waitActiveTab(TRUSS_SEED);
    const expected = lineOf(TRUSS_SEED, 'If we want to avoid Afghanistan');
    const pos = await wb.poll(() => wb.cursorPosition(), (p) => p.line === expected, 15000);
    assert.strictEqual(pos.line, expected, 'the cursor is on the statement\'s line');
    await wb.screenshot('sidebar-statement');
  });
});
