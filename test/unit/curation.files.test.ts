import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import actorsSchema from '../../schemas/dossier-actors.schema.json';
import annotationsSchema from '../../schemas/dossier-annotations.schema.json';
import * as c from '../../src/core/curation';
import { parseJson } from '../../src/core/curation/json';
import { validate, type Schema } from '../../src/core/curation/schema';

const fixtures = path.join(__dirname, '..', 'fixtures', 'curation');
const actorsText = fs.readFileSync(path.join(fixtures, '.dossier', 'actors.json'), 'utf8');
const annotationsText = fs.readFileSync(path.join(fixtures, '.dossier', 'annotations.jsonld'), 'utf8');
const articleA = fs.readFileSync(path.join(fixtures, 'articles', 'a.txt'), 'utf8');

function ok<T extends { ok: boolean }>(e: T): Extract<T, { ok: true }> {
  assert.ok(e.ok, JSON.stringify(e));
  return e as Extract<T, { ok: true }>;
}

function target(text: string, quote: string, source = 'articles/a.txt'): c.SpanTarget {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return { source, text, start, end: start + quote.length };
}

describe('curation files: schemas and reading', () => {
  it('the example files satisfy their schemas', () => {
    for (const [text, schema] of [
      [actorsText, actorsSchema],
      [annotationsText, annotationsSchema],
    ] as const) {
      const parsed = parseJson(text);
      assert.ok(parsed.ok);
      assert.deepStrictEqual(validate(text, parsed.node, schema as Schema), []);
    }
  });

  it('agrees with an independent JSON Schema validator where one is installed', function () {
    let Ajv: new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      Ajv = require('ajv');
    } catch {
      this.skip();
    }
    const ajv = new Ajv({ allErrors: true });
    const actors = ajv.compile(actorsSchema);
    const annotations = ajv.compile(annotationsSchema);
    assert.ok(actors(JSON.parse(actorsText)), JSON.stringify(actors.errors));
    assert.ok(annotations(JSON.parse(annotationsText)), JSON.stringify(annotations.errors));
    assert.strictEqual(actors({ actors: { 'Joe Biden': {} } }), false);
    assert.strictEqual(annotations({ '@context': 'x', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [] } }), false);
  });

  it('reads the example files into the model', () => {
    const k = ok(c.parseActorsFile(actorsText)).value;
    assert.deepStrictEqual(k.merges, { 'sleepy-joe': 'joe-biden' });
    assert.deepStrictEqual(k.actors['joe-biden'], { aliases: ['POTUS'], name: 'Joseph R. Biden' });
    const anns = ok(c.parseAnnotationsFile(annotationsText)).value;
    assert.deepStrictEqual(anns.map((a) => a.claim.type).sort(), ['actor', 'date', 'notActor', 'note', 'statement', 'statementEdit']);
    const note = anns.find((a) => a.claim.type === 'note')!;
    assert.deepStrictEqual(note.claim, { type: 'note', text: 'Check the date of this call.' });
    assert.strictEqual(note.creator, 'analyst');
  });

  it('an absent or empty file is an empty curation', () => {
    assert.deepStrictEqual(ok(c.parseActorsFile('')).value, c.emptyKnowledge());
    assert.deepStrictEqual(ok(c.parseAnnotationsFile('  \n')).value, []);
  });

  it('reports a JSON syntax error at its line and column', () => {
    const broken = '{\n  "actors": {\n    "joe-biden": { "kind": "person", }\n  }\n}\n';
    const r = c.parseActorsFile(broken);
    assert.strictEqual(r.ok, false);
    assert.deepStrictEqual(
      r.problems.map((p) => [p.line, p.column, p.message]),
      [[3, 36, 'trailing comma before }']],
    );
  });

  it('reports schema problems at the offending value', () => {
    const text = '{\n  "actors": {\n    "Joe Biden": { "kind": "human" }\n  },\n  "merges": { "a": 3 },\n  "bogus": true\n}\n';
    const r = c.parseActorsFile(text);
    assert.strictEqual(r.ok, false);
    const got = r.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    assert.ok(got.some((g) => g.startsWith('3:5 ') && /'Joe Biden' is not a valid key/.test(g)), got.join('\n'));
    assert.ok(got.some((g) => g.startsWith('3:28 ') && /actors\.Joe Biden\.kind: must be one of "person"/.test(g)), got.join('\n'));
    assert.ok(got.some((g) => g.startsWith('5:20 ') && /merges\.a: expected a string, found integer|merges\.a: expected a string, found a number/.test(g)), got.join('\n'));
    assert.ok(got.some((g) => g.startsWith('6:3 ') && /unknown property 'bogus'/.test(g)), got.join('\n'));
  });

  it('keeps an annotation it does not understand, with a warning, and still reads the rest', () => {
    const doc = JSON.parse(annotationsText);
    doc.first.items.push({ id: 'urn:x', type: 'Annotation', motivation: 'bookmarking', target: { source: 'articles/a.txt', selector: [{ type: 'TextPositionSelector', start: 0, end: 3 }] } });
    const text = JSON.stringify(doc, null, 2);
    const r = ok(c.parseAnnotationsFile(text));
    assert.strictEqual(r.value.length, 6);
    assert.strictEqual(r.problems.length, 1);
    assert.strictEqual(r.problems[0].severity, 'warning');
    assert.match(r.problems[0].message, /bookmarking/);
    // And an edit keeps it in the file.
    const edited = ok(c.addNote(text, target(articleA, 'Tuesday'), 'which Tuesday?', { id: 'urn:n', created: 'now' })).text;
    assert.ok(JSON.parse(edited).first.items.some((i: { id: string }) => i.id === 'urn:x'));
  });

  it('reports and ignores a merge cycle', () => {
    const r = ok(c.parseActorsFile('{"merges": {"a": "b", "b": "a", "c": "d"}}'));
    assert.deepStrictEqual(r.value.merges, { c: 'd' });
    assert.strictEqual(r.problems.length, 2);
    assert.ok(r.problems.every((p) => p.severity === 'warning'));
  });

  it('parseCuration keeps what can be read and reports the rest', () => {
    const r = c.parseCuration({ actors: '{', annotations: annotationsText });
    assert.deepStrictEqual(r.curation.knowledge, c.emptyKnowledge());
    assert.strictEqual(r.curation.annotations.length, 6);
    assert.deepStrictEqual(r.problems.map((p) => p.file), ['actors.json']);
  });
});

describe('curation files: edits', () => {
  it('rebuilds the example actors file from its edits, byte for byte', () => {
    let t = '';
    t = ok(c.addAlias(t, 'joe-biden', 'POTUS')).text;
    t = ok(c.renameActor(t, 'joe-biden', 'Joseph R. Biden')).text;
    t = ok(c.mergeActors(t, 'sleepy-joe', 'joe-biden')).text;
    t = ok(c.setKind(t, 'taliban', 'organization')).text;
    t = ok(c.suppress(t, 'Kremlin')).text;
    assert.strictEqual(t, actorsText);
  });

  it('writes sorted keys, two-space indentation and a final newline whatever the order of edits', () => {
    let a = '';
    a = ok(c.suppress(a, 'Zeta')).text;
    a = ok(c.suppress(a, 'Alpha')).text;
    a = ok(c.addAlias(a, 'b-actor', 'Bee', { kind: 'group' })).text;
    a = ok(c.addAlias(a, 'a-actor', 'Ay', { kind: 'person' })).text;
    let b = '';
    b = ok(c.addAlias(b, 'a-actor', 'Ay', { kind: 'person' })).text;
    b = ok(c.suppress(b, 'Alpha')).text;
    b = ok(c.addAlias(b, 'b-actor', 'Bee', { kind: 'group' })).text;
    b = ok(c.suppress(b, 'Zeta')).text;
    assert.strictEqual(a, b);
    assert.ok(a.endsWith('}\n'));
    assert.ok(a.includes('\n  "actors": {\n    "a-actor": {'));
    assert.deepStrictEqual(JSON.parse(a).notActors, ['Alpha', 'Zeta']);
  });

  it('refuses to edit a file it cannot read, and says why', () => {
    const r = c.addAlias('{"actors": ', 'joe-biden', 'POTUS');
    assert.strictEqual(r.ok, false);
    assert.match((r as { problems: c.Problem[] }).problems[0].message, /expected a value/);
    assert.strictEqual(c.addNote('[]', target(articleA, 'Tuesday'), 'x').ok, false);
  });

  it('refuses bad ids, kinds and merge cycles', () => {
    assert.strictEqual(c.addAlias('', 'Joe Biden', 'Joe').ok, false);
    assert.strictEqual(c.setKind('', 'joe-biden', 'wizard' as never).ok, false);
    const t = ok(c.mergeActors('', 'a', 'b')).text;
    assert.strictEqual(c.mergeActors(t, 'b', 'a').ok, false);
    assert.strictEqual(c.mergeActors(t, 'a', 'a').ok, false);
  });

  it('keeps merge chains one step long', () => {
    let t = ok(c.mergeActors('', 'a', 'b')).text;
    t = ok(c.mergeActors(t, 'b', 'c')).text;
    assert.deepStrictEqual(JSON.parse(t).merges, { a: 'c', b: 'c' });
  });

  it('splits an alias off into a new actor, taking it from the old one', () => {
    let t = ok(c.addAlias('', 'joe-biden', 'Biden')).text;
    t = ok(c.splitAlias(t, 'Biden', 'joe-biden', 'hunter-biden', { kind: 'person', name: 'Hunter Biden' })).text;
    const k = JSON.parse(t);
    assert.deepStrictEqual(k.splits, [{ alias: 'Biden', from: 'joe-biden', into: 'hunter-biden' }]);
    assert.deepStrictEqual(k.actors, { 'hunter-biden': { kind: 'person', name: 'Hunter Biden' } });
  });

  it('marks one span twice and keeps one annotation; a speaker change folds into the statement annotation', () => {
    const t1 = ok(c.addActorSpan('', target(articleA, 'Kremlin'), 'kremlin', 'organization', { id: 'urn:1', created: 'x' }));
    const t2 = ok(c.suppressSpan(t1.text, target(articleA, 'Kremlin'), { id: 'urn:2', created: 'x' }));
    const items = JSON.parse(t2.text).first.items;
    assert.deepStrictEqual(items.map((i: { id: string }) => i.id), ['urn:2']);
    const q = target(articleA, '“We will not abandon the Afghan people,”');
    const s1 = ok(c.addStatementSpan('', q, 'joe-biden', null, { id: 'urn:s', created: 'x' }));
    const s2 = ok(c.setStatementSpeaker(s1.text, q, 'white-house'));
    assert.strictEqual(s2.id, 'urn:s');
    const parsed = ok(c.parseAnnotationsFile(s2.text)).value;
    assert.deepStrictEqual(parsed.map((a) => a.claim), [{ type: 'statement', speaker: 'white-house', forum: null }]);
    // A second edit of the same extracted statement updates the first edit.
    const e1 = ok(c.setStatementSpeaker('', q, 'white-house', { id: 'urn:e' }));
    const e2 = ok(c.setStatementForum(e1.text, q, null));
    assert.deepStrictEqual(ok(c.parseAnnotationsFile(e2.text)).value.map((a) => a.claim), [{ type: 'statementEdit', speaker: 'white-house', forum: null }]);
  });

  it('adds, edits and removes notes; removeNote never removes a correction', () => {
    const n = ok(c.addNote('', target(articleA, 'Tuesday'), 'Which Tuesday?', { id: 'urn:n', created: 'x' }));
    const e = ok(c.editNote(n.text, 'urn:n', 'The 12th.', 'y'));
    const parsed = ok(c.parseAnnotationsFile(e.text)).value;
    assert.deepStrictEqual(parsed[0].claim, { type: 'note', text: 'The 12th.' });
    const withDate = ok(c.addDateSpan(e.text, target(articleA, 'an hour'), 'duration', 'PT1H', { id: 'urn:d' }));
    assert.strictEqual(c.removeNote(withDate.text, 'urn:d').ok, false);
    const removed = ok(c.removeNote(withDate.text, 'urn:n'));
    assert.deepStrictEqual(JSON.parse(removed.text).first.items.map((i: { id: string }) => i.id), ['urn:d']);
    assert.strictEqual(JSON.parse(removed.text).total, 1);
  });

  it('gives new annotations a urn:uuid id and a creation time', () => {
    const n = ok(c.addNote('', target(articleA, 'Tuesday'), 'x'));
    assert.match(n.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.ok(!Number.isNaN(Date.parse(JSON.parse(n.text).first.items[0].created)));
  });

  it('refreshes the selectors of annotations that moved', () => {
    const moved = 'Update: ' + articleA;
    const anns = ok(c.parseAnnotationsFile(annotationsText)).value;
    const a = anns.find((x) => x.claim.type === 'note')!;
    const at = c.anchor(a.selectors, moved);
    assert.ok(at.ok && at.moved);
    const t = ok(c.refreshSelectors(annotationsText, moved, [{ annotation: a, start: at.start, end: at.end, moved: true }])).text;
    const again = ok(c.parseAnnotationsFile(t)).value.find((x) => x.id === a.id)!;
    assert.deepStrictEqual(c.anchor(again.selectors, moved), { ok: true, start: at.start, end: at.end, moved: false });
  });
});

describe('curation files: package.json', () => {
  it('contributes both schemas for the .dossier files, and ships them', () => {
    const root = path.join(__dirname, '..', '..');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const byFile = Object.fromEntries(pkg.contributes.jsonValidation.map((v: { fileMatch: string; url: string }) => [v.fileMatch, v.url]));
    assert.deepStrictEqual(byFile, { '**/.dossier/actors.json': './schemas/dossier-actors.schema.json', '**/.dossier/annotations.jsonld': './schemas/dossier-annotations.schema.json' });
    for (const url of Object.values(byFile) as string[]) assert.ok(fs.existsSync(path.join(root, url)), url);
    assert.match(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!schemas\/\*\*$/m);
  });
});
