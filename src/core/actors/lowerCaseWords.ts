import type { Span } from '../types';
import { addLetterRuns, hasRunBit, isLetterAt, isLetterCode, type Tokens } from './tokens';
import { hashOf } from './words';

/** How many words are looked up by searching the text before the lookups turn to sets, so that time stays linear. */
const MAX_SEARCHES = 24;

/**
 * The words an article writes in lower case (so that, capitalised at a sentence start, such a word is a
 * common word): has() answers for a lower-cased word, once per word.
 *
 * A word of letters occurs as a whole word exactly when it is one of the text's maximal runs of letters.
 * A bitmap of their hashes, made by the tokenizer, rules out most words at once; a search of
 * the text confirms the others, and past MAX_SEARCHES of those the runs themselves are collected once.
 * A word with digits or an apostrophe is searched for among the first MAX_SEARCHES words asked about,
 * and after them looked up among the runs of word characters (the two can differ: "20s" is found in
 * "120s" by a search, not among the runs), as it always was.
 */
export class LowerCaseWords {
  private readonly answers = new Map<string, boolean>();
  private asked = 0;
  private confirmed = 0;
  private runHashes: Uint32Array | undefined;
  private letterRuns: Set<string> | undefined;
  private wordRuns: Set<string> | undefined;

  /**
   * `tokens` holds the tokens of `paragraphs` (the article's), made with their bitmap of letter runs (see
   * Tokens.letterRuns), until the last question is asked: the first question completes that bitmap.
   */
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly paragraphs: readonly Span[],
  ) {}

  has(word: string): boolean {
    let hit = this.answers.get(word);
    if (hit === undefined) {
      const searchable = ++this.asked <= MAX_SEARCHES;
      if (isLetters(word)) hit = this.isLetterRun(word);
      else if (searchable) hit = occursAsWord(this.text, word);
      else hit = (this.wordRuns ??= runs(this.text, isWordOrApostrophe)).has(word);
      this.answers.set(word, hit);
    }
    return hit;
  }

  private isLetterRun(word: string): boolean {
    const bits = (this.runHashes ??= letterRunHashes(this.text, this.tokens, this.paragraphs));
    if (!hasRunBit(bits, hashOf(word))) return false;
    if (++this.confirmed <= MAX_SEARCHES) return occursAsWord(this.text, word);
    return (this.letterRuns ??= runs(this.text, isLetterCode)).has(word);
  }
}

/**
 * A bit per hash of every maximal run of letters in the text that has no ASCII capital (and of a few more
 * strings: a false hit only costs a search). Inside paragraphs the tokenizer set them (see
 * Tokens.letterRuns); outside them (the header, blank lines) the text is scanned. A paragraph that starts
 * or ends inside a run, or paragraphs out of order, or tokens without the bitmap, and the whole text is scanned.
 */
function letterRunHashes(text: string, tokens: Tokens, paragraphs: readonly Span[]): Uint32Array {
  const bits = tokens.letterRuns;
  if (!bits) return wholeText(text);
  let at = 0;
  for (const p of paragraphs) {
    const cut = p.start < at || (isLetterAt(text, p.start - 1) && isLetterAt(text, p.start)) || (isLetterAt(text, p.end - 1) && isLetterAt(text, p.end));
    if (cut) {
      addLetterRuns(text, 0, text.length, bits);
      return bits;
    }
    addLetterRuns(text, at, p.start, bits);
    at = p.end;
  }
  addLetterRuns(text, at, text.length, bits);
  return bits;
}

/** The bitmap of every run of letters in the text, for tokens made without one. */
function wholeText(text: string): Uint32Array {
  let size = 1024;
  while (size < text.length * 2) size *= 2;
  const bits = new Uint32Array(size >>> 5);
  addLetterRuns(text, 0, text.length, bits);
  return bits;
}

/** Whether `word` (lower case) occurs in text as a whole word. */
function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isLetterCode(text.charCodeAt(at - 1))) && !isLetterCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

function isLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLetterCode(word.charCodeAt(i))) return false;
  return word.length > 0;
}

/**
 * The maximal runs of `inRun` characters in text that do not start with an ASCII capital (a lower-cased
 * word never does), in one pass. Like occursAsWord, a run touching the end of text is left out.
 */
function runs(text: string, inRun: (c: number) => boolean): Set<string> {
  const out = new Set<string>();
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (!inRun(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && inRun(text.charCodeAt(i))) i++;
    if (i < n && !(c >= 65 && c <= 90)) out.add(text.slice(start, i));
  }
  return out;
}

function isWordOrApostrophe(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019;
}
