import * as vscode from 'vscode';
import type { ArticleWorkspace } from '../articleWorkspace';
import { articleName, rangeIn } from '../convert';

export const LOW_CONFIDENCE_SOURCE = 'Dossier';

/** Codes of the findings Dossier is unsure of; the quick fixes key on them. */
export const enum LowConfidence {
  UnattributedQuote = 'unattributed-quote',
  UnresolvedDate = 'unresolved-date',
  UnknownActor = 'unknown-actor',
}

const DEBOUNCE_MS = 200;

/**
 * Information-level diagnostics on what extraction is unsure of: a quotation nobody is said to have
 * said, a date that cannot be resolved, a capitalised name the data does not know. Off by default
 * (`dossier.diagnostics.lowConfidence`); each comes with quick fixes that record a correction.
 */
export class LowConfidenceDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('dossier');
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly workspace: ArticleWorkspace) {
    this.disposables.push(
      this.collection,
      workspace.index.onDidChange(() => this.schedule()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('dossier.diagnostics') && this.schedule()),
    );
    this.schedule();
  }

  private get enabled(): boolean {
    return vscode.workspace.getConfiguration('dossier').get<boolean>('diagnostics.lowConfidence', false);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), DEBOUNCE_MS);
  }

  /** Diagnoses the open articles (diagnostics of closed files would only crowd the Problems panel). */
  update(): void {
    this.collection.clear();
    if (!this.enabled) return;
    for (const doc of vscode.workspace.textDocuments) {
      const name = articleName(doc.uri);
      const entry = this.workspace.index.get(name);
      if (!entry || entry.article.text !== doc.getText()) continue;
      const index = this.workspace.index;
      const out: vscode.Diagnostic[] = [];
      const add = (span: { start: number; end: number }, message: string, code: LowConfidence) => {
        const d = new vscode.Diagnostic(rangeIn(entry, span), message, vscode.DiagnosticSeverity.Information);
        d.source = LOW_CONFIDENCE_SOURCE;
        d.code = code;
        out.push(d);
      };
      for (const s of entry.annotations.statements) {
        if (!s.speaker) add(s, 'Quotation without a speaker', LowConfidence.UnattributedQuote);
      }
      for (const d of entry.annotations.dates) {
        if (d.kind === 'date' && d.value === null) add(d, `“${d.text}” cannot be resolved to a date${entry.article.docDate ? '' : ' (the article has no date header)'}`, LowConfidence.UnresolvedDate);
      }
      const seen = new Set<string>();
      for (const m of entry.annotations.actors) {
        if (m.kind === 'demonym' || seen.has(m.id)) continue;
        seen.add(m.id);
        if (!index.kb.get(m.id)) add(m, `“${m.text}” matches no known actor (taken for a ${index.actorKind(m.id)})`, LowConfidence.UnknownActor);
      }
      this.collection.set(doc.uri, out);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
