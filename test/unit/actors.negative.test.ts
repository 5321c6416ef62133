import * as assert from 'assert';
import { extractActors } from '../../src/core/actors/extractActors';
import { parseArticle } from '../../src/core/article';
import { KnowledgeBase } from '../../src/core/knowledge';

/** Sentences that name no actor at all. */
const NEGATIVES = [
  'The leaders discussed the crisis at length.',
  'After the meeting, officials went home.',
  'Western troops left after European leaders complained.',
  'Islamist militants and former Soviet countries were mentioned.',
  'Speaking on Tuesday in August, they agreed.',
  'He said she would tell them on Monday.',
  'Next Story',
  'Share it',
  'READ MORE: We are on the edge of an abyss',
  'Follow @TalibanSpox and #Afghanistan2021 for updates.',
  'Concerns about a growing humanitarian crisis prompted the summit.',
  'Ten participating countries called for urgent aid.',
  'Official recognition would only come later.',
  'Its delegation demanded recognition once more.',
  'The Prime Minister said the Foreign Secretary agreed.',
  'Covid cases rose as the group met.',
];

describe('extractActors: no actors', () => {
  const kb = KnowledgeBase.default();
  for (const sentence of NEGATIVES) {
    it(sentence, () => assert.deepStrictEqual(extractActors(parseArticle('t.txt', sentence), kb), []));
  }

  it('"the Prime Minister of Italy" names only Italy', () => {
    const text = 'It was hosted by the Prime Minister of Italy.';
    assert.deepStrictEqual(extractActors(parseArticle('t.txt', text), kb).map((m) => m.text), ['Italy']);
  });

  it('leaves ethnic groups out', () => {
    const text = 'The attack killed ethnic Uzbeks and Tajiks.';
    assert.deepStrictEqual(extractActors(parseArticle('t.txt', text), kb), []);
  });
});
