// Worker thread for the parallel index build: reads and extracts the files it is sent, packs each article
// (`packArticle`: typed arrays, strings numbered in the worker's StringTable) and posts the packs with their buffers transferred, so the
// main thread neither clones an object per mention nor extracts anything: it only calls `index.setPacked`.
import { parentPort } from 'worker_threads';
import { KnowledgeBase } from '../src/core/knowledge';
import { packArticle, StringTable, type PackedArticle } from '../src/core/packedArticle';
import { extract } from '../src/core/pipeline';
import { readArticleFile } from '../src/node/files';

const t0 = performance.now();
const kb = KnowledgeBase.default();
// Strings are numbered across the worker's articles and each is posted once (see StringTable).
const strings = new StringTable();
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
    const p = packArticle(article, annotations, file, strings);
    packMs += performance.now() - t;
    packs.push(p);
    transfer.push(p.data.buffer as ArrayBuffer);
    if (typeof p.text !== 'string') transfer.push(p.text.buffer as ArrayBuffer);
  }
  parentPort!.postMessage({ packs, strings: strings.takeNew(), skipped, extractMs, packMs }, transfer);
});
