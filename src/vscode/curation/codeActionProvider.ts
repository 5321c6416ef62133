import * as vscode from 'vscode';
import type { ArticleWorkspace } from '../articleWorkspace';
import { articleName } from '../convert';
import { spanCommand } from './curationCommands';
import { LowConfidence, LOW_CONFIDENCE_SOURCE } from './lowConfidence';

/**
 * Quick fixes on a highlighted span (an actor, a date, a statement) and on the low-confidence
 * diagnostics, plus "mark as…" refactorings of a selection. Each runs a `dossier.curate.*` command
 * on the span, which records the correction in .dossier/.
 */
export class DossierCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite],
  };

  constructor(private readonly workspace: ArticleWorkspace) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entry = this.workspace.fresh(doc);
    if (!entry) return [];
    const name = articleName(doc.uri);
    const index = this.workspace.index;
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const out: vscode.CodeAction[] = [];
    const action = (title: string, command: string, span: { start: number; end: number }, kind = vscode.CodeActionKind.QuickFix, extra: Record<string, unknown> = {}, diagnostic?: vscode.Diagnostic) => {
      const a = new vscode.CodeAction(title, kind);
      a.command = spanCommand(title, command, name, span, extra);
      if (diagnostic) a.diagnostics = [diagnostic];
      out.push(a);
    };

    for (const d of context.diagnostics) {
      if (d.source !== LOW_CONFIDENCE_SOURCE) continue;
      const span = { start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end) };
      if (d.code === LowConfidence.UnattributedQuote) action('Set the speaker of this quotation…', 'dossier.curate.setSpeaker', span, undefined, {}, d);
      if (d.code === LowConfidence.UnresolvedDate) action('Set the value of this date…', 'dossier.curate.markDate', span, undefined, {}, d);
      if (d.code === LowConfidence.UnknownActor) {
        action('Not an actor (everywhere)', 'dossier.curate.notAnActor', span, undefined, { scope: 'everywhere' }, d);
        action('Same actor as…', 'dossier.curate.mergeActors', span, undefined, {}, d);
        action('Change its kind…', 'dossier.curate.setKind', span, undefined, {}, d);
      }
    }

    const at = index.at(name, start);
    const mention = at.actors[0];
    if (mention) {
      const who = index.actorName(mention.id);
      action(`Not an actor here: “${mention.text}”`, 'dossier.curate.notAnActor', mention, undefined, { scope: 'here' });
      action(`Add an alias of ${who}…`, 'dossier.curate.addAlias', mention);
      action(`Merge ${who} into…`, 'dossier.curate.mergeActors', mention);
      action(`Split “${mention.text}” off ${who}…`, 'dossier.curate.splitAlias', mention);
      action(`Rename ${who}…`, 'dossier.curate.renameActor', mention);
      action(`Change the kind of ${who}…`, 'dossier.curate.setKind', mention);
    }
    const statement = at.statements[0];
    if (statement) {
      action('Change the speaker of this statement…', 'dossier.curate.setSpeaker', statement);
      action('Change the forum of this statement…', 'dossier.curate.setForum', statement);
    }
    if (end > start) {
      const rw = vscode.CodeActionKind.RefactorRewrite;
      action('Mark as an actor…', 'dossier.curate.markActor', { start, end }, rw);
      action('Mark as a date…', 'dossier.curate.markDate', { start, end }, rw);
      action('Mark as a statement…', 'dossier.curate.markStatement', { start, end }, rw);
    }
    const noteSpan = end > start ? { start, end } : (mention ?? statement ?? at.dates[0]);
    if (noteSpan) action('Add a note…', 'dossier.curate.addNote', noteSpan, vscode.CodeActionKind.RefactorRewrite);
    return out;
  }
}
