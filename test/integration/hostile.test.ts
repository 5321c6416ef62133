// Hostile articles in the real VS Code host: text that looks like Markdown links, command URIs, HTML
// or theme icons renders as plain text in hover cards and tree labels, and bad files are skipped with
// their name and reason in the Dossier log.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { activateDossier, scratchFolder, sleep, until } from './testFiles';

let api: DossierApi;
let folder: { uri: vscode.Uri; dispose: () => Promise<void> };
let fixtures: string[];

const fixture = (name: string) => vscode.Uri.joinPath(folder.uri, name);

function markdownOf(hovers: vscode.Hover[]): vscode.MarkdownString[] {
  return hovers.flatMap((h) => h.contents.filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString));
}

/** Characters that would start markup, found without a backslash before them. */
function unescaped(md: string, chars: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      i++;
      continue;
    }
    if (chars.includes(md[i])) found.push(md.slice(Math.max(0, i - 20), i + 20));
  }
  return found;
}

/** The link targets of a card: every unescaped `](` opens one. */
function linkTargets(md: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      i++;
      continue;
    }
    if (md[i] === ']' && md[i + 1] === '(') out.push(md.slice(i + 2, md.indexOf(')', i + 2)));
  }
  return out;
}

describe('hostile articles in a real VS Code', function () {
  this.timeout(90000);

  before(async () => {
    ({ api } = await activateDossier());
    const source = path.join(vscode.extensions.getExtension('dossier.dossier')!.extensionPath, 'test', 'fixtures', 'hostile');
    fixtures = fs.readdirSync(source).filter((f) => f.endsWith('.txt'));
    folder = await scratchFolder('hostile');
    for (const f of fixtures) await vscode.workspace.fs.writeFile(fixture(f), fs.readFileSync(path.join(source, f)));
    // Bad files next to them: a binary one, and one over the size limit.
    await vscode.workspace.fs.writeFile(fixture('binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    const max = vscode.workspace.getConfiguration('dossier').get<number>('maxArticleSize')!;
    await vscode.workspace.fs.writeFile(fixture('huge.txt'), new Uint8Array(max + 1).fill(0x41));
    await until(api, () => fixtures.every((f) => api.workspace.index.has(fixture(f).toString())), 'the hostile fixtures to be indexed');
    await until(api, () => api.workspace.skipped.has(fixture('huge.txt').toString()) && api.workspace.skipped.has(fixture('binary.txt').toString()), 'the bad files to be skipped');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await folder?.dispose();
  });

  it('hover cards on every annotation of the fixtures hold no live links, HTML or icons', async () => {
    let cards = 0;
    const shown: string[] = [];
    for (const f of fixtures) {
      const doc = await vscode.workspace.openTextDocument(fixture(f));
      await vscode.window.showTextDocument(doc);
      const entry = api.workspace.index.get(doc.uri.toString())!;
      const a = entry.annotations;
      const spans = [...a.actors, ...a.dates, ...a.statements, ...a.forums.flatMap((x) => x.mentions)];
      for (const span of spans) {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(span.start + 1));
        for (const md of markdownOf(hovers)) {
          if (!md.value.includes('command:dossier.') && !/\*\*/.test(md.value)) continue; // another extension's hover
          cards++;
          shown.push(md.value);
          const trust = md.isTrusted;
          assert.ok(trust === false || trust === undefined || (typeof trust === 'object' && trust.enabledCommands.every((c) => c.startsWith('dossier.'))), `trust is limited to Dossier's commands: ${JSON.stringify(trust)}`);
          assert.ok(!md.supportHtml, 'no HTML support');
          assert.ok(!md.supportThemeIcons, 'no theme icons');
          for (const target of linkTargets(md.value)) assert.match(target, /^command:dossier\.openLocation\?/, `a link to ${target} in ${md.value}`);
          assert.deepStrictEqual(unescaped(md.value, '<>$`'), [], `raw HTML, icons or code in ${md.value}`);
          assert.ok(!/(^|[^\\(])(command|https?):/.test(md.value.replace(/\]\(command:dossier\.openLocation\?[^)]*\)/g, '')), `a bare URI in ${md.value}`);
        }
      }
    }
    assert.ok(cards >= 20, `${cards} cards checked`);
    // The hostile text is shown, as text: escaped, not dropped.
    const text = shown.join('\n').replace(/\\(.)/g, '$1');
    for (const needle of ['[here](command:workbench.action.terminal.sendSequence', '<iframe src=', '$(warning) We $(check) agree', '![an image](https://evil.example/pixel.png)']) {
      assert.ok(text.includes(needle), `a card shows ${needle} as text`);
    }
  });

  it('tree labels are plain strings: the hostile text is shown as it is, never as icons or Markdown', async () => {
    type Provider = { getChildren(n?: unknown): unknown[]; getTreeItem(n: unknown): vscode.TreeItem };
    const items: vscode.TreeItem[] = [];
    const walk = (p: Provider, node?: unknown, depth = 0) => {
      for (const child of p.getChildren(node)) {
        items.push(p.getTreeItem(child));
        if (depth < 2) walk(p, child, depth + 1);
      }
    };
    for (const p of [api.forums, api.statements, api.actors] as unknown as Provider[]) walk(p);
    assert.ok(items.length > 20);
    for (const item of items) {
      assert.strictEqual(typeof item.label, 'string', `label ${JSON.stringify(item.label)}`);
      assert.ok(item.tooltip === undefined || typeof item.tooltip === 'string', `tooltip is plain text: ${JSON.stringify(item.tooltip)}`);
      assert.ok(item.description === undefined || typeof item.description === 'string');
      assert.ok(!(item.command && item.command.command !== 'dossier.openLocation'), `only Dossier's command: ${item.command?.command}`);
    }
    const labels = items.map((i) => i.label as string);
    // A TreeView renders labels as plain text (no $(icon) parsing unless an extension opts in, which Dossier does not),
    // so the statement's own text is the right label: no escapes to show as backslashes.
    assert.ok(labels.some((l) => l.includes('$(warning) We $(check) agree')), 'the icon-syntax quote is a label as written');
    assert.ok(labels.some((l) => l.includes('[here](command:workbench')), 'the link-syntax quote is a label as written');
  });

  it('skipped files are named, with their reason, in the Dossier log and in the API', async () => {
    const skipped = api.workspace.skipped;
    assert.match(skipped.get(fixture('binary.txt').toString()) ?? '', /^binary file/);
    assert.match(skipped.get(fixture('huge.txt').toString()) ?? '', /^too large to analyse \(.*limit 5\.0 MB; see the dossier\.maxArticleSize setting\)/);
    assert.ok(!api.workspace.index.has(fixture('binary.txt').toString()) && !api.workspace.index.has(fixture('huge.txt').toString()));
    // The log channel writes to Dossier.log under the extension's log folder.
    const rel = (f: string) => vscode.workspace.asRelativePath(fixture(f), false);
    let log = '';
    for (let i = 0; i < 50 && !(log.includes(`Skipped ${rel('binary.txt')}: binary file`) && log.includes(`Skipped ${rel('huge.txt')}: too large`)); i++) {
      log = findLogs(api.logUri.fsPath).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
      await sleep(200);
    }
    assert.ok(log.includes(`Skipped ${rel('binary.txt')}: binary file`), `the log names binary.txt:\n${log.slice(-2000)}`);
    assert.ok(log.includes(`Skipped ${rel('huge.txt')}: too large to analyse`), 'the log names huge.txt');
  });

  // How fast is the benchmark's business; here: the hover is answered while the big file is pending, and it is skipped.
  it('a file over the limit is skipped from its size alone: the host answers a hover meanwhile', async () => {
    const max = vscode.workspace.getConfiguration('dossier').get<number>('maxArticleSize')!;
    const big = fixture('huge-2.txt');
    await vscode.workspace.fs.writeFile(big, new Uint8Array(max * 3).fill(0x20));
    const doc = await vscode.workspace.openTextDocument(fixture(fixtures[0]));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(api.workspace.index.get(doc.uri.toString())!.annotations.actors[0].start + 1));
    assert.ok(markdownOf(hovers).length > 0);
    await until(api, () => api.workspace.skipped.has(big.toString()), 'the 15 MB file to be skipped');
    assert.match(api.workspace.skipped.get(big.toString()) ?? '', /^too large to analyse/, 'skipped from its size alone');
    assert.ok(!api.workspace.index.has(big.toString()));
  });

  // A named pipe opened for reading waits for a writer: read as a file, it would hold a file system thread for good.
  it('a named pipe among the articles is skipped as no regular file, and files after it are read', async function () {
    if (process.platform === 'win32') this.skip();
    const pipe = fixture('pipe.txt');
    execFileSync('mkfifo', [pipe.fsPath]);
    await until(api, () => api.workspace.skipped.has(pipe.toString()), 'the pipe to be skipped');
    assert.match(api.workspace.skipped.get(pipe.toString()) ?? '', /^not a regular file/);
    const after = fixture('after-pipe.txt');
    await vscode.workspace.fs.writeFile(after, new TextEncoder().encode('Joe Biden met Emmanuel Macron in Rome on October 30, 2021.\n'));
    await until(api, () => api.workspace.index.has(after.toString()), 'the article written after the pipe to be indexed');
  });
});

function findLogs(dir: string): string[] {
  // The channel's file sits in the extension's log folder or next to it, depending on the VS Code version.
  const out: string[] = [];
  for (const d of [dir, path.dirname(dir)]) {
    if (!fs.existsSync(d)) continue;
    for (const e of fs.readdirSync(d, { withFileTypes: true, recursive: true })) {
      if (e.isFile() && /Dossier\.log$/.test(e.name)) out.push(path.join(e.parentPath ?? d, e.name));
    }
  }
  return out;
}
