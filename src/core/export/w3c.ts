// W3C Web Annotation JSON-LD: one AnnotationCollection whose first (and only) AnnotationPage is
// embedded, as the model allows; every actor, date, statement, forum mention and note is an
// Annotation with a TextQuoteSelector and a TextPositionSelector on its article.
import { selectorsFor } from '../curation/anchor';
import { stableStringify } from '../curation/json';
import type { SpanClaim } from '../curation/model';
import { ANNO_CONTEXT, forumIri, toW3C, type W3CAnnotation } from '../curation/w3c';
import type { ExportCorpus } from './corpus';
import type { ExportFile } from './files';

export const W3C_FILE = 'annotations.jsonld';

export function w3cAnnotations(corpus: ExportCorpus): W3CAnnotation[] {
  const out: W3CAnnotation[] = [];
  for (const a of corpus.articles) {
    const iri = (layer: string, start: number, end: number) => `urn:dossier:annotation:${encodeURIComponent(a.source)}:${layer}:${start}-${end}`;
    const add = (layer: string, start: number, end: number, claim: SpanClaim, id = iri(layer, start, end)) =>
      out.push(toW3C({ id, source: a.source, selectors: selectorsFor(a.text, start, end), claim }));
    for (const m of a.annotations.actors) {
      add('actor', m.start, m.end, { type: 'actor', id: m.id, kind: m.kind });
      // The actor's display name (curated renames included) as a tag, for tools that do not resolve urn:dossier ids.
      const w = out[out.length - 1];
      w.body = [...(Array.isArray(w.body) ? w.body : w.body ? [w.body] : []), { type: 'TextualBody', value: corpus.actorName(m.id), purpose: 'tagging' }];
    }
    for (const d of a.annotations.dates) add('date', d.start, d.end, { type: 'date', kind: d.kind, value: d.value });
    for (const s of a.annotations.statements) add('statement', s.start, s.end, { type: 'statement', speaker: s.speaker, forum: s.forum });
    for (const f of a.annotations.forums) {
      for (const m of f.mentions) {
        out.push({
          id: iri('forum', m.start, m.end),
          type: 'Annotation',
          motivation: 'identifying',
          body: [
            { type: 'SpecificResource', source: forumIri(f.id), purpose: 'identifying' },
            { type: 'TextualBody', value: 'forum', purpose: 'classifying' },
          ],
          target: { source: a.source, selector: selectorsFor(a.text, m.start, m.end) },
        });
      }
    }
    for (const n of a.notes) {
      const w = toW3C({ id: n.id, source: a.source, selectors: selectorsFor(a.text, n.start, n.end), claim: { type: 'note', text: n.text }, created: n.created, creator: n.creator });
      out.push(w);
    }
  }
  return out;
}

export function exportW3C(corpus: ExportCorpus): ExportFile[] {
  const items = w3cAnnotations(corpus);
  const collection = {
    '@context': ANNO_CONTEXT,
    id: 'urn:dossier:export',
    type: 'AnnotationCollection',
    label: 'Dossier annotations',
    total: items.length,
    first: { id: 'urn:dossier:export:page1', type: 'AnnotationPage', partOf: 'urn:dossier:export', startIndex: 0, items },
  };
  return [{ path: W3C_FILE, content: stableStringify(collection) }];
}
