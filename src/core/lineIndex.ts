// Offset <-> line/character conversion for article text held by the index (the same numbering VS Code uses).

export interface LineCharacter {
  line: number;
  character: number;
}

const cache = new WeakMap<object, number[]>();

function lineStarts(key: object, text: string): number[] {
  let starts = cache.get(key);
  if (!starts) {
    starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    cache.set(key, starts);
  }
  return starts;
}

/** Line and character of an offset; `key` is an object owning `text` (its line table is cached on it). */
export function positionAt(key: object, text: string, offset: number): LineCharacter {
  const starts = lineStarts(key, text);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
