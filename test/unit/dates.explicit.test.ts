import * as assert from 'assert';
import type { CalendarFields, DateSpec } from '../../src/core/dates/candidate';
import { readWithChrono } from '../../src/core/dates/chronoExtractor';
import { readExplicitDates } from '../../src/core/dates/explicitDates';

// The fast path for the explicit forms news writes must read each of them exactly as chrono does (span and
// fields), and must leave to chrono every window holding something it does not know to read so.

interface Read {
  text: string;
  spec: DateSpec;
}

const day = (month: number, d: number, year?: number): CalendarFields => ({ year, month, day: d });
const month = (m: number, year?: number): CalendarFields => ({ year, month: m, day: undefined });
const calendar = (from: CalendarFields, to?: CalendarFields): DateSpec => ({ type: 'calendar', from, to });
const weekday = (w: number, modifier?: 'last' | 'next' | 'this'): DateSpec => ({ type: 'weekday', weekday: w, modifier });

const READ: [string, Read[]][] = [
  ['Kabul fell on August 15 as the army left.', [{ text: 'August 15', spec: calendar(day(8, 15)) }]],
  ['Kabul fell on 15 August as the army left.', [{ text: 'on 15 August', spec: calendar(day(8, 15)) }]],
  ['Kabul fell on 15 August 2021, officials said.', [{ text: 'on 15 August 2021', spec: calendar(day(8, 15, 2021)) }]],
  ['They plotted the Sept. 11, 2001, attacks.', [{ text: 'Sept. 11, 2001', spec: calendar(day(9, 11, 2001)) }]],
  ['It recalled the Aug. 31 deadline.', [{ text: 'Aug. 31', spec: calendar(day(8, 31)) }]],
  ['The assembly opened in September 2021.', [{ text: 'September 2021', spec: calendar(month(9, 2021)) }]],
  ['The assembly opened in September, 2021.', [{ text: 'September, 2021', spec: calendar(month(9, 2021)) }]],
  ['The US withdrew its troops in August.', [{ text: 'August', spec: calendar(month(8)) }]],
  ['In August, the US withdrew.', [{ text: 'August,', spec: calendar(month(8)) }]],
  ['The talks on October 20-21 drew ten countries.', [{ text: 'October 20-21', spec: calendar(day(10, 20), day(10, 21)) }]],
  ['The talks on October 20-21, 2021 ended.', [{ text: 'October 20-21, 2021', spec: calendar(day(10, 20, 2021), day(10, 21, 2021)) }]],
  ['They met on Tuesday, October 12, 2021 in Rome.', [{ text: 'on Tuesday, October 12, 2021', spec: calendar(day(10, 12, 2021)) }]],
  ['They met on Tuesday, 12 October in Rome.', [{ text: 'on Tuesday, 12 October', spec: calendar(day(10, 12)) }]],
  ['The ministers met on Thursday.', [{ text: 'on Thursday', spec: weekday(4) }]],
  ['On Friday, the leaders will hold a call.', [{ text: 'On Friday,', spec: weekday(5) }]],
  ['They met last Wednesday in Doha.', [{ text: 'last Wednesday', spec: weekday(3, 'last') }]],
  ['They meet next Monday and this Friday.', [{ text: 'next Monday', spec: weekday(1, 'next') }, { text: 'this Friday', spec: weekday(5, 'this') }]],
  ['They met in the past Sunday talks.', [{ text: 'past Sunday', spec: weekday(0, 'last') }]],
  ['Mr Raab chaired Thursday’s call.', [{ text: 'Thursday', spec: weekday(4) }]],
  // chrono's quirks, kept: the longer reading wins, a day takes the space before punctuation along
  ['It rained, 4 August of that year.', [{ text: 'August of', spec: calendar(month(8)) }]],
  ['TEHRAN, Oct. 13 (IRNA) Ministers met.', [{ text: 'Oct. 13 ', spec: calendar(day(10, 13)) }]],
  // words chrono reads as dates and the later filters drop
  ['The report may be late, Theresa May said.', [{ text: 'may', spec: calendar(month(5)) }, { text: 'May', spec: calendar(month(5)) }]],
  ['The Sun reported that he sat down.', [{ text: 'Sun', spec: weekday(0) }, { text: 'sat', spec: weekday(6) }]],
  // no date word at all
  ['The Mayor met Marines in the Market on a Monthly basis.', []],
];

// Windows left to chrono: what chrono reads there is beyond the fast path, or reads differently.
const LEFT_TO_CHRONO = [
  'It was the worst attack since 9/11 in the city.',
  'The deal was signed on 2021-08-15 in Doha.',
  'The deal was signed on 15.08.2021 in Doha.',
  'Kabul fell on 15th August as the army left.',
  'Kabul fell on the first of May as the army left.',
  'The talks ran from August 15 to August 31 in Doha.',
  'The talks ran August 15 to 20 in Doha.',
  'The talks ran 15-20 August in Doha.',
  'It was founded on August 15 AD in Rome.',
  'They met in 2021, August being the month.',
  'They meet on Tuesday next week in Rome.',
  'They met on Sept 11 in Rome.',
  'They met on August 15 am in Rome.',
  'They met on August  15 in Rome.',
  'It happened inMay 2021 or so.',
  'They met on August 15',
];

describe('dates: the fast path for explicit forms', () => {
  for (const [text, expected] of READ) {
    it(`reads ${JSON.stringify(text)} as chrono does`, () => {
      const got = readExplicitDates(text, 0, text.length);
      assert.ok(got, 'the fast path left the window to chrono');
      assert.deepStrictEqual(got, readWithChrono(text, 0, text.length));
      let from = 0;
      const want = expected.map((e) => {
        const start = text.indexOf(e.text, from);
        assert.ok(start >= 0, `"${e.text}" is not in the case text`);
        from = start + e.text.length;
        return { start, end: from, kind: 'date', spec: e.spec };
      });
      assert.deepStrictEqual(got, want);
    });
  }
  for (const text of LEFT_TO_CHRONO) {
    it(`leaves ${JSON.stringify(text)} to chrono`, () => {
      assert.strictEqual(readExplicitDates(text, 0, text.length), null);
    });
  }
  it('reads only within its window', () => {
    const text = 'Kabul fell on 15 August 2021. The army left on Monday.';
    const end = text.indexOf('.') + 1;
    const got = readExplicitDates(text, 0, end);
    assert.deepStrictEqual(got, readWithChrono(text, 0, end));
    assert.deepStrictEqual(got?.map((c) => text.slice(c.start, c.end)), ['on 15 August 2021']);
  });
});
