import * as fs from 'fs';
import * as path from 'path';
import { decodeRead, DEFAULT_MAX_ARTICLE_BYTES, NOT_A_FILE, type DecodeResult } from '../core/decode';

export const ARTICLE_EXTENSIONS = ['.txt'];

/** Expands files and folders into article files, sorted; paths that cannot be read are reported. */
export function collectArticleFiles(inputs: string[]): { files: string[]; missing: { path: string; reason: string }[] } {
  const files: string[] = [];
  const missing: { path: string; reason: string }[] = [];
  const walk = (p: string, explicit: boolean) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      missing.push({ path: p, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message });
      return;
    }
    if (st.isDirectory()) {
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch (e) {
        missing.push({ path: p, reason: `cannot list folder: ${(e as Error).message}` });
        return;
      }
      for (const e of entries) if (!e.startsWith('.')) walk(path.join(p, e), false);
    } else if (explicit || ARTICLE_EXTENSIONS.includes(path.extname(p).toLowerCase())) {
      files.push(p);
    }
  };
  for (const i of inputs) walk(i, true);
  return { files: [...new Set(files)], missing };
}

/** The CLI's read of an article: through `readChecked`, as the extraction worker reads. */
export function readArticleFile(file: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodeResult {
  let r: CheckedRead;
  try {
    r = readChecked(file, maxBytes);
  } catch (e) {
    return { ok: false, reason: `unreadable: ${(e as Error).message}` };
  }
  if (r.kind === 'directory') return { ok: false, reason: 'unreadable: a folder' };
  if (r.kind === 'other') return { ok: false, reason: NOT_A_FILE };
  return decodeRead(r.bytes, r.size, maxBytes);
}

/** Writes through a temporary file in the same folder and renames it, so a reader never sees half a file. */
export function writeFileAtomic(target: string, data: string): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

let replacements = 0;

/**
 * Writes `data` to `target` through a temporary file of its own beside it (two writes to one target may
 * overlap) and a rename, making the folder first: a reader never sees half a file. On failure the temporary
 * file goes and the error is thrown.
 */
export async function replaceFile(target: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${target}.${process.pid}.${++replacements}.tmp`;
  try {
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.writeFile(tmp, data);
    await fs.promises.rename(tmp, target);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** A file read as one: what it is, its size, and its bytes unless it is no regular file or over the limit. */
export interface CheckedRead {
  kind: 'file' | 'directory' | 'other';
  size: number;
  /** Null for a folder, a special file, or a file over the limit. */
  bytes: Uint8Array | null;
  /** Whether its size or modification time moved while it was read (a writer at work: read it again). */
  changed: boolean;
}

// A named pipe opened for reading waits for a writer: opened without waiting, fstat tells it from a file.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a file through one descriptor, synchronously (the extraction worker's reads, which hold no one up):
 * fstat, read, fstat, close. The second fstat sees a writer appending or truncating in place; a writer that
 * renames a new file over this one leaves what was read whole, and the watcher reports it. Throws what
 * opening throws (ENOENT for a missing file), but for a folder.
 */
export function readChecked(file: string, maxBytes: number): CheckedRead {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    // Windows does not open folders.
    if ((e as NodeJS.ErrnoException).code !== 'EISDIR') throw e;
    return { kind: 'directory', size: fs.statSync(file).size, bytes: null, changed: false };
  }
  try {
    const st = fs.fstatSync(fd);
    const kind = st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
    const out: CheckedRead = { kind, size: st.size, bytes: null, changed: false };
    if (kind !== 'file' || st.size > maxBytes) return out;
    const bytes = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < bytes.length) {
      const n = fs.readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    const after = fs.fstatSync(fd);
    out.bytes = got === bytes.length ? bytes : bytes.subarray(0, got);
    out.changed = after.size !== st.size || after.mtimeMs !== st.mtimeMs || got !== st.size;
    return out;
  } finally {
    fs.closeSync(fd);
  }
}

/** The disk, for the extension host to read and replace local files without vscode.workspace.fs (see src/vscode/workspaceFiles.ts). */
export const disk = {
  stat: (path: string) => fs.promises.stat(path),
  readFile: (path: string) => fs.promises.readFile(path),
  /** One rename(2): no moment without the target, unlike a delete and a move. */
  rename: (from: string, to: string) => fs.promises.rename(from, to),
};
