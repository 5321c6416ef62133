// The extraction worker pool in plain Node: the worker bundled as the extension ships it (esbuild), its
// results against in-thread extraction, and what happens when a worker cannot start or dies.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KnowledgeBase } from '../../src/core/knowledge';
import { extract } from '../../src/core/pipeline';
import { BATCH_CHARS, ExtractionPool } from '../../src/node/extractionPool';
import { textKey } from '../../src/node/textKey';
import { NOT_A_FILE } from '../../src/core/decode';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { decodeText, encodeText } from '../../src/core/packedArticle';
import { ExtractorGone, InThreadExtractor, unpack } from '../../src/vscode/extractor';

const ROOT = path.join(__dirname, '../..');
const seeds = fs
  .readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8') }));

describe('ExtractionPool (worker threads)', function () {
  this.timeout(60000);
  let dir: string;
  let script: string;
  const pools: ExtractionPool[] = [];
  const pool = (file: string, log: string[] = [], size = 2) => {
    const p = new ExtractionPool(file, new InThreadExtractor(() => KnowledgeBase.default()), (m) => log.push(m), size);
    pools.push(p);
    return p;
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pool-'));
    script = path.join(dir, 'extractWorker.js');
    await esbuild.build({ entryPoints: [path.join(ROOT, 'src/node/extractWorker.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
  });
  after(() => {
    for (const p of pools) p.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('extracts every seed as in-thread extraction does, several at once', async () => {
    const p = pool(script);
    const got = await Promise.all(seeds.map((s) => p.extract(s.name, s.text)));
    seeds.forEach((s, i) => assert.deepStrictEqual(unpack(got[i]), extract(s.name, s.text)));
    assert.strictEqual(p.extracted, seeds.length);
    // Linked as the extension links them: each pack with the strings its worker had sent by then.
    const linked = new CorpusIndex();
    const fresh = new CorpusIndex();
    for (const e of got) linked.setPacked(e.packed, e.shared);
    for (const s of seeds) fresh.set(s.name, s.text);
    for (const s of seeds) assert.deepStrictEqual(linked.annotations(s.name), fresh.annotations(s.name));
    assert.deepStrictEqual(linked.actors().sort((a, b) => a.id.localeCompare(b.id)), fresh.actors().sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('sends a burst of articles in batches, a long one alone, and answers each as in-thread extraction does', async () => {
    const p = pool(script, [], 1);
    const long = { name: 'long.txt', text: ` date 2021-08-20\n\n${'Mr. Blinken met Qatari officials in Doha on Monday. '.repeat(6000)}` };
    const burst = [...Array.from({ length: 24 }, (_, i) => ({ name: `copy-${i}.txt`, text: seeds[i % seeds.length].text })), long];
    const got = await Promise.all(burst.map((a) => p.extract(a.name, a.text)));
    burst.forEach((a, i) => assert.deepStrictEqual(unpack(got[i]), extract(a.name, a.text), a.name));
    // Two single articles go at once (the worker is idle); the rest wait for a reply and go eight to a message.
    assert.ok(p.batches >= 5 && p.batches <= 7, `${p.batches} messages for ${burst.length} articles`);
  });

  it('reads a batch of files in the worker, and answers it in parts once they hold BATCH_CHARS of text', async () => {
    const p = pool(script, [], 1);
    // Forty files of about 20 KB: a batch of thirty-two holds about 640 KB of text, more than twice BATCH_CHARS.
    const files = Array.from({ length: 40 }, (_, i) => {
      const text = `${seeds[i % seeds.length].text}\n\n${'The talks in Doha went on. '.repeat(600)}${i}`;
      const file = path.join(dir, `part-${i}.txt`);
      fs.writeFileSync(file, text);
      return { file, name: `part-${i}.txt`, text };
    });
    const got = await Promise.all(files.map((f) => p.readFromDisk(f.file, f.name, 1024 * 1024)!));
    files.forEach((f, i) => {
      const r = got[i];
      assert.ok(r.kind === 'extracted', r.kind);
      assert.deepStrictEqual(unpack(r.extracted), extract(f.name, f.text), f.name);
    });
    const chars = files.reduce((n, f) => n + f.text.length, 0);
    // The first two go alone (the worker is idle), then up to thirty-two a batch.
    assert.ok(p.batches <= 4, `${p.batches} batches for ${files.length} files`);
    assert.ok(p.replies >= Math.floor(chars / BATCH_CHARS) && p.replies > p.batches, `${p.replies} replies to ${p.batches} batches, ${chars} characters`);
  });

  it('reads a file in the worker: extracts it, sends back only its text when its key is known, or says why not', async () => {
    const p = pool(script, [], 1);
    const MB = 1024 * 1024;
    const text = seeds[0].text;
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, text);
    const r = await p.readFromDisk(file, 'a.txt', MB)!;
    assert.ok(r.kind === 'extracted', r.kind);
    assert.deepStrictEqual(unpack(r.extracted), extract('a.txt', text));
    assert.deepStrictEqual([r.key, r.changed, r.note], [textKey(text), false, undefined]);
    p.setKnownKeys([textKey(text)]);
    const k = await p.readFromDisk(file, 'a.txt', MB)!;
    assert.ok(k.kind === 'known', k.kind);
    assert.deepStrictEqual([k.key, k.text, k.changed], [textKey(text), encodeText(text), false]);
    // Beyond Latin-1 the text comes as the index keeps it, UTF-8 bytes.
    const wide = `${text}\nKabul — Doha`;
    fs.writeFileSync(file, wide);
    p.setKnownKeys([textKey(wide)]);
    const w = await p.readFromDisk(file, 'a.txt', MB)!;
    assert.ok(w.kind === 'known' && w.text instanceof Uint8Array && decodeText(w.text) === wide);
    fs.writeFileSync(file, text);
    p.setKnownKeys([]);
    const utf16 = path.join(dir, 'utf16.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const u = await p.readFromDisk(utf16, 'utf16.txt', MB)!;
    assert.ok(u.kind === 'extracted' && u.note === 'decoded as UTF-16LE' && u.key === textKey(text), JSON.stringify(u.kind));
    assert.deepStrictEqual(await p.readFromDisk(path.join(dir, 'missing.txt'), 'm', MB), { kind: 'missing' });
    assert.deepStrictEqual(await p.readFromDisk(dir, 'd', MB), { kind: 'directory' });
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(2 * MB, 0x41));
    const b = await p.readFromDisk(big, 'big.txt', MB)!;
    assert.ok(b.kind === 'skipped' && b.reason.startsWith('too large to analyse (2.0 MB'), JSON.stringify(b));
    const binary = path.join(dir, 'binary.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const n = await p.readFromDisk(binary, 'binary.txt', MB)!;
    assert.ok(n.kind === 'skipped' && n.reason.startsWith('binary file'), JSON.stringify(n));
    if (process.platform !== 'win32') {
      const fifo = path.join(dir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      assert.deepStrictEqual(await p.readFromDisk(fifo, 'pipe.txt', MB), { kind: 'skipped', reason: NOT_A_FILE, changed: false });
    }
    p.dispose();
    assert.strictEqual(p.readFromDisk(file, 'a.txt', MB), null, 'a disposed pool reads nothing: the caller reads on its own thread');
  });

  it('falls back to the calling thread, with a log line, when a worker cannot start', async () => {
    const broken = path.join(dir, 'broken.js');
    fs.writeFileSync(broken, "throw new Error('this worker cannot start');\n");
    const log: string[] = [];
    const p = pool(broken, log);
    const got = await p.extract(seeds[0].name, seeds[0].text);
    assert.deepStrictEqual(unpack(got), extract(seeds[0].name, seeds[0].text));
    assert.strictEqual(p.extracted, 0, 'nothing came from a worker');
    assert.match(log.join('\n'), /Extraction worker failed \(this worker cannot start\)/);
  });

  it('hands the articles of a worker that dies to the calling thread', async () => {
    const dying = path.join(dir, 'dying.js');
    fs.writeFileSync(dying, "require('worker_threads').parentPort.on('message', () => process.exit(3));\n");
    const log: string[] = [];
    const p = pool(dying, log, 1);
    // A file it was asked to read comes back as "read it yourself" (ExtractorGone), and later ones as null.
    const reading = p.readFromDisk(path.join(dir, 'a.txt'), 'a.txt', 1024 * 1024)!;
    const got = await Promise.all(seeds.slice(0, 3).map((s) => p.extract(s.name, s.text)));
    seeds.slice(0, 3).forEach((s, i) => assert.deepStrictEqual(unpack(got[i]), extract(s.name, s.text)));
    assert.match(log.join('\n'), /exit code 3/);
    await assert.rejects(reading, ExtractorGone);
    assert.strictEqual(p.readFromDisk(path.join(dir, 'a.txt'), 'a.txt', 1024 * 1024), null);
  });

  it('starts its workers when asked to prepare, and extracts with them', async () => {
    // A worker that notes each start, then runs as the extension's does.
    const starts = path.join(dir, 'starts.log');
    const noting = path.join(dir, 'noting.js');
    fs.writeFileSync(noting, `require('fs').appendFileSync(${JSON.stringify(starts)}, 'started\\n');\nrequire(${JSON.stringify(script)});\n`);
    const p = pool(noting, [], 1);
    p.prepare();
    for (let waited = 0; !fs.existsSync(starts) && waited < 10000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    assert.ok(fs.existsSync(starts), 'the worker started before any article');
    const got = await p.extract(seeds[0].name, seeds[0].text);
    assert.deepStrictEqual(unpack(got), extract(seeds[0].name, seeds[0].text));
    assert.strictEqual(p.extracted, 1, 'extracted in the worker');
    p.prepare();
    assert.strictEqual(fs.readFileSync(starts, 'utf8'), 'started\n', 'one start');
    const disposed = pool(noting, [], 1);
    disposed.dispose();
    disposed.prepare();
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(fs.readFileSync(starts, 'utf8'), 'started\n', 'a disposed pool starts nothing');
  });

  it('extracts in-thread once disposed', async () => {
    const p = pool(script);
    p.dispose();
    const got = await p.extract(seeds[1].name, seeds[1].text);
    assert.deepStrictEqual(unpack(got), extract(seeds[1].name, seeds[1].text));
    assert.strictEqual(p.extracted, 0);
  });
});
