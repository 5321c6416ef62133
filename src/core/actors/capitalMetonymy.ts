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
  const acting = new Set<Candidate>();
  for (const c of scan.candidates) if (c.via === 'capital' && acts(scan, c)) acting.add(c);
  // Runs of candidates joined only by "and", "or" and commas ("Washington and Islamabad").
  const sorted = inOrder(scan.candidates);
  let from = 0;
  for (let k = 1; k <= sorted.length; k++) {
    if (k < sorted.length && joined(scan, sorted[k - 1].last, sorted[k].first)) continue;
    if (k - from > 1) coordinate(scan, sorted, from, k, acting);
    from = k;
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

/**
 * The capitals among sorted[from, to), a coordination, act when one of its capitals and states does, when
 * "between" comes before it or when a verb follows it. A run without a capital changes nothing: passed over.
 */
function coordinate(scan: ParagraphScan, sorted: readonly Candidate[], from: number, to: number, acting: Set<Candidate>): void {
  let first: Candidate | undefined;
  let last: Candidate | undefined;
  let members = 0;
  let capitals = false;
  let anyActs = false;
  for (let k = from; k < to; k++) {
    const c = sorted[k];
    if (c.via !== 'capital' && c.kind !== 'state') continue;
    first ??= c;
    last = c;
    members++;
    if (c.via === 'capital') capitals = true;
    if (acting.has(c)) anyActs = true;
  }
  if (members < 2 || !capitals) return;
  const between = first!.first > scan.tokens.first && wordAt(scan, first!.first - 1) === 'between';
  if (!(between || anyActs || verbFollows(scan, last!.last))) return;
  for (let k = from; k < to; k++) if (sorted[k].via === 'capital') acting.add(sorted[k]);
}

/**
 * Candidates in order of their first token, as a stable sort puts them. Known names come in order, then
 * the names found in the gaps: two sorted runs, merged here rather than sorted.
 */
function inOrder(candidates: readonly Candidate[]): readonly Candidate[] {
  let k = 1;
  while (k < candidates.length && candidates[k - 1].first <= candidates[k].first) k++;
  if (k === candidates.length) return candidates;
  let j = k + 1;
  while (j < candidates.length && candidates[j - 1].first <= candidates[j].first) j++;
  if (j < candidates.length) return [...candidates].sort((a, b) => a.first - b.first);
  const out: Candidate[] = [];
  let a = 0;
  let b = k;
  // Taking the first run's candidate on a tie is what a stable sort gives.
  while (a < k && b < candidates.length) out.push(candidates[a].first <= candidates[b].first ? candidates[a++] : candidates[b++]);
  while (a < k) out.push(candidates[a++]);
  while (b < candidates.length) out.push(candidates[b++]);
  return out;
}

/** Whether a capital is among the candidates: most paragraphs have none, and need no array of them. */
function hasCapital(candidates: readonly Candidate[]): boolean {
  for (const c of candidates) if (c.via === 'capital') return true;
  return false;
}

function joined(scan: ParagraphScan, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const w = wordAt(scan, k);
    if (!w || (!COORDINATORS.has(w) && w !== 'the')) return false;
  }
  return true;
}
