import * as vscode from 'vscode';

/**
 * Writes a file through vscode.workspace.fs atomically: a temporary file beside it, then a rename,
 * so a reader (or a crash) never sees half a file. Creates the folder when needed.
 */
export async function writeFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const dir = vscode.Uri.joinPath(uri, '..');
  await vscode.workspace.fs.createDirectory(dir);
  const tmp = vscode.Uri.joinPath(dir, `.${uri.path.split('/').pop()}.${Date.now().toString(36)}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
