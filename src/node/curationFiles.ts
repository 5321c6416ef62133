// The .dossier folder on disk (CLI and tests; the extension reads it through vscode.workspace.fs).
import * as fs from 'fs';
import * as path from 'path';
import { ACTORS_FILE, ANNOTATIONS_FILE, type Curation, type CurationFile, type Edit, type Problem, parseActorsFile, parseAnnotationsFile, emptyCuration } from '../core/curation';
import { writeFileAtomic } from './files';

export interface CurationFolder {
  /** The folder read ("…/.dossier"). */
  dir: string;
  curation: Curation;
  /** Problems per file path; a file with an error contributes nothing. */
  problems: { file: string; problems: Problem[] }[];
  /** Whether any file could not be used. */
  failed: boolean;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Reads a .dossier folder; a missing folder or file is an empty curation. */
export function readCurationFolder(dir: string): CurationFolder {
  const curation = emptyCuration();
  const problems: CurationFolder['problems'] = [];
  let failed = false;
  const note = (file: string, ps: Problem[], ok: boolean) => {
    if (ps.length) problems.push({ file, problems: ps });
    if (!ok) failed = true;
  };
  for (const [name, read] of [
    [ACTORS_FILE, (t: string) => parseActorsFile(t)],
    [ANNOTATIONS_FILE, (t: string) => parseAnnotationsFile(t)],
  ] as const) {
    const file = path.join(dir, name);
    let text: string | undefined;
    try {
      text = readText(file);
    } catch (e) {
      note(file, [{ message: `cannot read: ${(e as Error).message}`, severity: 'error', start: 0, end: 0, line: 1, column: 1 }], false);
      continue;
    }
    if (text === undefined) continue;
    const parsed = read(text);
    note(file, parsed.problems, parsed.ok);
    if (!parsed.ok) continue;
    if (name === ACTORS_FILE) curation.knowledge = parsed.value as Curation['knowledge'];
    else curation.annotations = parsed.value as Curation['annotations'];
  }
  return { dir, curation, problems, failed };
}

/**
 * Reads a curation file, applies an edit to its text and writes the result atomically, creating
 * the folder if needed. A file that cannot be read is left untouched and the edit's problems returned.
 */
export function editCurationFile(dir: string, file: CurationFile, edit: (current: string) => Edit): Edit {
  const target = path.join(dir, file);
  const result = edit(readText(target) ?? '');
  if (!result.ok) return result;
  fs.mkdirSync(dir, { recursive: true });
  writeFileAtomic(target, result.text);
  return result;
}

/** "file:line:column: severity: message", as compilers print it, for the command line. */
export function formatProblem(file: string, p: Problem): string {
  return `${file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}
