import * as vscode from 'vscode';
import type { ArticleWorkspace } from './articleWorkspace';
import { articleLabel, locationIn } from './convert';

const KIND: Record<string, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Constant,
  state: vscode.SymbolKind.Module,
  demonym: vscode.SymbolKind.Module,
  organization: vscode.SymbolKind.Class,
  group: vscode.SymbolKind.Enum,
  place: vscode.SymbolKind.Namespace,
};

/** Ctrl+T over the actors and forums of the whole corpus. */
export class DossierWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly workspace: ArticleWorkspace) {}

  async provideWorkspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
    await this.workspace.ready;
    const index = this.workspace.index;
    return index.symbols(query).map((s) => {
      const kind = s.kind === 'forum' ? vscode.SymbolKind.Event : KIND[s.detail] ?? vscode.SymbolKind.Object;
      return new vscode.SymbolInformation(s.name, kind, `${s.detail} · ${articleLabel(s.article)}`, locationIn(index.get(s.article)!, s.span));
    });
  }
}
