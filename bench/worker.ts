// Worker thread for the parallel index build: reads and extracts the files it is sent and posts back
// `{ name, article, annotations }` for the main thread's `index.setExtracted`.
import { parentPort } from 'worker_threads';
import type { IndexedArticle } from '../src/core/corpusIndex';
import { KnowledgeBase } from '../src/core/knowledge';
import { readArticleFile } from '../src/node/files';
import { extract } from '../src/core/pipeline';

const kb = KnowledgeBase.default();

parentPort!.on('message', (msg: { files: string[] }) => {
  const entries: IndexedArticle[] = [];
  let skipped = 0;
  for (const file of msg.files) {
    const r = readArticleFile(file);
    if (!r.ok) {
      skipped++;
      continue;
    }
    const name = file;
    const { article, annotations } = extract(name, r.text, kb);
    entries.push({ name, article, annotations });
  }
  parentPort!.postMessage({ entries, skipped });
});
