import * as vscode from 'vscode';
import type { IndexedArticle } from '../core/corpusIndex';
import type { ArticleWorkspace } from './articleWorkspace';
import { actorCardMarkdown, DATE_CARD_LIST, dateCardMarkdown, forumCardMarkdown, statementCardMarkdown } from './cards';
import { rangeIn } from './convert';
import { escapeMarkdown } from '../core/markdown';

/** Notes on spans of articles, shown under the card of what they annotate. */
export interface NotesSource {
  notesAt(article: string, start: number, end: number): { text: string; start: number; end: number }[];
}

/** Cross-article cards for the actor, date, forum mention or quotation under the cursor (innermost first), with the analyst's notes. */
export class DossierHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly notes?: NotesSource,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.workspace.fresh(doc);
    if (!entry) return undefined;
    const offset = doc.offsetAt(position);
    const hover = this.card(entry, offset);
    const notes = this.notes?.notesAt(entry.name, offset, offset + 1) ?? [];
    if (!notes.length) return hover;
    // Notes are the analyst's words, but may quote an article: plain text, never links or HTML.
    const md = new vscode.MarkdownString();
    md.appendMarkdown('**Notes**\n\n');
    for (const n of notes) {
      md.appendMarkdown(`- ${escapeMarkdown(n.text.replace(/\s+/g, ' '))}\n`);
    }
    if (hover) return new vscode.Hover([...hover.contents, md], hover.range);
    const first = notes[0];
    return new vscode.Hover(md, rangeIn(entry, first));
  }

  private card(entry: IndexedArticle, offset: number): vscode.Hover | undefined {
    const index = this.workspace.index;
    const found = index.at(entry.name, offset);
    const actor = found.actors[0];
    if (actor) {
      const card = index.actorCard(actor.id, { articleLimit: 8, listLimit: 8 });
      if (card) return new vscode.Hover(actorCardMarkdown(index, card, entry.name), rangeIn(entry, actor));
    }
    const date = found.dates[0];
    if (date) {
      const card = date.value && date.kind === 'date' ? index.onDate(date.value, { listLimit: DATE_CARD_LIST }) : null;
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
