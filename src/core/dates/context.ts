import type { Article, Sentence } from '../types';
import { dayNumber, parseIsoDay } from './calendar';
import { triggerWindows, type TriggerWindows } from './prefilter';

/** What extractors and refiners share about one article. */
export interface DateContext {
  article: Article;
  text: string;
  /** The document date as a day number, or null for an undated article. */
  docDay: number | null;
  /** The stretches of text each extractor reads. */
  windows: TriggerWindows;
  /** The sentence holding an offset (the last one starting at or before it). */
  sentenceAt(offset: number): Sentence;
}

export function createContext(article: Article): DateContext {
  const sentences = article.sentences;
  const fallback: Sentence = { start: 0, end: article.text.length, paragraph: 0 };
  return {
    article,
    text: article.text,
    windows: triggerWindows(article.text, sentences, article.header ? article.header.end : 0),
    docDay: article.docDate ? dayNumber(parseIsoDay(article.docDate)) : null,
    sentenceAt(offset: number): Sentence {
      let lo = 0;
      let hi = sentences.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid].start <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found < 0 ? fallback : sentences[found];
    },
  };
}
