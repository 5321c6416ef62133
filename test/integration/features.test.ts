// Dossier's editor features, exercised through the VS Code API in a real extension host,
// against the seeds (the workspace) and their hand annotations (test/fixtures/gold).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { extract } from '../../src/core/pipeline';
import type { DossierApi } from '../../src/extension';
import { LARGE_OPEN_ARTICLE } from '../../src/vscode/articleWorkspace';
import { unpack } from '../../src/vscode/extractor';
import { until } from './testFiles';

interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
interface Gold {
  doc: string;
  actors: (GoldSpan & { id: string; kind: string })[];
  statements: (GoldSpan & { speaker: string })[];
  forums: { id: string; name: string; mentions: GoldSpan[] }[];
}

const EXTENSION_ID = 'dossier.dossier';
const BIDEN_SEED = '000_f6f44bd4fbb0bdc2.txt';

let api: DossierApi;
let extensionPath: string;

function seedUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'seeds', name);
}

function gold(name: string): Gold {
  return JSON.parse(fs.readFileSync(path.join(extensionPath, 'test', 'fixtures', 'gold', name.replace(/\.txt$/, '.json')), 'utf8'));
}

function seedNames(): string[] {
  return fs.readdirSync(path.join(extensionPath, 'test', 'fixtures', 'gold')).filter((f) => /^\d+_.*\.json$/.test(f)).map((f) => f.replace(/\.json$/, '.txt'));
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(seedUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The markdown of the hovers with its escapes undone ("2021\\-10\\-12" reads "2021-10-12"). */
function hoverText(hovers: vscode.Hover[]): string {
  const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** The spans of a document's semantic tokens of the given types, as offsets. */
async function tokenSpans(doc: vscode.TextDocument, types: Set<number>): Promise<{ start: number; end: number }[]> {
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
  const spans: { start: number; end: number }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; tokens && i < tokens.data.length; i += 5) {
    const [dl, dc, len, type] = tokens.data.slice(i, i + 4);
    line += dl;
    char = dl === 0 ? char + dc : dc;
    if (!types.has(type)) continue;
    const start = doc.offsetAt(new vscode.Position(line, char));
    spans.push({ start, end: start + len });
  }
  return spans;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('Dossier in a real VS Code', function () {
  this.timeout(60000);

  before(async () => {
    const ext = vscode.extensions.getExtension<DossierApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    extensionPath = ext.extensionPath;
    api = await ext.activate();
    await api.workspace.ready;
    assert.ok(api.workspace.index.size >= 5, `the seeds are indexed (${api.workspace.index.size})`);
  });

  it('extracts the articles it reads from disk in a worker thread, as a fresh extraction would', async () => {
    const kind = process.env.DOSSIER_WEB ? 'in-thread' : 'worker';
    assert.strictEqual(api.workspace.extractor.kind, kind);
    assert.ok(api.workspace.extractor.extracted >= 5, `the worker extracted ${api.workspace.extractor.extracted} article(s)`);
    const text = fs.readFileSync(seedUri(BIDEN_SEED).fsPath, 'utf8');
    const name = seedUri(BIDEN_SEED).toString();
    const fromWorker = unpack(await api.workspace.extractor.extract(name, text));
    assert.deepStrictEqual(fromWorker, extract(name, text));
  });

  it('opens a seed in the article language', async () => {
    const doc = await open(BIDEN_SEED);
    assert.strictEqual(doc.languageId, 'dossier-article');
  });

  it('hovering "Biden" shows a card naming the other seeds that mention him', async () => {
    const doc = await open(BIDEN_SEED);
    const offset = doc.getText().indexOf('Biden');
    assert.ok(offset > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + 2));
    const text = hoverText(hovers);
    assert.match(text, /Joe Biden/);
    const others = seedNames().filter((n) => n !== BIDEN_SEED && gold(n).actors.some((a) => a.id === 'joe-biden'));
    assert.ok(others.length >= 1);
    for (const other of others) assert.ok(text.includes(other.replace(/_/g, '\\_').replace(/\./g, '\\.')) || text.includes(other), `card names ${other}:\n${text}`);
  });

  it('hovering a date shows its resolved value', async () => {
    const doc = await open(BIDEN_SEED);
    const offset = doc.getText().indexOf('Tuesday');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + 1));
    assert.match(hoverText(hovers), /2021-10-12/);
    // What else happened that day, counted across the corpus though the card lists only a few.
    const all = api.workspace.index.onDate('2021-10-12');
    assert.ok(all.mentionCount > 1, 'the seeds date more than this mention to 2021-10-12');
    assert.match(hoverText(hovers), new RegExp(`Also then\\*\\* \\(${all.mentionCount - 1}\\)`));
  });

  it('semantic tokens cover the gold actors of every seed', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', seedUri(BIDEN_SEED));
    const actorTypes = new Set(['person', 'state', 'demonym', 'organization', 'armedGroup', 'place'].map((t) => legend.tokenTypes.indexOf(t)));
    let covered = 0;
    let total = 0;
    for (const name of seedNames()) {
      const doc = await open(name);
      const spans = await tokenSpans(doc, actorTypes);
      for (const a of gold(name).actors) {
        total++;
        if (spans.some((s) => overlaps(s, a))) covered++;
      }
    }
    assert.ok(total > 100);
    assert.ok(covered / total >= 0.95, `actor tokens cover ${covered} of ${total} gold actors`);
  });

  it('Find All References on an actor finds mentions in several articles', async () => {
    const doc = await open(BIDEN_SEED);
    const offset = doc.getText().indexOf('Afghanistan');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(offset + 1));
    const files = new Set(refs.map((r) => r.uri.toString()));
    const goldFiles = seedNames().filter((n) => gold(n).actors.some((a) => a.id === 'afghanistan'));
    assert.ok(files.size >= goldFiles.length, `references span ${files.size} articles, gold ${goldFiles.length}`);
    for (const r of refs) {
      const target = await vscode.workspace.openTextDocument(r.uri);
      assert.match(target.getText(r.range), /Afghan/);
    }
  });

  it('Go to Definition on a surname goes to the full name', async () => {
    const doc = await open('002_20f6a4471efa1b4f.txt');
    const text = doc.getText();
    const offset = text.indexOf('Blinken added');
    assert.ok(offset > 0);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(offset + 1));
    assert.strictEqual(defs.length, 1);
    const def = defs[0];
    const uri = 'uri' in def ? def.uri : def.targetUri;
    const range = 'range' in def ? def.range : def.targetRange;
    assert.strictEqual((await vscode.workspace.openTextDocument(uri)).getText(range), 'Antony Blinken');
  });

  it('the Outline lists the statements of an article', async () => {
    const name = '002_20f6a4471efa1b4f.txt';
    const doc = await open(name);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const flat: vscode.DocumentSymbol[] = [];
    const walk = (s: vscode.DocumentSymbol[]) => s.forEach((x) => (flat.push(x), walk(x.children)));
    walk(symbols);
    const statementRanges = flat.filter((s) => s.kind === vscode.SymbolKind.String).map((s) => ({ start: doc.offsetAt(s.range.start), end: doc.offsetAt(s.range.end) }));
    const g = gold(name).statements;
    const found = g.filter((s) => statementRanges.some((r) => overlaps(r, s)));
    assert.strictEqual(found.length, g.length, `outline has ${found.length} of ${g.length} gold statements`);
  });

  it('workspace symbol search finds actors across the corpus', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Blinken');
    assert.ok(symbols.some((s) => s.name === 'Antony Blinken'), JSON.stringify(symbols.map((s) => s.name)));
  });

  it("the Forums tree's children are the forums of the gold", async () => {
    const roots = api.forums.getChildren();
    let matched = 0;
    let total = 0;
    for (const name of seedNames()) {
      const uri = seedUri(name).toString();
      for (const gf of gold(name).forums) {
        total++;
        const hit = roots.some((n) => n.type === 'forum' && n.card.mentions.some((m) => m.article === uri && gf.mentions.some((gm) => overlaps(gm, m.item))));
        if (hit) matched++;
      }
    }
    assert.ok(total >= 8);
    assert.ok(matched / total >= 0.85, `the tree shows ${matched} of ${total} gold forums`);
    const tree = await api.forums.getTreeItem(roots[0]);
    assert.ok(tree.command?.command === 'dossier.openLocation');
  });

  it('a Statements tree item opens the article at the statement', async () => {
    const speakers = api.statements.getChildren();
    assert.ok(speakers.length > 0);
    const first = api.statements.getChildren(speakers[0])[0];
    const item = api.statements.getTreeItem(first);
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(first.type === 'statement');
    assert.strictEqual(editor.document.uri.toString(), first.statement.article);
    assert.strictEqual(editor.document.getText(editor.selection), first.statement.item.text);
  });

  it('every contributed command is registered', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of pkg.contributes.commands) assert.ok(registered.has(c.command), `${c.command} is registered`);
  });

  it('an edit re-indexes the article', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'dossier-article', content: ' date 2021-10-13 Foreign Minister Sergey Lavrov said on Tuesday that talks would go on.' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('Lavrov') + 1));
    assert.match(hoverText(hovers), /Lavrov/);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(0, doc.getText().length), ' Imran Khan agreed.'));
    const after = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('Imran') + 1));
    assert.match(hoverText(after), /Imran Khan/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the Statements filter keeps what matches its text or speaker, and follows the index', async () => {
    const tree = api.statements;
    const index = api.workspace.index;
    const shown = () => tree.getChildren().flatMap((speaker) => tree.getChildren(speaker)).flatMap((n) => (n.type === 'statement' ? [`${n.statement.article}@${n.statement.item.start}`] : []));
    tree.setFilter('Afghan');
    let doc: vscode.TextDocument | undefined;
    try {
      const matches = (s: { item: { text: string; speaker: string | null } }) => s.item.text.toLowerCase().includes('afghan') || (!!s.item.speaker && index.actorName(s.item.speaker).toLowerCase().includes('afghan'));
      const want = index.statements().filter(matches).map((s) => `${s.article}@${s.item.start}`);
      assert.ok(want.length > 0 && want.length < index.statements().length);
      assert.deepStrictEqual(shown().sort(), want.sort());
      doc = await vscode.workspace.openTextDocument({ language: 'dossier-article', content: ' date 2021-10-13 “Afghan women must be heard,” Malala Yousafzai said.' });
      const name = doc.uri.toString();
      await until(api, () => shown().some((n) => n.startsWith(`${name}@`)), 'the new statement in the filtered view');
    } finally {
      tree.setFilter('');
      if (doc) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
  });

  it('a large open article is re-extracted in the worker after an edit, and its highlights follow', async function () {
    if (api.workspace.extractor.kind === 'in-thread') this.skip(); // vscode.dev: no worker, extracted on the spot
    const seed = fs.readFileSync(seedUri(BIDEN_SEED).fsPath, 'utf8');
    const content = Array.from({ length: Math.ceil(LARGE_OPEN_ARTICLE / seed.length) + 1 }, () => seed).join('\n\n');
    const doc = await vscode.workspace.openTextDocument({ language: 'dossier-article', content });
    const editor = await vscode.window.showTextDocument(doc);
    await until(api, () => api.workspace.index.get(doc.uri.toString())?.article.text === content, 'the large article indexed');
    const before = api.workspace.extractor.extracted;
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\n\nPakistani Prime Minister Imran Khan agreed.'));
    assert.strictEqual(api.workspace.fresh(doc), undefined, 'the new text is not extracted on the extension host');
    assert.ok(api.workspace.isExtracting(doc));
    await until(api, () => api.workspace.index.get(doc.uri.toString())?.article.text === doc.getText(), 'the edit indexed');
    assert.ok(api.workspace.extractor.extracted > before, 'the worker extracted the edit');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const imran = doc.getText().lastIndexOf('Imran Khan');
    const spans = await tokenSpans(doc, new Set([legend.tokenTypes.indexOf('person')]));
    assert.ok(spans.some((s) => s.start <= imran && imran < s.end), 'the new name is highlighted');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
