// Changes to the curation files as pure functions: current file text in, new file text out.
// Output is stable (sorted keys, sorted lists, two-space JSON, final newline), so the same
// curation always has the same bytes and a change is a small diff. A file that cannot be read is
// never rewritten: the edit fails with the file's problems instead.
import type { ActorKind, DateKind } from '../types';
import { ACTOR_KINDS } from '../types';
import { selectorsFor, type TextPositionSelector, type TextQuoteSelector } from './anchor';
import { stableStringify, type JsonValue, type Problem } from './json';
import type { ActorKnowledge, AliasSplit, SpanAnnotation, SpanClaim } from './model';
import { parseActorsFile, parseAnnotationsFile } from './parse';
import { ANNO_CONTEXT, fromW3C, toW3C } from './w3c';

export type Edit = { ok: true; text: string } | { ok: false; problems: Problem[] };
export type AnnotationEdit = { ok: true; text: string; id: string } | { ok: false; problems: Problem[] };

/** A span of an article to annotate: its workspace-relative path, its current text and UTF-16 offsets. */
export interface SpanTarget {
  source: string;
  text: string;
  start: number;
  end: number;
}

/** Optional facts of a new annotation; `id` and `created` default to a fresh urn:uuid and now. */
export interface NewAnnotation {
  id?: string;
  created?: string;
  creator?: string;
}

const ACTOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Thrown inside an edit to refuse it with a message. */
class Refusal extends Error {}

function refusing(message: string): never {
  throw new Refusal(message);
}

function refuse(message: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ message, severity: 'error', start: 0, end: 0, line: 1, column: 1 }] };
}

function badId(...ids: string[]): { ok: false; problems: Problem[] } | null {
  const bad = ids.find((id) => !ACTOR_ID.test(id));
  return bad === undefined ? null : refuse(`'${bad}' is not an actor id (kebab-case: lower-case letters and digits joined by hyphens)`);
}

function badKind(kind: string): { ok: false; problems: Problem[] } | null {
  return (ACTOR_KINDS as readonly string[]).includes(kind) ? null : refuse(`'${kind}' is not an actor kind (${ACTOR_KINDS.join(', ')})`);
}

// ---- .dossier/actors.json

type RawKnowledge = ActorKnowledge & { $schema?: string };

function editKnowledge(text: string, change: (k: RawKnowledge) => void): Edit {
  const parsed = parseActorsFile(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const raw = (text.trim() ? JSON.parse(text.replace(/^\uFEFF/, '')) : {}) as Partial<RawKnowledge>;
  const k: RawKnowledge = { ...raw, actors: raw.actors ?? {}, merges: raw.merges ?? {}, splits: raw.splits ?? [], notActors: raw.notActors ?? [] };
  try {
    change(k);
  } catch (e) {
    if (e instanceof Refusal) return refuse(e.message);
    throw e;
  }
  for (const [id, a] of Object.entries(k.actors)) {
    if (a.aliases) a.aliases = [...new Set(a.aliases)].sort(compare);
    if (a.aliases?.length === 0) delete a.aliases;
    if (Object.keys(a).length === 0) delete k.actors[id];
  }
  k.splits = dedupe(k.splits, (s) => `${s.from}\u0000${s.alias}\u0000${s.into}`).sort((a, b) => compare(a.from, b.from) || compare(a.alias, b.alias) || compare(a.into, b.into));
  k.notActors = [...new Set(k.notActors)].sort(compare);
  return { ok: true, text: stableStringify(k) };
}

function follow(merges: Record<string, string>, id: string): string {
  let at = id;
  for (let guard = 0; guard < 64 && Object.prototype.hasOwnProperty.call(merges, at); guard++) at = merges[at];
  return at;
}

function entry(k: RawKnowledge, id: string) {
  return (k.actors[id] ??= {});
}

/** Creates an actor, or updates the name, kind and aliases given. */
export function defineActor(actorsText: string, id: string, actor: { name?: string; kind?: ActorKind; aliases?: string[] }): Edit {
  const invalid = badId(id) ?? (actor.kind ? badKind(actor.kind) : null);
  if (invalid) return invalid;
  return editKnowledge(actorsText, (k) => {
    const e = entry(k, id);
    if (actor.name) e.name = actor.name;
    if (actor.kind) e.kind = actor.kind;
    if (actor.aliases) e.aliases = [...(e.aliases ?? []), ...actor.aliases];
  });
}

/**
 * Adds an alias to an actor: it is then highlighted as that actor wherever an article contains it.
 * `actor` fills the entry when the actor is new to the file (a new actor needs its kind).
 */
export function addAlias(actorsText: string, id: string, alias: string, actor: { name?: string; kind?: ActorKind } = {}): Edit {
  if (!alias.trim()) return refuse('an alias cannot be empty');
  const invalid = badId(id) ?? (actor.kind ? badKind(actor.kind) : null);
  if (invalid) return invalid;
  return editKnowledge(actorsText, (k) => {
    const target = follow(k.merges, id);
    const e = entry(k, target);
    if (actor.name && !e.name) e.name = actor.name;
    if (actor.kind && !e.kind) e.kind = actor.kind;
    e.aliases = [...(e.aliases ?? []), alias.trim()];
    k.notActors = k.notActors.filter((n) => n !== alias.trim());
    // An alias given back to the actor it was split from is no longer split off.
    k.splits = k.splits.filter((s) => !(s.alias === alias.trim() && follow(k.merges, s.from) === target));
  });
}

export function removeAlias(actorsText: string, id: string, alias: string): Edit {
  return editKnowledge(actorsText, (k) => {
    const e = k.actors[id];
    if (!e?.aliases?.includes(alias)) refusing(`${id} has no added alias “${alias}”`);
    e.aliases = e.aliases.filter((a) => a !== alias);
  });
}

/** Merges actor `from` into `into` in every article. Refused when `into` is already merged into `from`. */
export function mergeActors(actorsText: string, from: string, into: string): Edit {
  const invalid = badId(from, into);
  if (invalid) return invalid;
  if (from === into) return refuse('an actor cannot be merged into itself');
  return editKnowledge(actorsText, (k) => {
    const target = follow(k.merges, into);
    if (target === from) refusing(`${into} is already merged into ${from}`);
    k.merges[from] = target;
    // Keep chains one step long: whatever was merged into `from` now goes straight to the target.
    for (const [a, b] of Object.entries(k.merges)) if (b === from) k.merges[a] = target;
  });
}

/** Undoes a merge. */
export function unmergeActor(actorsText: string, from: string): Edit {
  return editKnowledge(actorsText, (k) => {
    if (!(from in k.merges)) refusing(`${from} is not merged`);
    delete k.merges[from];
  });
}

/**
 * Splits an alias off an actor: mentions written `alias` that were `from` become `into`.
 * `actor` describes `into` when it is a new actor (its name defaults to the alias).
 */
export function splitAlias(actorsText: string, alias: string, from: string, into: string, actor: { name?: string; kind?: ActorKind } = {}): Edit {
  if (!alias.trim()) return refuse('an alias cannot be empty');
  const invalid = badId(from, into) ?? (actor.kind ? badKind(actor.kind) : null);
  if (invalid) return invalid;
  if (from === into) return refuse('an alias cannot be split off into the same actor');
  return editKnowledge(actorsText, (k) => {
    const split: AliasSplit = { alias: alias.trim(), from, into };
    k.splits = [...k.splits.filter((s) => !(s.alias === split.alias && s.from === from)), split];
    const source = k.actors[from];
    if (source?.aliases) source.aliases = source.aliases.filter((a) => a !== split.alias);
    if (actor.kind || actor.name) {
      const e = entry(k, into);
      if (!e.name) e.name = actor.name ?? split.alias;
      if (actor.kind && !e.kind) e.kind = actor.kind;
    }
  });
}

/** Gives an actor a new display name (its id, which links it across articles, stays). */
export function renameActor(actorsText: string, id: string, name: string): Edit {
  if (!name.trim()) return refuse('a name cannot be empty');
  const invalid = badId(id);
  if (invalid) return invalid;
  return editKnowledge(actorsText, (k) => {
    entry(k, id).name = name.trim();
  });
}

export function setKind(actorsText: string, id: string, kind: ActorKind): Edit {
  const invalid = badId(id) ?? badKind(kind);
  if (invalid) return invalid;
  return editKnowledge(actorsText, (k) => {
    entry(k, id).kind = kind;
  });
}

/** Marks a surface form as never an actor, in every article. (One span only: `suppressSpan`.) */
export function suppress(actorsText: string, surface: string): Edit {
  if (!surface.trim()) return refuse('the text cannot be empty');
  return editKnowledge(actorsText, (k) => {
    k.notActors = [...k.notActors, surface.trim()];
  });
}

export function unsuppress(actorsText: string, surface: string): Edit {
  return editKnowledge(actorsText, (k) => {
    if (!k.notActors.includes(surface)) refusing(`“${surface}” is not marked as not an actor`);
    k.notActors = k.notActors.filter((n) => n !== surface);
  });
}

// ---- .dossier/annotations.jsonld

type RawItem = { [key: string]: JsonValue };

/** An empty annotations file, as Dossier writes it. */
export function emptyAnnotationsFile(): string {
  return writeCollection([]);
}

function writeCollection(items: JsonValue[]): string {
  const sorted = [...items].sort(compareItems);
  return stableStringify({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', label: 'Dossier curation', total: sorted.length, first: { type: 'AnnotationPage', startIndex: 0, items: sorted } });
}

function compareItems(a: JsonValue, b: JsonValue): number {
  const key = (v: JsonValue) => {
    const t = (v as RawItem).target as { source?: string; selector?: { type?: string; start?: number }[] } | undefined;
    const pos = t?.selector?.find((s) => s.type === 'TextPositionSelector')?.start ?? -1;
    return { source: t?.source ?? '', pos, id: String((v as RawItem).id ?? '') };
  };
  const x = key(a);
  const y = key(b);
  return compare(x.source, y.source) || x.pos - y.pos || compare(x.id, y.id);
}

function editItems(text: string, change: (items: JsonValue[]) => void): Edit {
  const parsed = parseAnnotationsFile(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const raw = text.trim() ? (JSON.parse(text.replace(/^\uFEFF/, '')) as RawItem) : null;
  const items = [...(((raw?.first as RawItem | undefined)?.items as JsonValue[] | undefined) ?? [])];
  try {
    change(items);
  } catch (e) {
    if (e instanceof Refusal) return refuse(e.message);
    throw e;
  }
  if (!raw) return { ok: true, text: writeCollection(items) };
  // Keep whatever else the collection says (its id, its label); set what Dossier maintains.
  const first = { ...(raw.first as RawItem), items: [...items].sort(compareItems) };
  return { ok: true, text: stableStringify({ ...raw, total: items.length, first }) };
}

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return `urn:uuid:${c.randomUUID()}`;
  const hex = [...Array(32)].map(() => Math.floor(Math.random() * 16).toString(16)).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function checkTarget(t: SpanTarget): { ok: false; problems: Problem[] } | null {
  if (!t.source) return refuse('the article path is empty');
  if (!(t.start >= 0 && t.end > t.start && t.end <= t.text.length)) return refuse(`the span ${t.start}-${t.end} is empty or outside the article`);
  return null;
}

function sameSpan(a: SpanAnnotation, t: SpanTarget, quote: TextQuoteSelector, position: TextPositionSelector): boolean {
  if (a.source !== t.source) return false;
  const q = a.selectors.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector | undefined;
  const p = a.selectors.find((s) => s.type === 'TextPositionSelector') as TextPositionSelector | undefined;
  return (!q || q.exact === quote.exact) && !!p && p.start === position.start && p.end === position.end;
}

/** Claims of a kind replace earlier ones on exactly the same span: marking a span twice leaves one annotation. */
const LAYER: Record<SpanClaim['type'], string> = { actor: 'actor', notActor: 'actor', date: 'date', statement: 'statement', statementEdit: 'statementEdit', note: '' };

function addClaim(text: string, t: SpanTarget, claim: SpanClaim, opts: NewAnnotation, merge?: (old: SpanAnnotation) => SpanClaim | null): AnnotationEdit {
  const invalid = checkTarget(t);
  if (invalid) return invalid;
  const [quote, position] = selectorsFor(t.text, t.start, t.end);
  let id = opts.id ?? newId();
  const edit = editItems(text, (items) => {
    for (let i = items.length - 1; i >= 0; i--) {
      const old = fromW3C(items[i]);
      if (typeof old === 'string' || !sameSpan(old, t, quote, position)) continue;
      const merged = merge?.(old);
      if (merged) {
        // Fold the change into the annotation already there (a statement's speaker, an earlier edit).
        id = old.id;
        items[i] = toW3C({ ...old, claim: merged, selectors: [quote, position] }) as unknown as JsonValue;
        return;
      }
      if (LAYER[old.claim.type] && LAYER[old.claim.type] === LAYER[claim.type]) items.splice(i, 1);
    }
    const a: SpanAnnotation = { id, source: t.source, selectors: [quote, position], claim, created: opts.created ?? new Date().toISOString() };
    if (opts.creator) a.creator = opts.creator;
    items.push(toW3C(a) as unknown as JsonValue);
  });
  return edit.ok ? { ...edit, id } : edit;
}

/** Marks a span as a mention of an actor (an existing id, or a new one: define it with `defineActor`). */
export function addActorSpan(annotationsText: string, target: SpanTarget, actorId: string, kind: ActorKind, opts: NewAnnotation = {}): AnnotationEdit {
  return badId(actorId) ?? badKind(kind) ?? addClaim(annotationsText, target, { type: 'actor', id: actorId, kind }, opts);
}

/** Marks one span as not an actor (for every occurrence of a word, use `suppress`). */
export function suppressSpan(annotationsText: string, target: SpanTarget, opts: NewAnnotation = {}): AnnotationEdit {
  return addClaim(annotationsText, target, { type: 'notActor' }, opts);
}

export function addDateSpan(annotationsText: string, target: SpanTarget, kind: DateKind, value: string | null, opts: NewAnnotation = {}): AnnotationEdit {
  if (kind !== 'date' && kind !== 'duration') return refuse(`'${kind}' is not a date kind (date, duration)`);
  return addClaim(annotationsText, target, { type: 'date', kind, value: value || null }, opts);
}

export function addStatementSpan(annotationsText: string, target: SpanTarget, speaker: string | null, forum: string | null, opts: NewAnnotation = {}): AnnotationEdit {
  return (speaker ? badId(speaker) : null) ?? addClaim(annotationsText, target, { type: 'statement', speaker, forum }, opts);
}

function editStatement(annotationsText: string, target: SpanTarget, change: { speaker?: string | null; forum?: string | null }, opts: NewAnnotation): AnnotationEdit {
  return addClaim(annotationsText, target, { type: 'statementEdit', ...change }, opts, (old) => {
    if (old.claim.type === 'statement') return { ...old.claim, ...change };
    if (old.claim.type === 'statementEdit') return { ...old.claim, ...change };
    return null;
  });
}

/** Sets the speaker (an actor id, or null for none) of the statement at `target` (its whole span). */
export function setStatementSpeaker(annotationsText: string, target: SpanTarget, speaker: string | null, opts: NewAnnotation = {}): AnnotationEdit {
  return (speaker ? badId(speaker) : null) ?? editStatement(annotationsText, target, { speaker }, opts);
}

/** Sets the forum (a forum id, or null for none) of the statement at `target` (its whole span). */
export function setStatementForum(annotationsText: string, target: SpanTarget, forum: string | null, opts: NewAnnotation = {}): AnnotationEdit {
  return editStatement(annotationsText, target, { forum }, opts);
}

/** Attaches a free-text note to a span. */
export function addNote(annotationsText: string, target: SpanTarget, note: string, opts: NewAnnotation = {}): AnnotationEdit {
  if (!note.trim()) return refuse('a note cannot be empty');
  return addClaim(annotationsText, target, { type: 'note', text: note }, opts);
}

/** Changes the text of a note. */
export function editNote(annotationsText: string, id: string, note: string, modified = new Date().toISOString()): Edit {
  if (!note.trim()) return refuse('a note cannot be empty');
  return editItems(annotationsText, (items) => {
    const i = items.findIndex((v) => (v as RawItem).id === id);
    const old = i < 0 ? null : fromW3C(items[i]);
    if (!old || typeof old === 'string' || old.claim.type !== 'note') refusing(`no note with id ${id}`);
    items[i] = { ...(toW3C({ ...old, claim: { type: 'note', text: note } }) as unknown as RawItem), modified };
  });
}

/** Removes an annotation of any kind by id. */
export function removeAnnotation(annotationsText: string, id: string): Edit {
  return editItems(annotationsText, (items) => {
    const i = items.findIndex((v) => (v as RawItem).id === id);
    if (i < 0) refusing(`no annotation with id ${id}`);
    items.splice(i, 1);
  });
}

/** Removes a note by id (refuses other annotations, so a stale note id never deletes a correction). */
export function removeNote(annotationsText: string, id: string): Edit {
  const parsed = parseAnnotationsFile(annotationsText);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  if (!parsed.value.some((a) => a.id === id && a.claim.type === 'note')) return refuse(`no note with id ${id}`);
  return removeAnnotation(annotationsText, id);
}

/**
 * Rewrites the selectors of annotations that moved (as `applyCuration` reports them in `anchored`)
 * to where they are now in `text`, so the file follows the article. Orphans are left as they are.
 */
export function refreshSelectors(annotationsText: string, text: string, moved: readonly { annotation: SpanAnnotation; start: number; end: number; moved: boolean }[]): Edit {
  const at = new Map(moved.filter((m) => m.moved).map((m) => [m.annotation.id, m]));
  return editItems(annotationsText, (items) => {
    for (let i = 0; i < items.length; i++) {
      const m = at.get(String((items[i] as RawItem).id));
      if (!m) continue;
      const target = (items[i] as RawItem).target as RawItem;
      items[i] = { ...(items[i] as RawItem), target: { ...target, selector: selectorsFor(text, m.start, m.end) as unknown as JsonValue } };
    }
  });
}

function dedupe<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(key(x)) && !!seen.add(key(x)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
