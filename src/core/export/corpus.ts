import { applyCuration, canonicalizeIds, curatedActor, type CurationOptions } from '../curation/apply';
import type { Curation } from '../curation/model';
import { KnowledgeBase } from '../knowledge';
import type { ActorKind, ArticleAnnotations } from '../types';

/** A note as exported: its span in the article and its text. */
export interface ExportNote {
  id: string;
  start: number;
  end: number;
  text: string;
  created?: string;
  creator?: string;
}

export interface ExportArticle {
  /** Path relative to the workspace folder, with forward slashes (annotation targets use it). */
  source: string;
  /** Output path without extension, relative to the export folder ("000_f6f4…", "batch/012_…"). */
  path: string;
  text: string;
  /** Final annotations: extraction, then curation, in the guideline's shape. */
  annotations: ArticleAnnotations;
  notes: ExportNote[];
  /** Span annotations of this article that no longer anchor, and why. */
  orphans: { id: string; reason: string }[];
  /** Span annotations that anchored but could not be applied. */
  problems: { id: string; message: string }[];
}

/** What every format reads: the articles, and each actor's name, kind and aliases after curation. */
export interface ExportCorpus {
  articles: ExportArticle[];
  actorName(id: string): string;
  actorKind(id: string): ActorKind;
  actorAliases(id: string): string[];
}

export interface ExtractedArticle {
  source: string;
  path: string;
  text: string;
  annotations: ArticleAnnotations;
}

/**
 * Applies the curation to extracted articles and gathers what the formats need. `annotations` should
 * already have corpus-wide ids (CorpusIndex.annotations); the curation's merges are applied again after it.
 */
export function buildExportCorpus(extracted: readonly ExtractedArticle[], curation: Curation, kb: KnowledgeBase = KnowledgeBase.default(), options: CurationOptions = {}): ExportCorpus {
  const articles: ExportArticle[] = extracted.map((e) => {
    const r = applyCuration(e.source, e.text, e.annotations, curation, options);
    return {
      source: e.source,
      path: e.path,
      text: e.text,
      annotations: canonicalizeIds(r.annotations, curation),
      notes: r.notes.map((n) => ({ id: n.annotation.id, start: n.start, end: n.end, text: n.text, created: n.annotation.created, creator: n.annotation.creator })),
      orphans: r.orphans.map((o) => ({ id: o.annotation.id, reason: o.reason })),
      problems: r.problems.map((p) => ({ id: p.annotation.id, message: p.message })),
    };
  });
  const surfaces = new Map<string, Map<string, number>>();
  const kinds = new Map<string, Map<ActorKind, number>>();
  for (const a of articles) {
    for (const m of a.annotations.actors) {
      count(surfaces, m.id, m.text);
      if (m.kind !== 'demonym') count(kinds, m.id, m.kind);
    }
  }
  return {
    articles,
    actorName: (id) => curatedActor(curation, id).name ?? kb.get(id)?.name ?? longest(surfaces.get(id)?.keys() ?? []) ?? id,
    actorKind: (id) => curatedActor(curation, id).kind ?? kb.get(id)?.kind ?? mostCommon(kinds.get(id)) ?? 'person',
    actorAliases: (id) => [...new Set([...(kb.get(id)?.aliases ?? []), ...(curatedActor(curation, id).aliases ?? []), ...(surfaces.get(id)?.keys() ?? [])])].sort(),
  };
}

function count<K>(map: Map<string, Map<K, number>>, key: string, inner: K): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  m.set(inner, (m.get(inner) ?? 0) + 1);
}

function longest(xs: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const x of xs) if (best === undefined || x.length > best.length || (x.length === best.length && x < best)) best = x;
  return best;
}

function mostCommon<K>(counts: Map<K, number> | undefined): K | undefined {
  let best: K | undefined;
  let n = 0;
  for (const [k, c] of counts ?? []) if (c > n) [best, n] = [k, c];
  return best;
}
