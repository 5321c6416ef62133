import { fromCodePoints, sameCounts, toCodePoints } from './offsets';

/** W3C Web Annotation TextQuoteSelector: the text itself, with some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** W3C Web Annotation TextPositionSelector, in Unicode code points as the model counts. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/**
 * Where a selector points in the current text (UTF-16 offsets), or why it points nowhere.
 * `moved` says the text moved since the selectors were written (they could be refreshed).
 */
export type Anchor = { ok: true; start: number; end: number; moved: boolean } | { ok: false; reason: string };

/** How much context a quote selector keeps either side. */
export const QUOTE_CONTEXT = 32;

/** The least context (in characters, prefix and suffix together) a moved quote must still share. */
const MIN_SHARED_CONTEXT = 4;

/** Selectors for a span of `text` (UTF-16 offsets): a quote with context, and the position. */
export function selectorsFor(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start), suffix: text.slice(end, end + QUOTE_CONTEXT) },
    positionSelector(text, start, end),
  ];
}

export function positionSelector(text: string, start: number, end: number): TextPositionSelector {
  if (sameCounts(text)) return { type: 'TextPositionSelector', start, end };
  return { type: 'TextPositionSelector', start: toCodePoints(text, start), end: toCodePoints(text, end) };
}

/**
 * Finds the span the selectors describe in `text`. The position is trusted when the text there is
 * still the quote; otherwise every occurrence of the quote is scored by how much of the recorded
 * prefix and suffix it still has, ties going to the one closest to the old position. When the
 * quote is gone, or no occurrence keeps any of its context, the annotation is orphaned: it is never
 * moved to an unrelated copy of the same words.
 */
export function anchor(selectors: readonly Selector[], text: string): Anchor {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const same = sameCounts(text);
  const old = position && (same ? { start: position.start, end: position.end } : { start: fromCodePoints(text, position.start), end: fromCodePoints(text, position.end) });
  if (!quote) {
    if (!old) return { ok: false, reason: 'no TextQuoteSelector or TextPositionSelector' };
    if (old.start < 0 || old.end > text.length || old.end <= old.start) return { ok: false, reason: 'the position is outside the article' };
    return { ok: true, start: old.start, end: old.end, moved: false };
  }
  const exact = quote.exact;
  if (!exact) return { ok: false, reason: 'the quote is empty' };
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const contextAt = (at: number) =>
    commonSuffix(prefix, text.slice(Math.max(0, at - prefix.length), at)) + commonPrefix(suffix, text.slice(at + exact.length, at + exact.length + suffix.length));
  const needed = Math.min(MIN_SHARED_CONTEXT, prefix.length + suffix.length);
  // The common case: nothing moved. (A copy of the quote that shifted into the old place keeps none of the context.)
  if (old && text.slice(old.start, old.end) === exact && contextAt(old.start) >= needed) return { ok: true, start: old.start, end: old.end, moved: false };

  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  let count = 0;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    count++;
    const score = contextAt(at);
    const distance = old ? Math.abs(at - old.start) : at;
    if (score > bestScore || (score === bestScore && distance < bestDistance)) [best, bestScore, bestDistance] = [at, score, distance];
  }
  if (count === 0) return { ok: false, reason: `the text “${clip(exact)}” is no longer in the article` };
  if (bestScore < needed) return { ok: false, reason: `the text “${clip(exact)}” is no longer where it was (found ${count === 1 ? 'once' : `${count} times`} elsewhere, in other words)` };
  return { ok: true, start: best, end: best + exact.length, moved: true };
}

/** Length of the common ending of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
