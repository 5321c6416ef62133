import type { DateContext } from './context';

/** The unit windows joined into one string (see below), with where each window starts in it. */
interface Joined {
  text: string;
  starts: number[];
}

// One regex run over all the windows costs far less than one run per window (a run has a fixed cost, and a
// window is ~60 characters). The separator holds no character any pattern reads through (";"), and reads like
// the end of a string to \b and to the patterns' lookaheads (a line break, then ";").
const SEPARATOR = '\n;\n';
const joinedByContext = new WeakMap<DateContext, Joined>();

function joined(ctx: DateContext): Joined {
  let j = joinedByContext.get(ctx);
  if (!j) {
    const parts: string[] = [];
    const starts: number[] = [];
    let at = 0;
    for (const s of ctx.windows.units) {
      starts.push(at);
      parts.push(ctx.text.slice(s.start, s.end));
      at += s.end - s.start + SEPARATOR.length;
    }
    j = { text: parts.join(SEPARATOR), starts };
    joinedByContext.set(ctx, j);
  }
  return j;
}

/**
 * Runs a global regex over the stretches of text around units of time and years (see prefilter.ts) and
 * collects what `read` makes of each match; match indices are offsets into the article.
 */
export function scan<T>(ctx: DateContext, pattern: RegExp, read: (m: RegExpExecArray) => T | null): T[] {
  const out: T[] = [];
  const windows = ctx.windows.units;
  if (windows.length === 0) return out;
  const { text, starts } = joined(ctx);
  let k = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    while (k + 1 < starts.length && starts[k + 1] <= m.index) k++;
    m.index += windows[k].start - starts[k];
    const c = read(m);
    if (c) out.push(c);
  }
  return out;
}
