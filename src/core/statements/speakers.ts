import type { ActorKind, ActorMention, Article, Span } from '../types';
import {
  BODY_PRONOUNS, COLLECTIVE_SPEAKER, COLLECTIVE_WORDS, OUTLET_NOUNS, PERSON_PRONOUNS, PLURAL_DESCRIPTIONS, PLURAL_PRONOUNS, TITLE_NOUNS,
} from './lexicon';
import { lastStartingAtOrBefore, phraseAt, type Word } from './words';

/** How a speaker was found, which decides whether a cue is trusted. */
export type SpeakerSource = 'actor' | 'pronoun' | 'collective' | 'outlet' | 'title' | 'description';

export interface Resolution {
  speaker: string | null;
  source: SpeakerSource;
}

/** A statement already attributed, as context for pronouns and descriptions. */
export interface PriorSpeaker {
  speaker: string | null;
  paragraph: number;
  start: number;
}

/** How far back (statements; actor mentions × 4) an outlet or title is looked for: keeps long articles linear. */
const BACK = 50;

const KIND_RANK: Record<ActorKind, number> = { person: 0, organization: 1, group: 2, state: 3, demonym: 4, place: 9 };

/** Turns the subject of a speech verb ("the White House", "he", "the report", "the Foreign Secretary") into an actor id. */
export class SpeakerResolver {
  /** Each id's kind (its first mention's), gathered when first asked for: most articles never ask. */
  private kindOf: Map<string, ActorKind> | null = null;

  constructor(
    private readonly article: Article,
    private readonly actors: readonly ActorMention[],
  ) {}

  kind(id: string | null): ActorKind | undefined {
    if (id === null) return undefined;
    if (!this.kindOf) {
      this.kindOf = new Map();
      for (const a of this.actors) if (!this.kindOf.has(a.id)) this.kindOf.set(a.id, a.kind);
    }
    return this.kindOf.get(id);
  }

  /** The actor mentions inside a span, in text order. */
  mentionsIn(span: Span): ActorMention[] {
    const out: ActorMention[] = [];
    let i = lastStartingAtOrBefore(this.actors, span.start);
    if (i < 0 || this.actors[i].start < span.start) i++;
    for (; i < this.actors.length && this.actors[i].start < span.end; i++) {
      if (this.actors[i].end <= span.end) out.push(this.actors[i]);
    }
    return out;
  }

  /** Resolves a subject region, or returns null when it names no speaker. */
  resolve(region: Span, words: readonly Word[], prior: readonly PriorSpeaker[], paragraph: number): Resolution | null {
    if (words.length === 0) return null;
    for (let i = 0; i < words.length; i++) {
      if (phraseAt(words, i, COLLECTIVE_WORDS)) return { speaker: COLLECTIVE_SPEAKER, source: 'collective' };
    }
    const mentions = this.mentionsIn(region).filter((m) => m.kind !== 'place');
    const first = words[0].lower;
    const possessive = first === 'its' || first === 'their' || first === 'his' || first === 'her';
    if (mentions.length && !possessive) {
      const best = mentions.reduce((a, b) => (KIND_RANK[b.kind] < KIND_RANK[a.kind] ? b : a));
      if (best.kind === 'state' || best.kind === 'demonym') {
        // "the British prime minister said": the person holding that title, not the state.
        const who = this.titledIn(words, region.start);
        if (who) return { speaker: who, source: 'title' };
      }
      return { speaker: best.id, source: 'actor' };
    }
    const head = words.find((w) => !SKIPPABLE.has(w.lower)) ?? words[0];
    if (PERSON_PRONOUNS.has(head.lower) || first === 'his' || first === 'her') {
      return { speaker: this.person(region.start, prior, paragraph), source: 'pronoun' };
    }
    if (PLURAL_PRONOUNS.has(head.lower) || first === 'their') {
      return { speaker: this.body(region.start, prior, paragraph, true), source: 'pronoun' };
    }
    if (first === 'its') {
      // "Its delegation": the body that owns it, named in an earlier sentence.
      return { speaker: this.firstInEarlierSentences(region.start, (k) => k === 'group' || k === 'organization' || k === 'state'), source: 'pronoun' };
    }
    if (BODY_PRONOUNS.has(head.lower)) {
      return { speaker: this.body(region.start, prior, paragraph, false), source: 'pronoun' };
    }
    for (let i = 0; i < words.length; i++) {
      if (phraseAt(words, i, OUTLET_NOUNS)) return { speaker: this.outlet(region.start, prior), source: 'outlet' };
    }
    for (let i = 0; i < words.length; i++) {
      const n = phraseAt(words, i, TITLE_NOUNS);
      if (n) {
        const title = words.slice(i, i + n).map((w) => w.lower).join(' ');
        return { speaker: this.titled(title, region.start) ?? this.firstInEarlierSentences(region.start, (k) => k === 'person', 3), source: 'title' };
      }
    }
    if (words.some((w) => PLURAL_DESCRIPTIONS.has(w.lower))) {
      return { speaker: this.recentBody(prior, paragraph), source: 'description' };
    }
    return null;
  }

  /** "he"/"she": the first person named in the sentence just before, else the person last quoted nearby, else further back. */
  private person(at: number, prior: readonly PriorSpeaker[], paragraph: number): string | null {
    const justBefore = this.firstInEarlierSentences(at, (k) => k === 'person', 2);
    if (justBefore) return justBefore;
    // A quote of several sentences: the person named earlier in the same paragraph.
    const inParagraph = this.firstInParagraph(at, (k) => k === 'person');
    if (inParagraph) return inParagraph;
    const last = prior[prior.length - 1];
    if (last && last.speaker && paragraph - last.paragraph <= 2 && this.kind(last.speaker) === 'person') return last.speaker;
    return this.firstInEarlierSentences(at, (k) => k === 'person');
  }

  /** "they"/"it": the body last quoted nearby, else the first body named in the nearest earlier sentence. */
  private body(at: number, prior: readonly PriorSpeaker[], paragraph: number, plural: boolean): string | null {
    const recent = this.recentBody(prior, paragraph);
    if (recent) return recent;
    return this.firstInEarlierSentences(at, (k) => k === 'group' || k === 'organization' || k === 'state' || (plural && k === 'demonym'));
  }

  private recentBody(prior: readonly PriorSpeaker[], paragraph: number): string | null {
    const last = prior[prior.length - 1];
    if (last && last.speaker && paragraph - last.paragraph <= 3 && this.kind(last.speaker) !== 'person') return last.speaker;
    return null;
  }

  /** The first actor of an accepted kind in the sentence holding `at` (before it), then in up to `reach - 1` sentences before. */
  private firstInEarlierSentences(at: number, accept: (k: ActorKind) => boolean, reach = 6): string | null {
    const sentences = this.article.sentences;
    let s = lastStartingAtOrBefore(sentences, at);
    for (let n = 0; s >= 0 && n < reach; s--, n++) {
      const span = { start: sentences[s].start, end: Math.min(sentences[s].end, at) };
      const hit = this.mentionsIn(span).find((m) => accept(m.kind));
      if (hit) return hit.id;
    }
    return null;
  }

  /** The first actor of an accepted kind in the paragraph holding `at`, before it. */
  private firstInParagraph(at: number, accept: (k: ActorKind) => boolean): string | null {
    const p = this.article.paragraphs[Math.max(0, lastStartingAtOrBefore(this.article.paragraphs, at))];
    if (!p) return null;
    return this.mentionsIn({ start: p.start, end: at }).find((m) => accept(m.kind))?.id ?? null;
  }

  /** A title in a subject that also names a state ("the British prime minister"): the person last written with it, else the person just before. */
  private titledIn(words: readonly Word[], at: number): string | null {
    for (let i = 0; i < words.length; i++) {
      const n = phraseAt(words, i, TITLE_NOUNS);
      if (!n) continue;
      const title = words.slice(i, i + n).map((w) => w.lower).join(' ');
      if (title === 'official' || title === 'deputy' || title === 'leader') return null;
      return this.titled(title, at) ?? this.firstInEarlierSentences(at, (k) => k === 'person', 2);
    }
    return null;
  }

  /** "the report said": the outlet quoted before, else the last organisation named before. */
  private outlet(at: number, prior: readonly PriorSpeaker[]): string | null {
    for (let i = prior.length - 1; i >= 0 && i >= prior.length - BACK; i--) {
      if (prior[i].speaker && this.kind(prior[i].speaker) === 'organization') return prior[i].speaker;
    }
    const i = lastStartingAtOrBefore(this.actors, at - 1);
    for (let k = i; k >= 0 && k > i - BACK * 4; k--) if (this.actors[k].kind === 'organization' && this.actors[k].end <= at) return this.actors[k].id;
    return null;
  }

  /** "the Foreign Secretary said": the person last written with that title. */
  private titled(title: string, at: number): string | null {
    let fallback: string | null = null;
    const head = title.split(' ').pop() ?? title;
    const from = lastStartingAtOrBefore(this.actors, at - 1);
    for (let k = from; k >= 0 && k > from - BACK * 4; k--) {
      const a = this.actors[k];
      if (a.kind !== 'person' || !a.title || a.end > at) continue;
      const t = a.title.toLowerCase();
      if (t === title || t.endsWith(` ${title}`)) return a.id;
      if (fallback === null && t.split(/\s+/).includes(head)) fallback = a.id;
    }
    return fallback;
  }
}

const SKIPPABLE = new Set(['also', 'further', 'then', 'later', 'earlier', 'however', 'meanwhile', 'too', 'again', 'once', 'both', 'all']);
