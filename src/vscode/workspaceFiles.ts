import * as vscode from 'vscode';

type Replace = (from: vscode.Uri, to: vscode.Uri) => Promise<void>;

/** What the index reads articles with: vscode.workspace.fs, or on the desktop the disk itself for local files (`useLocalFiles`). */
export interface ArticleFiles {
  stat(uri: vscode.Uri): Thenable<vscode.FileStat>;
  readFile(uri: vscode.Uri): Thenable<Uint8Array>;
}

/** The calls of Node's fs/promises that `useLocalFiles` needs. */
export interface LocalDisk {
  stat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean; mtimeMs: number; ctimeMs: number; size: number }>;
  readFile(path: string): Promise<Uint8Array>;
}

/**
 * Every call of vscode.workspace.fs is a round trip to the window (measured in code-server: 4-5 ms each one
 * at a time, 0.7-1 ms with eight in flight), three a file when the index reads it. The desktop host reads
 * local files (file: URIs) from disk itself; other schemes, and the browser, keep vscode.workspace.fs.
 */
export const articleFiles: ArticleFiles = {
  stat: (uri) => vscode.workspace.fs.stat(uri),
  readFile: (uri) => vscode.workspace.fs.readFile(uri),
};

/** Reads local files from `disk` (errors as vscode.workspace.fs gives them: FileNotFound for a missing one). */
export function useLocalFiles(disk: LocalDisk): void {
  const local = <T>(uri: vscode.Uri, read: (path: string) => Promise<T>, fallback: () => Thenable<T>): Thenable<T> =>
    uri.scheme !== 'file'
      ? fallback()
      : read(uri.fsPath).catch((e: NodeJS.ErrnoException) => {
          throw e.code === 'ENOENT' || e.code === 'ENOTDIR' ? vscode.FileSystemError.FileNotFound(uri) : e.code === 'EISDIR' ? vscode.FileSystemError.FileIsADirectory(uri) : e;
        });
  articleFiles.stat = (uri) =>
    local(
      uri,
      async (path) => {
        const st = await disk.stat(path);
        // Links are followed, as the index reads what they point to.
        const type = st.isFile() ? vscode.FileType.File : st.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown;
        return { type, ctime: st.ctimeMs, mtime: st.mtimeMs, size: st.size };
      },
      () => vscode.workspace.fs.stat(uri),
    );
  articleFiles.readFile = (uri) => local(uri, (path) => disk.readFile(path), () => vscode.workspace.fs.readFile(uri));
}

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
