import type { Article, DateMention } from '../types';

export function extractDates(_article: Article): DateMention[] {
  return [];
}
