import nouns from '../data/forum-nouns.json';
import series from '../data/forum-series.json';
import { WordSet } from '../statements/wordSet';
import { phraseList, wordTexts } from '../statements/words';

// Lookups built once from src/core/data/forum-nouns.json and forum-series.json. The verb and word lists read word by word over whole sentences are WordSets.
export const FORUM_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries(nouns.nouns));
export const NEEDS_DETERMINER: ReadonlySet<string> = new Set(nouns.needsDeterminer);
export const NOT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(nouns.notBefore).map(([k, v]) => [k, new Set(v)]));
export const NEEDS_MODIFIER: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(nouns.needsModifier).map(([k, v]) => [k, new Set(v)]));
export const COREFERENCE_ONLY: ReadonlySet<string> = new Set(nouns.coreferenceOnly);
export const COMPOUND_KINDS = phraseList(Object.keys(nouns.compoundKinds));
export const COMPOUND_KIND: ReadonlyMap<string, string> = new Map(Object.entries(nouns.compoundKinds));
export const DETERMINERS: ReadonlySet<string> = new Set(nouns.determiners);
export const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
export const MODIFIERS: ReadonlySet<string> = new Set(nouns.modifiers);
export const PLANNED_MODIFIERS: ReadonlySet<string> = new Set(nouns.plannedModifiers);
export const FUTURE_WORDS = phraseList(nouns.futureWords);
export const VIRTUAL_WORDS = new WordSet(nouns.virtualWords);
export const HOST_VERBS = new WordSet(nouns.hostVerbs);
export const ATTEND_VERBS = new WordSet(nouns.attendVerbs);
export const MEET_VERBS = new WordSet(nouns.meetVerbs);
export const PREPOSITIONS: ReadonlySet<string> = new Set(nouns.prepositions);
export const COMPLEMENT_STOPS: ReadonlySet<string> = new Set(nouns.complementStops);
export const OF_MUST_NAME: ReadonlySet<string> = new Set(nouns.ofMustName);
export const PARTICIPLES: ReadonlySet<string> = new Set(nouns.participles);
export const COMPATIBLE: readonly (readonly string[])[] = nouns.compatible;

export interface Series {
  id: string;
  kind: string;
  names: string[];
  placeWords?: string[];
  host: string | null;
  place: string | null;
  sessionBase?: number;
  sessionMonth?: number;
  generic: string[];
}

export const SERIES: readonly Series[] = series.series as Series[];

/** Series names as word arrays (case-sensitive), split as an article's words are ("U.N." is the word "U.N"), longest first. */
export const SERIES_NAMES: readonly { words: string[]; series: Series }[] = SERIES.flatMap((s) => s.names.map((n) => ({ words: wordTexts(n), series: s })))
  .sort((a, b) => b.words.length - a.words.length);

/** Each series' place words as word arrays, split once rather than per mention. */
export const SERIES_PLACES: readonly { series: Series; places: readonly string[][] }[] = SERIES.flatMap((s) => (s.placeWords ? [{ series: s, places: s.placeWords.map(wordTexts) }] : []));

export function kindsCompatible(a: string, b: string): boolean {
  if (a === b || a === 'event' || b === 'event') return true;
  return COMPATIBLE.some((g) => g.includes(a) && g.includes(b));
}

/** Series names filed under one of their words, in SERIES_NAMES order. */
function seriesNamesBy(wordOf: (words: readonly string[]) => string): ReadonlyMap<string, readonly { words: string[]; series: Series }[]> {
  const map = new Map<string, { words: string[]; series: Series }[]>();
  for (const n of SERIES_NAMES) {
    const list = map.get(wordOf(n.words)) ?? [];
    list.push(n);
    map.set(wordOf(n.words), list);
  }
  return map;
}

/** Series names by their first word, for a lookup per word. */
export const SERIES_BY_FIRST_WORD = seriesNamesBy((words) => words[0]);
/** Series names by their last word, for a lookup per word. */
export const SERIES_BY_LAST_WORD = seriesNamesBy((words) => words[words.length - 1]);
