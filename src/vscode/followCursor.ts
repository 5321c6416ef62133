import * as vscode from 'vscode';
import type { ArticleWorkspace } from './articleWorkspace';
import { articleName } from './convert';
import { readConfig } from './config';
import type { StatementNode, StatementsTreeProvider } from './statementsTreeProvider';

const FOLLOW_DEBOUNCE_MS = 200;

/** Reveals the statement under the cursor in the Statements view, without taking focus. */
export function followCursor(workspace: ArticleWorkspace, provider: StatementsTreeProvider, view: vscode.TreeView<StatementNode>): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
    if (!view.visible || !readConfig().followCursor || !workspace.isArticle(e.textEditor.document)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const doc = e.textEditor.document;
      const node = provider.nodeAt(articleName(doc.uri), doc.offsetAt(e.selections[0].active));
      if (node) void view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
    }, FOLLOW_DEBOUNCE_MS);
  });
  return { dispose: () => (timer && clearTimeout(timer), sub.dispose()) };
}
