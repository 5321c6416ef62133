// later(): the work activate() leaves for the next turn of the event loop (the index build, the curation files).
import * as assert from 'assert';
import { later } from '../../src/vscode/later';

const turn = () => new Promise((r) => setTimeout(r, 0));

describe('later()', () => {
  it('runs the work after the current turn, and done settles after it', async () => {
    const order: string[] = [];
    const l = later(async () => {
      order.push('work started');
      await turn();
      order.push('work ended');
    });
    order.push('returned');
    await l.done;
    order.push('done');
    assert.deepStrictEqual(order, ['returned', 'work started', 'work ended', 'done']);
  });

  it('never runs the work when disposed before it starts, and done still settles', async () => {
    let ran = false;
    const l = later(() => {
      ran = true;
    });
    l.dispose();
    await l.done;
    await turn();
    assert.strictEqual(ran, false);
  });

  it('lets the work finish when disposed after it started', async () => {
    let ended = false;
    const l = later(async () => {
      await turn();
      ended = true;
    });
    await turn();
    l.dispose();
    await l.done;
    assert.strictEqual(ended, true);
  });

  it('rejects done with the work\'s error', async () => {
    const l = later(() => {
      throw new Error('no folder');
    });
    await assert.rejects(l.done, /no folder/);
  });
});
