import * as vscode from 'vscode';
import type { ArticleWorkspace } from './articleWorkspace';
import { locationIn } from './convert';

/** Go to Definition on an actor: its first mention in the corpus (earliest article, then first offset). */
export class DossierDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly workspace: ArticleWorkspace) {}

  provideDefinition(doc: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const entry = this.workspace.fresh(doc);
    if (!entry) return undefined;
    const index = this.workspace.index;
    const found = index.at(entry.name, doc.offsetAt(position));
    const actor = found.actors[0];
    if (actor) {
      const first = index.firstMention(actor.id);
      return first ? locationIn(index.get(first.article)!, first.item) : undefined;
    }
    const forum = found.forumMentions[0];
    if (forum) {
      const card = index.forumCard(forum.forum.id);
      const m = card?.mentions[0];
      return m ? locationIn(index.get(m.article)!, m.item) : undefined;
    }
    return undefined;
  }
}
