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
    const words = c.text.split(/[\s\u00a0]+/);
    if (words.length < 2) continue;
    if (words.length === 2) {
      const seen = familyFirst.get(words[0]);
      familyFirst.set(words[0], seen === undefined || seen === c.id ? c.id : null);
    }
    for (let k = 1; k < words.length; k++) {
      const key = words.slice(k).join(' ');
      const seen = full.get(key);
      if (seen === undefined) full.set(key, c.id);
      else if (seen !== c.id) full.set(key, null);
    }
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
