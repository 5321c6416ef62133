import * as assert from 'assert';
import { flattenSpans } from '../../src/core/spans';

type T = { start: number; end: number; t: string };
const flat = (xs: T[]) => flattenSpans(xs).map((x) => `${x.t}:${x.start}-${x.end}`);

describe('flattenSpans', () => {
  const cases: { name: string; input: T[]; want: string[] }[] = [
    { name: 'disjoint spans stay as they are', input: [{ start: 5, end: 8, t: 'b' }, { start: 0, end: 3, t: 'a' }], want: ['a:0-3', 'b:5-8'] },
    { name: 'an inner span splits the outer one', input: [{ start: 0, end: 20, t: 'q' }, { start: 5, end: 10, t: 'p' }], want: ['q:0-5', 'p:5-10', 'q:10-20'] },
    { name: 'two inner spans', input: [{ start: 0, end: 20, t: 'q' }, { start: 2, end: 4, t: 'a' }, { start: 10, end: 20, t: 'b' }], want: ['q:0-2', 'a:2-4', 'q:4-10', 'b:10-20'] },
    { name: 'a span crossing the end of another is cut, never duplicated', input: [{ start: 0, end: 10, t: 'x' }, { start: 5, end: 15, t: 'y' }], want: ['x:0-5', 'y:5-15'] },
    { name: 'empty spans are dropped', input: [{ start: 3, end: 3, t: 'e' }], want: [] },
  ];
  for (const c of cases) it(c.name, () => assert.deepStrictEqual(flat(c.input), c.want));
});
