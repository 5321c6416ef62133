// Curation in a real VS Code: every dossier.curate.* command run through executeCommand, checking the
// file it writes in .dossier/ and what the index, hover cards and references say afterwards; a
// malformed file in the Problems panel; a note orphaned when its text leaves the article.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';

const EXTENSION_ID = 'dossier.dossier';
const SEED0 = '000_f6f44bd4fbb0bdc2.txt';
const SEED2 = '002_20f6a4471efa1b4f.txt';

let api: DossierApi;
let root: vscode.Uri;
let dossierDir: vscode.Uri;
let scratchDir: vscode.Uri;

const seed = (name: string) => vscode.Uri.joinPath(root, 'seeds', name);
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
const readText = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const actorsFile = () => readText(vscode.Uri.joinPath(dossierDir, 'actors.json'));
const annotationsFile = () => readText(vscode.Uri.joinPath(dossierDir, 'annotations.jsonld'));

async function waitFor<T>(what: string, read: () => T | Promise<T>, ok: (v: T) => boolean, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  let v = await read();
  while (!ok(v)) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(v)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

async function offsetIn(uri: vscode.Uri, needle: string, nth = 0): Promise<number> {
  const text = (await vscode.workspace.openTextDocument(uri)).getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} occurs in ${uri.path}`);
  return at;
}

async function hoverAt(uri: vscode.Uri, offset: number): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset));
  const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

const at = (uri: vscode.Uri, offset: number) => api.workspace.index.at(uri.toString(), offset);

describe('Curation through the commands', function () {
  this.timeout(60000);

  before(async () => {
    const ext = vscode.extensions.getExtension<DossierApi>(EXTENSION_ID)!;
    api = await ext.activate();
    await api.workspace.ready;
    await api.curation.ready;
    root = vscode.workspace.workspaceFolders![0].uri;
    dossierDir = vscode.Uri.joinPath(root, '.dossier');
    scratchDir = vscode.Uri.joinPath(root, 'articles', 'curation-test');
    assert.ok(!(await exists(dossierDir)), 'the workspace has no .dossier folder before the test (it would be deleted after)');
  });

  after(async () => {
    await vscode.workspace.fs.delete(dossierDir, { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(scratchDir, { recursive: true }).then(undefined, () => undefined);
    // The parent folder too, when the test left it empty.
    const parent = vscode.Uri.joinPath(scratchDir, '..');
    if ((await vscode.workspace.fs.readDirectory(parent).then(undefined, () => [null])).length === 0) await vscode.workspace.fs.delete(parent).then(undefined, () => undefined);
    // Every correction is undone once the files are gone: the cards read as before.
    await api.curation.read('actors.json');
    await api.curation.read('annotations.jsonld');
    await waitFor('the corpus without corrections', () => api.workspace.index.actorName('joe-biden'), (n) => n === 'Joe Biden');
  });

  it('Add Alias writes actors.json and highlights the alias in every article', async () => {
    const uri = seed(SEED0);
    const offset = (await offsetIn(uri, 'G20 leaders')) + 'G20 '.length;
    assert.ok(!at(uri, offset).actors.length, '"leaders" is no actor before');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.addAlias', { actor: 'g20', alias: 'G20 leaders' }), true);
    const file = JSON.parse(await actorsFile());
    assert.ok(file.actors.g20.aliases.includes('G20 leaders'), 'the alias is in .dossier/actors.json');
    const m = await waitFor('the alias as a mention', () => at(uri, offset).actors[0], (a) => a?.id === 'g20');
    assert.strictEqual(m.text, 'G20 leaders');
    assert.match(await hoverAt(uri, offset + 1), /G20/);
    const doc = await vscode.workspace.openTextDocument(uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    const starts: number[] = [];
    for (let i = 0, line = 0, ch = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      ch = tokens.data[i] ? tokens.data[i + 1] : ch + tokens.data[i + 1];
      starts.push(doc.offsetAt(new vscode.Position(line, ch)));
    }
    assert.ok(starts.includes(m.start), 'the alias is highlighted');
  });

  it('Rename Actor shows the new name in hover cards and symbols', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.renameActor', { actor: 'joe-biden', name: 'Joseph R. Biden Jr.' }), true);
    assert.strictEqual(JSON.parse(await actorsFile()).actors['joe-biden'].name, 'Joseph R. Biden Jr.');
    const uri = seed(SEED0);
    const card = await waitFor('the new name in the card', async () => hoverAt(uri, (await offsetIn(uri, 'Biden')) + 1), (t) => t.includes('Joseph R. Biden Jr.'));
    assert.match(card, /Joseph R\. Biden Jr\./);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Joseph R');
    assert.ok(symbols.some((s) => s.name === 'Joseph R. Biden Jr.'), 'workspace symbols use the new name');
  });

  it('Change Kind changes the actor\'s kind in its card', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.setKind', { actor: 'politico', kind: 'organization' }), true);
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.setKind', { actor: 'mario-draghi', kind: 'organization' }), true);
    await waitFor('the new kind', () => api.workspace.index.actorKind('mario-draghi'), (k) => k === 'organization');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.setKind', { actor: 'mario-draghi', kind: 'person' }), true);
    await waitFor('the kind back', () => api.workspace.index.actorKind('mario-draghi'), (k) => k === 'person');
  });

  it('Merge Actors: Find All References of the target finds the merged actor\'s mentions', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.mergeActors', { actor: 'dominic-raab', into: 'liz-truss' }), true);
    assert.strictEqual(JSON.parse(await actorsFile()).merges['dominic-raab'], 'liz-truss');
    const uri = seed(SEED2);
    const doc = await vscode.workspace.openTextDocument(uri);
    const refs = await waitFor('references across the merge', async () =>
      vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, doc.positionAt((await offsetIn(uri, 'Truss')) + 1)),
    (r) => r.some((l) => l.uri.path.endsWith('001_8d2de2e1a2a2ef69.txt')));
    assert.ok(refs.some((l) => l.uri.path.endsWith(SEED2)) && refs.some((l) => l.uri.path.endsWith('001_8d2de2e1a2a2ef69.txt')));
  });

  it('Split Alias Off moves one name to an actor of its own', async () => {
    const uri = seed(SEED0);
    const offset = await offsetIn(uri, 'IS-K');
    const before = at(uri, offset).actors[0];
    assert.ok(before, 'IS-K is an actor');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.splitAlias', { actor: before.id, alias: 'IS-K', name: 'IS-K splinter' }), true);
    const after = await waitFor('the split', () => at(uri, offset).actors[0], (a) => !!a && a.id !== before.id);
    assert.strictEqual(after.id, 'is-k-splinter');
  });

  it('Not an Actor (only here) removes one mention and keeps the others', async () => {
    const uri = seed(SEED2);
    const first = await offsetIn(uri, 'Taliban');
    const second = await offsetIn(uri, 'Taliban', 1);
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.notAnActor', { uri: uri.toString(), start: first, end: first + 7, scope: 'here' }), true);
    const anno = JSON.parse(await annotationsFile());
    const items = anno.items ?? anno.first?.items ?? [];
    assert.ok(JSON.stringify(items).includes('"exact":"Taliban"') || JSON.stringify(anno).includes('"exact": "Taliban"') || JSON.stringify(anno).includes('"exact":"Taliban"'), 'a W3C annotation quotes the span');
    assert.ok(JSON.stringify(anno).includes('TextPositionSelector'), 'and anchors it by position too');
    await waitFor('the mention gone', () => at(uri, first).actors.length, (n) => n === 0);
    assert.strictEqual(at(uri, second).actors[0]?.id, 'taliban', 'the next mention stays');
  });

  it('Mark as Actor / Date / Statement add spans the extractor missed', async () => {
    const uri = seed(SEED0);
    const focus = await offsetIn(uri, 'laser focus');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.markActor', { uri: uri.toString(), start: focus, end: focus + 11, name: 'Laser Focus Initiative', kind: 'organization' }), true);
    const m = await waitFor('the new actor', () => at(uri, focus).actors[0], (a) => !!a);
    assert.strictEqual(m.id, 'laser-focus-initiative');
    assert.strictEqual(api.workspace.index.actorName(m.id), 'Laser Focus Initiative');

    const tuesday = await offsetIn(uri, 'Tuesday');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.markDate', { uri: uri.toString(), start: tuesday, end: tuesday + 7, value: '2021-10-11' }), true);
    await waitFor('the corrected date', () => at(uri, tuesday).dates[0]?.value, (v) => v === '2021-10-11');
    assert.match(await hoverAt(uri, tuesday + 1), /2021-10-11/);

    const sentence = await offsetIn(uri, 'paved the way');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.markStatement', { uri: uri.toString(), start: sentence, end: sentence + 13, speaker: 'white-house' }), true);
    const s = await waitFor('the new statement', () => at(uri, sentence + 2).statements[0], (x) => !!x);
    assert.strictEqual(s.speaker, 'white-house');
  });

  it('Change Speaker and Change Forum edit a statement', async () => {
    const uri = seed(SEED0);
    const quote = (await offsetIn(uri, '“laser focus”')) + 2;
    const before = at(uri, quote).statements[0];
    assert.ok(before, 'a statement at the quotation');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.setSpeaker', { uri: uri.toString(), start: quote, end: quote + 1, speaker: 'mario-draghi' }), true);
    await waitFor('the new speaker', () => at(uri, quote).statements[0]?.speaker, (sp) => sp === 'mario-draghi');
    assert.match(await hoverAt(uri, quote), /Mario Draghi/);
    const forum = api.workspace.index.forums().find((f) => f.articles.includes(uri.toString()) && f.forum.id !== before.forum);
    assert.ok(forum, 'another forum of the article');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.setForum', { uri: uri.toString(), start: quote, end: quote + 1, forum: forum.forum.id }), true);
    await waitFor('the new forum', () => at(uri, quote).statements[0]?.forum, (f) => f === forum.forum.id);
  });

  it('Add Note: the note shows in the hover card as plain text and in the Notes list', async () => {
    const uri = seed(SEED0);
    const offset = await offsetIn(uri, 'White House');
    const note = 'Check the readout [against the transcript](command:workbench.action.terminal.new) <b>now</b>';
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.addNote', { uri: uri.toString(), start: offset, end: offset + 11, text: note }), true);
    await waitFor('the note listed', () => api.notes.notes(), (n) => n.some((x) => x.text === note && !x.orphaned));
    assert.strictEqual(api.notes.notesAt(uri.toString(), offset + 2, offset + 3).length, 1, 'the note is found at the span');
    const doc = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(offset + 2));
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(md.includes('Check the readout'), `the card shows the note:\n${md}`);
    assert.ok(!md.includes('](command:workbench'), 'the note\'s link is not a link');
    assert.ok(!md.includes('<b>'), 'the note\'s HTML is escaped');
  });

  it('two notes added at once are both kept: edits of a curation file do not overwrite each other', async () => {
    const uri = seed(SEED0);
    const a = await offsetIn(uri, 'Draghi');
    const b = await offsetIn(uri, 'Biden');
    const texts = ['First of two notes at once', 'Second of two notes at once'];
    const added = await Promise.all([
      vscode.commands.executeCommand('dossier.curate.addNote', { uri: uri.toString(), start: a, end: a + 6, text: texts[0] }),
      vscode.commands.executeCommand('dossier.curate.addNote', { uri: uri.toString(), start: b, end: b + 5, text: texts[1] }),
    ]);
    assert.deepStrictEqual(added, [true, true]);
    const file = await annotationsFile();
    for (const t of texts) assert.ok(file.includes(t), `the file keeps "${t}"`);
    await waitFor('both notes listed', () => api.notes.notes().map((n) => n.text), (listed) => texts.every((t) => listed.includes(t)));
  });

  it('a note whose text leaves the article is orphaned, listed, and not moved elsewhere', async () => {
    const uri = vscode.Uri.joinPath(scratchDir, 'note-target.txt');
    // The article watcher has its own tests (watcher.test.ts); here each write is read at once.
    const write = async (text: string) => {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      await api.workspace.indexFromDisk(uri);
    };
    await write(' date 2021-09-01 Officials met in Kunduz on Monday.\n\nThey met again in Herat.\n');
    await waitFor('the scratch article indexed', () => api.workspace.index.has(uri.toString()), (h) => h);
    const offset = await offsetIn(uri, 'Kunduz');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.addNote', { uri: uri.toString(), start: offset, end: offset + 6, text: 'Which Kunduz meeting?' }), true);
    await waitFor('the note anchored', () => api.notes.notes().find((n) => n.text === 'Which Kunduz meeting?'), (n) => !!n && !n.orphaned);
    // Text inserted before the note: it follows its text.
    await write(' date 2021-09-01 Earlier, officials met in Kunduz on Monday.\n\nThey met again in Herat.\n');
    const movedTo = ' date 2021-09-01 Earlier, officials met in '.length;
    const moved = await waitFor('the note re-anchored', () => api.notes.notes().find((n) => n.text === 'Which Kunduz meeting?'), (n) => !!n && n.start === movedTo);
    assert.strictEqual(moved?.orphaned, false);
    // The file follows the article: the note's position selector is rewritten to where its text now is.
    const position = async () => {
      // Read while the extension rewrites it: the file is replaced in one step, so it is never missing or half written.
      const items = (JSON.parse(await annotationsFile()) as { first: { items: { body?: { value?: string }; target: { selector: { type: string; start?: number; prefix?: string }[] } }[] } }).first.items;
      const selectors = items.find((a) => a.body?.value === 'Which Kunduz meeting?')?.target.selector ?? [];
      return { start: selectors.find((x) => x.type === 'TextPositionSelector')?.start, prefix: selectors.find((x) => x.type === 'TextQuoteSelector')?.prefix };
    };
    if (vscode.workspace.isTrusted) {
      const written = await waitFor('the selectors written back', position, (p) => p.start === movedTo);
      assert.ok(written.prefix?.endsWith('Earlier, officials met in '), `the quote's prefix is the new one: ${written.prefix}`);
    } else {
      // Restricted Mode: nothing is written that the user did not ask for.
      await new Promise((r) => setTimeout(r, 1500));
      assert.notStrictEqual((await position()).start, movedTo, 'no selectors written back in an untrusted workspace');
    }
    // The text gone: orphaned, not re-attached to "Herat" or anything else.
    await write(' date 2021-09-01 Officials met on Monday.\n\nThey met again in Herat.\n');
    const orphan = await waitFor('the note orphaned', () => api.notes.notes().find((n) => n.text === 'Which Kunduz meeting?'), (n) => !!n && n.orphaned);
    assert.strictEqual(orphan?.orphaned, true);
    assert.ok((await annotationsFile()).includes('Which Kunduz meeting?'), 'the orphaned note stays in the file');
  });

  it('a malformed actors.json is reported with its line, keeps the last good state, and is not overwritten', async () => {
    const uri = vscode.Uri.joinPath(dossierDir, 'actors.json');
    const broken = '{\n  "actors": {\n    "joe-biden": { "name": "X" \n  }\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(broken));
    // Written behind Dossier's back, as by hand or another window: the file watcher reports it.
    const diags = await waitFor('a problem in the Problems panel', () => vscode.languages.getDiagnostics(uri), (d) => d.some((x) => x.source === 'Dossier'), 45000);
    assert.ok(diags.some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line >= 1), `an error with its line: ${JSON.stringify(diags.map((d) => [d.message, d.range.start.line]))}`);
    assert.strictEqual(api.workspace.index.actorName('joe-biden'), 'Joseph R. Biden Jr.', 'the last good state stays in effect');
    assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.addAlias', { actor: 'joe-biden', alias: 'POTUS' }), false);
    assert.strictEqual(await actorsFile(), broken, 'Dossier did not overwrite the file it could not read');
  });
});

describe('Export through the command', function () {
  this.timeout(60000);

  it('writes each format, with curated changes in it', async () => {
    const api = await vscode.extensions.getExtension<DossierApi>(EXTENSION_ID)!.activate();
    await api.workspace.ready;
    const root = vscode.workspace.workspaceFolders![0].uri;
    const dossier = vscode.Uri.joinPath(root, '.dossier');
    const out = vscode.Uri.joinPath(root, 'test-results', 'export-test');
    try {
      assert.strictEqual(await vscode.commands.executeCommand('dossier.curate.renameActor', { actor: 'liz-truss', name: 'Elizabeth Truss' }), true);
      await waitFor('the rename', () => api.workspace.index.actorName('liz-truss'), (n) => n === 'Elizabeth Truss');
      for (const format of ['json', 'csv', 'brat', 'w3c']) {
        const dir = vscode.Uri.joinPath(out, format);
        assert.strictEqual(await vscode.commands.executeCommand('dossier.export', { format, out: dir.toString() }), true, format);
        const files: string[] = [];
        const walk = async (u: vscode.Uri): Promise<void> => {
          for (const [n, t] of await vscode.workspace.fs.readDirectory(u)) {
            if (t === vscode.FileType.Directory) await walk(vscode.Uri.joinPath(u, n));
            else files.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(u, n))));
          }
        };
        await walk(dir);
        assert.ok(files.length > 0, `${format}: files written`);
        const all = files.join('\n');
        assert.ok(/liz-truss/.test(all), `${format}: the actor is exported`);
        if (format !== 'json') assert.ok(all.includes('Elizabeth Truss'), `${format}: the curated name is exported`);
      }
    } finally {
      await vscode.workspace.fs.delete(dossier, { recursive: true }).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(out, { recursive: true }).then(undefined, () => undefined);
      await api.curation.read('actors.json');
    }
  });
});

describe('Low-confidence findings', function () {
  this.timeout(60000);

  after(async () => {
    await vscode.workspace.getConfiguration('dossier').update('diagnostics.lowConfidence', undefined, vscode.ConfigurationTarget.Global);
  });

  it('are information diagnostics, off by default, with quick fixes that record a correction', async () => {
    const api = await vscode.extensions.getExtension<DossierApi>(EXTENSION_ID)!.activate();
    await api.workspace.ready;
    const root = vscode.workspace.workspaceFolders![0].uri;
    // An undated seed: its relative dates cannot be resolved; and a name no data knows.
    const uri = vscode.Uri.joinPath(root, 'seeds', SEED2);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Dossier').length, 0, 'off by default');
    await vscode.workspace.getConfiguration('dossier').update('diagnostics.lowConfidence', true, vscode.ConfigurationTarget.Global);
    const diags = await waitFor('low-confidence diagnostics', () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Dossier'), (d) => d.length > 0);
    assert.ok(diags.every((d) => d.severity === vscode.DiagnosticSeverity.Information), 'information level');
    const codes = new Set(diags.map((d) => String(d.code)));
    assert.ok(codes.has('unresolved-date') || codes.has('unknown-actor') || codes.has('unattributed-quote'), [...codes].join());
    const d = diags[0];
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fixTitles: Record<string, RegExp> = { 'unresolved-date': /value of this date/, 'unknown-actor': /Not an actor|Same actor as|kind/, 'unattributed-quote': /speaker of this quotation/ };
    const fixes = actions.filter((a) => fixTitles[String(d.code)].test(a.title));
    assert.ok(fixes.length > 0, `quick fixes for "${d.message}": ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fixes.every((a) => a.command?.command.startsWith('dossier.curate.')), 'each runs a curation command');
  });
});
