import * as vscode from 'vscode';
import type { Located } from '../core/corpusIndex';
import type { Statement } from '../core/types';
import type { ArticleWorkspace } from './articleWorkspace';
import { statementItem } from './forumsTreeProvider';
import { actorIcon } from './icons';

export type StatementNode = { type: 'speaker'; speaker: string | null; count: number } | { type: 'statement'; statement: Located<Statement> };

const UNATTRIBUTED = '\u0000unattributed';

/** Statements grouped by speaker, most quoted first; a text filter narrows a long list. */
export class StatementsTreeProvider implements vscode.TreeDataProvider<StatementNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StatementNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter = '';
  /** What the filter matched, kept until the next refresh: the root and each speaker opened would read every statement again. */
  private matched: Map<string, Located<Statement>[]> | undefined;

  constructor(private readonly workspace: ArticleWorkspace) {}

  refresh(): void {
    this.matched = undefined;
    this.changed.fire(undefined);
  }

  get filterText(): string {
    return this.filter;
  }

  setFilter(text: string): void {
    this.filter = text.trim().toLowerCase();
    void vscode.commands.executeCommand('setContext', 'dossier.statementsFiltered', this.filter.length > 0);
    this.refresh();
  }

  /** A filter reads every statement's text; without one, the index's speaker aggregates answer. */
  private filtered(): Map<string, Located<Statement>[]> {
    return (this.matched ??= this.match());
  }

  private match(): Map<string, Located<Statement>[]> {
    const index = this.workspace.index;
    const groups = new Map<string, Located<Statement>[]>();
    for (const s of index.statementsMatching(this.filter)) {
      const key = s.item.speaker ?? UNATTRIBUTED;
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(s);
    }
    return groups;
  }

  private statementsOf(speaker: string | null): Located<Statement>[] {
    return this.filter ? this.filtered().get(speaker ?? UNATTRIBUTED) ?? [] : this.workspace.index.statementsBy(speaker);
  }

  getChildren(node?: StatementNode): StatementNode[] {
    if (!node) {
      const index = this.workspace.index;
      const speakers = this.filter
        ? [...this.filtered()].map(([key, list]) => ({ id: key === UNATTRIBUTED ? null : key, count: list.length }))
        : index.speakers();
      return speakers
        .map(({ id, count }): StatementNode => ({ type: 'speaker', speaker: id, count }))
        .sort((a, b) => (b as { count: number }).count - (a as { count: number }).count || this.label(a, index).localeCompare(this.label(b, index)));
    }
    if (node.type !== 'speaker') return [];
    return this.statementsOf(node.speaker).map((statement) => ({ type: 'statement', statement }));
  }

  private label(node: StatementNode, index = this.workspace.index): string {
    return node.type === 'speaker' ? (node.speaker ? index.actorName(node.speaker) : 'Unattributed') : node.statement.item.text;
  }

  getParent(node: StatementNode): StatementNode | undefined {
    if (node.type === 'speaker') return undefined;
    const speaker = node.statement.item.speaker;
    const count = this.statementsOf(speaker).length;
    return { type: 'speaker', speaker, count };
  }

  getTreeItem(node: StatementNode): vscode.TreeItem {
    const index = this.workspace.index;
    if (node.type === 'speaker') {
      const item = new vscode.TreeItem(this.label(node), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `speaker:${node.speaker ?? ''}`;
      item.description = String(node.count);
      item.iconPath = actorIcon(node.speaker ? index.actorKind(node.speaker) : undefined);
      item.contextValue = 'speaker';
      return item;
    }
    return statementItem(index.actorName.bind(index), node.statement, '');
  }

  /** The tree node of the statement at an offset of an article, for follow-the-cursor. */
  nodeAt(article: string, offset: number): StatementNode | undefined {
    const s = this.workspace.index.at(article, offset).statements[0];
    if (!s) return undefined;
    if (this.filter && !this.getChildren({ type: 'speaker', speaker: s.speaker, count: 0 }).some((n) => n.type === 'statement' && n.statement.article === article && n.statement.item.start === s.start)) return undefined;
    return { type: 'statement', statement: { article, item: s } };
  }

  dispose(): void {
    this.changed.dispose();
  }
}
