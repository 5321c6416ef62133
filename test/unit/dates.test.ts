import * as assert from 'assert';
import { parseArticle } from '../../src/core/article';
import { extractDates } from '../../src/core/dates/extractDates';
import type { DateMention } from '../../src/core/types';

// Every dated case is read in an article dated Wednesday 13 October 2021.
const HEADER = ' date 2021-10-13 ';

interface Expected {
  text: string;
  value: string | null;
  kind?: 'date' | 'duration';
  weekday?: string;
}

/** Extracts from `body` and checks each expected span in order: offsets, text, kind, value and weekday. */
function check(body: string, expected: Expected[], dated = true): void {
  const content = (dated ? HEADER : '') + body;
  const got = extractDates(parseArticle('test.txt', content));
  const want: DateMention[] = [];
  let from = dated ? HEADER.length : 0;
  for (const e of expected) {
    const start = content.indexOf(e.text, from);
    assert.ok(start >= 0, `"${e.text}" is not in the case text`);
    from = start + e.text.length;
    const m: DateMention = { start, end: from, text: e.text, kind: e.kind ?? 'date', value: e.value };
    if (e.weekday) m.weekday = e.weekday;
    want.push(m);
  }
  assert.deepStrictEqual(got, want);
}

const DATED: [string, Expected[]][] = [
  // explicit days, months and years
  ['The Taliban took Kabul on August 15.', [{ text: 'August 15', value: '2021-08-15' }]],
  ['They plotted the Sept. 11, 2001, attacks.', [{ text: 'Sept. 11, 2001', value: '2001-09-11' }]],
  ['Kabul fell on 15 August 2021.', [{ text: '15 August 2021', value: '2021-08-15' }]],
  ['The assembly opened in September 2021.', [{ text: 'September 2021', value: '2021-09' }]],
  ['The talks on October 20-21 drew ten countries.', [{ text: 'October 20-21', value: '2021-10-20/2021-10-21' }]],
  ['The US withdrew its troops in August.', [{ text: 'August', value: '2021-08' }]],
  ['Italy holds the presidency for 2021.', [{ text: '2021', value: '2021' }]],
  ['The Taliban ruled from 1996-2001.', [{ text: '1996-2001', value: '1996/2001' }]],
  ['In the 1990s the group imposed harsh rules.', [{ text: '1990s', value: '199X' }]],
  ['It was the worst attack since 9/11.', [{ text: '9/11', value: '2001-09-11' }]],
  ['It recalled the Sept. 11 attacks.', [{ text: 'Sept. 11', value: '2001-09-11' }]],
  // a month without a year: the latest one in a past clause, the next one in a future clause
  ['The Taliban took power in December.', [{ text: 'December', value: '2020-12' }]],
  ['The summit will open in December.', [{ text: 'December', value: '2021-12' }]],
  ['Elections will be held in March.', [{ text: 'March', value: '2022-03' }]],
  // weekdays: past tense looks back, future tense forward, the day itself either way
  ['The G20 leaders on Tuesday called for a laser focus.', [{ text: 'Tuesday', value: '2021-10-12', weekday: 'Tuesday' }]],
  ['The ministers met on Thursday.', [{ text: 'Thursday', value: '2021-10-07', weekday: 'Thursday' }]],
  ['The leaders will meet on Thursday.', [{ text: 'Thursday', value: '2021-10-14', weekday: 'Thursday' }]],
  ['On Friday, the G7 leaders will hold a call.', [{ text: 'Friday', value: '2021-10-15', weekday: 'Friday' }]],
  ['The Taliban pledged Wednesday to work with Russia.', [{ text: 'Wednesday', value: '2021-10-13', weekday: 'Wednesday' }]],
  ['The envoy said Monday the US will keep watching.', [{ text: 'Monday', value: '2021-10-11', weekday: 'Monday' }]],
  ['Mr Raab chaired Thursday’s call.', [{ text: 'Thursday', value: '2021-10-07', weekday: 'Thursday' }]],
  ['They met last Wednesday.', [{ text: 'last Wednesday', value: '2021-10-06', weekday: 'Wednesday' }]],
  // relative to the document date
  ['The regular summit is scheduled for later in the month in Rome.', [{ text: 'later in the month', value: '2021-10' }]],
  ['Troops left the country last month.', [{ text: 'last month', value: '2021-09' }]],
  ['Talks began earlier this month.', [{ text: 'earlier this month', value: '2021-10' }]],
  ['The Taliban took over in mid-August.', [{ text: 'mid-August', value: '2021-08' }]],
  ['Fighting peaked in late last month.', [{ text: 'late last month', value: '2021-09' }]],
  ['A virtual meeting is planned for early next week.', [{ text: 'early next week', value: '2021-10-18/2021-10-24' }]],
  ['The envoys met last week.', [{ text: 'last week', value: '2021-10-04/2021-10-10' }]],
  ['Protests were held last weekend.', [{ text: 'last weekend', value: '2021-10-09/2021-10-10' }]],
  ['The economy shrank last year.', [{ text: 'last year', value: '2020' }]],
  ['Aid will rise next year.', [{ text: 'next year', value: '2022' }]],
  ['The ministers met yesterday.', [{ text: 'yesterday', value: '2021-10-12' }]],
  ['The Taliban seized power two months ago.', [{ text: 'two months ago', value: '2021-08' }]],
  ['The deadline is the end of the year.', [{ text: 'the end of the year', value: '2021' }]],
  // relative to another date in the sentence, or to an event with no date
  ['They seized power on August 15, two weeks before the withdrawal on August 31.', [
    { text: 'August 15', value: '2021-08-15' },
    { text: 'two weeks before', value: '2021-08-17' },
    { text: 'August 31', value: '2021-08-31' },
  ]],
  ['The meeting comes seven days after Kabul was seized.', [{ text: 'seven days after', value: null }]],
  // durations
  ['The gains of the past 20 years are at risk.', [{ text: '20 years', value: 'P20Y', kind: 'duration' }]],
  ['It ended a costly two-decade war.', [{ text: 'two-decade', value: 'P20Y', kind: 'duration' }]],
  ['The US spent two decades there.', [{ text: 'two decades', value: 'P20Y', kind: 'duration' }]],
  ['The country has suffered for decades.', [{ text: 'decades', value: null, kind: 'duration' }]],
  ['The ban has lasted 18 months.', [{ text: '18 months', value: 'P18M', kind: 'duration' }]],
  ['He made a three-day visit.', [{ text: 'three-day', value: 'P3D', kind: 'duration' }]],
  ['It ended a 20-year war.', [{ text: '20-year', value: 'P20Y', kind: 'duration' }]],
];

const UNDATED: [string, Expected[]][] = [
  ['The ministers met on Thursday.', [{ text: 'Thursday', value: null, weekday: 'Thursday' }]],
  ['The Dawn newspaper on Saturday carried a report.', [{ text: 'Saturday', value: null, weekday: 'Saturday' }]],
  ['The Taliban seized power on August 15.', [{ text: 'August 15', value: 'XXXX-08-15' }]],
  ['The US withdrew in August.', [{ text: 'August', value: 'XXXX-08' }]],
  ['They plotted the Sept. 11, 2001, attacks.', [{ text: 'Sept. 11, 2001', value: '2001-09-11' }]],
  ['Italy holds the presidency for 2021.', [{ text: '2021', value: '2021' }]],
  ['Troops withdrew last month.', [{ text: 'last month', value: null }]],
  ['A meeting is planned for early next week.', [{ text: 'early next week', value: null }]],
  ['The Taliban seized power two months ago.', [{ text: 'two months ago', value: null }]],
  ['They seized power on August 15, two weeks before the withdrawal on August 31.', [
    { text: 'August 15', value: 'XXXX-08-15' },
    { text: 'two weeks before', value: 'XXXX-08-17' },
    { text: 'August 31', value: 'XXXX-08-31' },
  ]],
  ['It followed 20 years in the country.', [{ text: '20 years', value: 'P20Y', kind: 'duration' }]],
];

describe('extractDates', () => {
  describe('in an article dated 2021-10-13', () => {
    for (const [body, expected] of DATED) it(body, () => check(body, expected));
  });
  describe('in an undated article', () => {
    for (const [body, expected] of UNDATED) it(body, () => check(body, expected, false));
  });
  it('keeps offsets into the whole text across paragraphs and a header on the first line', () => {
    const content = ' date 2021-10-13 The G20 met on Tuesday.\n\nThe summit is scheduled for later in the month.';
    const dates = extractDates(parseArticle('a.txt', content));
    assert.deepStrictEqual(dates.map((d) => [d.start, d.end, d.text]), [[32, 39, 'Tuesday'], [70, 88, 'later in the month']]);
    for (const d of dates) assert.strictEqual(content.slice(d.start, d.end), d.text);
  });
});
