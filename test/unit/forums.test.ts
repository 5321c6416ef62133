import * as assert from 'assert';
import { extractForums } from '../../src/core/forums/extractForums';
import { searchText } from '../../src/core/forums/mentions';
import { extractStatements } from '../../src/core/statements/extractStatements';
import type { DateMention, Forum, Statement } from '../../src/core/types';
import { articleWith, type ActorSpec } from './statementsHelpers';

const G20: ActorSpec = ['G20', 'g20', 'organization'];
const DRAGHI: ActorSpec = ['Mario Draghi', 'mario-draghi', 'person'];
const AFGHANISTAN: ActorSpec = ['Afghanistan', 'afghanistan', 'state'];

/** Dates by surface text and value, as the date extractor would give them. */
function datesIn(text: string, specs: [string, string | null][]): DateMention[] {
  return specs.map(([surface, value]) => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, text: surface, kind: 'date', value };
  });
}

function run(text: string, actors: ActorSpec[], dates: [string, string | null][] = [], docDate?: string): { forums: Forum[]; statements: Statement[] } {
  const made = articleWith(text, actors, docDate);
  const statements = extractStatements(made.article, made.actors);
  const forums = extractForums(made.article, made.actors, datesIn(made.article.text, dates), statements);
  for (const f of forums) for (const m of f.mentions) assert.strictEqual(made.article.text.slice(m.start, m.end), m.text, 'offsets match the text');
  return { forums, statements };
}

const mentions = (f: Forum) => f.mentions.map((m) => m.text);

describe('extractForums', () => {
  it('a special session: full noun phrase, later definite mentions, date, virtual place, host and id', () => {
    const { forums } = run(
      'The G20 met on Tuesday for a special session on the crisis in Afghanistan, hosted virtually by Mario Draghi. The leaders agreed on aid at the meeting.',
      [G20, DRAGHI, AFGHANISTAN], [['Tuesday', '2021-10-12']], '2021-10-13',
    );
    assert.strictEqual(forums.length, 1);
    const [f] = forums;
    assert.deepStrictEqual(mentions(f), ['a special session on the crisis in Afghanistan', 'the meeting']);
    assert.strictEqual(f.date, '2021-10-12');
    assert.strictEqual(f.place, 'virtual');
    assert.strictEqual(f.host, 'mario-draghi');
    assert.ok(f.participants.includes('g20'));
    assert.strictEqual(f.id, 'g20-special-session-2021-10-12');
    assert.strictEqual(f.status, undefined);
  });

  it('a definite mention before the event is introduced, and a planned summit kept apart', () => {
    const { forums } = run(
      'Biden took part in the meeting on Tuesday. The G20 met for a special session on Afghanistan. The regular summit of the leaders is scheduled for later in the month in Rome. Biden attended the event.',
      [G20, AFGHANISTAN, ['Biden', 'joe-biden', 'person'], ['Rome', 'rome', 'place']], [['Tuesday', '2021-10-12'], ['later in the month', '2021-10']], '2021-10-13',
    );
    assert.deepStrictEqual(forums.map(mentions), [['the meeting', 'a special session on Afghanistan', 'the event'], ['The regular summit of the leaders']]);
    assert.strictEqual(forums[1].status, 'planned');
    assert.strictEqual(forums[1].date, '2021-10');
    assert.strictEqual(forums[1].place, 'rome');
  });

  it('"the meeting" after "will meet" is a planned forum of its own', () => {
    const { forums } = run(
      'Foreign ministers from Britain, China and Russia will meet with Antonio Guterres in New York. Britain will use the meeting to call for cooperation.',
      [['Britain', 'united-kingdom', 'state'], ['China', 'china', 'state'], ['Russia', 'russia', 'state'], ['Antonio Guterres', 'antonio-guterres', 'person'], ['New York', 'new-york', 'place']],
    );
    assert.strictEqual(forums.length, 1);
    assert.deepStrictEqual(mentions(forums[0]), ['the meeting']);
    assert.strictEqual(forums[0].status, 'planned');
    assert.ok(forums[0].participants.includes('antonio-guterres'));
  });

  it('a named series gathers its mentions and is numbered by session', () => {
    const { forums } = run(
      'The ministers met on the sidelines of the UN General Assembly in New York. UNGA opened amid the pandemic.',
      [['UN General Assembly', 'un-general-assembly', 'organization'], ['UNGA', 'un-general-assembly', 'organization'], ['New York', 'new-york', 'place']], [], '2021-09-22',
    );
    assert.strictEqual(forums.length, 1);
    assert.deepStrictEqual(mentions(forums[0]), ['the UN General Assembly', 'UNGA']);
    assert.strictEqual(forums[0].id, 'unga-76');
    assert.strictEqual(forums[0].place, 'new-york');
  });

  it('a joint press briefing is part of the meeting just told, and the statement made there points to it', () => {
    const { forums, statements } = run(
      'Blinken and Cavusoglu held a meeting on the sidelines of the summit in New York.\n"We are grateful to Turkey," Blinken said during a joint press briefing with Cavusoglu.',
      [['Blinken', 'antony-blinken', 'person'], ['Cavusoglu', 'mevlut-cavusoglu', 'person'], ['Turkey', 'turkey', 'state'], ['New York', 'new-york', 'place']],
    );
    const meeting = forums.find((f) => f.mentions.some((m) => m.text.startsWith('a meeting')));
    assert.ok(meeting);
    assert.deepStrictEqual(mentions(meeting), ['a meeting on the sidelines of the summit in New York', 'a joint press briefing with Cavusoglu']);
    assert.strictEqual(statements[0].forum, meeting.id);
    assert.strictEqual(meeting.id, 'blinken-cavusoglu-meeting');
  });

  it('talks in Moscow on Afghanistan are the Moscow format, and a joint statement speaks for its participants', () => {
    const { forums, statements } = run(
      'Parties to the Moscow summit stated in a joint statement released Wednesday that they “reaffirmed their willingness to improve security in Afghanistan.”',
      [['Moscow', 'moscow', 'place'], AFGHANISTAN], [['Wednesday', '2021-10-20']], '2021-10-20',
    );
    assert.strictEqual(forums.length, 1);
    assert.strictEqual(forums[0].id, 'moscow-format-2021-10-20');
    assert.strictEqual(statements[0].forum, 'moscow-format-2021-10-20');
    assert.strictEqual(statements[0].speaker, 'moscow-format-participants');
  });

  it('a phone call is virtual; a speech is its own forum', () => {
    const { forums } = run(
      'Putin and Xi discussed Afghanistan in a phone call on Monday. In a speech to the French senate on Wednesday, Le Drian warned of collapse.',
      [['Putin', 'vladimir-putin', 'person'], ['Xi', 'xi-jinping', 'person'], AFGHANISTAN, ['Le Drian', 'jean-yves-le-drian', 'person'], ['French', 'france', 'demonym']],
      [['Monday', '2021-10-18'], ['Wednesday', '2021-10-20']], '2021-10-20',
    );
    assert.deepStrictEqual(forums.map(mentions), [['a phone call'], ['a speech to the French senate']]);
    assert.strictEqual(forums[0].place, 'virtual');
    assert.strictEqual(forums[0].date, '2021-10-18');
    assert.strictEqual(forums[1].date, '2021-10-20');
  });

  it('a forum noun spelt with the Kelvin sign, which lower-cases to "k", is found', () => {
    const { forums } = run('Envoys held TAL\u212aS in Doha on Tuesday.', [['Doha', 'doha', 'place']], [['Tuesday', '2021-10-12']]);
    assert.deepStrictEqual(forums.map(mentions), [['TAL\u212aS in Doha']]);
  });

  it('a series name is found as written, in a paragraph of its own, beside words that only begin one', () => {
    const { forums } = run(
      'The United States and the UN sent regional envoys to General Motors.\n\nThe UN General Assembly opened on Tuesday.\n\nThe united nations general assembly did not.',
      [], [['Tuesday', '2021-09-14']], '2021-09-15',
    );
    assert.deepStrictEqual(forums.map(mentions), [['The UN General Assembly']]);
  });

  it('a series name written with dots ("U.N. General Assembly") is found whole, as its words are read', () => {
    const { forums } = run('Biden spoke at the U.N. General Assembly in New York on Tuesday.', [['New York', 'new-york', 'place']], [['Tuesday', '2021-09-21']], '2021-09-22');
    assert.deepStrictEqual(forums.map(mentions), [['the U.N. General Assembly']]);
    assert.strictEqual(forums[0].id, 'unga-76');
  });
});

describe('searchText', () => {
  it('finds forum words and "meet" verbs in one search, a "meeting" being both unless "_" joins it to the word before', () => {
    const text = 'Meeting them, she met_meeting talks; a method to meet.';
    const at = (...words: string[]) => words.map((w) => text.indexOf(w));
    assert.deepStrictEqual(searchText(text), { forumWords: at('Meeting', 'meeting', 'talks'), meetVerbs: at('Meeting', 'met_', 'method', 'meet.') });
  });

  it('leaves every word a candidate in a text with the Kelvin sign', () => {
    assert.strictEqual(searchText('TAL\u212aS were held').forumWords, null);
  });
});

describe('extractForums: negative cases', () => {
  const none: { name: string; text: string; actors?: ActorSpec[] }[] = [
    { name: 'a meeting told only by a verb', text: 'Taliban leaders met with EU officials in Doha.', actors: [['Taliban', 'taliban', 'group'], ['EU', 'european-union', 'organization']] },
    { name: '"calls on" and "call for" are not calls', text: 'The UK calls on China to act. Their call for unity was welcomed.' },
    { name: '"talks" as a verb', text: 'Biden talks to reporters every week.', actors: [['Biden', 'joe-biden', 'person']] },
    { name: '"meeting" as a gerund', text: 'The Taliban are not meeting expectations on rights.' },
    { name: '"the event" with nothing to refer to', text: 'Nobody expected the event to matter.' },
  ];
  for (const c of none) {
    it(c.name, () => assert.deepStrictEqual(run(c.text, c.actors ?? []).forums.map(mentions), []));
  }

  it('the same event in two articles gets the same id', () => {
    const a = run('The G20 held a special session on Afghanistan on Tuesday.', [G20, AFGHANISTAN], [['Tuesday', '2021-10-12']], '2021-10-13');
    const b = run('On Tuesday, the G20 leaders met for a special session on the crisis.', [G20], [['Tuesday', '2021-10-12']], '2021-10-14');
    assert.strictEqual(a.forums[0].id, b.forums[0].id);
  });
});
