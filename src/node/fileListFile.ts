// The files the last build found, kept in the extension's workspace storage (see FileListStore).
import * as fs from 'fs';
import { replaceFile } from './files';
import type { FileListStore } from '../vscode/articleWorkspace';

/** A list longer than this is not read (some 2 million paths): a file this large was not written by Dossier. */
const MAX_BYTES = 128 * 1024 * 1024;
const VERSION = 1;

export class FileListFile implements FileListStore {
  constructor(
    readonly file: string,
    private readonly log: (level: 'info' | 'warn', message: string) => void,
  ) {}

  async read(key: string): Promise<string[] | undefined> {
    let text: string;
    try {
      const size = (await fs.promises.stat(this.file)).size;
      if (size > MAX_BYTES) {
        this.log('warn', `List of the last build's files not read: ${size} bytes is more than ${MAX_BYTES}`);
        return undefined;
      }
      text = await fs.promises.readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.log('warn', `List of the last build's files not read (${(e as Error).message})`);
      return undefined;
    }
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch (e) {
      this.log('info', `List of the last build's files not used (${(e as Error).message})`);
      return undefined;
    }
    const { version, key: listKey, files } = (list ?? {}) as { version?: unknown; key?: unknown; files?: unknown };
    if (version !== VERSION || listKey !== key) return undefined;
    if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) {
      this.log('info', 'List of the last build\'s files not used (malformed)');
      return undefined;
    }
    return files as string[];
  }

  async write(key: string, files: readonly string[]): Promise<void> {
    // A rebuild's write may overlap this one's: replaceFile writes each through a temporary file of its own.
    await replaceFile(this.file, JSON.stringify({ version: VERSION, key, files })).catch((e) =>
      this.log('warn', `List of the last build's files not written (${(e as Error).message})`),
    );
  }
}
