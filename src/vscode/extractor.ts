import type { KnowledgeBase } from '../core/knowledge';
import { extract, type Extraction } from '../core/pipeline';

/** Where articles read from disk are extracted: on the extension host's thread, or in a worker thread. */
export interface Extractor {
  /** 'worker' or 'in-thread', for the log and the tests. */
  readonly kind: string;
  /** Articles extracted so far, by this extractor. */
  readonly extracted: number;
  extract(name: string, text: string): Promise<Extraction>;
  dispose(): void;
}

/** Extraction on the calling thread: in the browser (vscode.dev), and wherever a worker cannot start. */
export class InThreadExtractor implements Extractor {
  readonly kind = 'in-thread';
  extracted = 0;

  constructor(private readonly kb: () => KnowledgeBase) {}

  extract(name: string, text: string): Promise<Extraction> {
    this.extracted++;
    return Promise.resolve(extract(name, text, this.kb()));
  }

  dispose(): void {}
}
