// A deterministic generator of news articles in the style of seeds/*.txt, with the annotations it put in
// (the "truth"), for the benchmark. Same seed and N, same bytes: no Math.random, no clock.
//
//   npx tsx bench/generate.ts --n 10000 --out bench/corpus/10000 [--seed dossier]
import * as fs from 'fs';
import * as path from 'path';
import type { ActorKind, ActorMention, ArticleAnnotations, DateMention, Forum, Statement, TextSpan } from '../src/core/types';
import {
  BODIES, FILLERS, FIRST_NAMES, FORUM_BLOCS, FORUM_NOUNS, GROUPS, MINISTERS, MONTHS, NUMBER_WORDS, ORDINALS, OUTLETS, QUOTE_PARTS, STATES,
  SURNAMES, TITLES, TOPICS, WEEKDAYS,
} from './lists';

export const DEFAULT_SEED = 'dossier';

// ---------------------------------------------------------------------------------------------- PRNG

/** 32-bit FNV-1a, then a splitmix finaliser: a seed from any string. */
export function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: small, fast and good enough for text. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Skewed towards the start of the list: a few items are frequent, most are rare. */
  zipf<T>(xs: readonly T[], skew = 2.2): T {
    return xs[Math.floor(Math.pow(this.next(), skew) * xs.length)];
  }
}

// ---------------------------------------------------------------------------------------------- the world

const PLACES = `Kandahar Herat Kunduz Jalalabad Aleppo Idlib Mosul Basra Kirkuk Donetsk Kharkiv Odesa Mariupol Goma Bunia Timbuktu Gao
Mopti Marawi Peshawar Quetta Karachi Benghazi Misrata Sirte Hodeidah Aden Marib Mekelle Darfur El-Fasher Sittwe Raqqa Homs Daraa Gaza
Rafah Stepanakert Cabo-Delgado Maiduguri Kismayo Baidoa Tabriz Mashhad Kashgar Osh Khujand Termez Mazar-i-Sharif Bagram`
  .split(/\s+/)
  .map((p) => p.replace(/-(?=[A-Z])/g, ' '));

export interface Person {
  id: string;
  first: string;
  last: string;
  title: string;
  state: number;
  she: boolean;
}

export interface ForumSpec {
  id: string;
  name: string;
  /** How the article first names it, then how it refers back. */
  first: string;
  back: string;
  date: string;
  place: string | null;
  host: string | null;
  hostText: string | null;
  hostKind: ActorKind | null;
  participants: number[];
}

export function kebab(s: string): string {
  return s
    .replace(/^the /i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const DAY = 86400000;
const START = Date.UTC(2019, 0, 1);
const END = Date.UTC(2023, 11, 31);

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Everything shared by the articles of one corpus; sizes grow with N. */
export class World {
  readonly people: Person[] = [];
  readonly forums: ForumSpec[] = [];

  constructor(readonly n: number, readonly seed = DEFAULT_SEED) {
    const rng = new Rng(hashSeed(`${seed}:world:${n}`));
    // About one distinct person for every two articles (thousands at 10k), drawn without repeats.
    const nPeople = Math.min(Math.max(150, Math.round(n * 0.5)), FIRST_NAMES.length * SURNAMES.length);
    const seen = new Set<string>();
    while (this.people.length < nPeople) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(SURNAMES);
      const id = `${kebab(first)}-${kebab(last)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      this.people.push({ id, first, last, title: rng.pick(TITLES), state: rng.int(0, STATES.length - 1), she: rng.chance(0.4) });
    }
    const nForums = Math.max(20, Math.round(n / 6));
    const ids = new Set<string>();
    for (let i = 0; this.forums.length < nForums; i++) {
      const f = this.makeForum(rng);
      if (ids.has(f.id)) continue;
      ids.add(f.id);
      this.forums.push(f);
    }
  }

  private makeForum(rng: Rng): ForumSpec {
    const date = iso(START + rng.int(0, (END - START) / DAY) * DAY);
    const year = date.slice(0, 4);
    const participants = Array.from({ length: rng.int(2, 6) }, () => rng.int(0, STATES.length - 1));
    const topic = rng.pick(TOPICS).replace('{S}', STATES[rng.int(0, STATES.length - 1)].name);
    const city = STATES[rng.int(0, STATES.length - 1)];
    const kind = rng.int(0, 5);
    const base = { date, participants, place: null as string | null, host: null as string | null, hostText: null as string | null, hostKind: null as ActorKind | null };
    switch (kind) {
      case 0: {
        const bloc = rng.pick(FORUM_BLOCS);
        const who = rng.pick(MINISTERS);
        const name = `virtual meeting of ${bloc} ${who}`;
        return { ...base, id: kebab(`${name} ${date}`), name, first: `a virtual meeting of ${bloc} ${who}`, back: 'the virtual meeting' };
      }
      case 1: {
        const name = `${city.capital} format talks`;
        return { ...base, id: kebab(`${name} ${date}`), name, first: `the ${city.capital} format talks`, back: 'the talks', place: city.capital, host: kebab(city.name), hostText: city.name, hostKind: 'state' };
      }
      case 2: {
        const body = rng.pick(BODIES.slice(0, 20));
        const name = `${body.replace(/^the /, '')} special session on ${topic}`;
        return { ...base, id: kebab(`${name} ${date}`), name, first: `a special session on ${topic}`, back: 'the session', host: kebab(body), hostText: body, hostKind: 'organization' };
      }
      case 3: {
        const bloc = rng.pick(FORUM_BLOCS);
        const name = `${year} ${bloc} summit in ${city.capital}`;
        return { ...base, id: kebab(`${name} ${date}`), name, first: `the ${year} ${bloc} summit in ${city.capital}`, back: 'the summit', place: city.capital, host: kebab(city.name), hostText: city.name, hostKind: 'state' };
      }
      case 4: {
        const noun = rng.pick(FORUM_NOUNS);
        const name = `${city.capital} ${noun} on ${topic}`;
        return { ...base, id: kebab(`${name} ${date}`), name, first: `the ${city.capital} ${noun} on ${topic}`, back: `the ${noun}`, place: city.capital };
      }
      default: {
        const ord = rng.pick(ORDINALS);
        const name = `${ord} round of talks in ${city.capital}`;
        return { ...base, id: kebab(`${name} ${date}`), name, first: `the ${ord} round of talks in ${city.capital}`, back: 'the talks', place: city.capital };
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------- one article

export interface GeneratedArticle {
  name: string;
  text: string;
  /** What the generator put in, in the index's shape (article-level ids: a surname alone is its own id). */
  truth: ArticleAnnotations;
}

class Builder {
  text = '';
  readonly actors: ActorMention[] = [];
  readonly dates: DateMention[] = [];
  readonly statements: Statement[] = [];
  readonly forumMentions = new Map<string, TextSpan[]>();
  add(s: string): void {
    this.text += s;
  }
  atSentenceStart(): boolean {
    return this.text.length === 0 || /(?:[.!?]["”]? |\n|^ date \S+ )$/.test(this.text);
  }
  span(s: string): TextSpan {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }
  actor(s: string, id: string, kind: ActorKind, title?: string): void {
    // "the White House": the article's mention starts after "the ", as a reader would mark it.
    if (/^the /.test(s)) {
      this.add(this.atSentenceStart() ? 'The ' : 'the ');
      s = s.slice(4);
    }
    const m: ActorMention = { ...this.span(s), id, kind };
    if (title) m.title = title;
    this.actors.push(m);
  }
  date(s: string, kind: DateMention['kind'], value: string | null, weekday?: string): void {
    const m: DateMention = { ...this.span(s), kind, value };
    if (weekday) m.weekday = weekday;
    this.dates.push(m);
  }
  forum(s: string, id: string): void {
    const list = this.forumMentions.get(id) ?? [];
    list.push(this.span(s));
    this.forumMentions.set(id, list);
  }
}

export class Generator {
  readonly world: World;
  constructor(readonly n: number, readonly seed = DEFAULT_SEED) {
    this.world = new World(n, seed);
  }

  fileName(i: number): string {
    return `${String(i).padStart(5, '0')}_${hashSeed(`${this.seed}:name:${i}`).toString(16).padStart(8, '0')}.txt`;
  }

  article(i: number): GeneratedArticle {
    return new ArticleWriter(this.world, new Rng(hashSeed(`${this.seed}:article:${this.n}:${i}`)), this.fileName(i)).write();
  }
}

type QuoteMarks = [open: string, close: string];

class ArticleWriter {
  private readonly b = new Builder();
  private readonly marks: QuoteMarks;
  private readonly docDate: string | null;
  private readonly time: number;
  private readonly states: number[];
  private readonly cast: Person[];
  private readonly named = new Set<string>();
  private readonly forum: ForumSpec | null;
  private lastSpeaker: Person | null = null;
  private readonly paraBreak: string;

  constructor(world: World, private readonly rng: Rng, private readonly name: string) {
    const r = rng;
    this.marks = r.chance(0.6) ? ['“', '”'] : ['"', '"'];
    this.paraBreak = r.chance(0.75) ? '\n\n' : '\n';
    this.forum = r.chance(0.6) ? r.zipf(world.forums, 1.6) : null;
    const t = this.forum ? Date.parse(this.forum.date) + r.int(0, 3) * DAY : START + r.int(0, (END - START) / DAY) * DAY;
    this.time = t;
    this.docDate = r.chance(0.9) ? iso(t) : null;
    const main = r.int(0, STATES.length - 1);
    this.states = [main, ...Array.from({ length: 4 }, () => r.int(0, STATES.length - 1)), ...(this.forum?.participants ?? [])];
    this.cast = Array.from({ length: r.int(2, 6) }, () => r.zipf(world.people));
  }

  write(): GeneratedArticle {
    const r = this.rng;
    const b = this.b;
    // Sizes from 1 to 6 KB, mean about 3 KB.
    const target = 1000 + Math.round(5000 * ((r.next() + r.next() + r.next() + r.next()) / 4) ** 1.25);
    if (this.docDate) b.add(` date ${this.docDate} `);
    this.lead();
    let paragraphs = 1;
    while (b.text.length < target - 250) {
      b.add(this.paraBreak);
      const before = b.text.length;
      const k = r.next();
      if (this.forum && paragraphs === 1) this.forumParagraph();
      else if (k < 0.4) this.quoteParagraph();
      else if (k < 0.85) this.fillerParagraph();
      else if (k < 0.93) this.background();
      else this.multiQuote();
      paragraphs++;
      if (b.text.length > 6000 && before > 1000) break;
    }
    if (r.chance(0.08)) b.add(`${this.paraBreak}${r.pick(['Next Story\nShare it', `READ MORE: ${this.state(1).name} ${r.pick(['braces for', 'warns of', 'rejects'])} new ${r.pick(['sanctions', 'talks', 'protests'])}`, 'Share this article'])}`);
    b.add('\n');
    const forums: Forum[] = [];
    if (this.forum && b.forumMentions.has(this.forum.id)) {
      const f = this.forum;
      forums.push({
        id: f.id,
        name: f.name,
        date: f.date,
        place: f.place,
        host: f.host,
        participants: [...new Set(f.participants.map((s) => kebab(STATES[s].name)))],
        mentions: b.forumMentions.get(f.id)!,
      });
    }
    return {
      name: this.name,
      text: b.text,
      truth: { doc: this.name, docDate: this.docDate, actors: b.actors, dates: b.dates, statements: b.statements, forums },
    };
  }

  // -------------------------------------------------------------------------------------------- pieces

  private state(k: number) {
    return STATES[this.states[k % this.states.length]];
  }

  private addState(k: number): void {
    const s = this.state(k);
    this.b.actor(s.name, kebab(s.name), 'state');
  }

  private addDemonym(k: number): void {
    const s = this.state(k);
    this.b.actor(s.demonym, kebab(s.name), 'demonym');
  }

  /** A person: full name with title the first time, then the surname (sometimes "Mr"/"Ms"). */
  private addPerson(p: Person, apposition = true): void {
    const b = this.b;
    if (!this.named.has(p.id)) {
      this.named.add(p.id);
      const st = STATES[p.state];
      if (!apposition || this.rng.chance(0.5)) {
        b.add(`${st.demonym} ${p.title} `);
        b.actor(`${p.first} ${p.last}`, p.id, 'person', p.title);
      } else {
        b.actor(`${p.first} ${p.last}`, p.id, 'person');
        b.add(`, ${/^[A-Z]/.test(p.title) ? 'the ' : 'a '}${p.title}${p.title === 'spokesperson' ? ' for the government' : ''} of `);
        b.actor(st.name, kebab(st.name), 'state');
        b.add(',');
      }
      return;
    }
    if (this.rng.chance(0.25)) b.add(p.she ? 'Ms ' : 'Mr ');
    b.actor(p.last, kebab(p.last), 'person');
  }

  private dateValue(offsetDays: number, unit: 'day' | 'month' | 'year'): string | null {
    if (!this.docDate) return null;
    const d = iso(this.time + offsetDays * DAY);
    return unit === 'day' ? d : unit === 'month' ? d.slice(0, 7) : d.slice(0, 4);
  }

  /** A date phrase: weekdays, "last month", "August 15", "mid-September", "20 years" and the like. */
  private addDate(durations = false): void {
    const r = this.rng;
    const b = this.b;
    let k = r.int(0, 8);
    if (!durations && (k === 5 || k === 6)) k = 3;
    const back = r.int(1, 6);
    const past = new Date(this.time - back * DAY);
    switch (k) {
      case 0:
      case 1: {
        const wd = WEEKDAYS[(past.getUTCDay() + 6) % 7];
        b.add('on ');
        b.date(wd, 'date', this.dateValue(-back, 'day'), this.docDate ? undefined : wd);
        return;
      }
      case 2:
        b.date('last month', 'date', this.docDate ? iso(Date.UTC(past.getUTCFullYear(), new Date(this.time).getUTCMonth() - 1, 1)).slice(0, 7) : null);
        return;
      case 3: {
        const t = this.time - r.int(5, 120) * DAY;
        const d = new Date(t);
        b.add('on ');
        b.date(`${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`, 'date', this.docDate ? iso(t) : null);
        return;
      }
      case 4: {
        const t = this.time - r.int(20, 200) * DAY;
        const d = new Date(t);
        b.add('in ');
        b.date(`mid-${MONTHS[d.getUTCMonth()]}`, 'date', this.docDate ? iso(t).slice(0, 7) : null);
        return;
      }
      case 5: {
        const n = r.int(2, 25);
        b.add('for ');
        b.date(`${n} years`, 'duration', `P${n}Y`);
        return;
      }
      case 6: {
        const n = r.pick(NUMBER_WORDS.slice(0, 6));
        b.add('for ');
        b.date(`${n} weeks`, 'duration', null);
        return;
      }
      case 7: {
        const t = this.time - r.int(30, 900) * DAY;
        const d = new Date(t);
        b.add('on ');
        b.date(`${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`, 'date', iso(t));
        return;
      }
      default:
        b.date(r.pick(['last week', 'earlier this year', 'next week', 'this week']), 'date', null);
    }
  }

  private addForumFirst(): void {
    const f = this.forum!;
    this.b.forum(f.first, f.id);
  }

  private lead(): void {
    const r = this.rng;
    const b = this.b;
    const p = this.cast[0];
    if (this.forum && r.chance(0.7)) {
      this.addPerson(p);
      b.add(` ${r.pick(['called for', 'warned of', 'pledged support for', 'demanded'])} ${r.pick(QUOTE_PARTS.object)} at `);
      this.addForumFirst();
      b.add(' ');
      this.addDate();
      b.add(', ');
      b.actor(r.pick(OUTLETS), kebab(r.pick(OUTLETS)), 'organization');
      b.add(' reported.');
      return;
    }
    this.addState(0);
    b.add(` ${r.pick(['has rejected', 'has welcomed', 'is weighing', 'faces growing pressure over'])} ${r.pick(QUOTE_PARTS.object)}, `);
    this.addPerson(p, false);
    b.add(` said `);
    this.addDate();
    b.add(', as ');
    const g = r.pick(GROUPS);
    b.actor(g, kebab(g), 'group');
    b.add(` ${r.pick(['tightened its grip on', 'stepped up attacks in', 'withdrew from'])} `);
    b.actor(r.pick(PLACES), '', 'place');
    this.b.actors[this.b.actors.length - 1].id = kebab(this.b.actors[this.b.actors.length - 1].text);
    b.add('.');
  }

  private forumParagraph(): void {
    const r = this.rng;
    const b = this.b;
    const f = this.forum!;
    b.add(r.pick(['The ', 'Ministers at the ', 'Delegates to the ']));
    b.forum(f.first.replace(/^(the|a) /, ''), f.id);
    if (f.hostText) {
      b.add(', hosted by ');
      b.actor(f.hostText, f.host!, f.hostKind!);
      b.add(',');
    }
    b.add(' ');
    this.addDate();
    b.add(' brought together ');
    const ps = [...new Set(f.participants)];
    ps.forEach((s, k) => {
      if (k > 0) b.add(k === ps.length - 1 ? ' and ' : ', ');
      b.actor(STATES[s].name, kebab(STATES[s].name), 'state');
    });
    b.add(`. ${r.pick(['It was the first such meeting since', 'The last meeting in that format was held in'])} `);
    b.date(String(r.int(2001, 2018)), 'date', null);
    this.b.dates[this.b.dates.length - 1].value = this.b.dates[this.b.dates.length - 1].text;
    b.add('.');
    if (r.chance(0.7)) {
      b.add(' ');
      this.quoteSentence(true);
    }
  }

  private quote(): string {
    const r = this.rng;
    return `${r.pick(QUOTE_PARTS.opening)} ${r.pick(QUOTE_PARTS.object)} ${r.pick(QUOTE_PARTS.tail)}`;
  }

  /** One attributed quotation, in one of the attribution shapes of the seeds. */
  private quoteSentence(atForum = false): void {
    const r = this.rng;
    const b = this.b;
    const [open, close] = this.marks;
    const forum = atForum && this.forum ? this.forum.id : null;
    const person = this.lastSpeaker && r.chance(0.3) ? this.lastSpeaker : r.pick(this.cast);
    const byBody = r.chance(0.15);
    const body = r.pick(BODIES.slice(24));
    const speakerId = byBody ? kebab(body) : person.id;
    const words = this.quote();
    const cueStart = () => b.text.length;
    const k = r.int(0, 5);
    let start: number;
    let end: number;
    let cs: number;
    if (k === 0 || (k === 5 && this.lastSpeaker !== person)) {
      // “...,” X said.
      start = b.text.length;
      b.add(`${open}${words},${close}`);
      end = b.text.length;
      b.add(' ');
      cs = cueStart();
      if (byBody) b.actor(body, speakerId, 'organization');
      else this.addPerson(person);
      b.add(' said.');
    } else if (k === 1) {
      // “...,” said X.
      start = b.text.length;
      b.add(`${open}${words},${close}`);
      end = b.text.length;
      b.add(' ');
      cs = cueStart();
      b.add('said ');
      if (byBody) b.actor(body, speakerId, 'organization');
      else this.addPerson(person, false);
      b.add('.');
    } else if (k === 2) {
      // X said: “...”
      cs = cueStart();
      if (byBody) b.actor(body, speakerId, 'organization');
      else this.addPerson(person);
      b.add(' said: ');
      start = b.text.length;
      b.add(`${open}${words}.${close}`);
      end = b.text.length;
    } else if (k === 3) {
      // ..., according to X.
      start = b.text.length;
      b.add(`${open}${words}${close}`);
      end = b.text.length;
      b.add(', ');
      cs = cueStart();
      b.add('according to ');
      if (byBody) b.actor(body, speakerId, 'organization');
      else this.addPerson(person, false);
      b.add('.');
    } else if (k === 4) {
      // X told Outlet that “...”.
      cs = cueStart();
      if (byBody) b.actor(body, speakerId, 'organization');
      else this.addPerson(person);
      b.add(' told ');
      const o = r.pick(OUTLETS);
      b.actor(o, kebab(o), 'organization');
      b.add(' that ');
      start = b.text.length;
      b.add(`${open}${words}${close}`);
      end = b.text.length;
      b.add('.');
    } else {
      // “...,” he said.
      start = b.text.length;
      b.add(`${open}${words},${close}`);
      end = b.text.length;
      b.add(' ');
      cs = cueStart();
      b.add(`${person.she ? 'she' : 'he'} said.`);
    }
    const cueEnd = b.text.length - (b.text.endsWith('.') && cs < start ? 0 : 1);
    const cue = b.text.slice(cs, Math.max(cs, cueEnd)).replace(/[.:]\s*$/, '');
    b.statements.push({ start, end, text: b.text.slice(start, end), speaker: speakerId, cue, forum });
    if (!byBody) this.lastSpeaker = person;
  }

  private quoteParagraph(): void {
    const r = this.rng;
    this.quoteSentence(!!this.forum && r.chance(0.3));
    if (r.chance(0.5)) {
      this.b.add(' ');
      this.filler();
    }
  }

  /** A quotation that runs over several paragraphs, each opening with a quote mark (seed 001). */
  private multiQuote(): void {
    const r = this.rng;
    const b = this.b;
    const [open, close] = this.marks;
    const person = r.pick(this.cast);
    b.add('In a statement, ');
    this.addPerson(person);
    b.add(' said ');
    this.addDate(true);
    b.add(` that ${r.pick(QUOTE_PARTS.object)} remained the priority.`);
    const parts = r.int(2, 3);
    for (let k = 0; k < parts; k++) {
      b.add(this.paraBreak);
      const start = b.text.length;
      b.add(`${open}${this.quote()}.${k === parts - 1 ? close : ''}`);
      b.statements.push({ start, end: b.text.length, text: b.text.slice(start), speaker: person.id, cue: null, forum: null });
    }
  }

  private filler(): void {
    const r = this.rng;
    const b = this.b;
    const t = r.pick(FILLERS);
    let k = 0;
    for (const part of t.split(/(\{[A-Z0-9]+\})/)) {
      switch (part) {
        case '{S}':
          this.addState(0);
          break;
        case '{S2}':
          this.addState(1 + (k++ % 4));
          break;
        case '{D}':
          this.addDemonym(0);
          break;
        case '{D2}':
          this.addDemonym(2);
          break;
        case '{C}':
        case '{C2}': {
          const s = this.state(part === '{C}' ? 0 : 3);
          b.actor(s.capital, kebab(s.name), 'state');
          break;
        }
        case '{B}': {
          const x = r.pick(BODIES);
          b.actor(x, kebab(x), 'organization');
          break;
        }
        case '{G}': {
          const g = r.pick(GROUPS);
          b.actor(b.text.endsWith('. ') || b.text.length === 0 || /\n$/.test(b.text) ? g.replace(/^the/, 'The') : g, kebab(g), 'group');
          break;
        }
        case '{P}': {
          const p = r.pick(PLACES);
          b.actor(p, kebab(p), 'place');
          break;
        }
        case '{T}':
          this.addDate();
          break;
        case '{N}':
          b.add(r.pick(NUMBER_WORDS));
          break;
        case '{M}':
          b.date(MONTHS[r.int(0, 11)], 'date', null);
          break;
        case '{Y}':
          b.date(String(r.int(2015, 2023)), 'date', null);
          b.dates[b.dates.length - 1].value = b.dates[b.dates.length - 1].text;
          break;
        default:
          b.add(part);
      }
    }
  }

  private fillerParagraph(): void {
    const n = this.rng.int(2, 4);
    for (let k = 0; k < n; k++) {
      if (k > 0) this.b.add(' ');
      this.filler();
    }
  }

  private background(): void {
    const r = this.rng;
    const b = this.b;
    const p = r.pick(this.cast);
    this.addPerson(p);
    b.add(` has faced ${r.pick(['severe criticism', 'mounting pressure', 'calls to resign'])} at home over ${r.pick(QUOTE_PARTS.object)}, `);
    b.add(r.pick(['jeopardising the gains of the past ', 'after a conflict that has lasted ']));
    b.date(`${r.int(2, 30)} years`, 'duration', null);
    b.dates[b.dates.length - 1].value = `P${b.dates[b.dates.length - 1].text.split(' ')[0]}Y`;
    b.add('.');
  }
}

// ---------------------------------------------------------------------------------------------- writing a corpus

export interface CorpusInfo {
  n: number;
  seed: string;
  bytes: number;
  files: number;
}

/** Writes the corpus unless the folder already holds it (same N and seed), and says what is there. */
export function ensureCorpus(dir: string, n: number, seed = DEFAULT_SEED, log: (s: string) => void = () => {}): CorpusInfo {
  const stamp = path.join(dir, '.corpus.json');
  try {
    const info = JSON.parse(fs.readFileSync(stamp, 'utf8')) as CorpusInfo;
    if (info.n === n && info.seed === seed && info.files === n) return info;
  } catch {
    // missing or stale: write it
  }
  log(`generating ${n} articles into ${dir}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const gen = new Generator(n, seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const a = gen.article(i);
    const buf = Buffer.from(a.text, 'utf8');
    bytes += buf.length;
    fs.writeFileSync(path.join(dir, a.name), buf);
  }
  const info: CorpusInfo = { n, seed, bytes, files: n };
  fs.writeFileSync(stamp, JSON.stringify(info));
  return info;
}

function main(argv: string[]): void {
  let n = 1000;
  let out: string | null = null;
  let seed = DEFAULT_SEED;
  let print = -1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--n') n = Number(argv[++i]);
    else if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--seed') seed = argv[++i];
    else if (argv[i] === '--print') print = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}\nusage: generate.ts --n N --out DIR [--seed S] | --n N --print I`);
  }
  if (!Number.isInteger(n) || n < 1) throw new Error('--n must be a positive integer');
  if (print >= 0) {
    const a = new Generator(n, seed).article(print);
    process.stdout.write(`${a.name}\n${a.text}\n${JSON.stringify(a.truth, null, 1)}\n`);
    return;
  }
  out ??= path.join(__dirname, 'corpus', String(n));
  const t0 = performance.now();
  const info = ensureCorpus(out, n, seed);
  console.log(`${info.files} articles, ${(info.bytes / 1e6).toFixed(1)} MB in ${out} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

// (In a bundle every module is the main one: check the script's name too.)
if (require.main === module && /generate\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) main(process.argv.slice(2));
