/**
 * The words the lexicon knows, by number. The tokenizer looks a token up by its offsets into the text and
 * a hash it computes while scanning, so that it makes no string for the many words no list holds.
 */
export class WordTable {
  /**
   * Open addressing: slot s holds a word's number (-1 when free) at 2s and its hash at 2s + 1, side by
   * side so that a probe reads one cache line. Kept at most half full: most tokens looked up are no word
   * of the table, and a miss reads the few slots up to a free one, in the same line or the next; a
   * sparser table reads one slot but is larger than the caches keep between lookups.
   */
  private slots = emptySlots(1 << 10);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly numbers = new Map<string, number>();
  /**
   * Every word's character codes in one array, word n at chars[starts[n], starts[n + 1]): what a hit is
   * compared with, read from one place rather than from a string per word (and without the checks of
   * charCodeAt()). Packed again after adding.
   */
  private chars = new Uint16Array(0);
  private starts = new Int32Array(1);
  /**
   * Sets of words a token may be in, as bits by the hash of its lookup key (see hintSlot): the tokenizer
   * reads every token's (Tokens.hints), and the steps test them before looking a token up, so that most
   * tokens are ruled out as a title, a particle or an alias start with one bit.
   */
  readonly hints = new Uint8Array(HINT_SLOTS);

  get size(): number {
    return this.words.length;
  }

  /** The number of a word, given one if it is new. */
  add(word: string): number {
    const known = this.numbers.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hashOf(word));
    this.numbers.set(word, id);
    // Two numbers a slot: more than half full when the words are more than a quarter of the numbers.
    if (this.words.length * 4 > this.slots.length) this.rehash(this.slots.length);
    else this.place(id);
    return id;
  }

  /**
   * Puts a word, by its lookup key, in the sets of `hint` (bits the caller numbers). A word beyond ASCII
   * needs no hint: tokens beyond ASCII are in every set (see Tokens.hints).
   */
  hint(word: string, hint: number): void {
    let hash = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 128) return;
      hash = hashStep(hash, c >= 65 && c <= 90 ? c + 32 : c);
    }
    this.hintKey(hash, hint);
  }

  /** hint() of the word whose lookup key, written in ASCII, has hash `keyHash`. */
  hintKey(keyHash: number, hint: number): void {
    this.hints[hintSlot(keyHash)] |= hint;
  }

  /** The number of a word, or -1. */
  idOf(word: string): number {
    return this.numbers.get(word) ?? -1;
  }

  /** The number of text[start, end) as written, or -1; `hash` is what hashStep gives over its characters. */
  find(hash: number, text: string, start: number, end: number): number {
    return this.probe(hash, text, start, end, false);
  }

  /** find() of text[start, end) with its ASCII capitals lower-cased (and hashed so). */
  findLowerCase(hash: number, text: string, start: number, end: number): number {
    return this.probe(hash, text, start, end, true);
  }

  private probe(hash: number, text: string, start: number, end: number, lowerCase: boolean): number {
    if (this.starts.length <= this.words.length) this.pack();
    const { slots, chars, starts } = this;
    const mask = slots.length - 2;
    for (let s = (spread(hash) << 1) & mask; ; s = (s + 2) & mask) {
      const id = slots[s];
      if (id < 0) return -1;
      if (slots[s + 1] !== hash) continue;
      const same = lowerCase ? sameCharsLowerCase(chars, starts[id], starts[id + 1], text, start, end) : sameChars(chars, starts[id], starts[id + 1], text, start, end);
      if (same) return id;
    }
  }

  private pack(): void {
    this.starts = new Int32Array(this.words.length + 1);
    for (let id = 0; id < this.words.length; id++) this.starts[id + 1] = this.starts[id] + this.words[id].length;
    this.chars = new Uint16Array(this.starts[this.words.length]);
    for (let id = 0; id < this.words.length; id++) {
      const word = this.words[id];
      for (let k = 0; k < word.length; k++) this.chars[this.starts[id] + k] = word.charCodeAt(k);
    }
  }

  private place(id: number): void {
    const mask = this.slots.length - 2;
    let s = (spread(this.hashes[id]) << 1) & mask;
    while (this.slots[s] >= 0) s = (s + 2) & mask;
    this.slots[s] = id;
    this.slots[s + 1] = this.hashes[id];
  }

  /** Doubles the slots (`numbers`: the length of the table, two a slot). */
  private rehash(numbers: number): void {
    this.slots = emptySlots(numbers);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

/** Slots of WordTable.hints: 32 KB, which the caches keep, and few false hits among a couple of thousand words. */
const HINT_SLOTS = 1 << 15;

/** The slot of WordTable.hints for a lookup key with hash `hash`. */
export function hintSlot(hash: number): number {
  return (hash ^ (hash >>> 16)) & (HINT_SLOTS - 1);
}

/** `slots` slots, all free: two numbers each. */
function emptySlots(slots: number): Int32Array {
  const table = new Int32Array(slots * 2);
  for (let s = 0; s < table.length; s += 2) table[s] = -1;
  return table;
}

/** The hash of a word so far, extended by one character code. */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) | 0;
}

/** The hash of a word: hashStep() over its characters. */
export function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/** Mixes the high bits into the low ones, which pick the slot. */
function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}

/** Whether chars[from, to) and text[start, end) are the same. */
function sameChars(chars: Uint16Array, from: number, to: number, text: string, start: number, end: number): boolean {
  if (to - from !== end - start) return false;
  for (let k = 0; k < to - from; k++) if (chars[from + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

/** sameChars() with the ASCII capitals of text[start, end) lower-cased. */
function sameCharsLowerCase(chars: Uint16Array, from: number, to: number, text: string, start: number, end: number): boolean {
  if (to - from !== end - start) return false;
  for (let k = 0; k < to - from; k++) {
    const c = text.charCodeAt(start + k);
    if (chars[from + k] !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}
