import type { Article } from '../types';
import { NAMING_WORDS } from './lexicon';
import type { Quote } from './quotes';
import { isUpper, phraseEndingAt, wordsOf } from './words';

/** Quotes of at most this many words need their own cue; a longer one may take its speaker from context. */
export const SHORT_QUOTE_WORDS = 3;

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an', 'to', 'at', 'de']);

/** Words in a quote, counted up to a few more than a short quote has (a long quote is not split into words). */
export function quoteWords(article: Article, q: Quote): number {
  if (q.end - q.start > LONG_QUOTE_CHARS) return SHORT_QUOTE_WORDS + 10;
  return wordsOf(article, q.start, q.end, SHORT_QUOTE_WORDS + 10).length;
}

/** Beyond this many characters a quote is never a name or scare quote. */
const LONG_QUOTE_CHARS = 80;

/** A name or scare quote: “Moscow format”, the so-called “troika”, a plan dubbed “Enduring Freedom”. */
export function isNameQuote(article: Article, q: Quote): boolean {
  if (q.end - q.start > LONG_QUOTE_CHARS) return false;
  // One word past the most a name has is enough to rule it out.
  const words = wordsOf(article, q.start, q.end, SHORT_QUOTE_WORDS + 3);
  if (words.length === 0) return true;
  if (words.length > SHORT_QUOTE_WORDS + 2) return false;
  const before = wordsOf(article, Math.max(article.paragraphs[q.paragraph].start, q.start - 40), q.start);
  let last = before.length - 1;
  if (last >= 0 && (before[last].lower === 'the' || before[last].lower === 'a' || before[last].lower === 'an')) last--;
  if (last >= 0) {
    if (phraseEndingAt(before, last, NAMING_WORDS)) return true;
    const w = before[last].lower;
    const adjacent = /^[\s]*$/.test(article.text.slice(before[last].end, q.start));
    if (adjacent && (w === 'called' || w === 'calls' || w === 'call' || w === 'as')) return true;
  }
  if (words.length > SHORT_QUOTE_WORDS) return false;
  const inner = article.text.slice(q.start + 1, q.unclosed ? q.end : q.end - 1).trim();
  if (/[.,!?;:]$/.test(inner)) return false;
  // A capitalised short phrase without punctuation of its own is a name: “Moscow format”, “Troika Plus”.
  return isUpper(words[0].text[0]) && (words.length <= 2 || words.every((w) => isUpper(w.text[0]) || FUNCTION_WORDS.has(w.lower) || /^\d/.test(w.text)));
}

/** Whether a paragraph is a headline or a "READ MORE" line: asked once per quote, answered once per paragraph of the article. */
export function headlineParagraphs(article: Article): (paragraph: number) => boolean {
  const answers = new Map<number, boolean>();
  return (paragraph) => {
    let answer = answers.get(paragraph);
    if (answer === undefined) answers.set(paragraph, (answer = headlineParagraph(article, paragraph)));
    return answer;
  };
}

const HEADLINE_WORDS = 25;

/** A headline or a "READ MORE" line: short, and not ended like a sentence. */
function headlineParagraph(article: Article, paragraph: number): boolean {
  const p = article.paragraphs[paragraph];
  const text = article.text.slice(p.start, p.end);
  if (/^(READ MORE|ALSO READ|RELATED|SEE ALSO|WATCH)\b/i.test(text)) return true;
  if (endsLikeSentence(text)) return false;
  return wordsOf(article, p.start, p.end, HEADLINE_WORDS + 1).length <= HEADLINE_WORDS;
}

/**
 * What `/[.!?]["”’')]*$/` or `/[.!?,]["”’']$/` match, read from the end: a regex anchored at the end
 * still scans the paragraph from its start.
 */
function endsLikeSentence(text: string): boolean {
  let e = text.length;
  while (e > 0 && '"”’\')'.includes(text[e - 1])) e--;
  if (e > 0 && '.!?'.includes(text[e - 1])) return true;
  const n = text.length;
  return n >= 2 && '"”’\''.includes(text[n - 1]) && '.!?,'.includes(text[n - 2]);
}
