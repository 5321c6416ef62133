// The worker thread behind ExtractionPool: extracts and packs the articles it is sent (a batch a message), and
// posts them back in one message, buffers transferred, each with the strings numbered since the reply before
// (see StringTable). The extension host then only links the packs into the index. A worker's knowledge data is
// its own. Asked to read a file, it reads and decodes it too, and sends back only the text of an article whose
// key is known (the extension host takes the extraction cache's copy).
import { parentPort } from 'worker_threads';
import { decodeRead, NOT_A_FILE } from '../core/decode';
import { KnowledgeBase } from '../core/knowledge';
import { encodeText, packArticle, StringTable, type PackedArticle } from '../core/packedArticle';
import { extract } from '../core/pipeline';
import { BATCH_CHARS, type ExtractionReply, type ExtractionRequest, type ReadOutcome, type WorkerMessage, type WorkerReplies } from './extractionPool';
import { readChecked, type CheckedRead } from './files';
import { textKey } from './textKey';

const kb = KnowledgeBase.default();
const strings = new StringTable();
let known = new Set<string>();

function packed(name: string, text: string, transfer: ArrayBuffer[]): PackedArticle {
  const { article, annotations } = extract(name, text, kb);
  const p = packArticle(article, annotations, name, strings);
  transfer.push(p.data.buffer as ArrayBuffer);
  if (typeof p.text !== 'string') transfer.push(p.text.buffer as ArrayBuffer);
  return p;
}

/** Reads, decodes and (unless its key is known) extracts a file: synchronously, as this thread holds no one up. */
function readFile(file: string, name: string, maxBytes: number, transfer: ArrayBuffer[]): { read: ReadOutcome; packed?: PackedArticle } {
  let r: CheckedRead;
  try {
    r = readChecked(file, maxBytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { read: { kind: 'missing' } };
    return { read: { kind: 'skipped', reason: `unreadable (${(e as Error).message})`, changed: false } };
  }
  const { changed } = r;
  if (r.kind === 'directory') return { read: { kind: 'directory' } };
  if (r.kind === 'other') return { read: { kind: 'skipped', reason: NOT_A_FILE, changed } };
  const decoded = decodeRead(r.bytes, r.size, maxBytes);
  if (!decoded.ok) return { read: { kind: 'skipped', reason: decoded.reason, changed } };
  const key = textKey(decoded.text);
  if (known.has(key)) {
    // As the index keeps it (UTF-8 bytes beyond Latin-1): encoded here, not on the extension host.
    const text = encodeText(decoded.text);
    if (typeof text !== 'string') transfer.push(text.buffer as ArrayBuffer);
    return { read: { kind: 'known', key, text, changed, note: decoded.note } };
  }
  return { read: { kind: 'extracted', key, changed, note: decoded.note }, packed: packed(name, decoded.text, transfer) };
}

parentPort!.on('message', (message: WorkerMessage) => {
  if (!Array.isArray(message)) {
    known = new Set(message.knownKeys);
    return;
  }
  let replies: ExtractionReply[] = [];
  let transfer: ArrayBuffer[] = [];
  let chars = 0;
  const jobs = message as ExtractionRequest[];
  for (let k = 0; k < jobs.length; k++) {
    const job = jobs[k];
    let reply: ExtractionReply;
    try {
      if ('file' in job) reply = { id: job.id, ...readFile(job.file, job.name, job.maxBytes, transfer), strings: strings.takeNew() };
      else reply = { id: job.id, packed: packed(job.name, job.text, transfer), strings: strings.takeNew() };
    } catch (e) {
      // Strings numbered before the failure still go out, or later replies would number past them.
      reply = { id: job.id, error: (e as Error).stack ?? String(e), strings: strings.takeNew() };
    }
    replies.push(reply);
    chars += textLength(reply);
    // One message for the batch (see ExtractionPool), its buffers transferred; a part of it once it holds BATCH_CHARS of text.
    const last = k === jobs.length - 1;
    if (last || chars >= BATCH_CHARS) {
      parentPort!.postMessage({ replies, last } satisfies WorkerReplies, transfer);
      replies = [];
      transfer = [];
      chars = 0;
    }
  }
});

/** The length of the text a reply carries (an extraction's or a known article's), in characters or bytes. */
function textLength(reply: ExtractionReply): number {
  const text = 'packed' in reply && reply.packed ? reply.packed.text : 'read' in reply && reply.read.kind === 'known' ? reply.read.text : '';
  return text.length;
}
