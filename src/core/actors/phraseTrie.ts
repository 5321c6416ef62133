import { CURLY_QUOTE, NON_ASCII_CHARS, Tokens } from './tokens';
import type { WordTable } from './words';

/**
 * Phrases (aliases, titles) as a trie over the lexicon's word numbers, so that matching goes on a token
 * at a time instead of building and hashing the string of every run of tokens. A step is a token's
 * lookup key and whether whitespace comes before it; a node may hold a value.
 */
export class PhraseTrie<T> {
  static readonly ROOT = 0;
  /**
   * The steps, in one open-addressing table rather than a Map per node (a lookup per capitalised word
   * of every article, most of them misses): slot s holds the parent node at 4s, the step at 4s + 1 and
   * the child node at 4s + 2 (-1 when free), side by side so that a probe reads one cache line. Kept at
   * most half full: a miss reads the few slots up to a free one, mostly in one line, and a sparser table
   * is larger than the caches keep between lookups.
   */
  private slots = emptySlots(1 << 10);
  /**
   * The steps from the root, by word number (-1 for none): an array read, not a probe of the table, for
   * the first word of every phrase tried. A first word has nothing before it, so no step from the root is spaced.
   */
  private firstNodes = new Int32Array(256).fill(-1);
  private readonly values: (T | undefined)[] = [undefined];
  /** By node: whether any phrase goes on past it (most phrases are one word: their run ends there, unread). */
  private readonly branching: boolean[] = [false];
  /** Tokens in the longest phrase. */
  depth = 0;
  /**
   * After follow(): the fewest tokens from its first whose text holds a character normalizeSurface()
   * rewrites (a curly quote, a tab, two spaces...), or more than it followed when none does.
   */
  rewrittenFrom = 0;

  /**
   * `startHint`: the bit of WordTable.hints this trie gives its first words, so that most words of a text
   * (half the capitalised ones, and as many lower-case ones before them, which might start a title) are
   * ruled out as a phrase start without looking them up.
   */
  constructor(private readonly startHint: number) {}

  /** The node after `node` for a token with lookup key `key`, or -1 when no phrase goes on so. */
  next(node: number, key: number, spaced: boolean): number {
    if (key < 0) return -1;
    if (node === PhraseTrie.ROOT) return !spaced && key < this.firstNodes.length ? this.firstNodes[key] : -1;
    const step = key * 2 + (spaced ? 1 : 0);
    const slots = this.slots;
    const mask = slots.length - 4;
    for (let s = (slotOf(node, step) << 2) & mask; ; s = (s + 4) & mask) {
      const child = slots[s + 2];
      if (child < 0 || (slots[s] === node && slots[s + 1] === step)) return child;
    }
  }

  /** Nodes in the trie, the root included: nodes are numbered 0 to size - 1. */
  get size(): number {
    return this.values.length;
  }

  valueAt(node: number): T | undefined {
    return this.values[node];
  }

  setValue(node: number, value: T): void {
    this.values[node] = value;
  }

  /** The node of a phrase (normalized and lower-cased, as keys are), added with the nodes on the way. */
  insert(phrase: string, words: WordTable): number {
    const tokens = phraseTokens.tokenize(phrase, 0, phrase.length);
    let node = PhraseTrie.ROOT;
    if (tokens.last > 0 && !(tokens.flags[0] & NON_ASCII_CHARS)) words.hintKey(tokens.keyHash(0), this.startHint);
    for (let k = 0; k < tokens.last; k++) {
      const key = words.add(tokens.textOf(k));
      const spaced = k > 0 && !tokens.touching(k);
      let child = this.next(node, key, spaced);
      if (child < 0) {
        child = this.values.length;
        this.values.push(undefined);
        this.branching.push(false);
        this.branching[node] = true;
        this.addStep(node, key * 2 + (spaced ? 1 : 0), child);
      }
      node = child;
    }
    this.depth = Math.max(this.depth, tokens.last);
    return node;
  }

  /** False when token i surely starts no phrase: a test to make before follow(), which makes it too. */
  mayStartAt(tokens: Tokens, i: number): boolean {
    return (tokens.hints[i] & this.startHint) !== 0;
  }

  private addStep(node: number, step: number, child: number): void {
    if (node === PhraseTrie.ROOT) {
      const key = step >> 1;
      if (key >= this.firstNodes.length) {
        const grown = new Int32Array(Math.max(key + 1, this.firstNodes.length * 2)).fill(-1);
        grown.set(this.firstNodes);
        this.firstNodes = grown;
      }
      this.firstNodes[key] = child;
      return;
    }
    if (this.values.length * 8 > this.slots.length) this.rehash(this.slots.length / 2);
    const mask = this.slots.length - 4;
    let s = (slotOf(node, step) << 2) & mask;
    while (this.slots[s + 2] >= 0) s = (s + 4) & mask;
    this.slots[s] = node;
    this.slots[s + 1] = step;
    this.slots[s + 2] = child;
  }

  private rehash(slots: number): void {
    const old = this.slots;
    this.slots = emptySlots(slots);
    for (let s = 0; s < old.length; s += 4) if (old[s + 2] >= 0) this.addStep(old[s], old[s + 1], old[s + 2]);
  }

  /**
   * Follows the trie along tokens from `first`: nodes[n - 1] gets the node of the first n tokens, or -1
   * where that run is no key although the trie goes on (see below). Returns how many tokens it followed.
   *
   * normalizeSurface() writes a run of whitespace as one space, but only when the string also holds a
   * character it must rewrite (a curly quote, a tab, two spaces in a row): a phrase joined by a lone thin
   * space, say, is kept as written, and so is in no list until such a character comes.
   */
  follow(tokens: Tokens, first: number, nodes: Int32Array): number {
    if (!this.mayStartAt(tokens, first)) return 0;
    let node = this.next(PhraseTrie.ROOT, tokens.keyOf(first), false);
    if (node < 0) return 0;
    nodes[0] = node;
    let odd = false;
    let rewritten = (tokens.flags[first] & CURLY_QUOTE) !== 0;
    this.rewrittenFrom = rewritten ? 1 : nodes.length + 1;
    let n = 1;
    for (let k = first + 1; k < tokens.last && n < nodes.length && this.branching[node]; k++) {
      const gap = gapBefore(tokens, k);
      if (gap === ODD_SPACE) odd = true;
      if (!rewritten && (gap === REWRITTEN_SPACE || (tokens.flags[k] & CURLY_QUOTE) !== 0)) {
        rewritten = true;
        this.rewrittenFrom = n + 1;
      }
      node = this.next(node, tokens.keyOf(k), gap !== TOUCHING);
      if (node < 0) break;
      nodes[n++] = odd && !rewritten ? -1 : node;
    }
    return n;
  }
}

// Refilled for each phrase inserted: a Tokens is a few typed arrays, slow to make thousands of times over.
const phraseTokens = new Tokens();

/** `slots` slots, all free: four numbers each (the fourth unused, so that a slot stays within a cache line). */
function emptySlots(slots: number): Int32Array {
  const table = new Int32Array(slots * 4);
  for (let s = 2; s < table.length; s += 4) table[s] = -1;
  return table;
}

function slotOf(node: number, step: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(step, 0x85ebca6b);
  return h ^ (h >>> 16);
}

/** How the whitespace before a token reads in a key. */
const TOUCHING = 0;
/** One space. */
const ONE_SPACE = 1;
/** Whitespace normalizeSurface() always rewrites as one space (it holds a tab, a line break, a no-break space or two spaces). */
const REWRITTEN_SPACE = 2;
/** Other whitespace (a thin space, a BOM, one space and a thin space): rewritten only when something else in the string is. */
const ODD_SPACE = 3;

function gapBefore(tokens: Tokens, k: number): number {
  const from = tokens.end[k - 1];
  const to = tokens.start[k];
  if (from === to) return TOUCHING;
  const text = tokens.text;
  if (to - from === 1 && text.charCodeAt(from) === 32) return ONE_SPACE;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || c === 0xa0 || (c === 32 && text.charCodeAt(i + 1) === 32)) return REWRITTEN_SPACE;
  }
  return ODD_SPACE;
}
