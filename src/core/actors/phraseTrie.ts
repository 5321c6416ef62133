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
   * of every article, most of them misses): slot -> parent node, step, child node (-1 when free).
   * Kept at most a quarter full, so that a miss mostly reads one free slot.
   */
  private parents = new Int32Array(1 << 10);
  private steps = new Int32Array(1 << 10);
  private children = new Int32Array(1 << 10).fill(-1);
  private readonly values: (T | undefined)[] = [undefined];
  /**
   * First words written in ASCII, by shape: a bit per length (up to 31) for each first character. Most
   * words of a text are ruled out as a phrase start without hashing them.
   */
  private readonly firstShapes = new Uint32Array(128);
  /** Tokens in the longest phrase. */
  depth = 0;

  /** The node after `node` for a token with lookup key `key`, or -1 when no phrase goes on so. */
  next(node: number, key: number, spaced: boolean): number {
    if (key < 0) return -1;
    const step = key * 2 + (spaced ? 1 : 0);
    const mask = this.children.length - 1;
    for (let s = slotOf(node, step) & mask; ; s = (s + 1) & mask) {
      const child = this.children[s];
      if (child < 0 || (this.parents[s] === node && this.steps[s] === step)) return child;
    }
  }

  valueAt(node: number): T | undefined {
    return this.values[node];
  }

  setValue(node: number, value: T): void {
    this.values[node] = value;
  }

  /** The node of a phrase (normalized and lower-cased, as keys are), added with the nodes on the way. */
  insert(phrase: string, words: WordTable): number {
    const tokens = new Tokens().tokenize(phrase, 0, phrase.length);
    let node = PhraseTrie.ROOT;
    if (tokens.last > 0 && !(tokens.flags[0] & NON_ASCII_CHARS)) {
      const length = Math.min(tokens.end[0] - tokens.start[0], 31);
      this.firstShapes[tokens.firstCode(0)] |= 1 << length;
    }
    for (let k = 0; k < tokens.last; k++) {
      const key = words.add(tokens.textOf(k));
      const spaced = k > 0 && !tokens.touching(k);
      let child = this.next(node, key, spaced);
      if (child < 0) {
        child = this.values.length;
        this.values.push(undefined);
        this.addStep(node, key * 2 + (spaced ? 1 : 0), child);
      }
      node = child;
    }
    this.depth = Math.max(this.depth, tokens.last);
    return node;
  }

  /** False when token i, written in ASCII, has the shape of no first word. */
  private mayStartAt(tokens: Tokens, i: number): boolean {
    if (tokens.flags[i] & NON_ASCII_CHARS) return true;
    let c = tokens.firstCode(i);
    if (c >= 65 && c <= 90) c += 32;
    return (this.firstShapes[c] & (1 << Math.min(tokens.end[i] - tokens.start[i], 31))) !== 0;
  }

  private addStep(node: number, step: number, child: number): void {
    if (this.values.length * 4 > this.children.length) this.rehash(this.children.length * 2);
    const mask = this.children.length - 1;
    let s = slotOf(node, step) & mask;
    while (this.children[s] >= 0) s = (s + 1) & mask;
    this.parents[s] = node;
    this.steps[s] = step;
    this.children[s] = child;
  }

  private rehash(size: number): void {
    const { parents, steps, children } = this;
    this.parents = new Int32Array(size);
    this.steps = new Int32Array(size);
    this.children = new Int32Array(size).fill(-1);
    for (let s = 0; s < children.length; s++) if (children[s] >= 0) this.addStep(parents[s], steps[s], children[s]);
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
    let n = 1;
    for (let k = first + 1; k < tokens.last && n < nodes.length; k++) {
      const gap = gapBefore(tokens, k);
      if (gap === REWRITTEN_SPACE) rewritten = true;
      else if (gap === ODD_SPACE) odd = true;
      if (tokens.flags[k] & CURLY_QUOTE) rewritten = true;
      node = this.next(node, tokens.keyOf(k), gap !== TOUCHING);
      if (node < 0) break;
      nodes[n++] = odd && !rewritten ? -1 : node;
    }
    return n;
  }
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
