// Export of a curated corpus in the formats annotation tools read. See README, "Export".
import { exportBrat } from './brat';
import type { ExportCorpus } from './corpus';
import { exportCsv } from './csv';
import type { ExportFile } from './files';
import { exportW3C } from './w3c';

export { buildExportCorpus, type ExportArticle, type ExportCorpus, type ExportNote, type ExtractedArticle } from './corpus';
export { exportBrat, BRAT_DB, BRAT_ENTITY } from './brat';
export { csvField, csvTable, exportCsv } from './csv';
export { exportW3C, w3cAnnotations, W3C_FILE } from './w3c';
export type { ExportFile } from './files';

export const EXPORT_FORMATS = ['json', 'csv', 'brat', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** The guideline's JSON for one article, as `dossier extract` writes it. */
export function guidelineJson(corpusArticle: ExportCorpus['articles'][number]): string {
  return JSON.stringify(corpusArticle.annotations, null, 1) + '\n';
}

/** Every file of an export, paths relative to the output folder. */
export function exportFiles(corpus: ExportCorpus, format: ExportFormat): ExportFile[] {
  switch (format) {
    case 'json':
      return corpus.articles.map((a) => ({ path: `${a.path}.json`, content: guidelineJson(a) }));
    case 'csv':
      return exportCsv(corpus);
    case 'brat':
      return exportBrat(corpus);
    case 'w3c':
      return exportW3C(corpus);
  }
}
