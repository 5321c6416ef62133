// The one place where core spans and article names become VS Code ranges, locations and URIs.
import * as vscode from 'vscode';
import { positionAt } from '../core/lineIndex';
import type { IndexedArticle } from '../core/corpusIndex';
import type { Span } from '../core/types';

export function articleUri(name: string): vscode.Uri {
  return vscode.Uri.parse(name);
}

export function articleName(uri: vscode.Uri): string {
  return uri.toString();
}

/** A range in an indexed article, computed from the indexed text (the file need not be open). */
export function rangeIn(entry: IndexedArticle, span: Span): vscode.Range {
  const a = positionAt(entry.article, entry.article.text, span.start);
  const b = positionAt(entry.article, entry.article.text, span.end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

export function locationIn(entry: IndexedArticle, span: Span): vscode.Location {
  return new vscode.Location(articleUri(entry.name), rangeIn(entry, span));
}

/** A short label for an article: its path relative to the workspace. */
export function articleLabel(name: string): string {
  return vscode.workspace.asRelativePath(articleUri(name), false);
}

/** The arguments `dossier.openLocation` takes, as a command URI for Markdown. */
export function openLocationUri(name: string, span: Span): string {
  return `command:dossier.openLocation?${encodeURIComponent(JSON.stringify([name, span.start, span.end]))}`;
}

export function openLocationCommand(name: string, span: Span, title = 'Open'): vscode.Command {
  return { command: 'dossier.openLocation', title, arguments: [name, span.start, span.end] };
}
