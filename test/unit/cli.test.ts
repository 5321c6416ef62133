import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';

const seeds = path.join(__dirname, '..', '..', 'seeds');

function run(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => out.push(a.join(' '));
  console.error = (...a: unknown[]) => err.push(a.join(' '));
  try {
    return { code: main(args), out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

describe('cli extract', () => {
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes one JSON per article in the guideline format', () => {
    const r = run(['extract', seeds, '--out', tmp]);
    assert.strictEqual(r.code, 0, r.err);
    const names = fs.readdirSync(tmp).sort();
    assert.deepStrictEqual(names, fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => f.replace(/\.txt$/, '.json')));
    const doc = JSON.parse(fs.readFileSync(path.join(tmp, names[0]), 'utf8'));
    assert.deepStrictEqual(Object.keys(doc), ['doc', 'docDate', 'actors', 'dates', 'statements', 'forums']);
    assert.strictEqual(doc.doc, names[0].replace(/\.json$/, '.txt'));
    const text = fs.readFileSync(path.join(seeds, doc.doc), 'utf8');
    for (const layer of [doc.actors, doc.dates, doc.statements]) for (const x of layer) assert.strictEqual(text.slice(x.start, x.end), x.text);
  });

  it('reports a binary file by name and goes on', () => {
    const input = path.join(tmp, 'in');
    fs.mkdirSync(input);
    fs.copyFileSync(path.join(seeds, fs.readdirSync(seeds)[0]), path.join(input, 'good.txt'));
    fs.writeFileSync(path.join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    const r = run(['extract', input, '--out', path.join(tmp, 'out')]);
    assert.strictEqual(r.code, 0);
    assert.match(r.err, /image\.txt: binary file/);
    assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'out')), ['good.json']);
  });

  it('skips a file over --max-size with its size and the limit, and goes on', () => {
    const input = path.join(tmp, 'in');
    fs.mkdirSync(input);
    fs.copyFileSync(path.join(seeds, fs.readdirSync(seeds)[0]), path.join(input, 'good.txt'));
    fs.writeFileSync(path.join(input, 'dump.txt'), ' date 2021-08-20 The Taliban said. '.repeat(40000));
    const r = run(['extract', input, '--out', path.join(tmp, 'out'), '--max-size', '1']);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /dump\.txt: too large.*1\.0 MB/);
    assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'out')), ['good.json']);
    assert.strictEqual(run(['extract', input, '--out', path.join(tmp, 'o2'), '--max-size', 'lots']).code, 2);
  });

  it('exits non-zero on a path that does not exist, after writing the rest', () => {
    const r = run(['extract', path.join(tmp, 'missing.txt'), path.join(seeds, fs.readdirSync(seeds)[0]), '--out', path.join(tmp, 'out')]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /missing\.txt: no such file or folder/);
    assert.strictEqual(fs.readdirSync(path.join(tmp, 'out')).length, 1);
  });

  it('exits non-zero on a folder without articles', () => {
    fs.mkdirSync(path.join(tmp, 'empty'));
    const r = run(['extract', path.join(tmp, 'empty'), '--out', path.join(tmp, 'out')]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /no article files/);
  });

  it('exits non-zero when the output folder cannot be created, leaving nothing behind', () => {
    const blocker = path.join(tmp, 'file');
    fs.writeFileSync(blocker, 'x');
    const r = run(['extract', seeds, '--out', path.join(blocker, 'out')]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /cannot create output folder/);
    assert.deepStrictEqual(fs.readdirSync(tmp), ['file']);
  });

  it('rejects unknown options and formats with usage', () => {
    assert.strictEqual(run(['extract', seeds, '--out', tmp, '--bogus']).code, 2);
    assert.strictEqual(run(['extract', seeds, '--out', tmp, '--format', 'xml']).code, 2);
    assert.strictEqual(run(['frobnicate']).code, 2);
  });
});

describe('cli export', () => {
  const workspace = path.join(__dirname, '..', 'fixtures', 'curation');
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-export-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('applies the folder’s .dossier curation in every format', () => {
    const expected: Record<string, string[]> = {
      json: ['articles/a.json', 'articles/b.json'],
      csv: ['actors.csv', 'dates.csv', 'forums.csv', 'mentions.csv', 'notes.csv', 'statements.csv'],
      brat: ['annotation.conf', 'articles/a.ann', 'articles/a.txt', 'articles/b.ann', 'articles/b.txt'],
      w3c: ['annotations.jsonld'],
    };
    for (const format of ['json', 'csv', 'brat', 'w3c']) {
      const out = path.join(tmp, format);
      const r = run(['export', workspace, '--format', format, '--out', out]);
      assert.strictEqual(r.code, 0, r.err);
      const files = (fs.readdirSync(out, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => fs.statSync(path.join(out, f)).isFile()).sort();
      assert.deepStrictEqual(files, expected[format]);
      const all = files.map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('\n');
      assert.match(all, /POTUS/, `${format} has the added alias`);
    }
    const b = JSON.parse(fs.readFileSync(path.join(tmp, 'json', 'articles', 'b.json'), 'utf8'));
    assert.ok(b.actors.some((m: { text: string; id: string }) => m.text === 'Sleepy Joe' && m.id === 'joe-biden'));
  });

  it('is a plain export without a .dossier folder, and takes one from --curation', () => {
    const bare = path.join(tmp, 'ws');
    fs.mkdirSync(path.join(bare, 'articles'), { recursive: true });
    for (const f of ['a.txt', 'b.txt']) fs.copyFileSync(path.join(workspace, 'articles', f), path.join(bare, 'articles', f));
    const plain = run(['export', bare, '--format', 'json', '--out', path.join(tmp, 'plain')]);
    assert.strictEqual(plain.code, 0, plain.err);
    assert.doesNotMatch(fs.readFileSync(path.join(tmp, 'plain', 'articles', 'b.json'), 'utf8'), /POTUS/);
    const curated = run(['export', bare, '--format', 'json', '--out', path.join(tmp, 'cur'), '--curation', path.join(workspace, '.dossier')]);
    assert.strictEqual(curated.code, 0, curated.err);
    assert.match(fs.readFileSync(path.join(tmp, 'cur', 'articles', 'b.json'), 'utf8'), /POTUS/);
  });

  it('reports orphaned annotations and still exports', () => {
    const ws = path.join(tmp, 'ws');
    fs.cpSync(workspace, ws, { recursive: true });
    const a = path.join(ws, 'articles', 'a.txt');
    fs.writeFileSync(a, fs.readFileSync(a, 'utf8').replace(' The call lasted an hour.', ''));
    const r = run(['export', ws, '--format', 'csv', '--out', path.join(tmp, 'out')]);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /articles\/a\.txt: annotation urn:uuid:00000000-0000-4000-8000-000000000002 is orphaned: the text “an hour” is no longer in the article/);
  });

  it('refuses a broken curation file with its line and column, writing nothing', () => {
    const ws = path.join(tmp, 'ws');
    fs.cpSync(workspace, ws, { recursive: true });
    fs.writeFileSync(path.join(ws, '.dossier', 'actors.json'), '{\n  "merges": {"a": "B C"}\n}\n');
    const out = path.join(tmp, 'out');
    const r = run(['export', ws, '--format', 'json', '--out', out]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /actors\.json:2:19: error: merges\.a: "B C" is not valid/);
    assert.ok(!fs.existsSync(out));
  });

  it('rejects a bad format, a missing folder and a missing --out', () => {
    assert.strictEqual(run(['export', workspace, '--format', 'xml', '--out', tmp]).code, 2);
    assert.strictEqual(run(['export', workspace, '--format', 'csv']).code, 2);
    assert.strictEqual(run(['export', path.join(tmp, 'nope'), '--format', 'csv', '--out', tmp]).code, 1);
    assert.strictEqual(run(['export', workspace, '--format', 'csv', '--out', tmp, '--curation', path.join(tmp, 'nope')]).code, 1);
  });
});
