import type { DateContext } from './context';

/**
 * Runs a global regex over the stretches of text around units of time and years (see prefilter.ts) and
 * collects what `read` makes of each match; match indices are offsets into the article.
 */
export function scan<T>(ctx: DateContext, pattern: RegExp, read: (m: RegExpExecArray) => T | null): T[] {
  const out: T[] = [];
  for (const s of ctx.windows.units) {
    const slice = ctx.text.slice(s.start, s.end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      m.index += s.start;
      const c = read(m);
      if (c) out.push(c);
    }
  }
  return out;
}

