// Shared by the hostile-input and fuzz tests: span invariants, input generators and a linear-time check.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Article, ArticleAnnotations, Span } from '../../src/core/types';

export const SEEDS = path.join(__dirname, '..', '..', 'seeds');

/** The seeds' bodies (headers dropped), joined into one realistic article body. */
export function seedBody(): string {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8').replace(/^\s*date \S+\s*/, ''))
    .join('\n\n');
}

/** `unit` repeated to exactly `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function checkSpan(text: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets ${s.start}..${s.end}`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${what}: ${s.start}..${s.end} inside 0..${text.length}`);
}

function checkTextSpan(text: string, s: Span & { text: string }, what: string): void {
  checkSpan(text, s, what);
  assert.strictEqual(s.text, text.slice(s.start, s.end), `${what}: text is content.slice(start, end)`);
}

function checkOrdered(spans: readonly Span[], what: string, disjoint: boolean): void {
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1], spans[i]];
    assert.ok(a.start <= b.start, `${what} sorted by start: ${a.start} then ${b.start}`);
    if (disjoint) assert.ok(a.end <= b.start, `${what} do not overlap: ${a.start}..${a.end} and ${b.start}..${b.end}`);
  }
}

export function checkArticle(a: Article): void {
  if (a.header) checkSpan(a.text, a.header, 'header');
  for (const p of a.paragraphs) checkSpan(a.text, p, 'paragraph');
  for (const s of a.sentences) checkSpan(a.text, s, 'sentence');
  checkOrdered(a.paragraphs, 'paragraphs', true);
  checkOrdered(a.sentences, 'sentences', true);
}

/** Every span of every layer lies inside the text and quotes it exactly; actors and statements are ordered and disjoint. */
export function checkAnnotations(text: string, a: ArticleAnnotations): void {
  for (const m of a.actors) checkTextSpan(text, m, `actor ${m.id}`);
  for (const d of a.dates) checkTextSpan(text, d, `date ${d.value}`);
  for (const s of a.statements) {
    checkTextSpan(text, s, 'statement');
    if (s.cueSpan) checkSpan(text, s.cueSpan, 'statement cue');
  }
  for (const f of a.forums) for (const m of f.mentions) checkTextSpan(text, m, `forum ${f.id}`);
  checkOrdered(a.actors, 'actors', true);
  checkOrdered(a.dates, 'dates', true);
  checkOrdered(a.statements, 'statements', true);
}

/**
 * The fastest of a few runs, in ms of this process's CPU time: the minimum is the least disturbed by GC,
 * and CPU time leaves out the turns other processes take on a busy machine (wall time counted them).
 */
export function fastest(run: () => void, times = 3): number {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t = cpu();
    run();
    best = Math.min(best, cpu() - t);
  }
  return best;
}

/**
 * Asserts that work grows at most linearly: throughput (bytes/ms) at the large size is no worse than
 * the small size's divided by `factor`. Generous on purpose, so it flags quadratic growth, not noise.
 */
export function assertLinear(what: string, small: { bytes: number; ms: number }, large: { bytes: number; ms: number }, factor = 3): { small: number; large: number } {
  // A floor of 5 ms keeps a tiny, noisy small run from setting an impossible rate.
  const rate = (r: { bytes: number; ms: number }) => r.bytes / Math.max(r.ms, 5);
  const out = { small: rate(small), large: rate(large) };
  assert.ok(
    out.large * factor >= out.small,
    `${what}: ${(out.small / 1000).toFixed(1)} MB/s at ${small.bytes} B but ${(out.large / 1000).toFixed(1)} MB/s at ${large.bytes} B (${small.ms.toFixed(0)} ms, ${large.ms.toFixed(0)} ms)`,
  );
  return out;
}
