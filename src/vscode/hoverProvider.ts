import * as vscode from 'vscode';
import type { ArticleWorkspace } from './articleWorkspace';
import { actorCardMarkdown, dateCardMarkdown, forumCardMarkdown, statementCardMarkdown } from './cards';
import { rangeIn } from './convert';

/** Cross-article cards for the actor, date, forum mention or quotation under the cursor (innermost first). */
export class DossierHoverProvider implements vscode.HoverProvider {
  constructor(private readonly workspace: ArticleWorkspace) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.workspace.fresh(doc);
    if (!entry) return undefined;
    const index = this.workspace.index;
    const found = index.at(entry.name, doc.offsetAt(position));
    const actor = found.actors[0];
    if (actor) {
      const card = index.actorCard(actor.id, { articleLimit: 8, listLimit: 8 });
      if (card) return new vscode.Hover(actorCardMarkdown(index, card, entry.name), rangeIn(entry, actor));
    }
    const date = found.dates[0];
    if (date) {
      const card = date.value && date.kind === 'date' ? index.onDate(date.value) : null;
      return new vscode.Hover(dateCardMarkdown(index, date, card, entry.name), rangeIn(entry, date));
    }
    const forum = found.forumMentions[0];
    if (forum) {
      const card = index.forumCard(forum.forum.id);
      if (card) return new vscode.Hover(forumCardMarkdown(index, card), rangeIn(entry, forum.mention));
    }
    const statement = found.statements[0];
    if (statement) return new vscode.Hover(statementCardMarkdown(index, statement, entry.name), rangeIn(entry, statement));
    return undefined;
  }
}
