import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import '../../src/core/dates/extractDates';
import { WORD_PATTERNS, wordStarts, type WordPattern } from '../../src/core/dates/wordPattern';

// A word pattern is tried only where one of its first words starts: that must find every match a global run
// of its regex finds, so each list must hold every word a match can start with.

/** The matches of a global run of the pattern's regex, as [index, text]. */
function globalRun(p: WordPattern, text: string): [number, string][] {
  const out: [number, string][] = [];
  const regex = new RegExp(p.regex.source, p.regex.flags);
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    else out.push([m.index, m[0]]);
  }
  return out;
}

/** The same, tried at the word starts alone as scan.ts tries them. */
function wordRun(p: WordPattern, text: string): [number, string][] {
  const out: [number, string][] = [];
  let from = 0;
  for (const at of wordStarts(text)[p.id]) {
    if (at < from) continue;
    p.sticky.lastIndex = at;
    const m = p.sticky.exec(text);
    if (!m) continue;
    from = at + Math.max(1, m[0].length);
    if (m[0].length) out.push([m.index, m[0]]);
  }
  return out;
}

function assertSame(text: string): void {
  for (const p of WORD_PATTERNS) assert.deepStrictEqual(wordRun(p, text), globalRun(p, text), `${p.regex} on ${JSON.stringify(text.slice(0, 200))}`);
}

const MATCHING = [
  'Last week, early next month, mid-last year, later this week, LATER IN THE MONTH, earlier that year, this weekend.',
  'Mid-August, early September 2021, late 2020, the end of August, the beginning of 2022, The middle of next month.',
  'Yesterday and tomorrow, last night; two weeks before, twenty-five years ago, 20 years later, a decade earlier, An hour.',
  'The following week, the previous day, the day before, the day after.',
  '20 years, two-decade, six-month, 24 hours, 100-year-old, a year, several years, many months, a few weeks, decades, Centuries.',
  '1996-2001, 2021–22, the 1990s, in 2021, 9/11, the Sept. 11 attacks, September 11th terror attacks, Sep 11 attacks.',
  'x2021 a_b 2021_ _2021 20210 199 1990sx 9/11/2001 Sept.11 attacks 12_years three_weeks ago',
];

describe('word patterns', () => {
  it('find what a global run finds on sentences made to match', () => {
    for (const text of MATCHING) assertSame(text);
  });

  it('find what a global run finds on the seeds and fixtures', () => {
    const dirs = ['seeds', 'test/fixtures/dev', 'test/fixtures/hostile'];
    for (const dir of dirs) {
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) assertSame(fs.readFileSync(path.join(dir, f), 'utf8'));
    }
  });

  it('find what a global run finds on text built from their own words', () => {
    const words = [...new Set(WORD_PATTERNS.flatMap((p) => p.firstWords))].map((w) => w.replace(/#/g, '7'));
    const more = ['week', 'weekend', 'month', 'year', 'day', 'days', 'decade', 'century', 'hours', 'ago', 'before', 'after', 'later', 'earlier', 'end', 'beginning', 'start', 'middle', 'of', 'in', 'that', 'night', 'few', 'old', 'following', 'previous', 'August', 'Sept', '11', '11th', 'attacks', 'terror', '2021', '1990s', '19', '20', '21'];
    const casing = (w: string) => fc.constantFrom(w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1));
    const token = fc.oneof(
      fc.constantFrom(...words, ...more).chain(casing),
      fc.constantFrom(' ', ' ', '  ', '-', '–', '/', '.', ',', ', ', '\n;\n', '_', 'x', '%', 's'),
      fc.nat(2100).map(String),
    );
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (tokens) => assertSame(tokens.join(''))), { numRuns: 3000 });
  });
});
