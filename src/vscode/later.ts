import type * as vscode from 'vscode';

/**
 * Runs `work` on a later turn of the event loop, so that activate() returns before it starts: reading the
 * configuration and files, file searches and watchers are round trips to the main process, which took
 * 5-20 ms of activation in the real host when made from inside activate(). `done` settles after the work, or
 * at once when disposed before it started (the work is then never run).
 */
export function later(work: () => Promise<void> | void): vscode.Disposable & { done: Promise<void> } {
  let cancel!: () => void;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<void>((resolve, reject) => {
    cancel = resolve;
    timer = setTimeout(() => {
      timer = undefined;
      Promise.resolve()
        .then(work)
        .then(resolve, reject);
    }, 0);
  });
  return {
    done,
    dispose: () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      cancel();
    },
  };
}
