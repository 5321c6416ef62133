import type { Surface } from '../knowledge';
import { newCandidate, type Candidate, type ParagraphScan } from './candidate';
import { CAP, WORD } from './tokens';

/**
 * Known names, longest match first at each token: "UN General Assembly" is one span, not "UN" +
 * "General Assembly"; "Afghan Taliban" is the group, not a demonym before it.
 */
export function matchGazetteer(scan: ParagraphScan): void {
  const { tokens, text, lex } = scan;
  const { flags, marked, lastMark } = tokens;
  const nodes = phraseNodes(lex.aliases.depth);
  // A match starts at a capitalised word or at the first word of an alias written in lower case: marked tokens.
  let next = tokens.first;
  for (let m = tokens.firstMark; m < lastMark; m++) {
    const i = marked[m];
    if (i < next) continue;
    let best = 0;
    let surface: Surface | undefined;
    const f = flags[i];
    if (f & WORD && (f & CAP || lex.startsLowerCaseAlias(tokens, i)) && lex.aliases.mayStartAt(tokens, i)) {
      const followed = lex.aliases.follow(tokens, i, nodes);
      // A run that is no alias's leading words ends the search, as the trie does.
      for (let n = 1; n <= followed && nodes[n - 1] >= 0; n++) {
        const hit = lex.surfaceAt(nodes[n - 1], text, tokens.start[i], tokens.end[i + n - 1], n >= lex.aliases.rewrittenFrom);
        if (hit) {
          best = n;
          surface = hit;
        }
      }
    }
    if (surface !== undefined && !isShadowedSurname(scan, surface, i, best)) {
      const start = tokens.start[i];
      const end = tokens.end[i + best - 1];
      scan.candidates.push(toCandidate(surface, i, i + best, start, end, text.slice(start, end)));
      // A loop rather than fill(): a match spans a token or two, and a call to fill() costs more.
      for (let k = i; k < i + best; k++) scan.covered[k] = 1;
      next = i + best;
    }
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
  return !lex.isCommonWordAt(tokens, prev) && lex.titlePartOfKey(tokens.keyOf(prev)) === 0 && !tokens.startsSentence(prev);
}

function toCandidate(surface: Surface, first: number, last: number, start: number, end: number, text: string): Candidate {
  switch (surface.role) {
    case 'name':
      return newCandidate(first, last, start, end, text, surface.actor.kind, surface.actor.id, 'gazetteer');
    case 'demonym':
      return newCandidate(first, last, start, end, text, 'demonym', surface.state.id, 'demonym');
    case 'capital': {
      const c = newCandidate(first, last, start, end, text, 'place', surface.place.id, 'capital');
      const actsAs = surface.regent ?? surface.state;
      c.actsAs = { id: actsAs.id, kind: actsAs.kind };
      return c;
    }
    case 'institution':
      return newCandidate(first, last, start, end, text, 'organization', surface.id, 'institution');
  }
}
