import type { ActorKind } from './types';
import { PhraseTrie } from './actors/phraseTrie';
import { needsNormalizing, normalizeSurface, slug, Tokens } from './actors/tokens';
import { WordTable } from './actors/words';
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

/** An alias phrase of the trie: what the aliases that lower-case to it stand for. */
interface AliasNode {
  /** Those aliases as written (normalized), each with its entry in the exact table. */
  written: string[];
  surfaces: Surface[];
  /** For any capitalisation starting upper case: the first entry whose alias (with a lower-case letter) lower-cases to it. */
  folded?: Surface;
}

/** Classes of words, by word number: a bit each. */
const COMMON_WORD = 1;
const NAME_CONNECTOR = 2;
const ORG_HEAD = 4;
const GROUP_HEAD = 8;
/** First word of an alias written in lower case ("al" of "al-Qaeda"): the only lower-case words matching starts at. */
const STARTS_LOWER_CASE_ALIAS = 16;

/** Bits of the word table's hints (see WordTable.hints): sets a token is tested against before it is looked up. */
const ALIAS_START_HINT = 1;
const TITLE_START_HINT = 2;
const LOWER_CASE_ALIAS_HINT = 4;
const NAME_CONNECTOR_HINT = 8;
const COMMON_WORD_HINT = 16;

/**
 * Surface forms to entries, built once. Keys are normalized (straight apostrophes, single spaces).
 * An alias is matched with its exact case; an alias with a lower-case letter also matches any
 * capitalisation that starts upper case ("Kabul Airport", "TALIBAN"), which acronyms ("US", "IS") never do.
 *
 * Matching reads tokens by number (words.ts) and phrases by trie (phraseTrie.ts), so the tokenizer must
 * be given `words` to number tokens against.
 */
export class Lexicon {
  /** Every word of an alias or title (as its lookup key), and every word of the word lists as written. */
  readonly words = new WordTable();
  /** Aliases, lower-cased: every node is some alias's leading run of tokens ("the", "the new", "the new york times"). */
  readonly aliases = new PhraseTrie<AliasNode>(ALIAS_START_HINT);
  /** Title parts, lower-cased: 1 = prefix ("Deputy"), 2 = field ("Foreign"), 3 = title ("Minister"). */
  readonly titles = new PhraseTrie<number>(TITLE_START_HINT);
  private readonly exact = new Map<string, Surface>();
  /**
   * The aliases' written forms again, for surfaceAt(), which compares them with the text for every run
   * of tokens the trie matches: alias node n has forms formsOf[n] to formsOf[n + 1] - 1, form f is
   * formCodes[formStarts[f], formStarts[f + 1]) and stands for formSurfaces[f]. Flat arrays of numbers,
   * in place of an object, an array and a string per node to reach in memory one after another.
   */
  private readonly formsOf: Int32Array;
  private readonly formStarts: Int32Array;
  private readonly formCodes: Uint16Array;
  private readonly formSurfaces: Surface[] = [];
  private readonly foldedAt: (Surface | undefined)[] = [];
  private readonly wordClasses: Uint8Array;
  readonly commonWords: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly groupHeads: ReadonlySet<string>;
  readonly metonymyVerbs: ReadonlySet<string>;
  readonly copulaPredicates: ReadonlySet<string>;
  readonly placeNouns: ReadonlySet<string>;
  readonly metonymyPreceders: ReadonlySet<string>;
  readonly demonymBlockers: ReadonlySet<string>;
  /** The hints of the lower-case words a step may start at: a title word, an alias's first word, a particle. */
  readonly startHints = TITLE_START_HINT | LOWER_CASE_ALIAS_HINT | NAME_CONNECTOR_HINT;

  constructor(readonly actors: ReadonlyMap<string, KnownActor>, entries: Iterable<[string, Surface]>) {
    const lowerCaseStarts: string[] = [];
    for (const [alias, surface] of entries) this.add(alias, surface, lowerCaseStarts);
    this.formsOf = new Int32Array(this.aliases.size + 1);
    const formStarts = [0];
    const forms: string[] = [];
    let chars = 0;
    for (let node = 0; node < this.aliases.size; node++) {
      const at = this.aliases.valueAt(node);
      this.formsOf[node] = this.formSurfaces.length;
      this.foldedAt.push(at?.folded);
      for (let k = 0; k < (at?.written.length ?? 0); k++) {
        forms.push(at!.written[k]);
        chars += at!.written[k].length;
        formStarts.push(chars);
        this.formSurfaces.push(at!.surfaces[k]);
      }
    }
    this.formsOf[this.aliases.size] = this.formSurfaces.length;
    this.formStarts = Int32Array.from(formStarts);
    this.formCodes = new Uint16Array(chars);
    let at = 0;
    for (const form of forms) for (let k = 0; k < form.length; k++) this.formCodes[at++] = form.charCodeAt(k);
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
    const classes: [Iterable<string>, number][] = [
      [this.commonWords, COMMON_WORD],
      [this.nameConnectors, NAME_CONNECTOR],
      [this.orgHeads, ORG_HEAD],
      [this.groupHeads, GROUP_HEAD],
      [lowerCaseStarts, STARTS_LOWER_CASE_ALIAS],
    ];
    for (const [list] of classes) for (const w of list) this.words.add(w);
    for (const w of lowerCaseStarts) this.words.hint(w, LOWER_CASE_ALIAS_HINT);
    for (const w of this.nameConnectors) this.words.hint(w, NAME_CONNECTOR_HINT);
    for (const w of this.commonWords) this.words.hint(w, COMMON_WORD_HINT);
    this.wordClasses = new Uint8Array(this.words.size);
    for (const [list, bit] of classes) for (const w of list) this.wordClasses[this.words.idOf(w)] |= bit;
  }

  private add(alias: string, surface: Surface, lowerCaseStarts: string[]): void {
    const key = normalizeSurface(alias);
    if (!this.exact.has(key)) this.exact.set(key, surface);
    const lower = key.toLowerCase();
    const node = this.aliases.insert(lower, this.words);
    const at = this.aliases.valueAt(node) ?? { written: [], surfaces: [] };
    if (!at.written.includes(key)) {
      at.written.push(key);
      at.surfaces.push(this.exact.get(key)!);
    }
    if (key !== key.toUpperCase()) at.folded ??= surface;
    this.aliases.setValue(node, at);
    const c = key.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      const first = new Tokens().tokenize(key, 0, key.length);
      if (first.last) lowerCaseStarts.push(key.slice(0, first.end[0]));
    }
  }

  private addTitle(form: string, part: number): void {
    const node = this.titles.insert(normalizeSurface(form).toLowerCase(), this.words);
    this.titles.setValue(node, Math.max(this.titles.valueAt(node) ?? 0, part));
  }

  /**
   * The entry for the alias phrase at `node` of `aliases`, as written in text[start, end), or undefined.
   * `rewritten`: whether the span holds a character normalizeSurface() rewrites, when the caller knows.
   */
  surfaceAt(node: number, text: string, start: number, end: number, rewritten = needsNormalizing(text, start, end)): Surface | undefined {
    const { formsOf, formStarts, formCodes } = this;
    const first = formsOf[node];
    const last = formsOf[node + 1];
    // A node with a value has a written form; one without is some alias's leading words only.
    if (first === last) return undefined;
    // The exact table's entry for the span as written: compared in place when normalizing would change nothing.
    if (rewritten) {
      const hit = this.exact.get(normalizeSurface(text.slice(start, end)));
      if (hit) return hit;
    } else {
      for (let f = first; f < last; f++) {
        const from = formStarts[f];
        if (formStarts[f + 1] - from !== end - start) continue;
        let k = 0;
        while (k < end - start && formCodes[from + k] === text.charCodeAt(start + k)) k++;
        if (k === end - start) return this.formSurfaces[f];
      }
    }
    const c = text.charCodeAt(start);
    return c >= 97 && c <= 122 ? undefined : this.foldedAt[node];
  }

  /** Title part of one word, by its lookup key number: 1 prefix, 2 field, 3 title, 0 not a title part. */
  titlePartOfKey(key: number): number {
    return this.titles.valueAt(this.titles.next(PhraseTrie.ROOT, key, false)) ?? 0;
  }

  /** Whether a word as written (by number) is a common word ("After", "Share"). */
  isCommonWord(word: number): boolean {
    return this.hasClass(word, COMMON_WORD);
  }

  /** Whether token i as written is a common word. */
  isCommonWordAt(tokens: Tokens, i: number): boolean {
    return (tokens.hints[i] & COMMON_WORD_HINT) !== 0 && this.isCommonWord(tokens.wordOf(i));
  }

  /** Whether token i is a particle of names ("bin", "al", "von"). */
  isNameConnector(tokens: Tokens, i: number): boolean {
    if (!(tokens.hints[i] & NAME_CONNECTOR_HINT)) return false;
    const word = tokens.wordOf(i);
    return this.hasClass(word, NAME_CONNECTOR);
  }

  /** A head word of an organization's name ("Ministry", "Council"). */
  isOrgHead(word: number): boolean {
    return this.hasClass(word, ORG_HEAD);
  }

  /** A head word of a group's name ("Front", "Movement"). */
  isGroupHead(word: number): boolean {
    return this.hasClass(word, GROUP_HEAD);
  }

  /** Whether a word as written (by number; -1 for none) is in a class of the word lists. */
  private hasClass(word: number, wordClass: number): boolean {
    return word >= 0 && (this.wordClasses[word] & wordClass) !== 0;
  }

  /** Whether an alias written in lower case starts with token i (as written). */
  startsLowerCaseAlias(tokens: Tokens, i: number): boolean {
    if (!(tokens.hints[i] & LOWER_CASE_ALIAS_HINT)) return false;
    const word = tokens.wordOf(i);
    return this.hasClass(word, STARTS_LOWER_CASE_ALIAS);
  }
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
