import { tokenText, type Candidate, type ParagraphScan } from './candidate';

const COPULAS = new Set(['is', 'was', 'are', 'were']);
const PERFECT = new Set(['has', 'have', 'had']);
const COORDINATORS = new Set(['and', 'or', ',']);

/**
 * A capital stands for its government only where it acts: before a verb ("Washington sees",
 * "Islamabad is said to"), as an owner ("Moscow's backyard", not "Kabul's airport"), after "with",
 * "against", "between", or coordinated with one that acts. Elsewhere it is a place ("in Moscow",
 * "the Moscow summit", "Afghanistan's capital Kabul", a dateline "Islamabad:").
 */
export function resolveCapitals(scan: ParagraphScan): void {
  if (!hasCapital(scan.candidates)) return;
  const caps = scan.candidates.filter((c) => c.via === 'capital');
  const acting = new Set<Candidate>();
  for (const c of caps) if (acts(scan, c)) acting.add(c);
  for (const group of coordinations(scan)) {
    const members = group.filter((c) => c.via === 'capital' || c.kind === 'state');
    if (members.length < 2) continue;
    const first = members[0];
    const last = members[members.length - 1];
    const between = first.first > scan.tokens.first && wordAt(scan, first.first - 1) === 'between';
    if (between || members.some((c) => acting.has(c)) || verbFollows(scan, last.last)) for (const c of members) if (c.via === 'capital') acting.add(c);
  }
  for (const c of acting) {
    if (!c.actsAs) continue;
    c.id = c.actsAs.id;
    c.kind = c.actsAs.kind;
  }
}

/** Token i lower-cased, or undefined past either end. */
function wordAt(scan: ParagraphScan, i: number): string | undefined {
  return i >= scan.tokens.first && i < scan.tokens.last ? scan.tokens.lowerCaseOf(i) : undefined;
}

function acts(scan: ParagraphScan, c: Candidate): boolean {
  const prev = c.first > scan.tokens.first ? wordAt(scan, c.first - 1) : undefined;
  if (prev === 'capital' || prev === 'city') return false;
  if (prev && scan.lex.metonymyPreceders.has(prev) && prev !== 'between') return true;
  const possessive = possessiveEnd(scan, c.last);
  if (possessive) {
    const noun = wordAt(scan, possessive);
    return !noun || !scan.lex.placeNouns.has(noun);
  }
  return verbFollows(scan, c.last);
}

/** Index of the token after "'s" / "’" when one follows token i-1, else 0. */
function possessiveEnd(scan: ParagraphScan, i: number): number {
  const { tokens } = scan;
  if (i >= tokens.last || tokens.isWord(i) || !tokens.touching(i)) return 0;
  if (!tokens.isChar(i, APOSTROPHE) && !tokens.isChar(i, RIGHT_QUOTE)) return 0;
  if (tokens.touching(i + 1) && (tokens.isChar(i + 1, LOWER_S) || tokens.isChar(i + 1, UPPER_S))) return i + 2;
  return i + 1;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;
const UPPER_S = 83;

function verbFollows(scan: ParagraphScan, i: number): boolean {
  let k = i;
  while (scan.tokens.isWord(k) && isAdverb(scan, k)) k++;
  const w = scan.tokens.isWord(k) ? wordAt(scan, k) : undefined;
  if (!w || scan.tokens.isCap(k)) return false;
  if (COPULAS.has(w) || (PERFECT.has(w) && wordAt(scan, k + 1) === 'been')) {
    let p = COPULAS.has(w) ? k + 1 : k + 2;
    while (scan.tokens.isWord(p) && isAdverb(scan, p)) p++;
    const pred = wordAt(scan, p);
    return !!pred && scan.lex.copulaPredicates.has(pred);
  }
  return scan.lex.metonymyVerbs.has(w);
}

function isAdverb(scan: ParagraphScan, k: number): boolean {
  const w = tokenText(scan, k);
  return (w.length > 4 && w.endsWith('ly') && w !== 'rely' && w !== 'apply' && w !== 'supply') || w === 'also' || w === 'still' || w === 'now' || w === 'already';
}

/** Runs of candidates joined only by "and", "or" and commas ("Washington and Islamabad"). */
function coordinations(scan: ParagraphScan): Candidate[][] {
  // Known names come in order, then the names found in the gaps: often in order already, and sort() is stable.
  const sorted = isInOrder(scan.candidates) ? scan.candidates : [...scan.candidates].sort((a, b) => a.first - b.first);
  const out: Candidate[][] = [];
  let run: Candidate[] = [];
  for (const c of sorted) {
    const prev = run[run.length - 1];
    if (prev && joined(scan, prev.last, c.first)) run.push(c);
    else {
      if (run.length > 1) out.push(run);
      run = [c];
    }
  }
  if (run.length > 1) out.push(run);
  return out;
}

/** Whether a capital is among the candidates: most paragraphs have none, and need no array of them. */
function hasCapital(candidates: readonly Candidate[]): boolean {
  for (const c of candidates) if (c.via === 'capital') return true;
  return false;
}

function isInOrder(candidates: readonly Candidate[]): boolean {
  for (let k = 1; k < candidates.length; k++) if (candidates[k - 1].first > candidates[k].first) return false;
  return true;
}

function joined(scan: ParagraphScan, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const w = wordAt(scan, k);
    if (!w || (!COORDINATORS.has(w) && w !== 'the')) return false;
  }
  return true;
}
