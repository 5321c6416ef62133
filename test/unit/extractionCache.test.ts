import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { ExtractionCache } from '../../src/core/extractionCache';
import { encodeText, packArticle, PackedReader, SharedStrings, StringTable, type PackedArticle } from '../../src/core/packedArticle';
import { KnowledgeBase } from '../../src/core/knowledge';
import { extract } from '../../src/core/pipeline';
import { ExtractionCacheFile } from '../../src/node/extractionCacheFile';
import { InThreadExtractor } from '../../src/vscode/extractor';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const seeds = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8') }));

/** The article and annotations a packed article reads back as, with its strings from `strings`. */
function objects(p: PackedArticle, strings: readonly string[]) {
  const reader = new PackedReader(p, (i) => strings[i], (i) => strings[i]);
  return { article: reader.article(), annotations: reader.annotations() };
}

function reread(cache: ExtractionCache): ExtractionCache {
  const again = ExtractionCache.parse(cache.serialize(), cache.version);
  assert.ok(again instanceof ExtractionCache, `read back: ${String(again)}`);
  return again;
}

/** A cache file with its JSON header changed by `edit`, its records as they were. */
function withHeader(bytes: Uint8Array, edit: (header: { strings: string[] }) => void): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)));
  edit(header);
  const json = new TextEncoder().encode(JSON.stringify(header));
  const recordsAt = (8 + headerLength + 3) & ~3;
  const out = new Uint8Array(((8 + json.length + 3) & ~3) + bytes.length - recordsAt);
  new DataView(out.buffer).setUint32(0, view.getUint32(0, true), true);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(bytes.subarray(recordsAt), (8 + json.length + 3) & ~3);
  return out;
}

describe('extraction cache', () => {
  it('gives back every seed as extracted, written and read again, under any name', () => {
    const cache = new ExtractionCache('v1');
    for (const s of seeds) cache.put(`key:${s.name}`, packArticle(extract(s.name, s.text).article, extract(s.name, s.text).annotations, s.name));
    const again = reread(cache);
    for (const s of seeds) {
      const renamed = `moved/${s.name}`;
      // The text as the worker sends it (encodeText: UTF-8 bytes beyond Latin-1).
      const got = again.get(`key:${s.name}`, renamed, encodeText(s.text));
      assert.ok(got, s.name);
      assert.deepStrictEqual(objects(got, again.shared.strings), extract(renamed, s.text), s.name);
    }
    assert.deepStrictEqual(again.keys().sort(), seeds.map((s) => `key:${s.name}`).sort());
  });

  it('takes articles numbered by a worker’s string table', () => {
    const table = new StringTable();
    const shared = new SharedStrings();
    const cache = new ExtractionCache('v1');
    for (const s of seeds) {
      const { article, annotations } = extract(s.name, s.text);
      const packed = packArticle(article, annotations, s.name, table);
      shared.add(table.takeNew());
      cache.put(s.name, packed, shared);
    }
    const again = reread(cache);
    for (const s of seeds) assert.deepStrictEqual(objects(again.get(s.name, s.name, encodeText(s.text))!, again.shared.strings), extract(s.name, s.text), s.name);
  });

  it('keeps an article whose records need 32 bits', () => {
    const text = ` date 2021-08-20\n\n${'Mr. Blinken met Qatari officials in Doha on Monday. '.repeat(1600)}`;
    const { article, annotations } = extract('long.txt', text);
    const packed = packArticle(article, annotations, 'long.txt');
    assert.ok(packed.data instanceof Int32Array, 'offsets past 65,535 take 32 bits');
    const cache = new ExtractionCache('v1');
    cache.put('long', packed);
    const again = reread(cache);
    assert.deepStrictEqual(objects(again.get('long', 'long.txt', encodeText(text))!, again.shared.strings), { article, annotations });
  });

  it('writes only the entries asked for or added since it was read', () => {
    const cache = new ExtractionCache('v1');
    for (const s of seeds) cache.put(s.name, packArticle(extract(s.name, s.text).article, extract(s.name, s.text).annotations, s.name));
    const read = reread(cache);
    assert.ok(read.get(seeds[0].name, seeds[0].name, encodeText(seeds[0].text)));
    assert.strictEqual(read.size, 1);
    const after = reread(read);
    assert.ok(after.get(seeds[0].name, seeds[0].name, encodeText(seeds[0].text)));
    assert.strictEqual(after.get(seeds[1].name, seeds[1].name, encodeText(seeds[1].text)), undefined, 'an article no build asked for is dropped');
  });

  it('has changed only when an entry was added, or one read was not asked for', () => {
    const cache = new ExtractionCache('v1');
    for (const s of seeds) cache.put(s.name, packArticle(extract(s.name, s.text).article, extract(s.name, s.text).annotations, s.name));
    assert.ok(cache.changed);
    const all = reread(cache);
    for (const s of seeds) all.get(s.name, s.name, encodeText(s.text));
    assert.ok(!all.changed, 'every entry asked for, none added: the file holds the same');
    const some = reread(cache);
    some.get(seeds[0].name, seeds[0].name, encodeText(seeds[0].text));
    assert.ok(some.changed, 'entries left out');
    const more = reread(cache);
    for (const s of seeds) more.get(s.name, s.name, encodeText(s.text));
    more.put('new', packArticle(extract('new', seeds[0].text).article, extract('new', seeds[0].text).annotations, 'new'));
    assert.ok(more.changed, 'an entry added');
  });

  it('fills an index that answers as the extraction does', () => {
    const direct = new CorpusIndex();
    const cache = new ExtractionCache('v1');
    for (const s of seeds) {
      direct.set(s.name, s.text);
      const { article, annotations } = extract(s.name, s.text);
      cache.put(s.name, packArticle(article, annotations, s.name));
    }
    const again = reread(cache);
    const cached = new CorpusIndex();
    for (const s of seeds) cached.setPacked(again.get(s.name, s.name, encodeText(s.text))!, again.shared);
    assert.deepStrictEqual(cached.actors(), direct.actors());
    assert.deepStrictEqual(cached.forums(), direct.forums());
    for (const { id } of direct.actors().slice(0, 20)) assert.deepStrictEqual(cached.actorCard(id), direct.actorCard(id), id);
    for (const s of seeds) assert.deepStrictEqual(cached.annotations(s.name), direct.annotations(s.name), s.name);
  });

  it('reads a file’s bytes wherever they lie in memory', () => {
    const cache = new ExtractionCache('v1');
    cache.put('a', packArticle(extract('a', seeds[0].text).article, extract('a', seeds[0].text).annotations, 'a'));
    const bytes = cache.serialize();
    // As fs.readFile may give them: a Buffer at an odd offset of a larger pool.
    const pool = Buffer.alloc(bytes.length + 3);
    pool.set(bytes, 1);
    const read = ExtractionCache.parse(pool.subarray(1, 1 + bytes.length), 'v1');
    assert.ok(read instanceof ExtractionCache, String(read));
    assert.deepStrictEqual(objects(read.get('a', 'a', encodeText(seeds[0].text))!, read.shared.strings), extract('a', seeds[0].text));
  });

  it('reads nothing from another extractor’s file, a damaged one, or bytes that are not a cache', () => {
    const cache = new ExtractionCache('v1');
    cache.put('a', packArticle(extract('a', seeds[0].text).article, extract('a', seeds[0].text).annotations, 'a'));
    const bytes = cache.serialize();
    assert.match(String(ExtractionCache.parse(bytes, 'v2')), /another version/);
    assert.match(String(ExtractionCache.parse(bytes.subarray(0, bytes.length - 8), 'v1')), /damaged/);
    const flipped = bytes.slice();
    flipped[flipped.length - 3] ^= 0x40;
    assert.match(String(ExtractionCache.parse(flipped, 'v1')), /damaged/);
    assert.match(String(ExtractionCache.parse(bytes.subarray(0, 20), 'v1')), /truncated|unreadable/);
    assert.match(String(ExtractionCache.parse(new TextEncoder().encode('{"version":"v1"}'), 'v1')), /not an extraction cache/);
    assert.match(String(ExtractionCache.parse(new Uint8Array(3), 'v1')), /too short/);
  });

  it('reads nothing from a file whose strings hold one twice (every later number would name the wrong string)', () => {
    const cache = new ExtractionCache('v1');
    cache.put('a', packArticle(extract('a', seeds[0].text).article, extract('a', seeds[0].text).annotations, 'a'));
    const out = withHeader(cache.serialize(), (header) => (header.strings[2] = header.strings[1]));
    assert.match(String(ExtractionCache.parse(out, 'v1')), /malformed header \(a string written twice\)/);
  });

  it('drops an entry whose numbers point past its strings, and keeps the rest', () => {
    const cache = new ExtractionCache('v1');
    for (const s of seeds.slice(0, 2)) cache.put(s.name, packArticle(extract(s.name, s.text).article, extract(s.name, s.text).annotations, s.name));
    const out = withHeader(cache.serialize(), (header) => (header.strings = header.strings.slice(0, 3)));
    const read = ExtractionCache.parse(out, 'v1');
    assert.ok(read instanceof ExtractionCache);
    for (const s of seeds.slice(0, 2)) assert.strictEqual(read.get(s.name, s.name, encodeText(s.text)), undefined, s.name);
  });
});

describe('extraction cache file', () => {
  it('counts a text extracted twice while open as one miss', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-'));
    try {
      const file = new ExtractionCacheFile(path.join(dir, 'extractions.bin'), path.join(SEEDS, seeds[0].name), () => undefined);
      await file.open();
      const extractor = new InThreadExtractor(() => KnowledgeBase.default());
      const [a, b] = seeds;
      // As a watcher's read during a build and then the build's own: the same text, extracted and kept twice.
      file.keep('key a', await extractor.extract(a.name, a.text));
      file.keep('key a', await extractor.extract(a.name, a.text));
      file.keep('key b', await extractor.extract(b.name, b.text));
      assert.strictEqual(file.misses, 2);
      await file.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says why it could not be written, and throws nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-'));
    try {
      const blocker = path.join(dir, 'not-a-folder');
      fs.writeFileSync(blocker, '');
      const logged: string[] = [];
      const file = new ExtractionCacheFile(path.join(blocker, 'extractions.bin'), path.join(SEEDS, seeds[0].name), (level, m) => logged.push(`${level}: ${m}`));
      await file.open();
      await file.extract(seeds[0].name, seeds[0].text, new InThreadExtractor(() => KnowledgeBase.default()));
      await file.close();
      assert.match(logged[0], /^warn: Extraction cache not read/);
      assert.match(logged[1], /^warn: Extraction cache not written/);
      assert.strictEqual(logged.length, 2, logged.join('\n'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
