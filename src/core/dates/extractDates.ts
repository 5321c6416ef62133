import type { Article, DateMention } from '../types';
import type { DateCandidate } from './candidate';
import { chronoCandidates } from './chronoExtractor';
import { createContext } from './context';
import { durationCandidates } from './durationExtractor';
import { falsePositiveFilter } from './refiners/falsePositiveFilter';
import { overlapRemovalRefiner } from './refiners/overlapRemovalRefiner';
import { resolveRefiner } from './refiners/resolveRefiner';
import { shiftRefiner } from './refiners/shiftRefiner';
import { trimRefiner } from './refiners/trimRefiner';
import { relativeCandidates } from './relativeExtractor';
import { yearCandidates } from './yearExtractor';

/** Every date and duration in the article, with values resolved against its document date. */
export function extractDates(article: Article): DateMention[] {
  const ctx = createContext(article);
  // Extractors in order of trust: on spans of equal length the earlier one wins the overlap.
  let candidates: DateCandidate[] = relativeCandidates(ctx).concat(yearCandidates(ctx), durationCandidates(ctx), chronoCandidates(ctx));
  // Trim first so that "on Wednesday," competes with its real length; filter before overlaps so a dropped
  // false positive cannot hide a real date; resolve after, and shift last, since a shift counts from a resolved date.
  candidates = trimRefiner(ctx, candidates);
  candidates = falsePositiveFilter(ctx, candidates);
  candidates = overlapRemovalRefiner(candidates);
  candidates = resolveRefiner(ctx, candidates);
  candidates = shiftRefiner(ctx, candidates);
  return candidates.map((c) => toMention(article.text, c));
}

function toMention(text: string, c: DateCandidate): DateMention {
  const m: DateMention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: c.kind, value: c.value ?? null };
  if (c.weekday) m.weekday = c.weekday;
  return m;
}
