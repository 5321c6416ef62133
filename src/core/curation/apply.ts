import { KnowledgeBase } from '../knowledge';
import type { ActorKind, ActorMention, ArticleAnnotations, DateMention, Span, Statement } from '../types';
import { anchor } from './anchor';
import type { ActorOverride, Curation, SpanAnnotation } from './model';

export interface CurationOptions {
  /**
   * The kind of an actor when the curation gives none, for mentions it adds (alias matches).
   * Defaults to the gazetteer's kind; then the kind the article's other mentions of it have; then person.
   */
  kindOf?: (id: string) => ActorKind | undefined;
}

/** A span annotation found in the article, at UTF-16 offsets; `moved` when the text moved since it was written. */
export interface AnchoredAnnotation {
  annotation: SpanAnnotation;
  start: number;
  end: number;
  moved: boolean;
}

/** A span annotation whose text is gone from the article: shown to the user, never applied elsewhere. */
export interface OrphanedAnnotation {
  annotation: SpanAnnotation;
  reason: string;
}

export interface CurationResult {
  /** The article's annotations with the curation applied. */
  annotations: ArticleAnnotations;
  /** Every span annotation of this article that anchored, notes included. */
  anchored: AnchoredAnnotation[];
  /** The notes of this article, with their text. */
  notes: (AnchoredAnnotation & { text: string })[];
  orphans: OrphanedAnnotation[];
  /** Annotations that anchored but could not be applied ("no statement at this span"). */
  problems: { annotation: SpanAnnotation; message: string }[];
}

/** The curation's actor knowledge, prepared once per curation object. */
interface Compiled {
  canonical(id: string): string;
  kind(id: string): ActorKind | undefined;
  aliases: { alias: string; id: string }[];
  splits: Map<string, { from: string; into: string }[]>;
  notActors: Set<string>;
  bySource: Map<string, SpanAnnotation[]>;
  /** The actor knowledge says nothing: only span annotations can change an article. */
  noKnowledge: boolean;
}

const compiledCache = new WeakMap<Curation, Compiled>();

function compile(curation: Curation): Compiled {
  const hit = compiledCache.get(curation);
  if (hit) return hit;
  const { actors, merges, splits, notActors } = curation.knowledge;
  const canonical = (id: string) => {
    let at = id;
    for (let guard = 0; guard < 64 && Object.prototype.hasOwnProperty.call(merges, at); guard++) at = merges[at];
    return at;
  };
  const aliases: { alias: string; id: string }[] = [];
  for (const [id, o] of Object.entries(actors)) for (const alias of o.aliases ?? []) if (alias.trim()) aliases.push({ alias, id: canonical(id) });
  // Longer aliases first, so "Islamic State-Khorasan" is placed before "Islamic State" can claim part of it.
  aliases.sort((a, b) => b.alias.length - a.alias.length || compare(a.alias, b.alias) || compare(a.id, b.id));
  const splitMap = new Map<string, { from: string; into: string }[]>();
  for (const s of splits) {
    const key = normalize(s.alias);
    splitMap.set(key, [...(splitMap.get(key) ?? []), { from: canonical(s.from), into: canonical(s.into) }]);
  }
  const bySource = new Map<string, SpanAnnotation[]>();
  for (const a of curation.annotations) bySource.set(a.source, [...(bySource.get(a.source) ?? []), a]);
  const compiled: Compiled = {
    canonical,
    kind: (id) => (Object.prototype.hasOwnProperty.call(actors, id) ? actors[id].kind : undefined),
    aliases,
    splits: splitMap,
    notActors: new Set(notActors.map(normalize)),
    bySource,
    noKnowledge: Object.keys(actors).length === 0 && Object.keys(merges).length === 0 && splits.length === 0 && notActors.length === 0,
  };
  compiledCache.set(curation, compiled);
  return compiled;
}

/**
 * Whether the curation can change the annotations of the article `source`: false when its actor knowledge
 * is empty and it annotates nothing there, and `applyCuration` gives the annotations back as they are.
 */
export function curationAffects(source: string, curation: Curation): boolean {
  const c = compile(curation);
  return !c.noKnowledge || c.bySource.has(source);
}

/** The id an actor id stands for after the curation's merges (itself when not merged). */
export function canonicalId(curation: Curation, id: string): string {
  return compile(curation).canonical(id);
}

/** What the curation says of an actor (after merges): its display name, kind and added aliases. */
export function curatedActor(curation: Curation, id: string): ActorOverride & { id: string } {
  const target = canonicalId(curation, id);
  const own: ActorOverride = curation.knowledge.actors[target] ?? {};
  const aliases = new Set(own.aliases ?? []);
  for (const [other, o] of Object.entries(curation.knowledge.actors)) if (other !== target && canonicalId(curation, other) === target) for (const a of o.aliases ?? []) aliases.add(a);
  return { id: target, ...(own.name ? { name: own.name } : {}), ...(own.kind ? { kind: own.kind } : {}), aliases: [...aliases] };
}

// Span annotations apply in this order: removals, then additions (which so win over removals
// made by an earlier, broader claim), then edits of statements, which need the statements in place.
const ORDER: Record<SpanAnnotation['claim']['type'], number> = { notActor: 0, actor: 1, date: 1, statement: 1, statementEdit: 2, note: 3 };

/**
 * Applies a curation to one article's extraction. Pure: the same inputs give the same output, and
 * with an empty curation the output equals the input. Steps, in order: ids through merges; alias
 * splits; surface forms that are not actors; kinds; added aliases matched in the text; then the
 * article's span annotations (anchored by their selectors; orphans are returned, not applied);
 * last, speakers, hosts, participants and places through merges.
 * `source` is the article's path relative to the workspace folder, as annotation targets name it.
 */
export function applyCuration(source: string, text: string, annotations: ArticleAnnotations, curation: Curation, options: CurationOptions = {}): CurationResult {
  const c = compile(curation);
  if (!curationAffects(source, curation)) return { annotations, anchored: [], notes: [], orphans: [], problems: [] };
  const kindOf = options.kindOf ?? ((id: string) => KnowledgeBase.default().get(id)?.kind);
  let actors: ActorMention[] = [];
  for (const m of annotations.actors) {
    if (c.notActors.has(normalize(m.text))) continue;
    let id = c.canonical(m.id);
    const split = c.splits.get(normalize(m.text))?.find((s) => s.from === id || isSurnameOf(id, s.from));
    if (split) id = split.into;
    const kind = m.kind === 'demonym' ? m.kind : (c.kind(id) ?? m.kind);
    actors.push(id === m.id && kind === m.kind ? m : { ...m, id, kind });
  }

  const kindFor = (id: string): ActorKind => c.kind(id) ?? kindOf(id) ?? mostCommonKind(actors, id) ?? 'person';
  const header = headerEnd(text);
  for (const { alias, id } of c.aliases) {
    if (c.notActors.has(normalize(alias))) continue;
    for (let at = text.indexOf(alias, header); at >= 0; at = text.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      if (!isWordBoundary(text, at, end)) continue;
      const overlapping = actors.filter((m) => m.start < end && at < m.end);
      const same = overlapping.find((m) => m.start === at && m.end === end);
      if (same) {
        if (same.id !== id) actors = actors.map((m) => (m === same ? { ...m, id, kind: m.kind === 'demonym' ? m.kind : kindFor(id) } : m));
        continue;
      }
      // An existing longer or crossing mention wins; shorter ones inside the alias give way to it.
      if (overlapping.some((m) => m.start < at || m.end > end)) continue;
      actors = actors.filter((m) => !overlapping.includes(m));
      actors.push({ start: at, end, text: alias, id, kind: kindFor(id) });
    }
  }

  let dates: DateMention[] = [...annotations.dates];
  let statements: Statement[] = [...annotations.statements];
  const result: CurationResult = { annotations, anchored: [], notes: [], orphans: [], problems: [] };
  const here = [...(c.bySource.get(source) ?? [])].sort((a, b) => ORDER[a.claim.type] - ORDER[b.claim.type]);
  for (const a of here) {
    const found = anchor(a.selectors, text);
    if (!found.ok) {
      result.orphans.push({ annotation: a, reason: found.reason });
      continue;
    }
    const span = { start: found.start, end: found.end };
    result.anchored.push({ annotation: a, ...span, moved: found.moved });
    const covered = text.slice(span.start, span.end);
    const claim = a.claim;
    switch (claim.type) {
      case 'notActor':
        actors = actors.filter((m) => !overlaps(m, span));
        break;
      case 'actor': {
        const id = c.canonical(claim.id);
        actors = actors.filter((m) => !overlaps(m, span));
        actors.push({ ...span, text: covered, id, kind: claim.kind === 'demonym' ? claim.kind : (c.kind(id) ?? claim.kind) });
        break;
      }
      case 'date':
        dates = dates.filter((d) => !overlaps(d, span));
        dates.push({ ...span, text: covered, kind: claim.kind, value: claim.value });
        break;
      case 'statement':
        statements = statements.filter((s) => !overlaps(s, span));
        statements.push({ ...span, text: covered, speaker: claim.speaker, cue: null, forum: claim.forum });
        break;
      case 'statementEdit': {
        const target = statementAt(statements, span);
        if (!target) {
          result.problems.push({ annotation: a, message: `no statement at “${clip(covered)}” to change` });
          break;
        }
        const changed: Statement = { ...target };
        if (claim.speaker !== undefined) changed.speaker = claim.speaker;
        if (claim.forum !== undefined) changed.forum = claim.forum;
        statements = statements.map((s) => (s === target ? changed : s));
        break;
      }
      case 'note':
        result.notes.push({ annotation: a, ...span, moved: found.moved, text: claim.text });
        break;
    }
  }

  const canon = (id: string | null) => (id === null ? null : c.canonical(id));
  result.annotations = {
    ...annotations,
    actors: actors.sort(bySpan),
    dates: dates.sort(bySpan),
    statements: statements.map((s) => (s.speaker && c.canonical(s.speaker) !== s.speaker ? { ...s, speaker: canon(s.speaker) } : s)).sort(bySpan),
    forums: annotations.forums.map((f) => ({ ...f, host: canon(f.host), place: f.place === 'virtual' ? f.place : canon(f.place), participants: [...new Set(f.participants.map((p) => c.canonical(p)))] })),
  };
  return result;
}

/**
 * Which articles a change of curation can change. A change to the actor knowledge (an alias, a
 * merge, a kind) can reach any article, so it asks for all; a change to span annotations only
 * reaches the articles they target. Re-applying a curation costs one pass over the article's text
 * per alias, so re-applying to every article is cheap next to extracting them again.
 */
export function affectedSources(before: Curation, after: Curation): { all: boolean; sources: string[] } {
  if (JSON.stringify(before.knowledge) !== JSON.stringify(after.knowledge)) return { all: true, sources: [] };
  const key = (a: SpanAnnotation) => JSON.stringify(a);
  const was = new Map(before.annotations.map((a) => [a.id, key(a)]));
  const is = new Map(after.annotations.map((a) => [a.id, key(a)]));
  const sources = new Set<string>();
  for (const a of before.annotations) if (is.get(a.id) !== was.get(a.id)) sources.add(a.source);
  for (const a of after.annotations) if (is.get(a.id) !== was.get(a.id)) sources.add(a.source);
  return { all: false, sources: [...sources].sort() };
}

/** Ids through merges in annotations that another step resolved after `applyCuration` (the index's surname linking). */
export function canonicalizeIds(annotations: ArticleAnnotations, curation: Curation): ArticleAnnotations {
  const c = compile(curation);
  const canon = (id: string | null) => (id === null ? null : c.canonical(id));
  return {
    ...annotations,
    actors: annotations.actors.map((m) => ({ ...m, id: c.canonical(m.id) })),
    statements: annotations.statements.map((s) => ({ ...s, speaker: canon(s.speaker) })),
    forums: annotations.forums.map((f) => ({ ...f, host: canon(f.host), place: f.place === 'virtual' ? f.place : canon(f.place), participants: [...new Set(f.participants.map((p) => c.canonical(p)))] })),
  };
}

function statementAt(statements: Statement[], span: Span): Statement | undefined {
  let best: Statement | undefined;
  let bestOverlap = 0;
  for (const s of statements) {
    const o = Math.min(s.end, span.end) - Math.max(s.start, span.start);
    if (o > bestOverlap) [best, bestOverlap] = [s, o];
  }
  return best;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** A lone surname id ("biden") an article gives a person the corpus knows in full ("joe-biden"). */
function isSurnameOf(id: string, full: string): boolean {
  return !id.includes('-') && full.endsWith(`-${id}`);
}

function mostCommonKind(actors: ActorMention[], id: string): ActorKind | undefined {
  const counts = new Map<ActorKind, number>();
  for (const m of actors) if (m.id === id && m.kind !== 'demonym') counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  let best: ActorKind | undefined;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** Where article text starts: after a ` date YYYY-MM-DD` header, which is never annotated. */
function headerEnd(text: string): number {
  const m = /^\uFEFF?\s*date \d{4}-\d{2}-\d{2}/.exec(text);
  return m ? m[0].length : 0;
}

const WORD = /[\p{L}\p{N}]/u;

function isWordBoundary(text: string, start: number, end: number): boolean {
  return !(start > 0 && WORD.test(text[start - 1]) && WORD.test(text[start])) && !(end < text.length && WORD.test(text[end]) && WORD.test(text[end - 1]));
}

/** Surface forms compare with straight apostrophes and single spaces, as the gazetteer's do. */
function normalize(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
