import * as assert from 'assert';
import { parseArticle } from '../../src/core/article';
import { extractDates } from '../../src/core/dates/extractDates';

// Sentences that hold no date, though they look as if they might.
const NEGATIVE = [
  'The Taliban may seek recognition, and protesters may march on the capital.',
  'Theresa May said the report was wrong.',
  'The Sunday Times reported the cables.',
  'The G20 and the P5 met with the G7.',
  'More than 2000 troops and 20 people were flown out.',
  'Some 2021 evacuees arrived, and 1,500 troops remain.',
  'The talks were held for the second time.',
  'The Taliban came to power recently and now rule the country.',
  'Currently, the group controls every major city.',
  'They previously said the same.',
  'The insurgents captured all major cities in a matter of days.',
  'The leaders met today.',
  'She meets him twice a week.',
  'A 45-year-old man was killed.',
  'Resolution 2593 was adopted.',
  'The cost rose 20% to $2021 million.',
  'The Sun and the Mirror ran the story.',
];

describe('extractDates negative cases', () => {
  for (const dated of [true, false]) {
    for (const sentence of NEGATIVE) {
      it(`${dated ? 'dated' : 'undated'}: ${sentence}`, () => {
        const content = (dated ? ' date 2021-10-13 ' : '') + sentence;
        assert.deepStrictEqual(extractDates(parseArticle('n.txt', content)), []);
      });
    }
  }
});
