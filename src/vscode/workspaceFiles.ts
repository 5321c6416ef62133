import * as vscode from 'vscode';

/** How the extension reads and replaces workspace files: vscode.workspace.fs, or on the desktop the disk itself for local files (`useLocalDisk`). */
export interface FileAccess {
  stat(uri: vscode.Uri): Thenable<vscode.FileStat>;
  readFile(uri: vscode.Uri): Thenable<Uint8Array>;
  /**
   * A file's stat and bytes read as one (`bytes` null for a folder, a special file or one over `maxBytes`),
   * and whether its size or time moved meanwhile (`changed`: a writer at work).
   */
  readChecked(uri: vscode.Uri, maxBytes: number): Thenable<{ stat: vscode.FileStat; bytes: Uint8Array | null; changed: boolean }>;
  /** Moves `from` over `to`. */
  replace(from: vscode.Uri, to: vscode.Uri): Thenable<void>;
}

/** The calls of Node's fs/promises that `useLocalDisk` needs. */
export interface LocalDisk {
  stat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean; mtimeMs: number; ctimeMs: number; size: number }>;
  readFile(path: string): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
}

/**
 * Every call of vscode.workspace.fs is a round trip to the window (measured in code-server: 4-5 ms each one
 * at a time, 0.7-1 ms with eight in flight), three a file when the index reads it; and its overwriting rename
 * deletes the target before it moves the new file in, so a reader in between finds no file and a crash there
 * leaves only the temporary one. The desktop host uses the disk itself for local files (file: URIs): reads
 * without a round trip, and one rename(2). Other schemes, and the browser, keep vscode.workspace.fs.
 */
export const fileAccess: FileAccess = {
  stat: (uri) => vscode.workspace.fs.stat(uri),
  readFile: (uri) => vscode.workspace.fs.readFile(uri),
  readChecked: async (uri, maxBytes) => {
    const stat = await fileAccess.stat(uri);
    if (!(stat.type & vscode.FileType.File) || stat.size > maxBytes) return { stat, bytes: null, changed: false };
    const bytes = await fileAccess.readFile(uri);
    // Gone since: what was read stands, as a read that ended first would have.
    const now = await fileAccess.stat(uri).then((s) => s, () => stat);
    return { stat, bytes, changed: now.mtime !== stat.mtime || now.size !== stat.size };
  },
  replace: (from, to) => vscode.workspace.fs.rename(from, to, { overwrite: true }),
};

let localDisk = false;

/** Whether `uri` is read from the disk itself (`useLocalDisk`), so that a worker thread may read it too. */
export function onLocalDisk(uri: vscode.Uri): boolean {
  return localDisk && uri.scheme === 'file';
}

/** Uses `disk` for local files (errors as vscode.workspace.fs gives them: FileNotFound for a missing one). */
export function useLocalDisk(disk: LocalDisk): void {
  localDisk = true;
  const remote = { ...fileAccess };
  const local = <T>(uri: vscode.Uri, run: (path: string) => Promise<T>): Promise<T> =>
    run(uri.fsPath).catch((e: NodeJS.ErrnoException) => {
      throw e.code === 'ENOENT' || e.code === 'ENOTDIR' ? vscode.FileSystemError.FileNotFound(uri) : e.code === 'EISDIR' ? vscode.FileSystemError.FileIsADirectory(uri) : e;
    });
  fileAccess.stat = (uri) =>
    uri.scheme !== 'file'
      ? remote.stat(uri)
      : local(uri, async (path) => {
          const st = await disk.stat(path);
          // Links are followed, as the index reads what they point to.
          const type = st.isFile() ? vscode.FileType.File : st.isDirectory() ? vscode.FileType.Directory : vscode.FileType.Unknown;
          return { type, ctime: st.ctimeMs, mtime: st.mtimeMs, size: st.size };
        });
  fileAccess.readFile = (uri) => (uri.scheme !== 'file' ? remote.readFile(uri) : local(uri, (path) => disk.readFile(path)));
  fileAccess.replace = (from, to) => (from.scheme !== 'file' || to.scheme !== 'file' ? remote.replace(from, to) : local(from, (path) => disk.rename(path, to.fsPath)));
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
    await fileAccess.replace(tmp, uri);
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
