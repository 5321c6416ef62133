// The worker thread behind ExtractionPool: extracts and packs the articles it is sent, and posts each back
// with its buffers transferred and the strings numbered since the last reply (see StringTable). The
// extension host then only links the pack into the index. A worker's knowledge data is its own.
import { parentPort } from 'worker_threads';
import { KnowledgeBase } from '../core/knowledge';
import { packArticle, StringTable } from '../core/packedArticle';
import { extract } from '../core/pipeline';
import type { ExtractionReply, ExtractionRequest } from './extractionPool';

const kb = KnowledgeBase.default();
const strings = new StringTable();

parentPort!.on('message', ({ id, name, text }: ExtractionRequest) => {
  try {
    const { article, annotations } = extract(name, text, kb);
    const packed = packArticle(article, annotations, name, strings);
    const transfer: ArrayBuffer[] = [packed.data.buffer as ArrayBuffer];
    if (typeof packed.text !== 'string') transfer.push(packed.text.buffer as ArrayBuffer);
    parentPort!.postMessage({ id, packed, strings: strings.takeNew() } satisfies ExtractionReply, transfer);
  } catch (e) {
    // Strings numbered before the failure still go out, or later replies would number past them.
    parentPort!.postMessage({ id, error: (e as Error).stack ?? String(e), strings: strings.takeNew() } satisfies ExtractionReply);
  }
});
