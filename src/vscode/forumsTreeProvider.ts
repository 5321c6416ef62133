import * as vscode from 'vscode';
import type { ForumCard, Located } from '../core/corpusIndex';
import { truncate } from '../core/markdown';
import type { Statement } from '../core/types';
import type { ArticleWorkspace } from './articleWorkspace';
import { articleLabel, openLocationCommand } from './convert';
import { actorIcon } from './icons';
import { SortedTree } from './sortedTree';

export type ForumsSort = 'date' | 'name';

export type ForumNode =
  | { type: 'forum'; card: ForumCard }
  | { type: 'participant'; forumId: string; actorId: string }
  | { type: 'statement'; forumId: string; statement: Located<Statement> };

/** Forums (with date and place); under each, its participants and the statements made there. */
export class ForumsTreeProvider extends SortedTree<ForumNode, ForumsSort> implements vscode.TreeDataProvider<ForumNode> {
  constructor(private readonly workspace: ArticleWorkspace) {
    super('dossier.forumsSort', 'date');
  }

  getChildren(node?: ForumNode): ForumNode[] {
    const index = this.workspace.index;
    if (!node) {
      const cards = index.forums();
      cards.sort(this.sort === 'name' ? (a, b) => a.forum.name.localeCompare(b.forum.name) : (a, b) => (a.forum.date ?? '9999').localeCompare(b.forum.date ?? '9999') || a.forum.name.localeCompare(b.forum.name));
      return cards.map((card) => ({ type: 'forum', card }));
    }
    if (node.type !== 'forum') return [];
    const f = node.card.forum;
    return [
      ...f.participants.map((actorId): ForumNode => ({ type: 'participant', forumId: f.id, actorId })),
      ...node.card.statements.map((statement): ForumNode => ({ type: 'statement', forumId: f.id, statement })),
    ];
  }

  getParent(node: ForumNode): ForumNode | undefined {
    if (node.type === 'forum') return undefined;
    const card = this.workspace.index.forumCard(node.forumId);
    return card ? { type: 'forum', card } : undefined;
  }

  getTreeItem(node: ForumNode): vscode.TreeItem {
    const index = this.workspace.index;
    if (node.type === 'forum') {
      const f = node.card.forum;
      const item = new vscode.TreeItem(f.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `forum:${f.id}`;
      const place = f.place === 'virtual' ? 'virtual' : f.place ? index.actorName(f.place) : null;
      item.description = [f.date, place, f.status === 'planned' ? 'planned' : null].filter(Boolean).join(' · ');
      item.tooltip = `${f.name}\n${item.description}\n${node.card.articles.map(articleLabel).join('\n')}`;
      item.iconPath = new vscode.ThemeIcon('calendar', new vscode.ThemeColor('dossier.forum'));
      item.contextValue = 'forum';
      const m = node.card.mentions[0];
      if (m) item.command = openLocationCommand(m.article, m.item, 'Open Forum');
      return item;
    }
    if (node.type === 'participant') {
      const kind = index.actorKind(node.actorId);
      const item = new vscode.TreeItem(index.actorName(node.actorId), vscode.TreeItemCollapsibleState.None);
      item.id = `forum:${node.forumId}:actor:${node.actorId}`;
      item.description = kind;
      item.iconPath = actorIcon(kind);
      item.contextValue = 'actor';
      const forum = index.forumCard(node.forumId);
      const inForum = forum && index.references(node.actorId).find((r) => forum.articles.includes(r.article));
      if (inForum) item.command = openLocationCommand(inForum.article, inForum.item, 'Open Mention');
      return item;
    }
    return statementItem(index.actorName.bind(index), node.statement, `forum:${node.forumId}:`);
  }
}

export function statementItem(actorName: (id: string) => string, s: Located<Statement>, idPrefix: string): vscode.TreeItem {
  const item = new vscode.TreeItem(truncate(s.item.text, 80), vscode.TreeItemCollapsibleState.None);
  item.id = `${idPrefix}statement:${s.article}:${s.item.start}`;
  const speaker = s.item.speaker ? actorName(s.item.speaker) : 'Unattributed';
  item.description = articleLabel(s.article);
  item.tooltip = `${speaker}: ${s.item.text}${s.item.cue ? `\n— ${s.item.cue}` : ''}`;
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'statement';
  item.command = openLocationCommand(s.article, s.item, 'Open Statement');
  return item;
}
