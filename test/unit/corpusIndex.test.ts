import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../../src/core/article';
import { CorpusIndex, SharedStrings, StringTable, valueRange, type IndexedArticle } from '../../src/core/corpusIndex';
import { packArticle } from '../../src/core/packedArticle';
import { extract } from '../../src/core/pipeline';
import type { ActorKind, ArticleAnnotations, Forum, Statement } from '../../src/core/types';

// Index tests use hand-made annotations (through setExtracted), so they test the index alone,
// whatever the extractors find.

type ActorSpec = [text: string, id: string, kind: ActorKind];

function entry(name: string, text: string, spec: { actors?: ActorSpec[]; statements?: [quote: string, speaker: string, forum: string | null][]; forums?: (Partial<Forum> & { id: string; mention: string })[]; dates?: [string, string][] }): IndexedArticle {
  const article = parseArticle(name, text);
  const at = (needle: string, from = 0) => {
    const start = text.indexOf(needle, from);
    assert.ok(start >= 0, `${needle} in ${name}`);
    return { start, end: start + needle.length, text: needle };
  };
  const actors = [];
  const seen = new Map<string, number>();
  for (const [t, id, kind] of spec.actors ?? []) {
    const span = at(t, seen.get(t) ?? 0);
    seen.set(t, span.end);
    actors.push({ ...span, id, kind });
  }
  const statements: Statement[] = (spec.statements ?? []).map(([q, speaker, forum]) => ({ ...at(q), speaker, cue: null, forum }));
  const forums: Forum[] = (spec.forums ?? []).map((f) => ({ id: f.id, name: f.name ?? f.mention, date: f.date ?? null, place: f.place ?? null, host: f.host ?? null, participants: f.participants ?? [], mentions: [at(f.mention)] }));
  const dates = (spec.dates ?? []).map(([t, value]) => ({ ...at(t), kind: 'date' as const, value }));
  const annotations: ArticleAnnotations = { doc: name, docDate: article.docDate, actors, dates, statements, forums };
  return { name, article, annotations };
}

const A = () =>
  entry('a.txt', ' date 2021-10-13 US President Mara Velden joined the G20 special session on Tuesday. “We stand with Afghans,” Velden said.', {
    actors: [['US', 'united-states', 'state'], ['Mara Velden', 'mara-velden', 'person'], ['G20', 'g20', 'organization'], ['Afghans', 'afghanistan', 'demonym'], ['Velden', 'mara-velden', 'person']],
    statements: [['“We stand with Afghans,”', 'mara-velden', 'g20-session']],
    forums: [{ id: 'g20-session', mention: 'the G20 special session', date: '2021-10-12', participants: ['mara-velden', 'g20'], host: 'g20' }],
    dates: [['Tuesday', '2021-10-12']],
  });

const B = (withVelden = true) =>
  entry('b.txt', ` date 2021-10-20 ${withVelden ? 'Velden' : 'Orlov'} spoke to Pakistan about the G20 special session in October.`, {
    actors: [[withVelden ? 'Velden' : 'Orlov', withVelden ? 'velden' : 'orlov', 'person'], ['Pakistan', 'pakistan', 'state'], ['G20', 'g20', 'organization']],
    forums: [{ id: 'g20-session', mention: 'the G20 special session', participants: ['pakistan'] }],
    dates: [['October', '2021-10']],
  });

/** Everything the index answers, as plain data, to compare an incrementally updated index with a fresh one. */
function snapshot(index: CorpusIndex) {
  const actorIds = index.actors().map((a) => a.id).sort();
  return {
    articles: index.articleNames().sort(),
    actors: index.actors().sort((x, y) => x.id.localeCompare(y.id)),
    cards: actorIds.map((id) => index.actorCard(id)),
    forums: index.forums().sort((x, y) => x.id.localeCompare(y.id)),
    statements: index.statements(),
    speakers: index.speakers().sort((x, y) => (x.id ?? '').localeCompare(y.id ?? '')),
    bySpeaker: index.speakers().map((s) => index.statementsBy(s.id)),
    october: index.onDate('2021-10'),
    refs: actorIds.map((id) => index.references(id)),
    symbols: index.symbols(''),
  };
}

function fresh(...entries: IndexedArticle[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const e of entries) index.setExtracted(e);
  return index;
}

describe('CorpusIndex', () => {
  it('links a surname in one article to the full name in another', () => {
    const index = fresh(A(), B());
    assert.strictEqual(index.resolve('velden'), 'mara-velden');
    assert.deepStrictEqual(index.annotations('b.txt')!.actors.map((a) => a.id), ['mara-velden', 'pakistan', 'g20']);
    const refs = index.references('mara-velden');
    assert.deepStrictEqual(refs.map((r) => `${r.article}:${r.item.text}`), ['a.txt:Mara Velden', 'a.txt:Velden', 'b.txt:Velden']);
  });

  it("builds an actor's card: aliases, mentions per article, statements, forums, co-actors, dates", () => {
    const card = fresh(A(), B()).actorCard('mara-velden')!;
    assert.strictEqual(card.name, 'Mara Velden');
    assert.deepStrictEqual(card.aliases, ['Velden']);
    assert.deepStrictEqual(card.articles.map((m) => [m.article, m.count, m.first.text]), [['a.txt', 2, 'Mara Velden'], ['b.txt', 1, 'Velden']]);
    assert.strictEqual(card.articleCount, 2);
    assert.strictEqual(card.mentionCount, 3);
    assert.deepStrictEqual(card.statements.map((s) => s.item.text), ['“We stand with Afghans,”']);
    assert.deepStrictEqual(card.forums.map((f) => f.item.id), ['g20-session']);
    assert.deepStrictEqual(card.coActors.map((c) => [c.id, c.count]), [['g20', 2], ['afghanistan', 1], ['pakistan', 1], ['united-states', 1]]);
    assert.strictEqual(card.firstDate, '2021-10-13');
    assert.strictEqual(card.lastDate, '2021-10-20');
  });

  it("merges one forum seen in two articles into one card", () => {
    const card = fresh(A(), B()).forumCard('g20-session')!;
    assert.deepStrictEqual(card.articles, ['a.txt', 'b.txt']);
    assert.strictEqual(card.forum.date, '2021-10-12');
    assert.deepStrictEqual(card.forum.participants, ['mara-velden', 'g20', 'pakistan']);
    assert.strictEqual(card.statements.length, 1);
    assert.strictEqual(card.mentions.length, 2);
  });

  it('answers what is at an offset', () => {
    const index = fresh(A(), B());
    const text = index.get('b.txt')!.article.text;
    const found = index.at('b.txt', text.indexOf('Velden') + 1);
    assert.deepStrictEqual(found.actors.map((a) => a.id), ['mara-velden']);
    const quote = index.get('a.txt')!.article.text.indexOf('We stand');
    assert.strictEqual(index.at('a.txt', quote).statements[0].speaker, 'mara-velden');
    assert.strictEqual(index.at('a.txt', index.get('a.txt')!.article.text.indexOf('special')).forumMentions[0].forum.id, 'g20-session');
  });

  it('answers what happened on a date across the corpus', () => {
    const card = fresh(A(), B()).onDate('2021-10-12');
    assert.deepStrictEqual(card.mentions.map((m) => `${m.article}:${m.item.text}`), ['a.txt:Tuesday', 'b.txt:October']);
    assert.deepStrictEqual(card.forums.map((f) => f.item.id), ['g20-session']);
    assert.strictEqual(card.mentionCount, 2);
    const hover = fresh(A(), B()).onDate('2021-10-12', { listLimit: 1 });
    assert.deepStrictEqual(hover.mentions.map((m) => m.item.text), ['Tuesday'], 'a hover lists as many as it asks for');
    assert.strictEqual(hover.mentionCount, 2, 'and counts them all');
    const year = fresh(A(), B()).onDate('2021');
    assert.ok(year.articles.length >= 2 && year.articleCount === year.articles.length, 'articles dated then: all of them without a limit');
    const few = fresh(A(), B()).onDate('2021', { listLimit: 1 });
    assert.deepStrictEqual(few.articles, year.articles.slice(0, 1), 'the first by name with one');
    assert.strictEqual(few.articleCount, year.articleCount);
    assert.strictEqual(year.forumCount, year.forums.length);
    assert.deepStrictEqual({ forums: few.forums, count: few.forumCount }, { forums: year.forums.slice(0, 1), count: year.forumCount }, 'forums too: the first, and the count of all');
  });

  it('lists only as many articles as asked, counting them all', () => {
    const card = fresh(A(), B()).actorCard('g20', { articleLimit: 1 })!;
    assert.deepStrictEqual(card.articles.map((a) => a.article), ['a.txt']);
    assert.strictEqual(card.articleCount, 2);
    assert.strictEqual(card.mentionCount, 2);
  });

  it('finds symbols by name, case-insensitively', () => {
    const names = fresh(A(), B()).symbols('veld').map((s) => `${s.kind}:${s.name}`);
    assert.deepStrictEqual(names, ['actor:Mara Velden']);
  });

  describe('incremental updates end equal to a fresh index', () => {
    it('add', () => {
      const index = fresh(A());
      index.setExtracted(B());
      assert.deepStrictEqual(snapshot(index), snapshot(fresh(A(), B())));
    });
    it('change', () => {
      const index = fresh(A(), B());
      index.setExtracted(B(false));
      assert.deepStrictEqual(snapshot(index), snapshot(fresh(A(), B(false))));
      assert.strictEqual(index.actorCard('mara-velden')!.articleCount, 1);
      assert.ok(index.actorCard('orlov'));
    });
    it('remove', () => {
      const index = fresh(A(), B());
      index.delete('a.txt');
      assert.deepStrictEqual(snapshot(index), snapshot(fresh(B())));
      assert.strictEqual(index.resolve('velden'), 'velden', 'without the full name the surname stands alone');
      assert.strictEqual(index.actorCard('mara-velden'), undefined);
      assert.strictEqual(index.forumCard('g20-session')!.articles.length, 1);
    });
    it('fires a change event per update', () => {
      const index = fresh();
      const seen: string[] = [];
      index.onDidChange((e) => seen.push(...e.articles));
      index.setExtracted(A());
      index.delete('a.txt');
      index.delete('missing.txt');
      assert.deepStrictEqual(seen, ['a.txt', 'a.txt']);
    });
  });

  it("lists speakers and each one's statements from the aggregates, as a scan of every statement would", () => {
    const c = entry('c.txt', ' date 2021-10-21 “Aid must flow,” an official said. Orlov said: “No.” “Yes,” said Velden.', {
      actors: [['Orlov', 'orlov', 'person'], ['Velden', 'velden', 'person']],
      statements: [['“Aid must flow,”', null as unknown as string, null], ['“No.”', 'orlov', null], ['“Yes,”', 'velden', null]],
    });
    const index = fresh(A(), B(), c);
    const all = index.statements();
    const speakers = index.speakers();
    assert.deepStrictEqual(
      speakers.map((s) => [s.id, s.count]).sort(),
      [[null, 1], ['mara-velden', 2], ['orlov', 1]].sort(),
      'the surname Velden counts under the full name it resolves to',
    );
    for (const s of speakers) {
      const want = all.filter((x) => x.item.speaker === s.id).sort((x, y) => x.article.localeCompare(y.article) || x.item.start - y.item.start);
      assert.deepStrictEqual(index.statementsBy(s.id), want);
    }
    // The filter's scan: what it keeps, built as statements() builds them, with the resolved speaker.
    assert.deepStrictEqual(index.statementsWhere(() => true), all);
    const seen: [string, string | null][] = [];
    const kept = index.statementsWhere((text, speaker) => (seen.push([text, speaker]), speaker === 'mara-velden' || text.includes('No')));
    assert.deepStrictEqual(seen, all.map((x) => [x.item.text, x.item.speaker]));
    assert.deepStrictEqual(kept, all.filter((x) => x.item.speaker === 'mara-velden' || x.item.text.includes('No')));
    assert.ok(kept.length > 0 && kept.length < all.length);
    // The view's filter: the text or the speaker's name (not the id), in any case.
    assert.deepStrictEqual(index.statementsMatching('mara'), all.filter((x) => x.item.speaker === 'mara-velden'));
    assert.deepStrictEqual(index.statementsMatching('aid must'), all.filter((x) => x.item.text.startsWith('“Aid')));
  });

  it('extracts and indexes raw text with set()', () => {
    const index = new CorpusIndex();
    index.set('x.txt', ' date 2021-10-13 Hello.');
    assert.strictEqual(index.get('x.txt')!.article.docDate, '2021-10-13');
    assert.strictEqual(index.size, 1);
  });
});

describe('CorpusIndex: packed articles', () => {
  const seeds = path.join(__dirname, '../../seeds');
  const texts = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: fs.readFileSync(path.join(seeds, f), 'utf8') }));
  // Characters the packed text must carry through: beyond Latin-1, astral, a lone surrogate, CRLF.
  texts.push({ name: 'odd.txt', text: ' date 2021-10-13 “Ünïcode” — 𝒜 said Mara Velden.\r\nBroken \ud800 half, Kabul.' });

  it('gives back the article and annotations it was given, for text and its ids', () => {
    const index = new CorpusIndex();
    const originals = texts.map(({ name, text }) => ({ name, ...extract(name, text) }));
    for (const e of originals) index.setExtracted(e);
    const rebuilt = new CorpusIndex();
    for (const e of originals) rebuilt.setPacked(structuredClone(packArticle(e.article, e.annotations, e.name)));
    // As a worker sends them: strings numbered across articles, each string posted once, with the first article using it.
    const viaTable = new CorpusIndex();
    const table = new StringTable();
    const shared = new SharedStrings();
    for (const e of originals) {
      const packed = structuredClone(packArticle(e.article, e.annotations, e.name, table));
      assert.deepStrictEqual(packed.strings, []);
      shared.add(structuredClone(table.takeNew()));
      viaTable.setPacked(packed, shared);
    }
    assert.ok(shared.strings.length > 0);
    for (const e of originals) {
      for (const got of [index, rebuilt, viaTable]) {
        // Past the recent-article cache: forget it by filling it with other names.
        for (let i = 0; i < 40; i++) got.setExtracted(entry(`filler-${i}.txt`, 'Nothing here.', {}));
        for (let i = 0; i < 40; i++) got.delete(`filler-${i}.txt`);
        const back = got.get(e.name)!;
        assert.notStrictEqual(back, e);
        assert.deepStrictEqual(back.article, e.article);
        assert.deepStrictEqual(back.annotations, e.annotations);
      }
    }
    assert.deepStrictEqual(snapshot(rebuilt), snapshot(index));
    assert.deepStrictEqual(snapshot(viaTable), snapshot(index));
  });

  it('keeps co-actor counts right as an actor becomes frequent and rare again', () => {
    // 'hub' is named in 600 articles (past the threshold, 512, where the index keeps its co-occurrence counts),
    // then in 200 (below half of it, where the counts are dropped), then in 600 again.
    const article = (i: number, withOther: boolean) =>
      entry(`n${String(i).padStart(3, '0')}.txt`, `Hub met Spoke${i % 7} and Rim in Kabul${withOther ? ' with Other' : ''}.`, {
        actors: [['Hub', 'hub', 'person'], [`Spoke${i % 7}`, `spoke-${i % 7}`, 'person'], ['Rim', 'rim', 'state'], ...(withOther ? ([['Other', 'other', 'organization']] as ActorSpec[]) : [])],
      });
    const index = new CorpusIndex();
    const now = new Map<string, IndexedArticle>();
    const set = (e: IndexedArticle) => (index.setExtracted(e), now.set(e.name, e));
    const drop = (name: string) => (index.delete(name), now.delete(name));
    const hubCard = () => index.actorCard('hub', { articleLimit: 3, listLimit: 3 })!;
    for (let i = 0; i < 600; i++) set(article(i, i % 3 === 0));
    for (let i = 0; i < 600; i += 2) set(article(i, i % 4 === 0));
    assert.strictEqual(hubCard().coActors.find((c) => c.id === 'other')!.count, 250, 'counts follow changed articles');
    for (let i = 0; i < 400; i++) drop(article(i, false).name);
    assert.strictEqual(hubCard().coActors.find((c) => c.id === 'other')!.count, 83, 'and removed ones');
    for (let i = 0; i < 400; i++) set(article(i, true));
    assert.deepStrictEqual(snapshot(index), snapshot(fresh(...[...now.values()].sort((x, y) => x.name.localeCompare(y.name)))));
    const card = hubCard();
    assert.strictEqual(card.articleCount, 600);
    assert.deepStrictEqual(card.articles.map((a) => a.article), ['n000.txt', 'n001.txt', 'n002.txt']);
    assert.strictEqual(card.coActors[0].id, 'rim');
    assert.strictEqual(card.coActors[0].count, 600);
  });

  it('builds the frequent actors\' co-actor rows a slice at a time, and the cards read as when built on first ask', () => {
    const build = () => {
      const index = new CorpusIndex();
      for (let i = 0; i < 600; i++) {
        index.setExtracted(entry(`n${String(i).padStart(3, '0')}.txt`, `Hub met Spoke${i % 7} and Rim in Kabul.`, {
          actors: [['Hub', 'hub', 'person'], [`Spoke${i % 7}`, `spoke-${i % 7}`, 'person'], ['Rim', 'rim', 'state']],
        }));
      }
      return index;
    };
    const index = build();
    // Two actors are in 512 or more articles: a stop asked before each row lets one be built, then stops.
    let asked = 0;
    assert.strictEqual(index.buildCoRows(() => asked++ >= 1), false);
    assert.strictEqual(asked, 2);
    assert.strictEqual(index.buildCoRows(), true);
    assert.strictEqual(index.buildCoRows(() => assert.fail('nothing is left to build')), true);
    index.setExtracted(entry('n600.txt', 'Hub met Other in Kabul.', { actors: [['Hub', 'hub', 'person'], ['Other', 'other', 'organization']] }));
    const onAsk = build();
    onAsk.setExtracted(entry('n600.txt', 'Hub met Other in Kabul.', { actors: [['Hub', 'hub', 'person'], ['Other', 'other', 'organization']] }));
    for (const id of ['hub', 'rim']) assert.deepStrictEqual(index.actorCard(id), onAsk.actorCard(id), id);
    assert.strictEqual(index.actorCard('hub')!.coActors.find((c) => c.id === 'other')!.count, 1, 'a row built ahead is kept up as articles come');
  });
});

/** The index of these entries as each path fills it: extracted in-thread, packed with the article's own strings, packed by a worker's table. */
function everyPath(...entries: IndexedArticle[]): CorpusIndex[] {
  const own = new CorpusIndex();
  const worker = new CorpusIndex();
  const table = new StringTable();
  const shared = new SharedStrings();
  for (const e of entries) {
    own.setPacked(structuredClone(packArticle(e.article, e.annotations, e.name)));
    const packed = structuredClone(packArticle(e.article, e.annotations, e.name, table));
    shared.add(structuredClone(table.takeNew()));
    worker.setPacked(packed, shared);
  }
  return [fresh(...entries), own, worker];
}

/** The article as the index rebuilds it from its records (past the cache of articles recently given out). */
function rebuilt(index: CorpusIndex, name: string): IndexedArticle {
  for (let i = 0; i < 40; i++) index.setExtracted(entry(`filler-${i}.txt`, 'Nothing here.', {}));
  for (let i = 0; i < 40; i++) index.delete(`filler-${i}.txt`);
  const { article, annotations } = index.get(name)!;
  return { name, article, annotations };
}

/** How wide an indexed article's records are: 2 or 4 bytes a field. */
function recordBytes(index: CorpusIndex, name: string): number {
  return (index as unknown as { articles: Map<string, { data: Uint16Array | Int32Array }> }).articles.get(name)!.data.BYTES_PER_ELEMENT;
}

/** An article of `length` characters whose last words, ending at `length`, are "Mara Velden said." */
function long(name: string, length: number, extra: Partial<ArticleAnnotations> = {}): IndexedArticle {
  const tail = 'Mara Velden said.';
  const text = 'Talks resumed in Kabul. '.repeat(length / 24 + 1).slice(0, length - tail.length) + tail;
  const start = text.length - tail.length;
  const annotations: ArticleAnnotations = {
    doc: name,
    docDate: null,
    actors: [{ start, end: start + 11, text: 'Mara Velden', id: 'mara-velden', kind: 'person', title: 'President' }],
    dates: [],
    statements: [],
    forums: [],
    ...extra,
  };
  return { name, article: parseArticle(name, text), annotations };
}

describe('CorpusIndex: forums', () => {
  it('takes the last of two forums of one id in an article, and drops both with it', () => {
    const text = ' date 2021-10-13 The summit opened. Later the G20 special session closed.';
    const index = fresh(entry('d.txt', text, { forums: [{ id: 'g20-session', mention: 'The summit' }, { id: 'g20-session', mention: 'the G20 special session' }] }), A());
    const card = index.forumCard('g20-session')!;
    assert.deepStrictEqual(card.articles, ['a.txt', 'd.txt']);
    assert.deepStrictEqual(card.mentions.map((m) => `${m.article}:${m.item.start}`), [`a.txt:${A().article.text.indexOf('the G20')}`, `d.txt:${text.indexOf('the G20')}`]);
    assert.deepStrictEqual(index.symbols('summit'), []);
    index.delete('d.txt');
    assert.deepStrictEqual(index.forumCard('g20-session')!.articles, ['a.txt']);
    index.delete('a.txt');
    assert.deepStrictEqual(index.forumIds(), []);
  });
});

describe('CorpusIndex: record encoding', () => {
  it('keeps records in two bytes a field while every field fits, and in four past that', () => {
    const cue = (length: number): Partial<ArticleAnnotations> => ({
      statements: [{ start: 0, end: 23, text: 'Talks resumed in Kabul.', speaker: 'mara-velden', cue: 'said.', cueSpan: { start: length - 5, end: length }, forum: null }],
    });
    const cases: [IndexedArticle, number][] = [
      [long('fits.txt', 65535), 2],
      // A cue span is stored one up (0 stands for none): its end of 65,535 is a 65,536.
      [long('cue.txt', 65535, cue(65535)), 4],
      [long('long.txt', 65536), 4],
      [long('longer.txt', 200_000, cue(200_000)), 4],
    ];
    for (const [e, bytes] of cases) {
      assert.strictEqual(packArticle(e.article, e.annotations).data.BYTES_PER_ELEMENT, bytes, e.name);
      const indexes = everyPath(e);
      for (const index of indexes) {
        assert.strictEqual(recordBytes(index, e.name), bytes, e.name);
        assert.deepStrictEqual(rebuilt(index, e.name), e);
        assert.deepStrictEqual(index.at(e.name, e.article.text.length - 10).actors.map((a) => a.text), ['Mara Velden']);
        assert.deepStrictEqual(index.at(e.name, 0).statements.map((s) => s.cue), e.annotations.statements.length ? ['said.'] : []);
      }
      for (const index of indexes.slice(1)) assert.deepStrictEqual(snapshot(index), snapshot(indexes[0]));
    }
  });

  it('widens the records of an article whose strings the corpus numbers past 65,535', () => {
    // 70,000 strings numbered before the article: those it brings (a title, a weekday, a cue, a forum) number past 16 bits.
    const filler: IndexedArticle = {
      name: 'filler.txt',
      article: parseArticle('filler.txt', 'For weeks.'),
      annotations: { doc: 'filler.txt', docDate: null, actors: [], statements: [], forums: [], dates: Array.from({ length: 70_000 }, (_, i) => ({ start: 4, end: 9, text: `w${i}`, kind: 'duration' as const, value: null })) },
    };
    const a = A();
    a.annotations.actors[1].title = 'President';
    a.annotations.statements[0] = { ...a.annotations.statements[0], text: 'We stand with Afghans', cue: 'Velden said', cueSpan: { start: 95, end: 110 } };
    a.annotations.dates.push({ start: 83, end: 90, text: 'Tuesday', kind: 'date', value: 'XXXX-XX-XX', weekday: 'Tuesday' });
    for (const index of everyPath(filler, a, B())) {
      assert.strictEqual(recordBytes(index, 'a.txt'), 4);
      assert.deepStrictEqual(rebuilt(index, 'a.txt'), a);
      index.delete('filler.txt');
      assert.deepStrictEqual(snapshot(index), snapshot(fresh(a, B())));
      assert.deepStrictEqual(index.actorCard('mara-velden')!.titles, ['President']);
    }
  });

  it('keeps undated articles, values that are no dates, and statements of every shape', () => {
    const text = '\ud800“Talks,” Velden said. For two weeks, someday, on Tuesday. “More,” a source added.';
    const span = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
    const at = (needle: string) => ({ ...span(needle), text: needle });
    const annotations: ArticleAnnotations = {
      doc: 'u.txt',
      docDate: null,
      actors: [{ ...at('Velden'), id: 'velden', kind: 'person' }],
      dates: [
        { ...at('two weeks'), kind: 'duration', value: 'P2W' },
        { ...at('someday'), kind: 'date', value: null },
        { ...at('Tuesday'), kind: 'date', value: 'XXXX-WXX-2', weekday: 'Tuesday' },
      ],
      statements: [
        // A cue at offset 0, a cue span with no cue, a cue and a text that are not what their spans spell.
        { ...at('“Talks,”'), speaker: 'velden', cue: '\ud800', cueSpan: { start: 0, end: 1 }, forum: null },
        { ...at('“More,”'), speaker: null, cue: null, cueSpan: span('a source added'), forum: 'talks' },
        { start: 1, end: 9, text: 'Talks', speaker: null, cue: 'a source', cueSpan: span('a source added'), forum: null },
      ],
      forums: [],
    };
    const e: IndexedArticle = { name: 'u.txt', article: parseArticle('u.txt', text), annotations };
    assert.strictEqual(e.article.docDate, null);
    const indexes = everyPath(e);
    for (const index of indexes) {
      assert.deepStrictEqual(rebuilt(index, 'u.txt'), e);
      assert.strictEqual(index.onDate('2021').mentionCount, 0);
      assert.deepStrictEqual(index.at('u.txt', 1).statements.map((s) => s.cue), ['\ud800', 'a source']);
    }
    for (const index of indexes.slice(1)) assert.deepStrictEqual(snapshot(index), snapshot(indexes[0]));
  });
});

describe('valueRange', () => {
  const cases: [string, [string, string] | null][] = [
    ['2021-10-12', ['2021-10-12', '2021-10-12']],
    ['2021-02', ['2021-02-01', '2021-02-28']],
    ['2021', ['2021-01-01', '2021-12-31']],
    ['2021-08-23/2021-08-29', ['2021-08-23', '2021-08-29']],
    ['XXXX-08-15', null],
    ['P20Y', null],
  ];
  for (const [v, want] of cases) it(v, () => assert.deepStrictEqual(valueRange(v), want));
});
