import type { Candidate } from './candidate';

/**
 * A person named by surname alone is the full name the article gives elsewhere ("Kabulov" ->
 * "zamir-kabulov"). A lone unknown word with no such full name is dropped unless a speech verb
 * vouched for it; a known one keeps its own id.
 */
export function linkSurnames(candidates: Candidate[]): Candidate[] {
  const full = new Map<string, string | null>();
  // "Wang" for "Wang Yi": a family name written first, used only when no surname matches.
  const familyFirst = new Map<string, string | null>();
  for (const c of candidates) {
    if (c.kind !== 'person' || c.via === 'surname') continue;
    const starts = wordStarts(c.text);
    const words = starts ? null : c.text.split(/[\s\u00a0]+/);
    const count = starts ? starts.length : words!.length;
    if (count < 2) continue;
    if (count === 2) {
      const first = starts ? c.text.slice(0, starts[1] - 1) : words![0];
      const seen = familyFirst.get(first);
      familyFirst.set(first, seen === undefined || seen === c.id ? c.id : null);
    }
    // The last word: only a candidate of one word is looked up below. (Keys of every run of last words, as
    // before, cost the square of a name's length: 1.6 s for a 32 KB run of "Al" parted by tabs.)
    const key = starts ? c.text.slice(starts[count - 1]) : words![count - 1];
    const seen = full.get(key);
    if (seen === undefined) full.set(key, c.id);
    else if (seen !== c.id) full.set(key, null);
  }
  return candidates.filter((c) => {
    if (c.kind !== 'person' || c.text.includes(' ')) return true;
    const id = full.has(c.text) ? full.get(c.text) : familyFirst.get(c.text);
    if (id) {
      c.id = id;
      return true;
    }
    return !c.unconfirmed;
  });
}

/**
 * Where the words of a name start when single spaces part them (as they mostly do), or null for any other
 * whitespace, which splitting on whitespace handles.
 */
function wordStarts(text: string): number[] | null {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i + 1 === text.length || text.charCodeAt(i + 1) === 32) return null;
      starts.push(i + 1);
    } else if (c < 32 || (c >= 0x80 && isOtherSpace(c))) return null;
  }
  return starts;
}

/** The characters beyond ASCII that \s matches. */
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
