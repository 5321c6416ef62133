// Property-based tests: generated and adversarial text through every extractor and the index.
// Nothing throws, every span lies inside the text and quotes it, and time per byte stays bounded.
// A failure prints the seed and the shrunk input; replay it with fc.assert(..., { seed, path }).
import * as assert from 'assert';
import fc from 'fast-check';
import { extractActors } from '../../src/core/actors/extractActors';
import { parseArticle } from '../../src/core/article';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { extractDates } from '../../src/core/dates/extractDates';
import { extractForums } from '../../src/core/forums/extractForums';
import { KnowledgeBase } from '../../src/core/knowledge';
import { extract } from '../../src/core/pipeline';
import { extractStatements } from '../../src/core/statements/extractStatements';
import { assertLinear, checkAnnotations, checkArticle, fastest, repeatTo, seedBody } from './hostileHelpers';

const kb = KnowledgeBase.default();

const NAMES = ['Joe', 'Biden', 'President', 'Foreign', 'Minister', 'Sergey', 'Lavrov', 'Taliban', 'Kabul', 'United', 'Nations', 'Security', 'Council', 'Moscow', 'G20', 'US', 'U.S.', 'Mr.', 'Dr', 'Al', 'bin', 'al-Qaeda', 'IS-K', 'Afghan', 'Pakistani', 'White', 'House', 'State', 'Department', 'Prime', 'Imran', 'Khan', 'EU', 'UN', 'The', 'A', 'I', 'X'];
const WORDS = ['said', 'says', 'told', 'added', 'according', 'to', 'the', 'a', 'of', 'in', 'on', 'at', 'met', 'meeting', 'summit', 'talks', 'call', 'session', 'conference', 'format', 'hosted', 'by', 'with', 'will', 'would', 'last', 'next', 'this', 'week', 'month', 'year', 'ago', 'days', 'since', 'until', 'early', 'late', 'mid', 'he', 'she', 'they', 'spokesman', 'called', 'so-called'];
const TIME = ['January', 'February', 'March', 'May', 'June', 'August', 'Aug.', 'Sept.', 'December', 'Monday', 'Tuesday', 'Sunday', 'today', 'yesterday', 'weekend', 'decade', 'decades', 'century'];
const NUMBERS = ['2021-10-13', '9/11', '1990s', '15-16', '1,500', '20%', '3.5', '2021', '31', '0', '00', '99999999999999999999', '2021-02-30', '12:30'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '“', '”', '"', "'", '‘', '’', '«', '»', '(', ')', '[', ']', '—', '–', '-', '/', '…', '$(', '<', '>', '*', '_', '`', '#', '\\', '&', '@'];
const SPACE = [' ', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2009', '\u200b', '\ufeff', '\u2028'];

const token: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 5 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 5 },
  { arbitrary: fc.constantFrom(...TIME), weight: 3 },
  { arbitrary: fc.oneof(fc.constantFrom(...NUMBERS), fc.nat(3000).map(String)), weight: 2 },
  { arbitrary: fc.constantFrom(...PUNCT), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), weight: 1 },
  // Lone surrogates and other code units an editor buffer can hold but a decoder never gives.
  { arbitrary: fc.constantFrom('\ud800', '\udfff', '\u0000', '\uffff', '\u0301', 'İ', 'ß', 'ﬁ'), weight: 1 },
);
const separator = fc.constantFrom(...SPACE, '', '');
const header = fc.constantFrom('', ' date 2021-10-13 ', 'date 2021-08-15\n', ' date 2021-02-30 ', '\ufeff date 2021-10-13\r\n');

/** Text made of the vocabulary of news, its punctuation and some noise, in any order. */
const newsish = fc
  .tuple(header, fc.array(fc.tuple(token, separator), { maxLength: 250 }))
  .map(([h, parts]) => h + parts.map(([t, s]) => t + s).join(''));

// Long runs are separated by spaces, punctuation, or glued into one long word by U+FEFF / U+200B.
const runSeparator = fc.constantFrom(' ', ' ', '\n', '\n\n', '\r\n', '\t', ', ', '. ', '', '\ufeff', '\u200b');

/** A short run of tokens repeated many times: the inputs that expose backtracking and quadratic scans. */
const longRun = fc.array(fc.tuple(token, runSeparator), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([t, s]) => t + s).join(' '));

/** Each extractor on its own, in pipeline order, each checked before the next one reads it. */
function extractEach(text: string): void {
  const article = parseArticle('fuzz.txt', text);
  assert.strictEqual(article.text, text);
  checkArticle(article);
  const actors = extractActors(article, kb);
  const dates = extractDates(article);
  const statements = extractStatements(article, actors);
  const forums = extractForums(article, actors, dates, statements);
  const annotations = { doc: 'fuzz.txt', docDate: article.docDate, actors, dates, statements, forums };
  checkAnnotations(text, annotations);
  assert.deepStrictEqual(extract('fuzz.txt', text, kb).annotations, annotations, 'the pipeline gives what its extractors give');
}

describe('fuzz: generated text through every extractor and the index', function () {
  this.timeout(60_000);
  /** Extraction throughput on the seeds in this run, in bytes per ms: the yardstick for time per byte. */
  let baseline = 0;
  /** The generated input that used the largest share of its time budget. */
  const slowest = { share: 0, ms: 0, length: 0 };

  before(() => {
    const body = seedBody();
    extract('warm', body, kb);
    baseline = body.length / fastest(() => extract('seeds', body, kb));
  });
  after(() => console.log(`      baseline ${(baseline / 1000).toFixed(2)} MB/s on the seeds; slowest generated input ${slowest.ms.toFixed(1)} ms for ${slowest.length} chars (${(100 * slowest.share).toFixed(0)}% of its budget)`));

  it('no extractor throws, and every span is inside the text and quotes it', () => {
    fc.assert(fc.property(newsish, (text) => extractEach(text)), { numRuns: 300 });
  });

  it('time per byte stays within a bound of the baseline', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        // Small inputs are dominated by fixed costs, hence the constant; a blow-up is many times over it.
        const budget = 100 + (20 * text.length) / baseline;
        let ms = fastest(() => extract('fuzz.txt', text, kb), 1);
        // Over budget once may be a GC pause or a busy machine; a blow-up is over budget every time.
        if (ms > budget) ms = fastest(() => extract('fuzz.txt', text, kb), 3);
        if (ms / budget > slowest.share) Object.assign(slowest, { share: ms / budget, ms, length: text.length });
        assert.ok(ms <= budget, `${ms.toFixed(1)} ms for ${text.length} chars (budget ${budget.toFixed(1)} ms): ${JSON.stringify(text.slice(0, 200))}`);
      }),
      { numRuns: 200 },
    );
  });

  it('long runs of one pattern: spans valid and time linear in length', () => {
    fc.assert(
      fc.property(longRun, (unit) => {
        const small = repeatTo(unit, 2000);
        const large = repeatTo(unit, 8000);
        extractEach(small);
        fastest(() => extract('warm', small, kb), 1);
        const t = (s: string) => ({ bytes: s.length, ms: fastest(() => extract('fuzz.txt', s, kb), 2) });
        assertLinear(`repeating ${JSON.stringify(unit)}`, t(small), t(large), 4);
      }),
      { numRuns: 15 },
    );
  });

  it('fixed adversarial runs: one character or word 20,000 times', () => {
    for (const unit of ['“', '"', "'", '’', '.', '?!', ' ', '\n', '\r', '\r\n\r\n', 'A', 'A ', 'A. ', 'Mr. ', 'said ', 'January ', '2021 ', '1 ', '1', 'decades\ufeff', '-', '(', '$(', 'Al-', 'Al\t', 'U.S.', 'Taliban ', 'the ', 'à', '\u200b']) {
      const text = repeatTo(unit, 20_000);
      const ms = fastest(() => extractEach(text), 1);
      assert.ok(ms <= 100 + (20 * text.length) / baseline, `${JSON.stringify(unit)} x ${text.length / unit.length}: ${ms.toFixed(0)} ms`);
    }
  });

  it('the index stays consistent: cards, lookups and removal', () => {
    fc.assert(
      fc.property(fc.array(newsish, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 10 }), (texts, offsets) => {
        const index = new CorpusIndex(kb);
        texts.forEach((t, i) => index.set(`a${i}.txt`, t));
        // Replacing an article must leave what a fresh index of the final texts holds.
        if (texts.length > 1) index.set('a0.txt', texts[texts.length - 1]);
        const final = texts.map((t, i) => (i === 0 && texts.length > 1 ? texts[texts.length - 1] : t));
        const fresh = new CorpusIndex(kb);
        final.forEach((t, i) => fresh.set(`a${i}.txt`, t));
        for (const [i, t] of final.entries()) {
          const a = index.annotations(`a${i}.txt`)!;
          checkAnnotations(t, a);
          assert.deepStrictEqual(a, fresh.annotations(`a${i}.txt`));
          for (const o of offsets) index.at(`a${i}.txt`, t.length ? o % (t.length + 1) : 0);
          for (const d of a.dates) if (d.value) index.onDate(d.value);
        }
        const sortById = <T extends { id: string }>(xs: T[]) => xs.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
        assert.deepStrictEqual(sortById(index.actors()), sortById(fresh.actors()));
        for (const { id } of index.actors()) {
          const card = index.actorCard(id)!;
          assert.ok(card && card.mentionCount > 0 && card.articleCount > 0);
          assert.deepStrictEqual(card, fresh.actorCard(id));
          index.symbols(card.name.slice(0, 2));
        }
        assert.deepStrictEqual(sortById(index.forums()), sortById(fresh.forums()));
        for (let i = 0; i < texts.length; i++) index.delete(`a${i}.txt`);
        assert.deepStrictEqual([index.size, index.actors(), index.forums(), index.statements(), index.symbols('')], [0, [], [], [], []]);
      }),
      { numRuns: 60 },
    );
  });
});
