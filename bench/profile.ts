// Reads a .cpuprofile of the bundled bench and names its hotspots by function and by source file
// (the unminified bundle marks where each module starts with a `// src/...` comment).
import * as fs from 'fs';
import { SourceMap } from 'module';
import * as path from 'path';
import { fileURLToPath } from 'url';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const moduleStarts = new Map<string, { line: number; file: string }[]>();
const maps = new Map<string, SourceMap | null>();
const REPO = path.resolve(__dirname, '..');

/** `src/core/x.ts:LINE` through the bundle's source map, or null without one. */
function original(url: string, line: number, column: number): string | null {
  if (!url.startsWith('file:')) return null;
  const file = fileURLToPath(url);
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  const entry = maps.get(file)?.findEntry(line, column) as { originalSource?: string; originalLine?: number } | undefined;
  if (!entry?.originalSource) return null;
  const src = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource);
  const rel = path.relative(REPO, src).replace(/^node_modules\/([^/]+)\/.*$/, 'node_modules/$1');
  return rel.startsWith('node_modules/') ? rel : `${rel}:${(entry.originalLine ?? 0) + 1}`;
}

function sourceOf(url: string, line: number): string {
  if (!url) return '(native)';
  if (!url.startsWith('file:')) return url;
  const file = fileURLToPath(url);
  let starts = moduleStarts.get(file);
  if (!starts) {
    starts = [];
    try {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((l, i) => {
        const m = /^\/\/ ((?:src|bench|node_modules)\/\S+)$/.exec(l);
        if (m) starts!.push({ line: i, file: m[1] });
      });
    } catch {
      // not readable: keep the url
    }
    moduleStarts.set(file, starts);
  }
  let best = file.split('/').slice(-2).join('/');
  for (const s of starts) if (s.line <= line) best = s.file;
  return best.replace(/^node_modules\/([^/]+)\/.*$/, 'node_modules/$1');
}

export interface Hotspot {
  fn: string;
  source: string;
  selfMs: number;
  selfPct: number;
  totalMs: number;
  totalPct: number;
}

export function summarize(profileFile: string, top = 15): { totalMs: number; bySelf: Hotspot[]; byTotal: Hotspot[]; byFile: { source: string; selfMs: number; selfPct: number }[] } {
  const p = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const where = (n: Node) => original(n.callFrame.url, n.callFrame.lineNumber, n.callFrame.columnNumber) ?? `${sourceOf(n.callFrame.url, n.callFrame.lineNumber)}:${n.callFrame.lineNumber + 1}`;
  const key = (n: Node) => `${n.callFrame.functionName || '(anonymous)'}\u0000${where(n)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const files = new Map<string, number>();
  let all = 0;
  p.samples.forEach((leaf, i) => {
    const dt = (p.timeDeltas[i + 1] ?? p.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(leaf)!;
    const name = n.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
      if (name === '(garbage collector)') {
        self.set(`(garbage collector)\u0000(native)`, (self.get(`(garbage collector)\u0000(native)`) ?? 0) + dt);
        files.set('(garbage collector)', (files.get('(garbage collector)') ?? 0) + dt);
        all += dt;
      }
      return;
    }
    all += dt;
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    const src = where(n).replace(/:\d+$/, '');
    files.set(src, (files.get(src) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const spot = (k: string): Hotspot => {
    const [fn, source] = k.split('\u0000');
    const s = self.get(k) ?? 0;
    const t = total.get(k) ?? s;
    return { fn, source, selfMs: round(s), selfPct: round((100 * s) / all), totalMs: round(t), totalPct: round((100 * t) / all) };
  };
  const bySelf = [...self.keys()].sort((a, b) => self.get(b)! - self.get(a)!).slice(0, top).map(spot);
  const byTotal = [...total.keys()]
    .filter((k) => !k.startsWith('(root)') && !k.startsWith('(anonymous)\u0000bench/'))
    .sort((a, b) => total.get(b)! - total.get(a)!)
    .slice(0, top * 2)
    .map(spot);
  const byFile = [...files].sort((a, b) => b[1] - a[1]).slice(0, top).map(([source, ms]) => ({ source, selfMs: round(ms), selfPct: round((100 * ms) / all) }));
  return { totalMs: round(all), bySelf, byTotal, byFile };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

export function profileMarkdown(title: string, s: ReturnType<typeof summarize>): string {
  const lines = [`### ${title} (${s.totalMs} ms sampled)`, '', '| self ms | self % | total % | function | source |', '|---:|---:|---:|---|---|'];
  for (const h of s.bySelf) lines.push(`| ${h.selfMs} | ${h.selfPct} | ${h.totalPct} | \`${h.fn}\` | ${h.source} |`);
  lines.push('', '| total ms | total % | function (inclusive) | source |', '|---:|---:|---|---|');
  for (const h of s.byTotal) lines.push(`| ${h.totalMs} | ${h.totalPct} | \`${h.fn}\` | ${h.source} |`);
  lines.push('', '| self ms | self % | source file |', '|---:|---:|---|');
  for (const f of s.byFile) lines.push(`| ${f.selfMs} | ${f.selfPct} | ${f.source} |`);
  return lines.join('\n');
}

if (require.main === module && /profile\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
  for (const f of process.argv.slice(2)) console.log(profileMarkdown(f, summarize(f)), '\n');
}
