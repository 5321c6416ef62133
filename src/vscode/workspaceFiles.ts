import * as vscode from 'vscode';

type Replace = (from: vscode.Uri, to: vscode.Uri) => Promise<void>;

/**
 * vscode.workspace.fs's overwriting rename deletes the target before it moves the new file in: a reader
 * in between finds no file, and a crash there leaves only the temporary one. The desktop host replaces
 * local files with the system's own rename instead (`useReplace`), which is one step.
 */
let replace: Replace = (from, to) => Promise.resolve(vscode.workspace.fs.rename(from, to, { overwrite: true }));

/** Sets how a written temporary file replaces its target (see `replace`). */
export function useReplace(fn: Replace): void {
  replace = fn;
}

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
    await replace(tmp, uri);
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
