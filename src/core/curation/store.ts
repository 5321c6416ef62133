import { Emitter, type Event } from '../event';
import type { Disposable } from '../types';
import { affectedSources } from './apply';
import type { Problem } from './json';
import { ACTORS_FILE, ANNOTATIONS_FILE, emptyKnowledge, type Curation } from './model';
import { parseActorsFile, parseAnnotationsFile } from './parse';

export type CurationFile = typeof ACTORS_FILE | typeof ANNOTATIONS_FILE;

export interface CurationChange {
  file: CurationFile;
  before: Curation;
  after: Curation;
  /** Which articles may read differently now: all of them, or these sources. */
  affected: { all: boolean; sources: string[] };
}

/**
 * The curation in effect, fed the text of each .dossier file whenever it changes (a watcher, a
 * save, a write by Dossier). A file that cannot be read keeps its last good state in effect and is
 * marked not writable, so nothing overwrites what the user is in the middle of fixing.
 */
export class CurationStore implements Disposable {
  private state: Curation = { knowledge: emptyKnowledge(), annotations: [] };
  private readonly files = new Map<CurationFile, { problems: Problem[]; readable: boolean }>();
  private readonly changed = new Emitter<CurationChange>();
  readonly onDidChange: Event<CurationChange> = this.changed.event;

  get curation(): Curation {
    return this.state;
  }

  /** Takes a file's new text (undefined: the file does not exist) and returns its problems. */
  update(file: CurationFile, text: string | undefined): Problem[] {
    const before = this.state;
    let problems: Problem[];
    let after: Curation | undefined;
    if (file === ACTORS_FILE) {
      const parsed = parseActorsFile(text ?? '');
      problems = parsed.problems;
      if (parsed.ok) after = { ...before, knowledge: parsed.value };
    } else {
      const parsed = parseAnnotationsFile(text ?? '');
      problems = parsed.problems;
      if (parsed.ok) after = { ...before, annotations: parsed.value };
    }
    this.files.set(file, { problems, readable: !!after });
    if (after) {
      const affected = affectedSources(before, after);
      this.state = after;
      if (affected.all || affected.sources.length) this.changed.fire({ file, before, after, affected });
    }
    return problems;
  }

  problems(file: CurationFile): Problem[] {
    return this.files.get(file)?.problems ?? [];
  }

  /** False while the file's last text could not be read: Dossier must not write it then. */
  canWrite(file: CurationFile): boolean {
    return this.files.get(file)?.readable ?? true;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
