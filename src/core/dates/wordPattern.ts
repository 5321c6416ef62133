// A regex run over a text tries a match at every offset, and most of what the extractors' patterns cost went
// there. Each of them starts with \b and a word, so a match can only start where a word from a short list
// starts: the words of a text are walked once through a trie of all those lists, and each pattern is then
// tried, sticky, at those offsets alone, which finds exactly the matches a global run would.

/**
 * A global regex whose every match starts at a word (a run of \w) of one of `firstWords`, each written as
 * its shape: letters lower-cased, '#' for a digit ("the", "a", "##" for a two-digit number, "####s").
 */
export interface WordPattern {
  /** The regex as written, global; and its list of first words. */
  readonly regex: RegExp;
  readonly firstWords: readonly string[];
  /** The regex, sticky: it matches at its lastIndex or not at all. */
  readonly sticky: RegExp;
  /** Its bit in the masks of `WordStarts`. */
  readonly id: number;
}

const patterns: WordPattern[] = [];

/** Every word pattern made so far, in the order of their ids (for the tests). */
export const WORD_PATTERNS: readonly WordPattern[] = patterns;

export function wordPattern(firstWords: readonly string[], regex: RegExp): WordPattern {
  if (patterns.length === 31) throw new Error('at most 31 word patterns');
  const pattern = { regex, firstWords, sticky: new RegExp(regex.source, `${regex.flags.replace('g', '')}y`), id: patterns.length };
  patterns.push(pattern);
  trie = undefined;
  return pattern;
}

// \w by char code, as the shape's letters: a-z (either case) 0-25, a digit 26, "_" 27; -1 for any other char.
const CLASSES = 28;
const DIGIT = 26;
const CLASS = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) CLASS[65 + c] = CLASS[97 + c] = c;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
CLASS[95] = 27;

/** The first words of all patterns as a trie over char classes: node 0 is the root, a missing edge is 0. */
interface Trie {
  edges: Int32Array;
  /** Per node, the patterns whose list holds the word that ends there, one bit each. */
  masks: Int32Array;
}

let trie: Trie | undefined;

function buildTrie(): Trie {
  const edges: number[] = new Array<number>(CLASSES).fill(0);
  const masks: number[] = [0];
  for (const { firstWords, id } of patterns) {
    for (const word of firstWords) {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(k);
        const cls = code === 35 ? DIGIT : code < 128 ? CLASS[code] : -1;
        if (cls < 0 || (code >= 65 && code <= 90)) throw new Error(`not a word shape: ${word}`);
        let next = edges[node * CLASSES + cls];
        if (!next) {
          next = masks.push(0) - 1;
          edges.push(...new Array<number>(CLASSES).fill(0));
          edges[node * CLASSES + cls] = next;
        }
        node = next;
      }
      masks[node] |= 1 << id;
    }
  }
  return { edges: Int32Array.from(edges), masks: Int32Array.from(masks) };
}

/** Where the matches of each word pattern may start in a text: for pattern `id`, `starts[id]`, ascending. */
export function wordStarts(text: string): number[][] {
  const { edges, masks } = (trie ??= buildTrie());
  const starts: number[][] = patterns.map(() => []);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASS[c] : -1;
    if (cls < 0) {
      i++;
      continue;
    }
    let node = edges[cls];
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      const next = d < 128 ? CLASS[d] : -1;
      if (next < 0) break;
      if (node) node = edges[node * CLASSES + next];
    }
    let mask = node ? masks[node] : 0;
    for (let id = 0; mask; id++, mask >>>= 1) if (mask & 1) starts[id].push(i);
    i = j;
  }
  return starts;
}
