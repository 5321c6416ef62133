import type { Word } from './words';

/** The Kelvin sign lower-cases to an ASCII "k". */
const KELVIN = 0x212a;

/**
 * Lower-cased words that a Word is tested against, most words ruled out by their length and first letter
 * before they are sliced and lower-cased: a reader that tests every word of a sentence then lower-cases
 * only the few that could match. A word whose lower case is plain ASCII is itself ASCII (or a Kelvin sign,
 * read as "k"), one character for one, so a member it equals has its length and its first letter.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** Per first character, a bit per length (bit 31: 31 or more); null when a member is not plain ASCII and so may be spelt otherwise. */
  private readonly lengths: Uint32Array | null;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    const lengths = new Uint32Array(128);
    for (const w of this.words) {
      if (w.length === 0) continue;
      for (let i = 0; i < w.length; i++) {
        if (w.charCodeAt(i) >= 128) {
          this.lengths = null;
          return;
        }
      }
      lengths[w.charCodeAt(0)] |= lengthBit(w.length);
    }
    this.lengths = lengths;
  }

  /** Whether the word, lower-cased, is one of the set. */
  has(w: Word): boolean {
    if (this.lengths) {
      let c = w.firstCode;
      if (c >= 65 && c <= 90) c += 32;
      else if (c === KELVIN) c = 107;
      else if (c >= 128) return false;
      if ((this.lengths[c] & lengthBit(w.end - w.start)) === 0) return false;
    }
    return this.words.has(w.lower);
  }
}

function lengthBit(n: number): number {
  return 1 << Math.min(n, 31);
}
