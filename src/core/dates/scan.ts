import type { DateContext } from './context';
import { wordStarts, type WordPattern } from './wordPattern';

/** The unit windows joined into one string (see below), with where each window starts in it. */
interface Joined {
  text: string;
  starts: number[];
  /** Where each word pattern may match in `text` (see wordPattern.ts). */
  wordStarts: number[][];
}

// One regex run over all the windows costs far less than one run per window (a run has a fixed cost, and a
// window is ~60 characters). The separator holds no character any pattern reads through (";"), and reads like
// the end of a string to \b and to the patterns' lookaheads (a line break, then ";").
const SEPARATOR = '\n;\n';
// The joined windows of the article being read: its extractors run one after the other, so one entry makes a
// cache. (A WeakMap keyed by context did too, but cost more in garbage collection than the scans themselves.)
let cached: { ctx: DateContext; joined: Joined } | undefined;

function joined(ctx: DateContext): Joined {
  let j = cached?.ctx === ctx ? cached.joined : undefined;
  if (!j) {
    const parts: string[] = [];
    const starts: number[] = [];
    let at = 0;
    for (const s of ctx.windows.units) {
      starts.push(at);
      parts.push(ctx.text.slice(s.start, s.end));
      at += s.end - s.start + SEPARATOR.length;
    }
    const text = parts.join(SEPARATOR);
    j = { text, starts, wordStarts: wordStarts(text) };
    cached = { ctx, joined: j };
  }
  return j;
}

/**
 * Runs a word pattern over the stretches of text around units of time and years (see prefilter.ts), as a
 * global regex would, and adds to `out` what `read` makes of each match; match indices are offsets into the
 * article. An extractor's patterns add to one array, not one each spread into another.
 */
export function scan<T>(ctx: DateContext, out: T[], pattern: WordPattern, read: (m: RegExpExecArray) => T | null): void {
  const windows = ctx.windows.units;
  if (windows.length === 0) return;
  const { text, starts, wordStarts } = joined(ctx);
  const regex = pattern.sticky;
  let k = 0;
  // Where a global regex would search on from: the end of the last match.
  let from = 0;
  for (const at of wordStarts[pattern.id]) {
    if (at < from) continue;
    regex.lastIndex = at;
    const m = regex.exec(text);
    if (!m) continue;
    if (m[0].length === 0) {
      from = at + 1;
      continue;
    }
    from = at + m[0].length;
    while (k + 1 < starts.length && starts[k + 1] <= m.index) k++;
    m.index += windows[k].start - starts[k];
    const c = read(m);
    if (c) out.push(c);
  }
}
