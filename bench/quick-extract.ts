// A quick extraction-throughput check for iterating on the extractors (bench/run.ts is the full bench):
// extract() and each phase over the 1,000-article corpus plus the seeds, beside chrono.parse alone on the
// same text in the same process. Warm-up, then the median of --rounds passes; each phase is timed apart.
// Compare the ratio to chrono rather than absolute figures on a shared machine, or use --clock cpu.
//
//   npx tsx bench/quick-extract.ts [--dir bench/corpus/1000] [--rounds 3] [--clock wall|cpu] [--only pipeline]
//   (bundled, as bench/run.ts runs it:  npx esbuild bench/quick-extract.ts --bundle --platform=node --outfile=/tmp/qe.js && node /tmp/qe.js)
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as chrono from 'chrono-node';
import { parseArticle } from '../src/core/article';
import { extractActors } from '../src/core/actors/extractActors';
import { extractDates } from '../src/core/dates/extractDates';
import { extractForums } from '../src/core/forums/extractForums';
import { KnowledgeBase } from '../src/core/knowledge';
import { extract } from '../src/core/pipeline';
import { extractStatements } from '../src/core/statements/extractStatements';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = opt('dir', 'bench/corpus/1000');
const rounds = +opt('rounds', '3');
// --only pipeline: just extract() (for a CPU profile of the pipeline alone).
const only = opt('only', '');

const read = (d: string) =>
  fs
    .readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(d, f), 'utf8') }));
const docs = [...read(dir), ...read('seeds')];
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
const kb = KnowledgeBase.default();
const refDate = (text: string) => {
  const m = /^\s*date (\d{4}-\d{2}-\d{2})/.exec(text);
  return m ? new Date(`${m[1]}T12:00:00Z`) : new Date(Date.UTC(2021, 0, 1, 12));
};

// On a shared machine wall time counts the other processes' turns too: --clock cpu counts this process's CPU time only.
const cpuClock = opt('clock', 'wall') === 'cpu';
const now = () => {
  if (!cpuClock) return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function median(fn: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = now();
    fn();
    ms.push(now() - t);
  }
  return ms.sort((a, b) => a - b)[ms.length >> 1];
}

for (const d of docs.slice(0, 300)) {
  extract(d.name, d.text, kb);
  chrono.parse(d.text, refDate(d.text));
}
const pipelineMs = median(() => {
  for (const d of docs) extract(d.name, d.text, kb);
});
if (only === 'pipeline') {
  console.log(`extract() ${(bytes / 1e6 / (pipelineMs / 1000)).toFixed(2)} MB/s`);
  process.exit(0);
}
const chronoMs = median(() => {
  for (const d of docs) chrono.parse(d.text, refDate(d.text));
});

// Per phase: each phase is timed apart, over inputs the earlier phases computed once.
const phase = { parse: 0, actors: 0, dates: 0, statements: 0, forums: 0 };
const perPhase = () => {
  for (const d of docs) {
    let t = now();
    const article = parseArticle(d.name, d.text);
    let u = now();
    phase.parse += u - t;
    const actors = extractActors(article, kb);
    t = now();
    phase.actors += t - u;
    const dates = extractDates(article);
    u = now();
    phase.dates += u - t;
    const statements = extractStatements(article, actors);
    t = now();
    phase.statements += t - u;
    extractForums(article, actors, dates, statements);
    phase.forums += now() - t;
  }
};
perPhase();
for (const k of Object.keys(phase) as (keyof typeof phase)[]) phase[k] = 0;
for (let i = 0; i < rounds; i++) perPhase();

// extract() again, after every path has been optimised: a first pass that is much slower means JIT warm-up.
const pipelineMs2 = median(() => {
  for (const d of docs) extract(d.name, d.text, kb);
});

const MBs = (ms: number) => bytes / 1e6 / (ms / 1000);
console.log(`${docs.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${cpuClock ? 'CPU' : 'wall'} time, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`extract()     ${pipelineMs.toFixed(0).padStart(6)} ms  ${MBs(pipelineMs).toFixed(2).padStart(7)} MB/s`);
console.log(`extract() again ${pipelineMs2.toFixed(0).padStart(4)} ms  ${MBs(pipelineMs2).toFixed(2).padStart(7)} MB/s`);
console.log(`chrono.parse  ${chronoMs.toFixed(0).padStart(6)} ms  ${MBs(chronoMs).toFixed(2).padStart(7)} MB/s`);
console.log(`ratio         ${(chronoMs / pipelineMs).toFixed(2)}x chrono`);
for (const [k, ms] of Object.entries(phase)) {
  const per = ms / rounds;
  console.log(`  ${k.padEnd(11)} ${per.toFixed(0).padStart(6)} ms  ${MBs(per).toFixed(2).padStart(7)} MB/s`);
}
