import actorsSchema from '../../../schemas/dossier-actors.schema.json';
import annotationsSchema from '../../../schemas/dossier-annotations.schema.json';
import { parseJson, problemAt, propertyOf, toValue, type JsonNode, type Problem } from './json';
import { emptyKnowledge, type ActorKnowledge, type SpanAnnotation } from './model';
import { validate, type Schema } from './schema';
import { fromW3C } from './w3c';

/**
 * A curation file read: `ok` false means it cannot be used (bad JSON, or not what the schema
 * says), and the caller keeps the last good state and must not write the file. Warnings (an
 * annotation Dossier does not understand, a merge cycle) leave it usable.
 */
export type Parsed<T> = { ok: true; value: T; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Reads .dossier/actors.json. Empty text (no file yet) is an empty, valid file. */
export function parseActorsFile(text: string): Parsed<ActorKnowledge> {
  if (text.trim() === '') return { ok: true, value: emptyKnowledge(), problems: [] };
  const read = readChecked(text, actorsSchema as Schema);
  if (!read.ok) return read;
  const raw = toValue(read.node) as Partial<ActorKnowledge>;
  const value: ActorKnowledge = { actors: raw.actors ?? {}, merges: { ...(raw.merges ?? {}) }, splits: raw.splits ?? [], notActors: raw.notActors ?? [] };
  const problems: Problem[] = [];
  const mergesNode = propertyOf(read.node, 'merges');
  const cyclic: string[] = [];
  for (const from of Object.keys(value.merges)) {
    const seen = new Set<string>([from]);
    let at = value.merges[from];
    while (at in value.merges && !seen.has(at)) {
      seen.add(at);
      at = value.merges[at];
    }
    if (seen.has(at)) {
      cyclic.push(from);
      const where = mergesNode?.type === 'object' ? mergesNode.properties.find((p) => p.key === from) : undefined;
      problems.push(problemAt(text, where?.keyStart ?? 0, where?.keyEnd ?? 0, `merges.${from}: merging ${from} leads back to itself; ignored`, 'warning'));
    }
  }
  for (const from of cyclic) delete value.merges[from];
  return { ok: true, value, problems };
}

/** Reads .dossier/annotations.jsonld. Empty text (no file yet) is an empty, valid file. */
export function parseAnnotationsFile(text: string): Parsed<SpanAnnotation[]> {
  if (text.trim() === '') return { ok: true, value: [], problems: [] };
  const read = readChecked(text, annotationsSchema as Schema);
  if (!read.ok) return read;
  const items = propertyOf(propertyOf(read.node, 'first')!, 'items') as Extract<JsonNode, { type: 'array' }>;
  const value: SpanAnnotation[] = [];
  const problems: Problem[] = [];
  const ids = new Set<string>();
  items.items.forEach((node, i) => {
    const at = `first.items[${i}]`;
    const a = fromW3C(toValue(node));
    if (typeof a === 'string') {
      problems.push(problemAt(text, node.start, node.end, `${at}: ${a}`, 'warning'));
      return;
    }
    const why = selectorProblem(a);
    if (why) {
      problems.push(problemAt(text, node.start, node.end, `${at}: ${why}`, 'warning'));
      return;
    }
    if (ids.has(a.id)) problems.push(problemAt(text, node.start, node.end, `${at}: another annotation has the id ${a.id}`, 'warning'));
    ids.add(a.id);
    value.push(a);
  });
  return { ok: true, value, problems };
}

function selectorProblem(a: SpanAnnotation): string | null {
  const quotes = a.selectors.filter((s) => s.type === 'TextQuoteSelector');
  const positions = a.selectors.filter((s) => s.type === 'TextPositionSelector');
  if (quotes.some((q) => typeof q.exact !== 'string' || q.exact === '')) return 'a TextQuoteSelector needs a non-empty exact';
  if (positions.some((p) => typeof p.start !== 'number' || typeof p.end !== 'number' || p.end < p.start)) return 'a TextPositionSelector needs start <= end';
  if (quotes.length > 1 || positions.length > 1) return 'use at most one selector of each type';
  return null;
}

function readChecked(text: string, schema: Schema): { ok: true; node: JsonNode } | { ok: false; problems: Problem[] } {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const problems = validate(text, parsed.node, schema);
  return problems.length ? { ok: false, problems } : { ok: true, node: parsed.node };
}
