import * as vscode from 'vscode';

/**
 * What the Actors and Forums trees share: a change event for refreshes, and a sort order mirrored in a
 * context key, so that the view's title menu shows the order not in effect.
 */
export abstract class SortedTree<T, S extends string> implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  protected constructor(
    private readonly contextKey: string,
    protected sort: S,
  ) {
    void vscode.commands.executeCommand('setContext', contextKey, sort);
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  setSort(sort: S): void {
    this.sort = sort;
    void vscode.commands.executeCommand('setContext', this.contextKey, sort);
    this.refresh();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
