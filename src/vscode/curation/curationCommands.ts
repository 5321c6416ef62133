// The analyst's corrections, as commands. Each works on the span under the cursor or the selection
// (from the editor's context menu, the palette or a quick fix) and asks for what it lacks; tests and
// other extensions pass an argument object instead and nothing is asked.
import * as vscode from 'vscode';
import {
  ACTORS_FILE,
  ANNOTATIONS_FILE,
  addActorSpan,
  addAlias,
  addDateSpan,
  addNote,
  addStatementSpan,
  defineActor,
  emptyAnnotationsFile,
  mergeActors,
  renameActor,
  setKind,
  setStatementForum,
  setStatementSpeaker,
  splitAlias,
  suppress,
  suppressSpan,
  type SpanTarget,
} from '../../core/curation';
import { slug } from '../../core/actors/tokens';
import { ACTOR_KINDS, type ActorKind, type ActorMention, type Span, type Statement } from '../../core/types';
import type { ArticleWorkspace } from '../articleWorkspace';
import { articleName, articleUri } from '../convert';
import type { CurationWorkspace } from './curationWorkspace';

/** Where a command acts: an article and a span of it (the selection, or the word under the cursor). */
export interface SpanArgs {
  /** The article's URI (string or Uri); default: the active editor's document. */
  uri?: string | vscode.Uri;
  start?: number;
  end?: number;
}

export interface ActorArgs extends SpanArgs {
  /** The actor acted on; default: the actor mentioned at the span. */
  actor?: string;
}

interface Ctx {
  workspace: ArticleWorkspace;
  curation: CurationWorkspace;
}

export const CURATION_COMMANDS = [
  'dossier.curate.addAlias',
  'dossier.curate.mergeActors',
  'dossier.curate.splitAlias',
  'dossier.curate.renameActor',
  'dossier.curate.setKind',
  'dossier.curate.notAnActor',
  'dossier.curate.markActor',
  'dossier.curate.markDate',
  'dossier.curate.markStatement',
  'dossier.curate.setSpeaker',
  'dossier.curate.setForum',
  'dossier.curate.addNote',
  'dossier.curate.openActorsFile',
  'dossier.curate.openAnnotationsFile',
] as const;

export function registerCurationCommands(c: Ctx): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg('dossier.curate.addAlias', (a?: ActorArgs & { alias?: string }) => addAliasCmd(c, a)),
    reg('dossier.curate.mergeActors', (a?: ActorArgs & { into?: string }) => mergeCmd(c, a)),
    reg('dossier.curate.splitAlias', (a?: ActorArgs & { alias?: string; into?: string; name?: string }) => splitCmd(c, a)),
    reg('dossier.curate.renameActor', (a?: ActorArgs & { name?: string }) => renameCmd(c, a)),
    reg('dossier.curate.setKind', (a?: ActorArgs & { kind?: ActorKind }) => setKindCmd(c, a)),
    reg('dossier.curate.notAnActor', (a?: SpanArgs & { scope?: 'here' | 'everywhere' }) => notAnActorCmd(c, a)),
    reg('dossier.curate.markActor', (a?: ActorArgs & { name?: string; kind?: ActorKind }) => markActorCmd(c, a)),
    reg('dossier.curate.markDate', (a?: SpanArgs & { value?: string | null; kind?: 'date' | 'duration' }) => markDateCmd(c, a)),
    reg('dossier.curate.markStatement', (a?: SpanArgs & { speaker?: string | null; forum?: string | null }) => markStatementCmd(c, a)),
    reg('dossier.curate.setSpeaker', (a?: SpanArgs & { speaker?: string | null }) => setSpeakerCmd(c, a)),
    reg('dossier.curate.setForum', (a?: SpanArgs & { forum?: string | null }) => setForumCmd(c, a)),
    reg('dossier.curate.addNote', (a?: SpanArgs & { text?: string }) => addNoteCmd(c, a)),
    reg('dossier.curate.openActorsFile', () => openCurationFile(c, ACTORS_FILE)),
    reg('dossier.curate.openAnnotationsFile', () => openCurationFile(c, ANNOTATIONS_FILE)),
  ];
}

// ------------------------------------------------------------------------------------ where and what

interface Where {
  name: string;
  text: string;
  span: Span;
  target: SpanTarget;
}

/** The article and span a command acts on, or undefined (with a message) when there is none. */
async function where(c: Ctx, a: SpanArgs | undefined, needSelection = false): Promise<Where | undefined> {
  const editor = vscode.window.activeTextEditor;
  const uri = a?.uri ? (typeof a.uri === 'string' ? vscode.Uri.parse(a.uri) : a.uri) : editor?.document.uri;
  if (!uri) {
    void vscode.window.showWarningMessage('Dossier: open an article first.');
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const name = articleName(uri);
  const text = doc.getText();
  let span: Span | undefined;
  if (a?.start !== undefined && a.end !== undefined) span = { start: a.start, end: a.end };
  else if (editor && editor.document.uri.toString() === uri.toString()) {
    const sel = editor.selection;
    if (!sel.isEmpty) span = { start: doc.offsetAt(sel.start), end: doc.offsetAt(sel.end) };
    else if (!needSelection) {
      const offset = doc.offsetAt(sel.active);
      const at = c.workspace.fresh(doc) && c.workspace.index.at(name, offset);
      const hit = at ? (at.actors[0] ?? at.dates[0] ?? at.statements[0]) : undefined;
      const word = doc.getWordRangeAtPosition(sel.active, /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u);
      span = hit ? { start: hit.start, end: hit.end } : word && { start: doc.offsetAt(word.start), end: doc.offsetAt(word.end) };
    }
  }
  if (!span || span.end <= span.start || span.start < 0 || span.end > text.length) {
    void vscode.window.showWarningMessage(needSelection ? 'Dossier: select the text first.' : 'Dossier: put the cursor on a highlighted name or select text first.');
    return undefined;
  }
  const source = c.curation.sourceOf(name);
  if (source === undefined) {
    void vscode.window.showWarningMessage('Dossier keeps corrections for articles inside the workspace folder; this article is outside it.');
    return undefined;
  }
  return { name, text, span, target: { source, text, start: span.start, end: span.end } };
}

function mentionAt(c: Ctx, w: Where): ActorMention | undefined {
  const at = c.workspace.index.at(w.name, w.span.start);
  return at.actors.find((m) => m.start < w.span.end && w.span.start < m.end);
}

function statementAt(c: Ctx, w: Where): Statement | undefined {
  const index = c.workspace.index;
  for (const offset of [w.span.start, w.span.end - 1]) {
    const s = index.at(w.name, offset).statements[0];
    if (s) return s;
  }
  return undefined;
}

/** The actor a command acts on: the argument, the mention at the span, or one the user picks. */
async function actorOf(c: Ctx, a: ActorArgs | undefined, title: string): Promise<{ id: string; w?: Where } | undefined> {
  if (a?.actor) return { id: a.actor };
  const w = await where(c, a);
  if (!w) return undefined;
  const m = mentionAt(c, w);
  if (m) return { id: m.id, w };
  const id = await pickActor(c, `${title}: no actor at the cursor; pick one`);
  return id ? { id, w } : undefined;
}

async function pickActor(c: Ctx, title: string, options: { exclude?: string; allowNew?: boolean; allowNone?: boolean } = {}): Promise<string | null | undefined> {
  await c.workspace.ready;
  const index = c.workspace.index;
  type Item = vscode.QuickPickItem & { id: string | null | 'new' };
  const items: Item[] = [];
  if (options.allowNew) items.push({ label: '$(add) New actor…', id: 'new', alwaysShow: true });
  if (options.allowNone) items.push({ label: '$(circle-slash) No speaker', id: null, alwaysShow: true });
  for (const { id, count } of index.actors().sort((x, y) => y.count - x.count)) {
    if (id !== options.exclude) items.push({ label: index.actorName(id), description: `${index.actorKind(id)} · ${count} mentions · ${id}`, id });
  }
  const pick = await vscode.window.showQuickPick(items, { title, matchOnDescription: true });
  if (!pick) return undefined;
  if (pick.id === 'new') {
    const name = await vscode.window.showInputBox({ title: 'New actor', prompt: 'The actor’s name' });
    if (!name) return undefined;
    const kind = await pickKind('Kind of the new actor');
    if (!kind) return undefined;
    const id = newActorId(c, name);
    return (await c.curation.edit(ACTORS_FILE, (t) => defineActor(t, id, { name, kind }))) ? id : undefined;
  }
  return pick.id;
}

async function pickKind(title: string, current?: ActorKind): Promise<ActorKind | undefined> {
  const pick = await vscode.window.showQuickPick(ACTOR_KINDS.map((k) => ({ label: k, picked: k === current, description: k === current ? 'current' : undefined })), { title });
  return pick?.label as ActorKind | undefined;
}

/** A fresh id for a new actor: its name in kebab case, numbered if taken. */
function newActorId(c: Ctx, name: string): string {
  const base = slug(name) || 'actor';
  const taken = (id: string) => c.workspace.index.kb.get(id) !== undefined || c.workspace.index.actorCard(id, { articleLimit: 0, listLimit: 0 }) !== undefined || id in c.curation.store.curation.knowledge.actors;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

function isKind(k: unknown): k is ActorKind {
  return typeof k === 'string' && (ACTOR_KINDS as readonly string[]).includes(k);
}

// --------------------------------------------------------------------------------------- commands

async function addAliasCmd(c: Ctx, a?: ActorArgs & { alias?: string }): Promise<boolean> {
  const found = await actorOf(c, a, 'Add Alias');
  if (!found) return false;
  const selected = found.w && found.w.text.slice(found.w.span.start, found.w.span.end);
  const alias = a?.alias ?? (await vscode.window.showInputBox({ title: `Add an alias of ${c.workspace.index.actorName(found.id)}`, prompt: 'Every article that contains this name, as written, will mention the actor', value: selected }));
  if (!alias?.trim()) return false;
  return c.curation.edit(ACTORS_FILE, (t) => addAlias(t, found.id, alias.trim(), { name: c.workspace.index.actorName(found.id), kind: c.workspace.index.actorKind(found.id) }));
}

async function mergeCmd(c: Ctx, a?: ActorArgs & { into?: string }): Promise<boolean> {
  const found = await actorOf(c, a, 'Merge Actors');
  if (!found) return false;
  const into = a?.into ?? (await pickActor(c, `Merge ${c.workspace.index.actorName(found.id)} into…`, { exclude: found.id }));
  if (!into || into === found.id) return false;
  return c.curation.edit(ACTORS_FILE, (t) => mergeActors(t, found.id, into));
}

async function splitCmd(c: Ctx, a?: ActorArgs & { alias?: string; into?: string; name?: string }): Promise<boolean> {
  const found = await actorOf(c, a, 'Split Alias Off');
  if (!found) return false;
  const alias = a?.alias ?? (found.w && found.w.text.slice(found.w.span.start, found.w.span.end));
  if (!alias) return false;
  let into = a?.into;
  if (!into) {
    const name = a?.name ?? (await vscode.window.showInputBox({ title: `Split “${alias}” off ${c.workspace.index.actorName(found.id)}`, prompt: 'Name of the actor “' + alias + '” stands for', value: alias }));
    if (!name) return false;
    into = newActorId(c, name);
    const kind = c.workspace.index.actorKind(found.id);
    return c.curation.edit(ACTORS_FILE, (t) => splitAlias(t, alias, found.id, into!, { name, kind }));
  }
  return c.curation.edit(ACTORS_FILE, (t) => splitAlias(t, alias, found.id, into!));
}

async function renameCmd(c: Ctx, a?: ActorArgs & { name?: string }): Promise<boolean> {
  const found = await actorOf(c, a, 'Rename Actor');
  if (!found) return false;
  const current = c.workspace.index.actorName(found.id);
  const name = a?.name ?? (await vscode.window.showInputBox({ title: `Rename ${current}`, prompt: 'The name Dossier shows for this actor', value: current }));
  if (!name?.trim() || name === current) return false;
  return c.curation.edit(ACTORS_FILE, (t) => renameActor(t, found.id, name.trim()));
}

async function setKindCmd(c: Ctx, a?: ActorArgs & { kind?: ActorKind }): Promise<boolean> {
  const found = await actorOf(c, a, 'Change Kind');
  if (!found) return false;
  const kind = isKind(a?.kind) ? a.kind : await pickKind(`Kind of ${c.workspace.index.actorName(found.id)}`, c.workspace.index.actorKind(found.id));
  if (!kind) return false;
  return c.curation.edit(ACTORS_FILE, (t) => setKind(t, found.id, kind));
}

async function notAnActorCmd(c: Ctx, a?: SpanArgs & { scope?: 'here' | 'everywhere' }): Promise<boolean> {
  const w = await where(c, a);
  if (!w) return false;
  const m = mentionAt(c, w);
  const span = m ? { start: m.start, end: m.end } : w.span;
  const surface = w.text.slice(span.start, span.end);
  const scope = a?.scope ?? (await vscode.window.showQuickPick(
    [{ label: 'Only here', description: 'this mention', scope: 'here' as const }, { label: 'Everywhere', description: `“${surface}” in every article`, scope: 'everywhere' as const }],
    { title: `“${surface}” is not an actor` }))?.scope;
  if (!scope) return false;
  if (scope === 'everywhere') return c.curation.edit(ACTORS_FILE, (t) => suppress(t, surface));
  return c.curation.edit(ANNOTATIONS_FILE, (t) => suppressSpan(t, { ...w.target, ...span }));
}

async function markActorCmd(c: Ctx, a?: ActorArgs & { name?: string; kind?: ActorKind }): Promise<boolean> {
  const w = await where(c, a, true);
  if (!w) return false;
  let id = a?.actor;
  if (!id && a?.name) {
    id = newActorId(c, a.name);
    const kind = isKind(a.kind) ? a.kind : 'person';
    const ok = await c.curation.edit(ACTORS_FILE, (t) => defineActor(t, id!, { name: a.name, kind }));
    if (!ok) return false;
  }
  id ??= (await pickActor(c, `“${w.text.slice(w.span.start, w.span.end)}” is…`, { allowNew: true })) ?? undefined;
  if (!id) return false;
  const kind = isKind(a?.kind) ? a.kind : c.curation.store.curation.knowledge.actors[id]?.kind ?? c.workspace.index.actorKind(id);
  return c.curation.edit(ANNOTATIONS_FILE, (t) => addActorSpan(t, w.target, id!, kind));
}

const DATE_VALUE = /^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?(\/(\d{4}|XXXX)(-\d{2}(-\d{2})?)?)?$|^P(\d+[YMWD])+$/;

async function markDateCmd(c: Ctx, a?: SpanArgs & { value?: string | null; kind?: 'date' | 'duration' }): Promise<boolean> {
  const w = await where(c, a, true);
  if (!w) return false;
  let value = a?.value;
  if (value === undefined) {
    const input = await vscode.window.showInputBox({
      title: `“${w.text.slice(w.span.start, w.span.end)}” is a date`,
      prompt: 'ISO value: 2021-08-15, 2021-08, 2021-08-01/2021-08-07, a duration P20Y; empty if it cannot be resolved',
      validateInput: (v) => (v === '' || DATE_VALUE.test(v) ? undefined : 'An ISO date, month, year, range A/B, or duration (P20Y)'),
    });
    if (input === undefined) return false;
    value = input === '' ? null : input;
  }
  if (value !== null && !DATE_VALUE.test(value)) {
    void vscode.window.showErrorMessage(`Dossier: “${value}” is not an ISO date, range or duration.`);
    return false;
  }
  const kind = a?.kind ?? (value?.startsWith('P') ? 'duration' : 'date');
  return c.curation.edit(ANNOTATIONS_FILE, (t) => addDateSpan(t, w.target, kind, value ?? null));
}

async function markStatementCmd(c: Ctx, a?: SpanArgs & { speaker?: string | null; forum?: string | null }): Promise<boolean> {
  const w = await where(c, a, true);
  if (!w) return false;
  const speaker = a?.speaker !== undefined ? a.speaker : await pickActor(c, 'Who said it?', { allowNew: true, allowNone: true });
  if (speaker === undefined) return false;
  return c.curation.edit(ANNOTATIONS_FILE, (t) => addStatementSpan(t, w.target, speaker, a?.forum ?? null));
}

/** The statement a command acts on, with where it is; undefined (with a message) when there is none. */
async function statementWhere(c: Ctx, a: SpanArgs | undefined): Promise<{ w: Where; s: Statement } | undefined> {
  const w = await where(c, a);
  if (!w) return undefined;
  const s = statementAt(c, w);
  if (!s) void vscode.window.showWarningMessage('Dossier: there is no statement here.');
  return s && { w, s };
}

async function setSpeakerCmd(c: Ctx, a?: SpanArgs & { speaker?: string | null }): Promise<boolean> {
  const found = await statementWhere(c, a);
  if (!found) return false;
  const { w, s } = found;
  const speaker = a?.speaker !== undefined ? a.speaker : await pickActor(c, `Who said “${clip(s.text)}”?`, { allowNew: true, allowNone: true });
  if (speaker === undefined) return false;
  return c.curation.edit(ANNOTATIONS_FILE, (t) => setStatementSpeaker(t, { ...w.target, start: s.start, end: s.end }, speaker));
}

async function setForumCmd(c: Ctx, a?: SpanArgs & { forum?: string | null }): Promise<boolean> {
  const found = await statementWhere(c, a);
  if (!found) return false;
  const { w, s } = found;
  let forum = a?.forum;
  if (forum === undefined) {
    await c.workspace.ready;
    const items = [
      { label: '$(circle-slash) No forum', id: null as string | null },
      ...c.workspace.index.forums().map((f) => ({ label: f.forum.name, description: [f.forum.date, f.forum.id].filter(Boolean).join(' · '), id: f.forum.id as string | null })),
    ];
    const pick = await vscode.window.showQuickPick(items, { title: `Where was “${clip(s.text)}” said?`, matchOnDescription: true });
    if (!pick) return false;
    forum = pick.id;
  }
  return c.curation.edit(ANNOTATIONS_FILE, (t) => setStatementForum(t, { ...w.target, start: s.start, end: s.end }, forum ?? null));
}

async function addNoteCmd(c: Ctx, a?: SpanArgs & { text?: string }): Promise<boolean> {
  const w = await where(c, a);
  if (!w) return false;
  const text = a?.text ?? (await vscode.window.showInputBox({ title: `Note on “${clip(w.text.slice(w.span.start, w.span.end))}”`, prompt: 'Free text, kept in .dossier/annotations.jsonld' }));
  if (!text?.trim()) return false;
  return c.curation.edit(ANNOTATIONS_FILE, (t) => addNote(t, w.target, text.trim()));
}

async function openCurationFile(c: Ctx, file: typeof ACTORS_FILE | typeof ANNOTATIONS_FILE): Promise<void> {
  const uri = c.curation.uriOf(file);
  if (!uri) return;
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    await c.curation.edit(file, (t) => ({ ok: true, text: t || (file === ACTORS_FILE ? defineActorsSkeleton() : emptyAnnotationsFile()) }));
  }
  await vscode.window.showTextDocument(uri);
}

function defineActorsSkeleton(): string {
  return `${JSON.stringify({ actors: {}, merges: {}, splits: [], notActors: [] }, null, 2)}\n`;
}

function clip(s: string, n = 40): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** For quick fixes: the command that runs `command` on a span of an article. */
export function spanCommand(title: string, command: string, name: string, span: Span, extra: Record<string, unknown> = {}): vscode.Command {
  return { title, command, arguments: [{ uri: articleUri(name).toString(), start: span.start, end: span.end, ...extra }] };
}
