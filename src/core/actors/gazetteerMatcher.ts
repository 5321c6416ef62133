import type { Surface } from '../knowledge';
import type { Candidate, ParagraphScan } from './candidate';

/**
 * Known names, longest match first at each token: "UN General Assembly" is one span, not "UN" +
 * "General Assembly"; "Afghan Taliban" is the group, not a demonym before it.
 */
export function matchGazetteer(scan: ParagraphScan): void {
  const { tokens, text, lex } = scan;
  const nodes = phraseNodes(lex.aliases.depth);
  for (let i = tokens.first; i < tokens.last; ) {
    let best = 0;
    let surface: Surface | undefined;
    if (tokens.isWord(i) && (tokens.isCap(i) || lex.startsLowerCaseAlias(tokens, i))) {
      const followed = lex.aliases.follow(tokens, i, nodes);
      // A run that is no alias's leading words ends the search, as the trie does.
      for (let n = 1; n <= followed && nodes[n - 1] >= 0; n++) {
        const hit = lex.surfaceAt(nodes[n - 1], text, tokens.start[i], tokens.end[i + n - 1]);
        if (hit) {
          best = n;
          surface = hit;
        }
      }
    }
    if (surface && !isShadowedSurname(scan, surface, i, best)) {
      const start = tokens.start[i];
      const end = tokens.end[i + best - 1];
      scan.candidates.push(toCandidate(surface, i, i + best, start, end, text.slice(start, end)));
      // A loop rather than fill(): a match spans a token or two, and a call to fill() costs more.
      for (let k = i; k < i + best; k++) scan.covered[k] = 1;
      i += best;
    } else i++;
  }
}

// The trie's nodes along one run of tokens, reused: one array per trie depth.
let nodeScratch = new Int32Array(0);

function phraseNodes(depth: number): Int32Array {
  if (nodeScratch.length !== depth) nodeScratch = new Int32Array(depth);
  return nodeScratch;
}

/**
 * A lone known surname right after an unknown first name ("Jeanne Shaheen") is someone else: leave it
 * to the name chunker.
 */
function isShadowedSurname(scan: ParagraphScan, surface: Surface, i: number, n: number): boolean {
  if (surface.role !== 'name' || surface.actor.kind !== 'person' || n !== 1 || i === scan.tokens.first) return false;
  const { tokens, lex } = scan;
  const prev = i - 1;
  if (!tokens.isCapWord(prev) || tokens.isAllCaps(prev) || scan.covered[prev] || tokens.touching(i)) return false;
  return !lex.isCommonWord(tokens.wordOf(prev)) && lex.titlePartOfKey(tokens.keyOf(prev)) === 0 && !tokens.startsSentence(prev);
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
