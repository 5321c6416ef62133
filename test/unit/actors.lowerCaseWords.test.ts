import * as assert from 'assert';
import { LowerCaseWords } from '../../src/core/actors/lowerCaseWords';
import { isLetterCode, Tokens } from '../../src/core/actors/tokens';
import { parseArticle } from '../../src/core/article';
import { KnowledgeBase } from '../../src/core/knowledge';

/** The maximal runs of letters of a text, but one touching its end: the words LowerCaseWords answers true for. */
function letterRuns(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && isLetterCode(text.charCodeAt(j))) j++;
    if (j > i && j < text.length) out.add(text.slice(i, j));
    i = Math.max(j, i + 1);
  }
  return out;
}

const TEXTS = [
  'date 2021-08-15 Header words stay out\n\nKabul fell. The talks in doha went on; kabul was quiet.\n\nG20s and 1990s, N\'Djamena, shi\'ite, élan and Zürich, zürich again. Last',
  'Paragraph one. after words\n\n\n  Paragraph two has TALIBAN and taliban\u2019s men, x-ray and co-op\u00a0here.',
];

describe('LowerCaseWords', () => {
  const kb = KnowledgeBase.default();
  for (const text of TEXTS) {
    it(`answers whether a word of letters is written in lower case, with the tokenizer's bitmap or without: ${JSON.stringify(text.slice(0, 30))}`, () => {
      const article = parseArticle('t.txt', text);
      const runs = letterRuns(text);
      const asked = [...new Set([...text.toLowerCase().matchAll(/[\p{L}]+/gu)].map((m) => m[0]))];
      asked.push('absent', 'zzz', 'words', 'header');
      // Asked twice over, so that the later questions go past the searches to the sets.
      for (const bitmap of [true, false]) {
        const tokens = new Tokens();
        tokens.reset(text, kb.lexicon.words, bitmap);
        for (const p of article.paragraphs) tokens.append(p.start, p.end);
        const words = new LowerCaseWords(text, tokens, article.paragraphs);
        for (const w of [...asked, ...asked.map((w) => w + 'x'), ...asked]) assert.strictEqual(words.has(w), runs.has(w), `${w} (bitmap: ${bitmap})`);
      }
    });
  }
});
