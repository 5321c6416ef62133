import type { Surface } from '../knowledge';
import { normalizeSurface } from './tokens';
import { tokenText, type Candidate, type ParagraphScan } from './candidate';

/**
 * Known names, longest match first at each token: "UN General Assembly" is one span, not "UN" +
 * "General Assembly"; "Afghan Taliban" is the group, not a demonym before it.
 */
export function matchGazetteer(scan: ParagraphScan): void {
  const { tokens, text, lex } = scan;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    let best = 0;
    let surface: Surface | undefined;
    if (t.word && (t.cap || lex.startsLowerCaseAlias(t.text))) {
      for (let n = 1; i + n <= tokens.length; n++) {
        const raw = n === 1 ? t.text : text.slice(t.start, tokens[i + n - 1].end);
        const lower = n === 1 ? normalizeSurface(t.lower) : normalizeSurface(raw).toLowerCase();
        if (!lex.isPrefix(lower)) break;
        const hit = lex.lookup(raw, lower);
        if (hit) {
          best = n;
          surface = hit;
        }
      }
    }
    if (surface && !isShadowedSurname(scan, surface, i, best)) {
      const end = tokens[i + best - 1].end;
      scan.candidates.push(toCandidate(surface, i, i + best, t.start, end, text.slice(t.start, end)));
      scan.covered.fill(1, i, i + best);
      i += best;
    } else i++;
  }
}

/**
 * A lone known surname right after an unknown first name ("Jeanne Shaheen") is someone else: leave it
 * to the name chunker.
 */
function isShadowedSurname(scan: ParagraphScan, surface: Surface, i: number, n: number): boolean {
  if (surface.role !== 'name' || surface.actor.kind !== 'person' || n !== 1 || i === 0) return false;
  const prev = scan.tokens[i - 1];
  if (!prev.word || !prev.cap || prev.allCaps || scan.covered[i - 1] || prev.end === scan.tokens[i].start) return false;
  const word = tokenText(scan, i - 1);
  return !scan.lex.commonWords.has(word) && scan.lex.titlePart(word) === 0 && !prev.sentenceStart;
}

function toCandidate(surface: Surface, first: number, last: number, start: number, end: number, text: string): Candidate {
  switch (surface.role) {
    case 'name':
      return { first, last, start, end, text, kind: surface.actor.kind, id: surface.actor.id, via: 'gazetteer' };
    case 'demonym':
      return { first, last, start, end, text, kind: 'demonym', id: surface.state.id, via: 'demonym' };
    case 'capital': {
      const actsAs = surface.regent ?? surface.state;
      return { first, last, start, end, text, kind: 'place', id: surface.place.id, via: 'capital', actsAs: { id: actsAs.id, kind: actsAs.kind } };
    }
    case 'institution':
      return { first, last, start, end, text, kind: 'organization', id: surface.id, via: 'institution' };
  }
}
