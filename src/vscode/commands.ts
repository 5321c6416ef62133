import * as vscode from 'vscode';
import type { ActorsTreeProvider } from './actorsTreeProvider';
import type { ArticleWorkspace } from './articleWorkspace';
import { articleUri, rangeIn } from './convert';
import type { ForumsTreeProvider } from './forumsTreeProvider';
import type { StatementsTreeProvider } from './statementsTreeProvider';

export interface CommandContext {
  workspace: ArticleWorkspace;
  log: vscode.LogOutputChannel;
  forums: ForumsTreeProvider;
  statements: StatementsTreeProvider;
  actors: ActorsTreeProvider;
}

/** Every command contributed in package.json, registered in one place. */
export function registerCommands(c: CommandContext): vscode.Disposable[] {
  const { workspace } = c;
  const reg = vscode.commands.registerCommand;
  return [
    reg('dossier.openLocation', (name: string, start: number, end: number) => openLocation(workspace, name, start, end)),
    reg('dossier.reindex', () =>
      vscode.window.withProgress({ location: { viewId: 'dossier.forums' } }, () => workspace.rebuild()),
    ),
    reg('dossier.showOutput', () => c.log.show(true)),
    reg('dossier.openSettings', () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:dossier.dossier')),
    reg('dossier.chooseArticlesFolder', () => chooseArticlesFolder()),
    reg('dossier.showActor', () => showActor(workspace)),
    reg('dossier.statements.filter', async () => {
      const text = await vscode.window.showInputBox({ title: 'Filter Statements', prompt: 'Show statements whose text or speaker contains…', value: c.statements.filterText });
      if (text !== undefined) c.statements.setFilter(text);
    }),
    reg('dossier.statements.clearFilter', () => c.statements.setFilter('')),
    reg('dossier.forums.sortByDate', () => c.forums.setSort('date')),
    reg('dossier.forums.sortByName', () => c.forums.setSort('name')),
    reg('dossier.actors.sortByMentions', () => c.actors.setSort('mentions')),
    reg('dossier.actors.sortByName', () => c.actors.setSort('name')),
  ];
}

/** Opens an article at a span and selects it (the target of every tree item and card link). */
export async function openLocation(workspace: ArticleWorkspace, name: string, start: number, end: number): Promise<vscode.TextEditor | undefined> {
  if (typeof name !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const doc = await vscode.workspace.openTextDocument(articleUri(name));
  const entry = workspace.index.get(name);
  // Use the indexed text's positions when it is the document's text; the document's own otherwise.
  const range = entry && entry.article.text === doc.getText() ? rangeIn(entry, { start, end }) : new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  return vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
}

async function chooseArticlesFolder(): Promise<void> {
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Use as Articles Folder' });
  const folderUri = picked?.[0];
  if (!folderUri) return;
  const wsFolder = vscode.workspace.getWorkspaceFolder(folderUri);
  if (!wsFolder) {
    // Outside the workspace: add it as a folder; its **/*.txt are then read through the setting below.
    vscode.workspace.updateWorkspaceFolders(vscode.workspace.workspaceFolders?.length ?? 0, 0, { uri: folderUri });
    return;
  }
  const rel = vscode.workspace.asRelativePath(folderUri, false);
  const glob = rel === folderUri.fsPath || rel === '' || folderUri.toString() === wsFolder.uri.toString() ? '**/*.txt' : `${rel}/**/*.txt`;
  const config = vscode.workspace.getConfiguration('dossier', wsFolder);
  const current = config.get<string[]>('articles', []);
  if (!current.includes(glob)) await config.update('articles', [...current, glob], vscode.ConfigurationTarget.WorkspaceFolder);
  void vscode.window.showInformationMessage(`Dossier now reads ${glob} in ${wsFolder.name}.`);
}

async function showActor(workspace: ArticleWorkspace): Promise<void> {
  await workspace.ready;
  const index = workspace.index;
  const items = index
    .actors()
    .sort((a, b) => b.count - a.count)
    .map(({ id, count }) => ({ label: index.actorName(id), description: `${index.actorKind(id)} · ${count} mentions`, id }));
  const pick = await vscode.window.showQuickPick(items, { title: 'Dossier: Show Actor', matchOnDescription: true, placeHolder: 'Actor name' });
  if (!pick) return;
  const first = index.firstMention(pick.id);
  if (!first) return;
  const editor = await openLocation(workspace, first.article, first.item.start, first.item.end);
  if (editor) await vscode.commands.executeCommand('editor.action.showHover');
}
