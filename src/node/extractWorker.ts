// The worker thread behind ExtractionPool: extracts the articles it is sent and posts the results back.
// A worker's knowledge data is its own, loaded once when it starts.
import { parentPort } from 'worker_threads';
import { KnowledgeBase } from '../core/knowledge';
import { extract } from '../core/pipeline';
import type { ExtractionRequest, ExtractionReply } from './extractionPool';

const kb = KnowledgeBase.default();

parentPort!.on('message', ({ id, name, text }: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id, extraction: extract(name, text, kb) };
  } catch (e) {
    reply = { id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
