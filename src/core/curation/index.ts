// Curation: the analyst's corrections and additions, kept in the .dossier folder of the workspace.
// Pure (no editor, no file system): callers read and write the files, this module reads their
// text, applies them to extractions and computes new file contents. See README, "Curation files".
export { anchor, selectorsFor, QUOTE_CONTEXT, type Anchor, type Selector, type TextPositionSelector, type TextQuoteSelector } from './anchor';
export { applyCuration, affectedSources, canonicalId, curationAffects, canonicalizeIds, curatedActor, type AnchoredAnnotation, type CurationOptions, type CurationResult, type OrphanedAnnotation } from './apply';
export { parseJson, stableStringify, type Problem } from './json';
export { ACTORS_FILE, ANNOTATIONS_FILE, CURATION_FOLDER, emptyCuration, emptyKnowledge, type ActorKnowledge, type ActorOverride, type AliasSplit, type Curation, type SpanAnnotation, type SpanClaim } from './model';
export * from './mutations';
export { parseActorsFile, parseAnnotationsFile, type Parsed } from './parse';
export { CurationStore, type CurationChange, type CurationFile } from './store';
export { actorIri, forumIri, ANNO_CONTEXT, fromW3C, toW3C, type W3CAnnotation, type W3CBody } from './w3c';
export { fromCodePoints, toCodePoints } from './offsets';

import type { Problem } from './json';
import type { Curation } from './model';
import { parseActorsFile, parseAnnotationsFile } from './parse';

/**
 * Reads both files of a .dossier folder (undefined: the file does not exist). A file that cannot
 * be read contributes nothing and its problems are returned; `curation` holds what could be read.
 */
export function parseCuration(files: { actors?: string; annotations?: string }): { curation: Curation; problems: { file: string; problems: Problem[] }[] } {
  const actors = parseActorsFile(files.actors ?? '');
  const annotations = parseAnnotationsFile(files.annotations ?? '');
  const problems = [
    { file: 'actors.json', problems: actors.problems },
    { file: 'annotations.jsonld', problems: annotations.problems },
  ].filter((p) => p.problems.length);
  return {
    curation: { knowledge: actors.ok ? actors.value : { actors: {}, merges: {}, splits: [], notActors: [] }, annotations: annotations.ok ? annotations.value : [] },
    problems,
  };
}
