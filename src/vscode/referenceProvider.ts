import * as vscode from 'vscode';
import type { ArticleWorkspace } from './articleWorkspace';
import { locationIn } from './convert';

/** Find All References on an actor: every mention across the articles; on a forum, every mention of it. */
export class DossierReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly workspace: ArticleWorkspace) {}

  provideReferences(doc: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    const entry = this.workspace.fresh(doc);
    if (!entry) return [];
    const index = this.workspace.index;
    const found = index.at(entry.name, doc.offsetAt(position));
    const actor = found.actors[0];
    if (actor) return index.references(actor.id).map((r) => locationIn(index.get(r.article)!, r.item));
    const forum = found.forumMentions[0];
    if (forum) return (index.forumCard(forum.forum.id)?.mentions ?? []).map((m) => locationIn(index.get(m.article)!, m.item));
    return [];
  }
}
