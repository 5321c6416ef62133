import type { Disposable } from './types';

export type Event<T> = (listener: (e: T) => void) => Disposable;

/** A minimal event emitter with the same shape as vscode.EventEmitter, so the core needs no editor. */
export class Emitter<T> implements Disposable {
  private listeners = new Set<(e: T) => void>();

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }

  dispose(): void {
    this.listeners.clear();
  }
}
