import * as assert from 'assert';
import { WordSet } from '../../src/core/statements/wordSet';
import { Word } from '../../src/core/statements/words';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const word = (text: string) => new Word(` ${text} `, 1, 1 + text.length);

describe('WordSet', () => {
  it('holds a word in any case, the Kelvin sign read as "k"', () => {
    const set = new WordSet(['hosted', 'took part', 'kept']);
    assert.ok(set.has(word('Hosted')));
    assert.ok(set.has(word('HOSTED')));
    assert.ok(set.has(word('\u212aept')));
    assert.ok(!set.has(word('host')));
    assert.ok(!set.has(word('hostedly')));
    assert.ok(!set.has(word('\u0130hosted')));
  });

  it('answers as a set of the lower-cased word would, for ASCII and other members', () => {
    const letters = ['a', 'e', 'k', 'K', 'H', 'h', 'o', 's', 't', 'd', '\u212a', '\u0130', 'i', '\u00e9', '\u00c9', '’', '-', '1'];
    const next = random(5);
    const make = (n: number) => Array.from({ length: n }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (const members of [['host', 'hosted', 'kit', 'a', 'ke'], ['\u00e9t\u00e9', 'ask', 'i\u0307k', 'x'.repeat(40)]]) {
      const set = new WordSet(members);
      const plain = new Set(members);
      const tried = [...members, ...members.map((m) => m.toUpperCase()), 'X'.repeat(40), 'x'.repeat(33)];
      for (let k = 0; k < 5000; k++) tried.push(make(1 + Math.floor(next() * 5)));
      for (const t of tried) assert.strictEqual(set.has(word(t)), plain.has(word(t).lower), JSON.stringify(t));
    }
  });
});
