import type { ActorKind, DateKind } from '../types';
import type { Selector } from './anchor';

/** What the analyst says about one actor id in .dossier/actors.json. */
export interface ActorOverride {
  /** Display name (a rename). */
  name?: string;
  kind?: ActorKind;
  /** Names matched wherever an article contains them as whole words, case as written. */
  aliases?: string[];
}

/** A mention written `alias` that would be actor `from` becomes actor `into`. */
export interface AliasSplit {
  alias: string;
  from: string;
  into: string;
}

/** The model of .dossier/actors.json. */
export interface ActorKnowledge {
  actors: Record<string, ActorOverride>;
  /** from id -> into id. */
  merges: Record<string, string>;
  splits: AliasSplit[];
  /** Surface forms that are never actors. */
  notActors: string[];
}

/** What a span annotation says about its span. */
export type SpanClaim =
  /** The span names this actor. */
  | { type: 'actor'; id: string; kind: ActorKind }
  /** The span is not an actor (whatever the extractor found there). */
  | { type: 'notActor' }
  | { type: 'date'; kind: DateKind; value: string | null }
  | { type: 'statement'; speaker: string | null; forum: string | null }
  /** Changes the statement at the span; an absent field is left as extracted, null clears it. */
  | { type: 'statementEdit'; speaker?: string | null; forum?: string | null }
  /** A free-text note. */
  | { type: 'note'; text: string };

/** One annotation of .dossier/annotations.jsonld, read into Dossier's terms. */
export interface SpanAnnotation {
  /** The annotation's IRI ("urn:uuid:…"). */
  id: string;
  /** The article, relative to the workspace folder, with forward slashes. */
  source: string;
  selectors: Selector[];
  claim: SpanClaim;
  created?: string;
  creator?: string;
}

/** Everything in a .dossier folder. */
export interface Curation {
  knowledge: ActorKnowledge;
  annotations: SpanAnnotation[];
}

export function emptyKnowledge(): ActorKnowledge {
  return { actors: {}, merges: {}, splits: [], notActors: [] };
}

export function emptyCuration(): Curation {
  return { knowledge: emptyKnowledge(), annotations: [] };
}

/** The files of a .dossier folder, relative to it. */
export const CURATION_FOLDER = '.dossier';
export const ACTORS_FILE = 'actors.json';
export const ANNOTATIONS_FILE = 'annotations.jsonld';
