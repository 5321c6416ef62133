import * as fs from 'fs';
import * as path from 'path';
import { decodeArticle, DEFAULT_MAX_ARTICLE_BYTES, tooLarge, type DecodeResult } from '../core/decode';

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

export function readArticleFile(file: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodeResult {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) return tooLarge(size, maxBytes);
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: `unreadable: ${(e as Error).message}` };
  }
  return decodeArticle(bytes, maxBytes);
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

/** The disk, for the extension host to read and replace local files without vscode.workspace.fs (see src/vscode/workspaceFiles.ts). */
export const disk = {
  stat: (path: string) => fs.promises.stat(path),
  readFile: (path: string) => fs.promises.readFile(path),
  /** One rename(2): no moment without the target, unlike a delete and a move. */
  rename: (from: string, to: string) => fs.promises.rename(from, to),
};
