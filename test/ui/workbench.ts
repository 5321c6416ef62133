// Helpers for UI tests that drive the VS Code workbench (code-server in Debian Chromium, see
// scripts/run-ui.js). Tests get the shared instance with `workbench()`; everything waits with
// timeouts and throws with a readable message, so a test fails instead of hanging.
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';

export interface UiContext {
  page: Page;
  /** Absolute path of the workspace folder that is open. */
  folder: string;
  /** Where screenshot() writes PNGs. */
  shotsDir: string;
  /** The URL that opened the workbench (reload() goes back to it). */
  url: string;
}

let current: UiContext | undefined;

/** Called by scripts/run-ui.js before the tests are loaded. */
export function setUiContext(ctx: UiContext): void {
  current = ctx;
}

export function workbench(): Workbench {
  if (!current) throw new Error('no workbench: run UI tests with scripts/run-ui.js');
  return new Workbench(current);
}

export interface CursorPosition {
  line: number;
  column: number;
  /** Characters selected, as the status bar reports it (0 when nothing is selected). */
  selected: number;
}

const esc = (s: string) => s.replace(/["\\]/g, '\\$&');

export class Workbench {
  readonly page: Page;

  constructor(readonly ctx: UiContext) {
    this.page = ctx.page;
  }

  /** Waits for the workbench, its explorer, and (optionally) a status-bar item of the extension. */
  async waitReady(timeout = 90000): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout });
    await this.page.locator('.statusbar').waitFor({ timeout });
  }

  async reload(): Promise<void> {
    await this.page.goto(this.ctx.url);
    await this.waitReady();
  }

  // ---- files and editors ------------------------------------------------------------------------

  /** Opens a file of the workspace: from the Explorer if its row is visible, else with Quick Open. */
  async openFile(relativePath: string): Promise<void> {
    const base = path.basename(relativePath);
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: base }).first();
    // Another test may have left a different view container (the Dossier sidebar) showing.
    if (!relativePath.includes('/') && !await row.isVisible().catch(() => false)) await this.openViewContainer('Explorer').catch(() => {});
    if (!relativePath.includes('/') && await row.isVisible().catch(() => false)) {
      await row.dblclick();
    } else {
      await this.quickOpen(relativePath);
    }
    await this.waitActiveTab(base);
    await this.editor().locator('.view-lines').waitFor({ timeout: 30000 });
  }

  /** Quick Open (Ctrl+P): type a file name and accept the first match. */
  async quickOpen(query: string): Promise<void> {
    await this.focusWorkbench();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input').first();
    await input.waitFor({ timeout: 15000 });
    await input.fill(query);
    const rowBase = path.basename(query);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: rowBase }).first().waitFor({ timeout: 20000 });
    await this.page.keyboard.press('Enter');
  }

  /** Runs a command by its title from the Command Palette (F1). */
  async runCommand(title: string): Promise<void> {
    await this.focusWorkbench();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input').first();
    await input.waitFor({ timeout: 15000 });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20000 });
    await this.page.keyboard.press('Enter');
  }

  async waitActiveTab(name: string, timeout = 30000): Promise<void> {
    await this.page.locator(`.tabs-container .tab.active[aria-label*="${esc(name)}"], .title .label-name:text-is("${esc(name)}")`)
      .first().waitFor({ timeout });
  }

  /** Title of the active editor tab ('' when none). */
  async activeTabTitle(): Promise<string> {
    // name and suffix are separate spans: "000_f6f4" + ".txt"
    const tab = this.page.locator('.tabs-container .tab.active .monaco-icon-label-container').first();
    return (await tab.isVisible().catch(() => false)) ? (await tab.innerText()).replace(/\s+/g, '') : '';
  }

  /** The active (focused or last-focused) text editor. */
  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Visible text of the active editor (only the rendered lines; Monaco's non-breaking spaces as spaces). */
  async editorText(): Promise<string> {
    return (await this.editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  }

  /** Moves the cursor with "Go to Line/Column" (Ctrl+G, `line:column`). */
  async goToLine(line: number, column = 1): Promise<void> {
    await this.editor().click({ position: { x: 200, y: 10 } });
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input').first();
    await input.waitFor({ timeout: 15000 });
    await input.fill(`:${line}:${column}`); // the ':' prefix selects the Go to Line picker
    await this.page.waitForTimeout(300);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10000 });
  }

  /** Cursor and selection of the active editor, from the status bar ("Ln 3, Col 7 (12 selected)"). */
  async cursorPosition(timeout = 15000): Promise<CursorPosition> {
    const item = this.page.locator('#status\\.editor\\.selection, .statusbar-item[aria-label*="Ln "]').first();
    await item.waitFor({ timeout });
    const text = (await item.innerText()).trim();
    const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
    if (!m) throw new Error(`cannot read the cursor position from the status bar: ${JSON.stringify(text)}`);
    return { line: Number(m[1]), column: Number(m[2]), selected: m[3] ? Number(m[3]) : 0 };
  }

  /** Text of the status-bar item that names the language mode of the active editor. */
  async languageMode(timeout = 15000): Promise<string> {
    const item = this.page.locator('#status\\.editor\\.mode').first();
    await item.waitFor({ timeout });
    return (await item.innerText()).trim();
  }

  /** Texts of all visible status-bar items. */
  async statusBarItems(): Promise<string[]> {
    return (await this.page.locator('.statusbar-item').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  }

  // ---- hovers -----------------------------------------------------------------------------------

  /** Locator of a word rendered in the active editor (the `nth` occurrence among the visible lines). */
  word(word: string, nth = 0): Locator {
    return this.editor().locator('.view-line span span', { hasText: word }).nth(nth);
  }

  /**
   * Hovers `word` and returns the hover's text. The first hover after start-up often comes back
   * empty or stale, so this moves the mouse away and back and retries until `expect` matches
   * (or, without `expect`, until any non-empty text shows).
   */
  async hover(word: string, opts: { expect?: string | RegExp; attempts?: number; nth?: number } = {}): Promise<string> {
    const { expect, attempts = 10, nth = 0 } = opts;
    const target = this.word(word, nth);
    await target.waitFor({ timeout: 30000 });
    const matches = (t: string) => (expect === undefined ? t.length > 0
      : typeof expect === 'string' ? t.includes(expect) : expect.test(t));
    let text = '';
    for (let i = 0; i < attempts; i++) {
      await this.page.mouse.move(2, 2);
      await this.page.waitForTimeout(250);
      const box = await target.boundingBox();
      if (!box) throw new Error(`word ${JSON.stringify(word)} is not visible in the editor`);
      // Locate the word's characters inside the span (a span may hold more than the word).
      const spanText = await target.innerText();
      const idx = Math.max(0, spanText.indexOf(word));
      const charW = box.width / Math.max(1, spanText.length);
      const x = box.x + charW * (idx + Math.min(word.length, 3) / 2 + 0.5);
      await this.page.mouse.move(x, box.y + box.height / 2, { steps: 3 });
      try {
        // Other hovers (the Explorer's, the status bar's) leave .monaco-hover elements behind: only a visible one counts.
        const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').filter({ visible: true }).first();
        await hover.waitFor({ state: 'visible', timeout: 3000 });
        await this.page.waitForTimeout(200); // let async hover parts render
        text = (await this.page.locator('.monaco-hover:not(.hidden)').filter({ visible: true }).first().innerText()).trim();
      } catch {
        text = '';
      }
      if (matches(text)) return text;
    }
    throw new Error(`hover on ${JSON.stringify(word)} ${expect ? `did not show ${String(expect)}` : 'showed nothing'}; last text: ${JSON.stringify(text)}`);
  }

  async hideHover(): Promise<void> {
    await this.page.mouse.move(2, 2);
    await this.page.keyboard.press('Escape');
  }

  // ---- side bar ---------------------------------------------------------------------------------

  /** Clicks an activity-bar container by its title (aria-label starts with it), e.g. "Dossier", "Explorer". */
  async openViewContainer(title: string): Promise<void> {
    const item = this.page.locator(
      `.activitybar .action-item[aria-label^="${esc(title)}"], .activitybar .action-item [aria-label^="${esc(title)}"]`).first();
    await item.waitFor({ timeout: 30000 });
    const checked = await item.getAttribute('aria-checked').catch(() => null)
      ?? await item.locator('..').getAttribute('aria-checked').catch(() => null);
    if (checked !== 'true') await item.click();
    await this.page.locator('.sidebar .pane-header, .sidebar .composite.title').first().waitFor({ timeout: 15000 });
  }

  /** A pane (view) of the side bar by its title, e.g. "Forums". */
  pane(title: string): Locator {
    return this.page.locator('.sidebar .pane', { has: this.page.locator(`.pane-header[aria-label^="${esc(title)}"], .pane-header .title:text-is("${esc(title)}")`) }).first();
  }

  /** Expands a collapsed pane of the side bar. */
  async expandPane(title: string): Promise<void> {
    const header = this.pane(title).locator('.pane-header').first();
    await header.waitFor({ timeout: 15000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  }

  /**
   * Visible rows of a side-bar tree (of one pane when `paneTitle` is given), each as
   * "label description badge" (the parts joined with single spaces).
   */
  async treeRows(paneTitle?: string): Promise<string[]> {
    const scope = paneTitle ? this.pane(paneTitle) : this.page.locator('.sidebar');
    const rows = await scope.locator('.pane-body .monaco-list-row').all();
    const out: string[] = [];
    for (const row of rows) {
      const parts = await row.locator('.label-name, .label-description, .monaco-count-badge, .monaco-icon-suffix-container').allInnerTexts();
      const text = (parts.length ? parts.join(' ') : await row.innerText()).replace(/\s+/g, ' ').trim();
      out.push(text);
    }
    return out;
  }

  /**
   * Waits until a tree row whose text (as treeRows() gives it) contains `text`, or matches it,
   * shows and returns its locator.
   */
  async treeRow(text: string | RegExp, paneTitle?: string, timeout = 30000): Promise<Locator> {
    const scope = paneTitle ? this.pane(paneTitle) : this.page.locator('.sidebar');
    const match = (t: string) => (typeof text === 'string' ? t.includes(text) : text.test(t));
    const rows = await this.poll(() => this.treeRows(paneTitle), (r) => r.some(match), timeout);
    const idx = rows.findIndex(match);
    if (idx < 0) throw new Error(`no tree row ${String(text)}${paneTitle ? ` in ${paneTitle}` : ''}; rows: ${JSON.stringify(rows)}`);
    return scope.locator('.pane-body .monaco-list-row').nth(idx);
  }

  async clickTreeRow(text: string | RegExp, paneTitle?: string): Promise<void> {
    await (await this.treeRow(text, paneTitle)).click();
  }

  // ---- waiting ----------------------------------------------------------------------------------

  /**
   * Re-reads `read()` until `ok(value)` holds or `timeout` ms pass, and returns the last value
   * (assert on it afterwards: a timeout is then an ordinary assertion failure with the real value).
   */
  async poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 30000, intervalMs = 250): Promise<T> {
    const end = Date.now() + timeout;
    let value = await read();
    while (!ok(value) && Date.now() < end) {
      await this.page.waitForTimeout(intervalMs);
      value = await read();
    }
    return value;
  }

  // ---- evidence ---------------------------------------------------------------------------------

  /** Saves a PNG of the whole window to <shotsDir>/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.ctx.shotsDir, { recursive: true });
    const file = path.join(this.ctx.shotsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Gives the workbench keyboard focus (keyboard shortcuts go nowhere while focus is outside it). */
  private async focusWorkbench(): Promise<void> {
    const focused = await this.page.evaluate('!!document.activeElement && document.activeElement !== document.body');
    if (focused) return;
    const editor = this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    if (await editor.isVisible().catch(() => false)) await editor.click({ position: { x: 300, y: 5 } }).catch(() => {});
    else await this.page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
  }
}
