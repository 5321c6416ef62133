// Throughput of extractDates alone: the seed articles, parsed once, extracted N times over.
//   npx tsx bench/dates-throughput.ts [repeats=200]
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../src/core/article';
import { extractDates } from '../src/core/dates/extractDates';

const repeats = Number(process.argv[2] ?? 200);
const dir = path.join(__dirname, '..', 'seeds');
const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => parseArticle(f, fs.readFileSync(path.join(dir, f), 'utf8')));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) * repeats;

// Warm up the JIT and chrono before timing.
for (let i = 0; i < Math.max(1, repeats / 4); i++) for (const a of articles) extractDates(a);
// CPU time as well as wall time: on a shared machine the wall clock says more about the neighbours.
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
let found = 0;
for (let i = 0; i < repeats; i++) for (const a of articles) found += extractDates(a).length;
const cpu = process.cpuUsage(c0);
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = bytes / 1e6;
console.log(`${mb.toFixed(2)} MB: ${(mb / wall).toFixed(1)} MB/s wall, ${(mb / cpuSeconds).toFixed(1)} MB/s cpu (${found} dates)`);
