// Worker thread for the parallel index build: reads and extracts the files it is sent, packs each article
// (`packArticle`: typed arrays and a string table) and posts the packs with their buffers transferred, so the
// main thread neither clones an object per mention nor extracts anything: it only calls `index.setPacked`.
import { parentPort } from 'worker_threads';
import { KnowledgeBase } from '../src/core/knowledge';
import { packArticle, type PackedArticle } from '../src/core/packedArticle';
import { extract } from '../src/core/pipeline';
import { readArticleFile } from '../src/node/files';

const t0 = performance.now();
const kb = KnowledgeBase.default();
parentPort!.postMessage({ ready: performance.now() - t0 });

parentPort!.on('message', (msg: { files: string[] }) => {
  const packs: PackedArticle[] = [];
  const transfer: ArrayBuffer[] = [];
  let skipped = 0;
  let extractMs = 0;
  let packMs = 0;
  for (const file of msg.files) {
    const r = readArticleFile(file);
    if (!r.ok) {
      skipped++;
      continue;
    }
    let t = performance.now();
    const { article, annotations } = extract(file, r.text, kb);
    extractMs += performance.now() - t;
    t = performance.now();
    const p = packArticle(article, annotations, file);
    packMs += performance.now() - t;
    packs.push(p);
    transfer.push(p.data.buffer as ArrayBuffer);
    if (typeof p.text !== 'string') transfer.push(p.text.buffer as ArrayBuffer);
  }
  parentPort!.postMessage({ packs, skipped, extractMs, packMs }, transfer);
});
