import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as c from '../../src/core/curation';
import { buildExportCorpus, csvTable, exportFiles, type ExportCorpus, type ExtractedArticle } from '../../src/core/export';
import { extract } from '../../src/core/pipeline';
import type { ArticleAnnotations } from '../../src/core/types';

const fixtures = path.join(__dirname, '..', 'fixtures', 'curation');
const read = (p: string) => fs.readFileSync(path.join(fixtures, p), 'utf8');
const curation = c.parseCuration({ actors: read('.dossier/actors.json'), annotations: read('.dossier/annotations.jsonld') }).curation;

function article(source: string): ExtractedArticle {
  const text = read(source);
  return { source, path: path.basename(source, '.txt'), text, annotations: extract(path.basename(source), text).annotations };
}

const curated = () => buildExportCorpus([article('articles/a.txt'), article('articles/b.txt')], curation);
const plain = () => buildExportCorpus([article('articles/a.txt'), article('articles/b.txt')], c.emptyCuration());

function file(corpus: ExportCorpus, format: 'json' | 'csv' | 'brat' | 'w3c', name: string): string {
  const f = exportFiles(corpus, format).find((x) => x.path === name);
  assert.ok(f, `${format} has ${name}`);
  return f.content;
}

/** A tiny RFC 4180 reader, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

/** The Sony/Ericsson example of the brat standoff format page, as a Dossier article. */
const SONY_TEXT = 'Sony formed a joint venture with Ericsson, a mobile phone company based in Sweden.\nSony announced today that ...\n';
const SONY: ArticleAnnotations = {
  doc: 'DOC-1000.txt',
  docDate: null,
  actors: [
    { start: 0, end: 4, text: 'Sony', id: 'sony', kind: 'organization' },
    { start: 33, end: 41, text: 'Ericsson', id: 'ericsson', kind: 'organization' },
    { start: 75, end: 81, text: 'Sweden', id: 'sweden', kind: 'state' },
  ],
  dates: [{ start: 98, end: 103, text: 'today', kind: 'date', value: null }],
  statements: [],
  forums: [],
};

describe('export: json', () => {
  it('writes the guideline JSON per article, curated', () => {
    const doc = JSON.parse(file(curated(), 'json', 'b.json'));
    assert.deepStrictEqual(Object.keys(doc), ['doc', 'docDate', 'actors', 'dates', 'statements', 'forums']);
    assert.ok(doc.actors.some((m: { text: string; id: string }) => m.text === 'POTUS' && m.id === 'joe-biden'));
  });

  it('without curation equals extract', () => {
    const a = article('articles/a.txt');
    assert.strictEqual(file(plain(), 'json', 'a.json'), JSON.stringify(a.annotations, null, 1) + '\n');
  });
});

describe('export: csv (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubles quotes, ends lines with CRLF', () => {
    // RFC 4180 section 2, examples 6 and 7.
    assert.strictEqual(csvTable(['a', 'b', 'c'], [['aaa', 'b\r\nbb', 'ccc'], ['aaa', 'b"bb', 'ccc']]), 'a,b,c\r\naaa,"b\r\nbb",ccc\r\naaa,"b""bb",ccc\r\n');
    assert.strictEqual(csvTable(['x'], [[null], [3], ['1,2']]), 'x\r\n\r\n3\r\n"1,2"\r\n');
  });

  it('writes actors, mentions, dates, statements, forums and notes tables', () => {
    const files = exportFiles(curated(), 'csv').map((f) => f.path);
    assert.deepStrictEqual(files, ['actors.csv', 'mentions.csv', 'dates.csv', 'statements.csv', 'forums.csv', 'notes.csv']);
    const statements = parseCsv(file(curated(), 'csv', 'statements.csv'));
    assert.deepStrictEqual(statements[0], ['article', 'start', 'end', 'text', 'speaker', 'speaker_name', 'cue', 'forum']);
    assert.deepStrictEqual(statements[1].slice(3, 5), ['“We will not abandon the Afghan people,”', 'joe-biden']);
    const all = exportFiles(curated(), 'csv');
    for (const f of all) {
      const rows = parseCsv(f.content);
      assert.ok(rows.every((r) => r.length === rows[0].length), `${f.path}: every row has the header's width`);
    }
  });
});

describe('export: brat standoff', () => {
  it('reproduces the text-bound and normalization lines of the format page', () => {
    const corpus: ExportCorpus = { articles: [{ source: 'DOC-1000.txt', path: 'DOC-1000', text: SONY_TEXT, annotations: SONY, notes: [], orphans: [], problems: [] }], actorName: (id) => ({ sony: 'Sony', ericsson: 'Ericsson', sweden: 'Sweden' })[id] ?? id, actorKind: () => 'organization', actorAliases: () => [] };
    const files = exportFiles(corpus, 'brat');
    assert.deepStrictEqual(files.map((f) => f.path), ['DOC-1000.txt', 'DOC-1000.ann', 'annotation.conf']);
    assert.strictEqual(files[0].content, SONY_TEXT);
    assert.strictEqual(
      files[1].content,
      ['T1\tOrganization 0 4\tSony', 'N1\tReference T1 Dossier:sony\tSony', 'T2\tOrganization 33 41\tEricsson', 'N2\tReference T2 Dossier:ericsson\tEricsson', 'T3\tState 75 81\tSweden', 'N3\tReference T3 Dossier:sweden\tSweden', 'T4\tDate 98 103\ttoday', ''].join('\n'),
    );
    const conf = files[2].content;
    for (const section of ['[entities]', '[relations]', '[events]', '[attributes]']) assert.ok(conf.includes(section), section);
    for (const type of ['Person', 'State', 'Demonym', 'Organization', 'Group', 'Place', 'Date', 'Duration', 'Statement']) assert.match(conf, new RegExp(`^${type}$`, 'm'));
  });

  it('every line follows the standoff grammar and every T span is the text it names, in code points', () => {
    const corpus = curated();
    const files = exportFiles(corpus, 'brat');
    for (const a of corpus.articles) {
      const ann = files.find((f) => f.path === `${a.path}.ann`)!.content;
      const cps = [...a.text];
      const ids = new Set<string>();
      for (const line of ann.trimEnd().split('\n')) {
        const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
        const n = /^N\d+\tReference (T\d+) Dossier:[a-z0-9-]+\t.+$/.exec(line);
        const at = /^A\d+\t(Speaker|AtForum|Value) (T\d+) \S+$/.exec(line);
        const note = /^#\d+\tAnnotatorNotes (T\d+)\t.+$/.exec(line);
        assert.ok(t || n || at || note, `bad line: ${line}`);
        if (t) {
          ids.add(t[1]);
          const text = t[3]
            .split(';')
            .map((f) => f.split(' ').map(Number))
            .map(([s, e]) => cps.slice(s, e).join(''))
            .join(' ');
          assert.strictEqual(text, t[4]);
        }
        const ref = n?.[1] ?? at?.[2] ?? note?.[1];
        if (ref) assert.ok(ids.has(ref), `${line} refers to a T line before it`);
      }
    }
  });

  it('declares every attribute value it uses', () => {
    const files = exportFiles(curated(), 'brat');
    const conf = files.find((f) => f.path === 'annotation.conf')!.content;
    for (const f of files.filter((x) => x.path.endsWith('.ann'))) {
      for (const m of f.content.matchAll(/^A\d+\t(\S+) T\d+ (\S+)$/gm)) assert.match(conf, new RegExp(`^${m[1]}\\tArg:[^\\n]*Value:(?:[^\\n]*\\|)?${m[2].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\||$)`, 'm'));
    }
  });

  it('counts offsets in code points after an astral character', () => {
    const text = '🇮🇹 Draghi spoke.';
    const corpus: ExportCorpus = {
      articles: [{ source: 'x.txt', path: 'x', text, annotations: { doc: 'x.txt', docDate: null, actors: [{ start: 5, end: 11, text: 'Draghi', id: 'mario-draghi', kind: 'person' }], dates: [], statements: [], forums: [] }, notes: [], orphans: [], problems: [] }],
      actorName: () => 'Mario Draghi',
      actorKind: () => 'person',
      actorAliases: () => [],
    };
    assert.match(exportFiles(corpus, 'brat')[1].content, /^T1\tPerson 3 9\tDraghi$/m);
  });
});

describe('export: W3C Web Annotation', () => {
  it('is an AnnotationCollection with an embedded first AnnotationPage, as in the model', () => {
    const doc = JSON.parse(file(curated(), 'w3c', 'annotations.jsonld'));
    // https://www.w3.org/TR/annotation-model/#annotation-collection and #annotation-page
    assert.strictEqual(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.strictEqual(doc.type, 'AnnotationCollection');
    assert.strictEqual(doc.first.type, 'AnnotationPage');
    assert.strictEqual(doc.first.partOf, doc.id);
    assert.strictEqual(doc.first.startIndex, 0);
    assert.strictEqual(doc.total, doc.first.items.length);
    const ids = new Set<string>();
    for (const item of doc.first.items) {
      assert.strictEqual(item.type, 'Annotation');
      assert.ok(!ids.has(item.id), `unique id ${item.id}`);
      ids.add(item.id);
      assert.match(item.id, /^urn:/);
      assert.deepStrictEqual(item.target.selector.map((s: { type: string }) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
      const text = read(item.target.source);
      const at = c.anchor(item.target.selector, text);
      assert.ok(at.ok && !at.moved && text.slice(at.start, at.end) === item.target.selector[0].exact);
    }
  });

  it('reads back as the same claims the curation file uses', () => {
    const doc = JSON.parse(file(curated(), 'w3c', 'annotations.jsonld'));
    const claims = doc.first.items.map((i: c.W3CAnnotation) => c.fromW3C(i as never)).filter((x: unknown) => typeof x !== 'string') as c.SpanAnnotation[];
    assert.ok(claims.some((a) => a.claim.type === 'actor' && a.claim.id === 'joe-biden' && a.selectors[0].type === 'TextQuoteSelector' && a.selectors[0].exact === 'POTUS'));
    assert.ok(claims.some((a) => a.claim.type === 'note' && a.claim.text === 'Check the date of this call.'));
    assert.ok(claims.some((a) => a.claim.type === 'date' && a.claim.value === 'PT1H'));
  });
});

describe('export: curated changes reach every format', () => {
  const checks: Record<'json' | 'csv' | 'brat' | 'w3c', (files: { path: string; content: string }[]) => string[]> = {
    json: (fs) => fs.map((f) => f.content),
    csv: (fs) => fs.map((f) => f.content),
    brat: (fs) => fs.filter((f) => f.path.endsWith('.ann')).map((f) => f.content),
    // Contexts of quote selectors name neighbouring words: compare what each annotation says.
    w3c: (fs) => JSON.parse(fs[0].content).first.items.map((i: c.W3CAnnotation) => JSON.stringify([i.target.selector[0], i.body]).replace(/"(prefix|suffix)":"[^"]*"/g, '')),
  };
  for (const format of ['json', 'csv', 'brat', 'w3c'] as const) {
    it(format, () => {
      const withCuration = checks[format](exportFiles(curated(), format)).join('\n');
      const without = checks[format](exportFiles(plain(), format)).join('\n');
      // The alias added to joe-biden, the merge of sleepy-joe, the suppressed Kremlin, the added duration.
      assert.ok(/POTUS/.test(withCuration) && !/POTUS/.test(without), 'added alias');
      assert.ok(!/sleepy-joe/.test(withCuration) && /sleepy-joe/.test(without), 'merge');
      assert.ok(!/Kremlin/.test(withCuration) && /Kremlin/.test(without), 'not an actor');
      assert.ok(/PT1H/.test(withCuration) && !/PT1H/.test(without), 'added date');
      if (format !== 'json') assert.ok(/Check the date of this call\./.test(withCuration), 'note');
      if (format === 'csv') assert.ok(/Joseph R\. Biden/.test(withCuration), 'rename');
      if (format === 'brat') assert.ok(/Dossier:joe-biden\tJoseph R\. Biden/.test(withCuration), 'rename');
    });
  }
});
