// Dossier's claims about spans as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
// the motivation says what the annotation is for, each body's purpose what that body says.
//   actor            motivation identifying; SpecificResource urn:dossier:actor:ID (identifying) + TextualBody kind (classifying)
//   not an actor     motivation classifying; TextualBody "not-an-actor" (classifying)
//   date             motivation classifying; TextualBody "date"|"duration" (classifying) + TextualBody value (describing)
//   statement        motivation classifying; TextualBody "statement" (classifying) + speaker and forum IRIs (linking)
//   statement edit   motivation editing; speaker and/or forum IRI (linking), or "no-speaker"/"no-forum" (editing)
//   note             motivation commenting; TextualBody text/plain (commenting)
import { ACTOR_KINDS, type ActorKind, type DateKind } from '../types';
import type { Selector } from './anchor';
import type { JsonValue } from './json';
import type { SpanAnnotation, SpanClaim } from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const ACTOR = 'urn:dossier:actor:';
const FORUM = 'urn:dossier:forum:';

export const actorIri = (id: string): string => ACTOR + id;
export const forumIri = (id: string): string => FORUM + id;

export interface W3CBody {
  type: 'TextualBody' | 'SpecificResource';
  value?: string;
  source?: string;
  purpose?: string;
  format?: string;
}

export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: string;
  body: W3CBody | W3CBody[];
  target: { source: string; selector: Selector[] };
  created?: string;
  creator?: string;
}

const text = (value: string, purpose: string): W3CBody => ({ type: 'TextualBody', value, purpose });
const link = (source: string, purpose: string): W3CBody => ({ type: 'SpecificResource', source, purpose });

function bodiesOf(claim: SpanClaim): { motivation: string; body: W3CBody[] } {
  switch (claim.type) {
    case 'actor':
      return { motivation: 'identifying', body: [link(actorIri(claim.id), 'identifying'), text(claim.kind, 'classifying')] };
    case 'notActor':
      return { motivation: 'classifying', body: [text('not-an-actor', 'classifying')] };
    case 'date':
      return { motivation: 'classifying', body: [text(claim.kind, 'classifying'), ...(claim.value === null ? [] : [text(claim.value, 'describing')])] };
    case 'statement':
      return {
        motivation: 'classifying',
        body: [text('statement', 'classifying'), ...(claim.speaker ? [link(actorIri(claim.speaker), 'linking')] : []), ...(claim.forum ? [link(forumIri(claim.forum), 'linking')] : [])],
      };
    case 'statementEdit': {
      const body: W3CBody[] = [];
      if (claim.speaker !== undefined) body.push(claim.speaker === null ? text('no-speaker', 'editing') : link(actorIri(claim.speaker), 'linking'));
      if (claim.forum !== undefined) body.push(claim.forum === null ? text('no-forum', 'editing') : link(forumIri(claim.forum), 'linking'));
      return { motivation: 'editing', body };
    }
    case 'note':
      return { motivation: 'commenting', body: [{ type: 'TextualBody', value: claim.text, format: 'text/plain', purpose: 'commenting' }] };
  }
}

/** The Web Annotation for a span annotation. */
export function toW3C(a: SpanAnnotation): W3CAnnotation {
  const { motivation, body } = bodiesOf(a.claim);
  const out: W3CAnnotation = { id: a.id, type: 'Annotation', motivation, body: body.length === 1 ? body[0] : body, target: { source: a.source, selector: a.selectors } };
  if (a.created) out.created = a.created;
  if (a.creator) out.creator = a.creator;
  return out;
}

/** Reads a Web Annotation (already checked against the schema) in Dossier's terms, or says why it cannot. */
export function fromW3C(raw: JsonValue): SpanAnnotation | string {
  const a = raw as unknown as W3CAnnotation;
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const values = (purpose: string) => bodies.filter((b) => b.type === 'TextualBody' && b.purpose === purpose && typeof b.value === 'string').map((b) => b.value!);
  const links = (prefix: string) => bodies.filter((b) => b.type === 'SpecificResource' && typeof b.source === 'string' && b.source.startsWith(prefix)).map((b) => b.source!.slice(prefix.length));
  const classes = values('classifying');
  let claim: SpanClaim | string;
  switch (a.motivation) {
    case 'identifying': {
      const ids = links(ACTOR);
      const kind = classes.find((c): c is ActorKind => (ACTOR_KINDS as readonly string[]).includes(c));
      if (ids.length !== 1 || !ids[0]) claim = 'an identifying annotation needs one SpecificResource body with source urn:dossier:actor:ID';
      else if (!kind) claim = `an identifying annotation needs a classifying TextualBody with the actor's kind (${ACTOR_KINDS.join(', ')})`;
      else claim = { type: 'actor', id: ids[0], kind };
      break;
    }
    case 'classifying': {
      const [speaker = null] = links(ACTOR);
      const [forum = null] = links(FORUM);
      if (classes.includes('not-an-actor')) claim = { type: 'notActor' };
      else if (classes.includes('date') || classes.includes('duration')) claim = { type: 'date', kind: (classes.includes('date') ? 'date' : 'duration') as DateKind, value: values('describing')[0] ?? null };
      else if (classes.includes('statement')) claim = { type: 'statement', speaker, forum };
      else claim = 'a classifying annotation needs a classifying TextualBody "not-an-actor", "date", "duration" or "statement"';
      break;
    }
    case 'editing': {
      const edits = values('editing');
      const edit: SpanClaim = { type: 'statementEdit' };
      const [speaker] = links(ACTOR);
      const [forum] = links(FORUM);
      if (speaker !== undefined) edit.speaker = speaker;
      else if (edits.includes('no-speaker')) edit.speaker = null;
      if (forum !== undefined) edit.forum = forum;
      else if (edits.includes('no-forum')) edit.forum = null;
      claim = edit.speaker === undefined && edit.forum === undefined ? 'an editing annotation needs a speaker or forum to set (urn:dossier:actor:ID, urn:dossier:forum:ID, "no-speaker" or "no-forum")' : edit;
      break;
    }
    case 'commenting': {
      const note = bodies.find((b) => b.type === 'TextualBody' && typeof b.value === 'string');
      claim = note ? { type: 'note', text: note.value! } : 'a commenting annotation needs a TextualBody with the note';
      break;
    }
    default:
      claim = `motivation '${a.motivation}' is kept but not used by Dossier`;
  }
  if (typeof claim === 'string') return claim;
  const out: SpanAnnotation = { id: a.id, source: a.target.source, selectors: a.target.selector, claim };
  if (typeof a.created === 'string') out.created = a.created;
  if (typeof a.creator === 'string') out.creator = a.creator;
  return out;
}
