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
