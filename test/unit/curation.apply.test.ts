import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as c from '../../src/core/curation';
import { extract } from '../../src/core/pipeline';
import type { ArticleAnnotations } from '../../src/core/types';

const fixtures = path.join(__dirname, '..', 'fixtures', 'curation');
const read = (p: string) => fs.readFileSync(path.join(fixtures, p), 'utf8');
const A = { source: 'articles/a.txt', text: read('articles/a.txt') };
const B = { source: 'articles/b.txt', text: read('articles/b.txt') };
const fixture = c.parseCuration({ actors: read('.dossier/actors.json'), annotations: read('.dossier/annotations.jsonld') });

function curate(article: { source: string; text: string }, curation: c.Curation = fixture.curation): c.CurationResult {
  return c.applyCuration(article.source, article.text, extract(path.basename(article.source), article.text).annotations, curation);
}

function actorsOf(a: ArticleAnnotations): string[] {
  return a.actors.map((m) => `${m.text}=${m.id}/${m.kind}`);
}

function curation(actors: string, annotations = ''): c.Curation {
  const r = c.parseCuration({ actors, annotations });
  assert.deepStrictEqual(r.problems, []);
  return r.curation;
}

describe('applyCuration', () => {
  it('is a no-op without curation', () => {
    for (const art of [A, B]) {
      const raw = extract('x', art.text).annotations;
      const r = c.applyCuration(art.source, art.text, raw, c.emptyCuration());
      assert.strictEqual(r.annotations, raw);
      assert.deepStrictEqual([r.orphans, r.notes, r.anchored, r.problems], [[], [], [], []]);
    }
  });

  it('says which articles it can change: all under actor knowledge, only those annotated under annotations alone', () => {
    assert.strictEqual(c.curationAffects(A.source, c.emptyCuration()), false);
    assert.strictEqual(c.curationAffects(B.source, fixture.curation), true, 'actor knowledge reaches every article');
    const annotationsOnly = curation('', read('.dossier/annotations.jsonld'));
    assert.strictEqual(c.curationAffects(A.source, annotationsOnly), true, 'a.txt is annotated');
    assert.strictEqual(c.curationAffects('articles/other.txt', annotationsOnly), false, 'other.txt is not');
    // What it says is what applyCuration does: an article it cannot change comes back as it was.
    const raw = extract('other', B.text).annotations;
    assert.strictEqual(c.applyCuration('articles/other.txt', B.text, raw, annotationsOnly).annotations, raw);
    assert.notStrictEqual(c.applyCuration(B.source, B.text, raw, annotationsOnly).annotations, raw);
  });

  it('merges, renames through aliases, changes kinds and suppresses forms in every article', () => {
    const a = curate(A).annotations;
    const b = curate(B).annotations;
    assert.ok(actorsOf(a).includes('Sleepy Joe=joe-biden/person'));
    assert.ok(actorsOf(b).includes('Sleepy Joe=joe-biden/person'));
    assert.ok(!actorsOf(a).some((m) => m.startsWith('Kremlin=')));
    assert.ok(actorsOf(b).includes('Taliban=taliban/organization'));
    assert.ok(actorsOf(b).includes('POTUS=joe-biden/person'), 'an added alias is found in the text');
  });

  it('applies the span annotations of its own article only', () => {
    const a = curate(A);
    assert.deepStrictEqual(
      a.annotations.dates.map((d) => [d.text, d.kind, d.value]),
      [
        ['Tuesday', 'date', '2021-10-12'],
        ['an hour', 'duration', 'PT1H'],
      ],
    );
    assert.strictEqual(a.annotations.statements[0].forum, 'biden-draghi-call-2021-10-12');
    assert.deepStrictEqual(
      a.notes.map((n) => [A.text.slice(n.start, n.end), n.text]),
      [['Mario Draghi', 'Check the date of this call.']],
    );
    const b = curate(B).annotations;
    assert.ok(!actorsOf(b).some((m) => m.startsWith('Washington=')), 'one span marked not an actor');
    assert.ok(actorsOf(b).includes('Doha=qatar/state'));
    assert.deepStrictEqual(
      b.statements.map((s) => [s.text, s.speaker]),
      [
        ['“The talks were useful,”', 'taliban'],
        ['Brexit came up again', 'joe-biden'],
      ],
    );
  });

  it('keeps spans consistent with the text, sorted', () => {
    for (const art of [A, B]) {
      const a = curate(art).annotations;
      for (const layer of [a.actors, a.dates, a.statements]) {
        for (const x of layer) assert.strictEqual(art.text.slice(x.start, x.end), x.text);
        assert.deepStrictEqual(
          layer.map((x) => x.start),
          [...layer.map((x) => x.start)].sort((p, q) => p - q),
        );
      }
    }
  });

  it('reports orphans after the article changed and applies the rest where the text moved', () => {
    const edited = { source: A.source, text: A.text.replace(' The call lasted an hour.', '').replace('Tuesday.', 'Tuesday, by phone.') };
    const r = curate(edited);
    assert.deepStrictEqual(
      r.orphans.map((o) => o.annotation.id),
      ['urn:uuid:00000000-0000-4000-8000-000000000002'],
    );
    assert.match(r.orphans[0].reason, /“an hour” is no longer in the article/);
    assert.ok(!r.annotations.dates.some((d) => d.text === 'an hour'));
    assert.strictEqual(r.annotations.statements[0].forum, 'biden-draghi-call-2021-10-12');
    assert.strictEqual(r.notes.length, 1);
  });

  it('reports an edit whose statement is gone', () => {
    const text = 'He said nothing at all.';
    const edit = c.setStatementSpeaker('', { source: 's.txt', text, start: 3, end: 7 }, 'x', { id: 'urn:e' });
    assert.ok(edit.ok);
    const cur = curation('', edit.text);
    const r = c.applyCuration('s.txt', text, extract('s.txt', text).annotations, cur);
    assert.deepStrictEqual(r.problems.map((p) => p.message), ['no statement at “said” to change']);
  });

  it('adds an alias wherever it stands as a whole word, longest first, leaving longer mentions alone', () => {
    const text = 'The Khorasan Province claimed it. ISKP and the Islamic State Khorasan Province, not Khorasan alone. Khorasani.';
    const raw: ArticleAnnotations = { doc: 'x', docDate: null, actors: [{ start: 47, end: 60, text: 'Islamic State', id: 'islamic-state', kind: 'group' }], dates: [], statements: [], forums: [] };
    let k = (c.addAlias('', 'isis-k', 'Khorasan Province', { kind: 'group' }) as { text: string }).text;
    k = (c.addAlias(k, 'isis-k', 'Islamic State Khorasan Province') as { text: string }).text;
    k = (c.addAlias(k, 'isis-k', 'ISKP') as { text: string }).text;
    k = (c.addAlias(k, 'khorasan', 'Khorasan', { kind: 'place' }) as { text: string }).text;
    const r = c.applyCuration('x', text, raw, curation(k)).annotations;
    assert.deepStrictEqual(actorsOf(r), ['Khorasan Province=isis-k/group', 'ISKP=isis-k/group', 'Islamic State Khorasan Province=isis-k/group', 'Khorasan=khorasan/place']);
  });

  it('does not match an alias inside the header or inside a word', () => {
    const text = ' date 2021-10-13 Datelines and date lines: Date.';
    const k = (c.addAlias('', 'dateline-inc', 'Date', { kind: 'organization' }) as { text: string }).text;
    const raw: ArticleAnnotations = { doc: 'x', docDate: '2021-10-13', actors: [], dates: [], statements: [], forums: [] };
    assert.deepStrictEqual(actorsOf(c.applyCuration('x', text, raw, curation(k)).annotations), ['Date=dateline-inc/organization']);
  });

  it('splits an alias off, also where an article names the person by surname only', () => {
    const text = 'Joe Biden spoke. Later Biden left.';
    const raw = extract('x', text).annotations;
    const k = (c.splitAlias('', 'Biden', 'joe-biden', 'hunter-biden', { kind: 'person' }) as { text: string }).text;
    assert.deepStrictEqual(actorsOf(c.applyCuration('x', text, raw, curation(k)).annotations), ['Joe Biden=joe-biden/person', 'Biden=hunter-biden/person']);
    const alone = 'Biden left.';
    const rawAlone = extract('y', alone).annotations;
    assert.deepStrictEqual(actorsOf(c.applyCuration('y', alone, rawAlone, curation(k)).annotations), ['Biden=hunter-biden/person']);
  });

  it('keeps demonyms demonyms when their state changes kind, and remaps speakers and forum members through merges', () => {
    const raw: ArticleAnnotations = {
      doc: 'x',
      docDate: null,
      actors: [{ start: 0, end: 7, text: 'Italian', id: 'italy', kind: 'demonym' }],
      dates: [],
      statements: [{ start: 10, end: 15, text: '“Hi.”', speaker: 'draghi', cue: null, forum: null }],
      forums: [{ id: 'f', name: 'f', date: null, place: 'rome', host: 'draghi', participants: ['draghi', 'mario-draghi'], mentions: [] }],
    };
    let k = (c.setKind('', 'italy', 'organization') as { text: string }).text;
    k = (c.mergeActors(k, 'draghi', 'mario-draghi') as { text: string }).text;
    const r = c.applyCuration('x', 'Italian   “Hi.”', raw, curation(k)).annotations;
    assert.strictEqual(r.actors[0].kind, 'demonym');
    assert.strictEqual(r.statements[0].speaker, 'mario-draghi');
    assert.deepStrictEqual([r.forums[0].host, r.forums[0].participants], ['mario-draghi', ['mario-draghi']]);
  });

  it('gives curated names, kinds and aliases after merges', () => {
    const k = curation(read('.dossier/actors.json'));
    assert.deepStrictEqual(c.curatedActor(k, 'sleepy-joe'), { id: 'joe-biden', name: 'Joseph R. Biden', aliases: ['POTUS'] });
    assert.strictEqual(c.canonicalId(k, 'sleepy-joe'), 'joe-biden');
  });

  it('says which articles a change affects', () => {
    const before = fixture.curation;
    const note = c.addNote(read('.dossier/annotations.jsonld'), { source: B.source, text: B.text, start: 17, end: 27 }, 'who?', { id: 'urn:new', created: 'x' }) as { text: string };
    const after = curation(read('.dossier/actors.json'), note.text);
    assert.deepStrictEqual(c.affectedSources(before, after), { all: false, sources: ['articles/b.txt'] });
    const alias = curation((c.addAlias(read('.dossier/actors.json'), 'joe-biden', 'Joe') as { text: string }).text, read('.dossier/annotations.jsonld'));
    assert.deepStrictEqual(c.affectedSources(before, alias), { all: true, sources: [] });
    assert.deepStrictEqual(c.affectedSources(before, before), { all: false, sources: [] });
  });

});

describe('CurationStore', () => {
  it('keeps the last good state while a file is broken, and refuses writes to it', () => {
    const store = new c.CurationStore();
    const changes: c.CurationChange[] = [];
    store.onDidChange((e) => changes.push(e));
    assert.deepStrictEqual(store.update('actors.json', read('.dossier/actors.json')), []);
    assert.strictEqual(changes.length, 1);
    assert.strictEqual(changes[0].affected.all, true);
    const good = store.curation;
    const problems = store.update('actors.json', '{"actors": {');
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(store.curation, good);
    assert.strictEqual(store.canWrite('actors.json'), false);
    assert.strictEqual(changes.length, 1);
    store.update('actors.json', read('.dossier/actors.json'));
    assert.strictEqual(store.canWrite('actors.json'), true);
    assert.strictEqual(changes.length, 1, 'the same content again changes nothing');
    store.update('annotations.jsonld', read('.dossier/annotations.jsonld'));
    assert.deepStrictEqual(changes[1].affected, { all: false, sources: ['articles/a.txt', 'articles/b.txt'] });
    store.update('annotations.jsonld', undefined);
    assert.deepStrictEqual(store.curation.annotations, []);
  });
});
