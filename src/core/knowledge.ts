import type { ActorKind } from './types';
import { normalizeSurface, slug, tokenize } from './actors/tokens';
import states from './data/states.json';
import bodies from './data/bodies.json';
import groups from './data/groups.json';
import people from './data/people.json';
import places from './data/places.json';
import titles from './data/titles.json';
import lexicon from './data/lexicon.json';

/** An actor known in advance from the data files (a state, a body, an armed group, an outlet, a public figure). */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** The data file it comes from, for Go to Definition. */
  source: string;
}

/** What a surface form found in text stands for. */
export type Surface =
  | { role: 'name'; actor: KnownActor }
  /** "Afghan", "Americans": the state's id, kind demonym. */
  | { role: 'demonym'; state: KnownActor }
  /** A capital: the state when it acts ("Moscow views"), else the place; `regent` overrides the state ("Brussels" -> EU). */
  | { role: 'capital'; state: KnownActor; place: KnownActor; regent?: KnownActor }
  /** A body every state has ("Foreign Ministry", "Parliament"), named after the state before it. */
  | { role: 'institution'; name: string; id: string };

interface StateRecord {
  id: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string;
  capitalAliases?: string[];
}

interface ActorRecord {
  id: string;
  name: string;
  aliases: string[];
}

/** Size of the prefix-shape bitmap (a bit per hashed first char, last char and length of a prefix). */
const SHAPE_BITS = 1 << 18;

function shapeOf(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  return (s.charCodeAt(0) * 8191 + s.charCodeAt(n - 1) * 127 + n) & (SHAPE_BITS - 1);
}

/**
 * Surface forms to entries, built once. Keys are normalized (straight apostrophes, single spaces).
 * An alias is matched with its exact case; an alias with a lower-case letter also matches any
 * capitalisation that starts upper case ("Kabul Airport", "TALIBAN"), which acronyms ("US", "IS") never do.
 */
export class Lexicon {
  private readonly exact = new Map<string, Surface>();
  private readonly folded = new Map<string, Surface>();
  private readonly titleForms = new Map<string, number>();
  /** Every alias and every leading run of its tokens, lower-cased ("the", "the new", "the new york times"). */
  private readonly prefixes = new Set<string>();
  /** A bit per (first char, last char, length) of the prefixes: most words are ruled out without hashing them. */
  private readonly prefixShapes = new Uint32Array(SHAPE_BITS >>> 5);
  /** First words of aliases written in lower case ("al" of "al-Qaeda"): the only lower-case words matching starts at. */
  private readonly lowerFirstWords = new Set<string>();
  /** Their first char codes: most words are ruled out without hashing them. */
  private readonly lowerFirstCodes = new Uint8Array(0x10000);
  private readonly titleFirstWords = new Map<string, number>();
  readonly commonWords: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly groupHeads: ReadonlySet<string>;
  readonly metonymyVerbs: ReadonlySet<string>;
  readonly copulaPredicates: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly metonymyPreceders: ReadonlySet<string>;
  readonly demonymBlockers: ReadonlySet<string>;

  constructor(readonly actors: ReadonlyMap<string, KnownActor>, entries: Iterable<[string, Surface]>) {
    for (const [alias, surface] of entries) this.add(alias, surface);
    for (const t of titles.titles) this.addTitle(t, 3);
    for (const p of titles.prefixes) this.addTitle(p, 1);
    for (const f of titles.fields) this.addTitle(f, 2);
    this.commonWords = new Set(lexicon.commonWords);
    this.nameConnectors = new Set(lexicon.nameConnectors);
    this.orgHeads = new Set(lexicon.orgHeads);
    this.groupHeads = new Set(lexicon.groupHeads);
    this.metonymyVerbs = new Set(lexicon.metonymyVerbs);
    this.copulaPredicates = new Set(lexicon.copulaPredicates);
    this.placeNouns = new Set(lexicon.placeNouns);
    this.metonymyPreceders = new Set(lexicon.metonymyPreceders);
    this.demonymBlockers = new Set(lexicon.demonymBlockers);
  }

  private add(alias: string, surface: Surface): void {
    const key = normalizeSurface(alias);
    if (!this.exact.has(key)) this.exact.set(key, surface);
    const lower = key.toLowerCase();
    if (key !== key.toUpperCase()) {
      if (!this.folded.has(lower)) this.folded.set(lower, surface);
    }
    const toks = tokenize(lower, 0, lower.length);
    for (const t of toks) {
      const prefix = lower.slice(0, t.end);
      this.prefixes.add(prefix);
      const shape = shapeOf(prefix);
      this.prefixShapes[shape >>> 5] |= 1 << (shape & 31);
    }
    const c = key.charCodeAt(0);
    if (c >= 97 && c <= 122 && toks.length) {
      this.lowerFirstWords.add(key.slice(0, toks[0].end));
      this.lowerFirstCodes[c] = 1;
    }
  }

  /** Whether an alias written in lower case starts with this word. */
  startsLowerCaseAlias(word: string): boolean {
    return this.lowerFirstCodes[word.charCodeAt(0)] === 1 && this.lowerFirstWords.has(word);
  }

  /** Title parts: 1 = prefix ("Deputy"), 2 = field ("Foreign"), 3 = title ("Minister"). Case-insensitive. */
  private addTitle(form: string, part: number): void {
    const key = normalizeSurface(form).toLowerCase();
    this.titleForms.set(key, Math.max(this.titleForms.get(key) ?? 0, part));
    noteFirstWord(this.titleFirstWords, key);
  }

  /** Whether some alias starts with these words (lower-cased, normalized): matching may go on. */
  isPrefix(lowerCaseSurface: string): boolean {
    const shape = shapeOf(lowerCaseSurface);
    return (this.prefixShapes[shape >>> 5] & (1 << (shape & 31))) !== 0 && this.prefixes.has(lowerCaseSurface);
  }

  /** How many tokens the longest title starting with this (lower-cased) word has, or 0. */
  maxTitleTokensFrom(lowerCaseWord: string): number {
    return this.titleFirstWords.get(lowerCaseWord) ?? 0;
  }

  /** The entry for a surface form as written in text, or undefined. */
  lookup(surface: string, lowerCase = normalizeSurface(surface).toLowerCase()): Surface | undefined {
    const key = normalizeSurface(surface);
    const hit = this.exact.get(key);
    if (hit) return hit;
    const c = key.charCodeAt(0);
    if (c >= 97 && c <= 122) return undefined;
    return this.folded.get(lowerCase);
  }

  /** 1 prefix, 2 field, 3 title, 0 not a title part. */
  titlePart(surface: string): number {
    return this.titleForms.get(normalizeSurface(surface).toLowerCase()) ?? 0;
  }

  /** titlePart() of a surface already normalized and lower-cased. */
  titlePartOfLowerCase(key: string): number {
    return this.titleForms.get(key) ?? 0;
  }
}

function noteFirstWord(map: Map<string, number>, key: string): void {
  const toks = tokenize(key, 0, key.length);
  if (toks.length === 0) return;
  const first = key.slice(toks[0].start, toks[0].end).toLowerCase();
  map.set(first, Math.max(map.get(first) ?? 0, toks.length));
}

/** The gazetteer: every actor the data files name, and the lexicon the extractor reads them with. */
export class KnowledgeBase {
  private static instance: KnowledgeBase | undefined;
  private readonly byId = new Map<string, KnownActor>();
  private lexiconCache: Lexicon | undefined;

  /** The data files' knowledge base, built on first use and shared. */
  static default(): KnowledgeBase {
    return (KnowledgeBase.instance ??= new KnowledgeBase());
  }

  private constructor() {
    const put = (a: KnownActor) => {
      if (!this.byId.has(a.id)) this.byId.set(a.id, a);
    };
    for (const s of states as StateRecord[]) put({ id: s.id, name: s.name, kind: 'state', aliases: [...s.aliases, ...s.demonyms], source: 'states.json' });
    for (const g of groups as ActorRecord[]) put({ ...g, kind: 'group', source: 'groups.json' });
    for (const b of bodies.bodies as ActorRecord[]) put({ ...b, kind: 'organization', source: 'bodies.json' });
    for (const o of bodies.outlets as ActorRecord[]) put({ ...o, kind: 'organization', source: 'bodies.json' });
    for (const p of people as ActorRecord[]) put({ ...p, kind: 'person', source: 'people.json' });
    for (const p of places as ActorRecord[]) put({ ...p, kind: 'place', source: 'places.json' });
    for (const s of states as StateRecord[]) {
      for (const c of [s.capital, ...(s.capitalAliases ?? [])]) put({ id: slug(s.capital), name: s.capital, kind: 'place', aliases: [c], source: 'states.json' });
    }
  }

  get(id: string): KnownActor | undefined {
    return this.byId.get(id);
  }

  all(): Iterable<KnownActor> {
    return this.byId.values();
  }

  /** Surface-form lookups for the extractor, built once. */
  get lexicon(): Lexicon {
    return (this.lexiconCache ??= this.buildLexicon());
  }

  private buildLexicon(): Lexicon {
    const entries: [string, Surface][] = [];
    const actor = (id: string) => this.byId.get(id)!;
    // Registration order is priority order when two entries share a surface form.
    for (const s of states as StateRecord[]) for (const a of s.aliases) entries.push([a, { role: 'name', actor: actor(s.id) }]);
    const named = [...(groups as ActorRecord[]), ...(bodies.bodies as ActorRecord[]), ...(bodies.outlets as ActorRecord[]), ...(people as ActorRecord[])];
    for (const r of named) for (const a of r.aliases) entries.push([a, { role: 'name', actor: actor(r.id) }]);
    for (const s of states as StateRecord[]) for (const d of s.demonyms) entries.push([d, { role: 'demonym', state: actor(s.id) }]);
    const regents = lexicon.capitalRegents as Record<string, string>;
    for (const s of states as StateRecord[]) {
      const place = actor(slug(s.capital));
      const regent = regents[s.capital] ? actor(regents[s.capital]) : undefined;
      for (const c of [s.capital, ...(s.capitalAliases ?? [])]) entries.push([c, { role: 'capital', state: actor(s.id), place, regent }]);
    }
    for (const p of places as ActorRecord[]) for (const a of p.aliases) entries.push([a, { role: 'name', actor: actor(p.id) }]);
    for (const i of bodies.institutions) for (const a of i.aliases) entries.push([a, { role: 'institution', name: i.name, id: slug(i.name) }]);
    return new Lexicon(this.byId, entries);
  }
}
