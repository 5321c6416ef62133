import * as vscode from 'vscode';
import { addNote, ANNOTATIONS_FILE, editNote, removeNote } from '../../core/curation';
import type { ArticleWorkspace } from '../articleWorkspace';
import { articleName, articleUri, openLocationCommand, rangeIn } from '../convert';
import type { CurationWorkspace } from './curationWorkspace';

/** A note as the Comments API shows it; `id` is the annotation's IRI. */
class NoteComment implements vscode.Comment {
  readonly mode = vscode.CommentMode.Preview;
  readonly contextValue = 'dossierNote';
  readonly author: vscode.CommentAuthorInformation;
  readonly body: vscode.MarkdownString;
  readonly timestamp?: Date;

  constructor(readonly id: string, text: string, author: string | undefined, created: string | undefined, readonly orphaned: boolean) {
    this.author = { name: orphaned ? `${author ?? 'Note'} (orphaned: its text is gone)` : (author ?? 'Note') };
    // Plain text: a note is the analyst's, but it may quote an article, and must not act.
    this.body = new vscode.MarkdownString();
    this.body.appendText(text);
    this.body.isTrusted = false;
    this.body.supportHtml = false;
    const t = created ? new Date(created) : undefined;
    this.timestamp = t && !Number.isNaN(t.getTime()) ? t : undefined;
  }
}

export interface NoteEntry {
  id: string;
  article: string;
  text: string;
  start: number;
  end: number;
  orphaned: boolean;
}

/**
 * Notes on spans of articles through VS Code's Comments API: a thread per note in the editor, the
 * "+" in the gutter to add one, and edit/delete from the comment's menu. Notes are W3C annotations
 * in .dossier/annotations.jsonld; an orphaned note (its text gone from the article) is listed, at the
 * top of its article, and never moved to other text.
 */
export class NotesController implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController('dossier.notes', 'Dossier Notes');
  private threads: vscode.CommentThread[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly workspace: ArticleWorkspace,
    private readonly curation: CurationWorkspace,
  ) {
    this.controller.options = { prompt: 'Add a Dossier note…', placeHolder: 'A note on this text, kept in .dossier/annotations.jsonld' };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (doc) => (this.workspace.isArticle(doc) && this.curation.sourceOf(articleName(doc.uri)) !== undefined ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : []),
    };
    const reg = vscode.commands.registerCommand;
    this.disposables.push(
      this.controller,
      this.changed,
      curation.onDidChangeResults(() => this.refresh()),
      reg('dossier.notes.create', (reply: vscode.CommentReply) => this.create(reply)),
      reg('dossier.notes.delete', (comment: NoteComment) => this.remove(comment)),
      reg('dossier.notes.edit', (comment: NoteComment) => this.edit(comment)),
      reg('dossier.notes.cancel', (reply: vscode.CommentReply | vscode.CommentThread) => {
        const thread = 'thread' in reply ? reply.thread : reply;
        if (!this.threads.includes(thread)) thread.dispose();
      }),
    );
  }

  /** Every note of the corpus, orphans included, in article order. */
  notes(): NoteEntry[] {
    const out: NoteEntry[] = [];
    for (const [article, r] of this.curation.allResults()) {
      for (const n of r.notes) out.push({ id: n.annotation.id, article, text: n.text, start: n.start, end: n.end, orphaned: false });
      for (const o of r.orphans) {
        if (o.annotation.claim.type === 'note') out.push({ id: o.annotation.id, article, text: o.annotation.claim.text, start: 0, end: 0, orphaned: true });
      }
    }
    return out.sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
  }

  /** The notes of an article that overlap a span (for hover cards). */
  notesAt(article: string, start: number, end: number): NoteEntry[] {
    const r = this.curation.resultOf(article);
    if (!r) return [];
    return r.notes.filter((n) => n.start < Math.max(end, start + 1) && start < n.end).map((n) => ({ id: n.annotation.id, article, text: n.text, start: n.start, end: n.end, orphaned: false }));
  }

  refresh(): void {
    for (const t of this.threads) t.dispose();
    this.threads = [];
    for (const [article, r] of this.curation.allResults()) {
      const entry = this.workspace.index.get(article);
      if (!entry) continue;
      const uri = articleUri(article);
      for (const n of r.notes) {
        const t = this.controller.createCommentThread(uri, rangeIn(entry, n), [new NoteComment(n.annotation.id, n.text, n.annotation.creator, n.annotation.created, false)]);
        t.canReply = false;
        t.label = 'Dossier note';
        t.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        this.threads.push(t);
      }
      for (const o of r.orphans) {
        if (o.annotation.claim.type !== 'note') continue;
        const t = this.controller.createCommentThread(uri, new vscode.Range(0, 0, 0, 0), [new NoteComment(o.annotation.id, o.annotation.claim.text, o.annotation.creator, o.annotation.created, true)]);
        t.canReply = false;
        t.label = `Orphaned note: ${o.reason}`;
        t.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        this.threads.push(t);
      }
    }
    this.changed.fire();
  }

  private async create(reply: vscode.CommentReply): Promise<void> {
    const thread = reply.thread;
    const doc = await vscode.workspace.openTextDocument(thread.uri);
    const name = articleName(thread.uri);
    const source = this.curation.sourceOf(name);
    const range = thread.range ?? new vscode.Range(0, 0, 0, 0);
    // A click in the gutter gives a whole line: a note on that line's text.
    const whole = range.isEmpty || range.start.line !== range.end.line || range.end.character === 0 ? doc.lineAt(range.start.line).range : range;
    const start = doc.offsetAt(whole.start);
    const end = Math.max(doc.offsetAt(whole.end), start + 1);
    if (source !== undefined && reply.text.trim()) {
      const text = doc.getText();
      await this.curation.edit(ANNOTATIONS_FILE, (t) => addNote(t, { source, text, start, end: Math.min(end, text.length) }, reply.text.trim()));
    }
    thread.dispose();
  }

  private async remove(comment: NoteComment): Promise<void> {
    await this.curation.edit(ANNOTATIONS_FILE, (t) => removeNote(t, comment.id));
  }

  private async edit(comment: NoteComment): Promise<void> {
    const current = comment.body.value;
    const text = await vscode.window.showInputBox({ title: 'Edit Dossier note', value: current });
    if (text === undefined || !text.trim() || text === current) return;
    await this.curation.edit(ANNOTATIONS_FILE, (t) => editNote(t, comment.id, text.trim()));
  }

  dispose(): void {
    for (const t of this.threads) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The Notes view: every note, by article, orphans flagged; a click opens the span. */
export class NotesTreeProvider implements vscode.TreeDataProvider<NoteEntry> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly notes: NotesController) {
    notes.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: NoteEntry): NoteEntry[] {
    return node ? [] : this.notes.notes();
  }

  getTreeItem(n: NoteEntry): vscode.TreeItem {
    // A label is plain text for VS Code: "$(icon)" or markdown in a note is shown as written.
    const item = new vscode.TreeItem({ label: n.text.replace(/\s+/g, ' ').slice(0, 120) });
    item.description = `${vscode.workspace.asRelativePath(articleUri(n.article), false)}${n.orphaned ? ' · orphaned' : ''}`;
    const tip = new vscode.MarkdownString();
    tip.appendText(n.orphaned ? `${n.text}\n\nOrphaned: the text it pointed to is gone from the article.` : n.text);
    item.tooltip = tip;
    item.iconPath = new vscode.ThemeIcon(n.orphaned ? 'warning' : 'note');
    item.contextValue = n.orphaned ? 'dossierOrphanedNote' : 'dossierNote';
    item.command = openLocationCommand(n.article, { start: n.start, end: n.end }, 'Open Note');
    item.id = n.id;
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
