// The worker thread behind ExtractionPool: extracts and packs the articles it is sent (a batch a message), and
// posts them back in one message, buffers transferred, each with the strings numbered since the reply before
// (see StringTable). The extension host then only links the packs into the index. A worker's knowledge data is its own.
import { parentPort } from 'worker_threads';
import { KnowledgeBase } from '../core/knowledge';
import { packArticle, StringTable } from '../core/packedArticle';
import { extract } from '../core/pipeline';
import type { ExtractionReply, ExtractionRequest } from './extractionPool';

const kb = KnowledgeBase.default();
const strings = new StringTable();

parentPort!.on('message', (batch: ExtractionRequest[]) => {
  const replies: ExtractionReply[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const { id, name, text } of batch) {
    try {
      const { article, annotations } = extract(name, text, kb);
      const packed = packArticle(article, annotations, name, strings);
      transfer.push(packed.data.buffer as ArrayBuffer);
      if (typeof packed.text !== 'string') transfer.push(packed.text.buffer as ArrayBuffer);
      replies.push({ id, packed, strings: strings.takeNew() });
    } catch (e) {
      // Strings numbered before the failure still go out, or later replies would number past them.
      replies.push({ id, error: (e as Error).stack ?? String(e), strings: strings.takeNew() });
    }
  }
  // One message for the batch (see ExtractionPool), its buffers transferred.
  parentPort!.postMessage(replies, transfer);
});
