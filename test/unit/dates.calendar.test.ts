import * as assert from 'assert';
import { parseArticle } from '../../src/core/article';
import { dayNumber, fromDayNumber } from '../../src/core/dates/calendar';
import { triggerWindows } from '../../src/core/dates/prefilter';

// calendar.ts counts days by arithmetic instead of through Date; these pin it to what Date computes.
describe('calendar day numbers', () => {
  it('fromDayNumber agrees with Date over ±2,000 years', () => {
    for (let n = -730000; n <= 730000; n += 37) {
      const t = new Date(n * 86400000);
      assert.deepStrictEqual(fromDayNumber(n), { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }, `day ${n}`);
    }
  });

  it('dayNumber agrees with Date.UTC, days and months out of range and two-digit years included', () => {
    for (let year = 0; year < 2500; year += 13) {
      for (let month = -1; month <= 14; month++) {
        for (const day of [-1, 0, 1, 15, 28, 29, 30, 31, 32]) {
          assert.strictEqual(dayNumber({ year, month, day }), Math.round(Date.UTC(year, month - 1, day) / 86400000), `${year}-${month}-${day}`);
        }
      }
    }
  });

  it('round-trips', () => {
    for (let n = -1000; n < 30000; n += 7) assert.strictEqual(dayNumber(fromDayNumber(n)), n);
  });
});

describe('triggerWindows', () => {
  const windowsOf = (text: string) => {
    const article = parseArticle('t', text);
    const w = triggerWindows(article.text, article.sentences, 0);
    return { chrono: w.chrono.map((s) => text.slice(s.start, s.end)), units: w.units.map((s) => text.slice(s.start, s.end)) };
  };

  it('finds one-char triggers before any second char, ASCII or not, and at the very end', () => {
    assert.deepStrictEqual(windowsOf('Sales rose 5/é.').chrono, ['Sales rose 5/é.']);
    assert.deepStrictEqual(windowsOf('It ends /').units, ['It ends /']);
  });

  it('finds years only as four digits starting with 1 or 2', () => {
    assert.deepStrictEqual(windowsOf('In 2021 they met.').units, ['In 2021 they met.']);
    assert.deepStrictEqual(windowsOf('Code 3021 or 202.').units, []);
  });

  it('finds triggers inside words', () => {
    assert.deepStrictEqual(windowsOf('The holidays ended.').units, ['The holidays ended.']);
    assert.deepStrictEqual(windowsOf('Nothing here at all.'), { chrono: [], units: [] });
  });
});
