import * as vscode from 'vscode';
import { truncate } from '../core/markdown';
import type { ArticleWorkspace } from './articleWorkspace';
import { rangeIn } from './convert';

/** The Outline of an article: its forums, with the statements made at each, then the other statements. */
export class DossierDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly workspace: ArticleWorkspace) {}

  provideDocumentSymbols(doc: vscode.TextDocument): vscode.DocumentSymbol[] {
    const entry = this.workspace.fresh(doc);
    if (!entry) return [];
    const index = this.workspace.index;
    const a = entry.annotations;
    const statementSymbol = (s: (typeof a.statements)[number]) => {
      const speaker = s.speaker ? index.actorName(s.speaker) : 'Unattributed';
      return new vscode.DocumentSymbol(`${speaker}: ${truncate(s.text, 60)}`, s.cue ?? '', vscode.SymbolKind.String, rangeIn(entry, s), rangeIn(entry, s));
    };
    const symbols: vscode.DocumentSymbol[] = [];
    for (const f of a.forums) {
      const first = f.mentions[0];
      const last = f.mentions[f.mentions.length - 1];
      const full = rangeIn(entry, { start: first.start, end: Math.max(first.end, last.end) });
      const sym = new vscode.DocumentSymbol(f.name, f.date ?? '', vscode.SymbolKind.Event, full, rangeIn(entry, first));
      sym.children = a.statements.filter((s) => s.forum === f.id).map(statementSymbol);
      symbols.push(sym);
    }
    for (const s of a.statements) if (!s.forum || !a.forums.some((f) => f.id === s.forum)) symbols.push(statementSymbol(s));
    return symbols.sort((x, y) => x.range.start.compareTo(y.range.start));
  }
}
