import * as vscode from 'vscode';
import type { ArticleWorkspace } from './articleWorkspace';

/** The active article's date and counts; while the corpus is indexed, a spinner. */
export class ArticleStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly workspace: ArticleWorkspace) {
    this.item.name = 'Dossier';
    this.item.command = 'workbench.view.extension.dossier';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      workspace.onDidChangeState(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && this.workspace.isArticle(editor.document) ? this.workspace.index.get(editor.document.uri.toString()) : undefined;
    if (this.workspace.state === 'indexing') {
      this.item.text = `$(sync~spin) Dossier: ${this.workspace.index.size} articles`;
      this.item.tooltip = 'Dossier is indexing the articles';
      this.item.show();
      return;
    }
    if (!entry) {
      this.item.hide();
      return;
    }
    const a = entry.annotations;
    this.item.text = `$(calendar) ${a.docDate ?? 'undated'} $(person) ${new Set(a.actors.map((m) => m.id)).size} $(quote) ${a.statements.length}`;
    this.item.tooltip = `Article dated ${a.docDate ?? '(no date header)'}: ${a.actors.length} actor mentions, ${a.dates.length} dates, ${a.statements.length} statements, ${a.forums.length} forums`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
