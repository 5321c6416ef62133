// The last build's list of files on disk (src/node/fileListFile.ts): read back only as written, under the same key.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileListFile } from '../../src/node/fileListFile';

describe('FileListFile', () => {
  let dir: string;
  let logged: string[];
  const list = (file = path.join(dir, 'storage', 'files.json')) => new FileListFile(file, (level, m) => logged.push(`${level}: ${m}`));

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-files-'));
    logged = [];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads back what it wrote, under the same key only', async () => {
    const files = ['file:///w/articles/a.txt', 'file:///w/articles/b%20c.txt'];
    await list().write('key', files);
    assert.deepStrictEqual(await list().read('key'), files);
    assert.strictEqual(await list().read('other key'), undefined);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'storage')), ['files.json'], 'no temporary file left');
    assert.deepStrictEqual(logged, []);
  });

  it('reads nothing, quietly, when there is no list', async () => {
    assert.strictEqual(await list().read('key'), undefined);
    assert.deepStrictEqual(logged, []);
  });

  for (const [what, text] of [
    ['cut short', '{"version":1,"key":"key","files":["file:///a'],
    ['not an object', 'null'],
    ['of entries that are not strings', '{"version":1,"key":"key","files":["file:///a.txt",7]}'],
    ['of another version', '{"version":2,"key":"key","files":[]}'],
    ['binary', '\u0000\u0001\u0002'],
  ]) {
    it(`reads nothing from a list ${what}`, async () => {
      const file = path.join(dir, 'files.json');
      fs.writeFileSync(file, text);
      assert.strictEqual(await list(file).read('key'), undefined);
    });
  }

  it('says why it could not write, and throws nothing', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    await list(path.join(blocker, 'files.json')).write('key', ['file:///a.txt']);
    assert.strictEqual(logged.length, 1);
    assert.match(logged[0], /^warn: List of the last build's files not written/);
  });
});
