import * as vscode from 'vscode';
import { buildExportCorpus, EXPORT_FORMATS, exportFiles, isExportFormat, type ExportFormat, type ExtractedArticle } from '../../core/export';
import type { ArticleWorkspace } from '../articleWorkspace';
import type { CurationWorkspace } from './curationWorkspace';
import { writeFileAtomically } from '../workspaceFiles';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'The guideline’s JSON, one file per article',
  csv: 'CSV tables of actors, mentions, dates, statements, forums and notes',
  brat: 'brat standoff: a .ann beside each .txt, with annotation.conf',
  w3c: 'W3C Web Annotation JSON-LD collection',
};

/**
 * Dossier: Export Annotations. The same files as `dossier export` writes, from the index as the editor
 * holds it (curation applied), into a folder the user picks; each file written atomically.
 * Arguments for tests and other extensions: `{ format, out }` (out: a folder URI string).
 */
export function registerExportCommand(workspace: ArticleWorkspace, curation: CurationWorkspace): vscode.Disposable {
  return vscode.commands.registerCommand('dossier.export', async (args?: { format?: string; out?: string }) => {
    let format = args?.format;
    if (!format) {
      const pick = await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: f, description: FORMAT_LABELS[f] })), { title: 'Dossier: Export Annotations As…' });
      format = pick?.label;
    }
    if (!format || !isExportFormat(format)) return false;
    let out = args?.out ? vscode.Uri.parse(args.out) : undefined;
    if (!out) {
      const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: `Export ${format} Here`, defaultUri: curation.folder?.uri });
      out = picked?.[0];
    }
    if (!out) return false;
    const target = out;
    await workspace.ready;
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Dossier: exporting ${format}` }, async () => {
      const extracted: ExtractedArticle[] = [];
      for (const name of workspace.index.articleNames().sort()) {
        const source = curation.sourceOf(name) ?? vscode.Uri.parse(name).path.split('/').pop()!;
        const annotations = workspace.index.annotations(name);
        const entry = workspace.index.get(name);
        if (!annotations || !entry) continue;
        extracted.push({ source, path: source.replace(/\.[^./]*$/, ''), text: entry.article.text, annotations });
      }
      // The index holds curated annotations; applying the curation again is idempotent and gathers the notes.
      const corpus = buildExportCorpus(extracted, curation.store.curation, workspace.index.kb);
      const files = exportFiles(corpus, format as ExportFormat);
      for (const f of files) {
        await writeFileAtomically(vscode.Uri.joinPath(target, ...f.path.split('/')), f.content);
      }
      void vscode.window.showInformationMessage(`Dossier exported ${corpus.articles.length} article(s) as ${format} (${files.length} file(s)) to ${target.fsPath || target.toString()}.`);
      return true;
    });
  });
}
