/**
 * The words the lexicon knows, by number. The tokenizer looks a token up by its offsets into the text and
 * a hash it computes while scanning, so that it makes no string for the many words no list holds.
 */
export class WordTable {
  /**
   * Open addressing: a slot holds a word's number (-1 when free) and its hash. Kept at most an eighth
   * full, as most tokens looked up are no word of the table and a miss should read one slot.
   */
  private slots = new Int32Array(1 << 10).fill(-1);
  private slotHashes = new Int32Array(1 << 10);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly numbers = new Map<string, number>();

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
    if (this.words.length * 8 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  /** The number of a word, or -1. */
  idOf(word: string): number {
    return this.numbers.get(word) ?? -1;
  }

  /** The number of text[start, end) as written, or -1; `hash` is what hashStep gives over its characters. */
  find(hash: number, text: string, start: number, end: number): number {
    const mask = this.slots.length - 1;
    for (let s = spread(hash) & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s];
      if (id < 0) return -1;
      if (this.slotHashes[s] === hash && sameChars(this.words[id], text, start, end)) return id;
    }
  }

  /** find() of text[start, end) with its ASCII capitals lower-cased (and hashed so). */
  findLowerCase(hash: number, text: string, start: number, end: number): number {
    const mask = this.slots.length - 1;
    for (let s = spread(hash) & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s];
      if (id < 0) return -1;
      if (this.slotHashes[s] === hash && sameCharsLowerCase(this.words[id], text, start, end)) return id;
    }
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let s = spread(this.hashes[id]) & mask;
    while (this.slots[s] >= 0) s = (s + 1) & mask;
    this.slots[s] = id;
    this.slotHashes[s] = this.hashes[id];
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(-1);
    this.slotHashes = new Int32Array(size);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

/**
 * Words by shape, a bit per (first character, length up to 31) for words written in ASCII: most tokens
 * are ruled out as one of the words without hashing them.
 */
export class WordShapes {
  private readonly bits = new Uint32Array(128);
  private beyondAscii = false;

  add(word: string): void {
    const c = word.charCodeAt(0);
    if (c < 128) this.bits[c] |= 1 << Math.min(word.length, 31);
    else this.beyondAscii = true;
  }

  /** False when text[start, end), ASCII or not, is surely none of the words. */
  mayHave(text: string, start: number, end: number): boolean {
    const c = text.charCodeAt(start);
    if (c >= 128) return this.beyondAscii;
    return (this.bits[c] & (1 << Math.min(end - start, 31))) !== 0;
  }
}

/** The hash of a word so far, extended by one character code. */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) | 0;
}

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/** Mixes the high bits into the low ones, which pick the slot. */
function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function sameCharsLowerCase(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    if (word.charCodeAt(k) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}
