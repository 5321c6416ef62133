import * as vscode from 'vscode';
import { ACTOR_KINDS, type ActorKind } from '../core/types';
import type { ArticleWorkspace } from './articleWorkspace';
import { openLocationCommand } from './convert';
import { actorIcon } from './icons';
import { SortedTree } from './sortedTree';

export type ActorsSort = 'mentions' | 'name';

export type ActorNode = { type: 'kind'; kind: ActorKind; count: number } | { type: 'actor'; id: string; kind: ActorKind; name: string; count: number };

const KIND_LABEL: Record<ActorKind, string> = {
  person: 'People',
  state: 'States',
  demonym: 'Demonyms',
  organization: 'Organizations',
  group: 'Groups',
  place: 'Places',
};

/** Actors by kind, sorted by mentions or by name. */
export class ActorsTreeProvider extends SortedTree<ActorNode, ActorsSort> implements vscode.TreeDataProvider<ActorNode> {
  constructor(private readonly workspace: ArticleWorkspace) {
    super('dossier.actorsSort', 'mentions');
  }

  private actors(): Extract<ActorNode, { type: 'actor' }>[] {
    const index = this.workspace.index;
    return index.actors().map(({ id, count }) => ({ type: 'actor', id, count, kind: index.actorKind(id), name: index.actorName(id) }));
  }

  getChildren(node?: ActorNode): ActorNode[] {
    const all = this.actors();
    if (!node) {
      return ACTOR_KINDS.map((kind): ActorNode => ({ type: 'kind', kind, count: all.filter((a) => a.kind === kind).length })).filter((n) => n.type === 'kind' && n.count > 0);
    }
    if (node.type !== 'kind') return [];
    const list = all.filter((a) => a.kind === node.kind);
    return list.sort(this.sort === 'name' ? (a, b) => a.name.localeCompare(b.name) : (a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  getParent(node: ActorNode): ActorNode | undefined {
    if (node.type === 'kind') return undefined;
    return { type: 'kind', kind: node.kind, count: 0 };
  }

  getTreeItem(node: ActorNode): vscode.TreeItem {
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(KIND_LABEL[node.kind], vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `kind:${node.kind}`;
      item.description = String(node.count);
      item.iconPath = actorIcon(node.kind);
      return item;
    }
    const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
    item.id = `actor:${node.id}`;
    item.description = `${node.count}`;
    item.tooltip = `${node.name} (${node.kind}), ${node.count} mention${node.count === 1 ? '' : 's'}`;
    item.iconPath = actorIcon(node.kind);
    item.contextValue = 'actor';
    const first = this.workspace.index.firstMention(node.id);
    if (first) item.command = openLocationCommand(first.article, first.item, 'Open First Mention');
    return item;
  }
}
