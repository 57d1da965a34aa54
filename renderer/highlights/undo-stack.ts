/**
 * Undo and redo as plain data: a stack of past changes and a stack of undone ones. Knows nothing
 * about annotations or the API, so the rules (a new change clears redo, a failed step is dropped,
 * the history has a limit) are unit-tested on their own; use-annotations.ts runs the steps.
 */

export class UndoStack<E> {
  private past: E[] = [];
  private future: E[] = [];
  private readonly limit: number;

  constructor(limit = 200) {
    this.limit = Math.max(1, limit);
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Records a change that was just made. Anything undone before it can no longer be redone. */
  push(entry: E): void {
    this.past.push(entry);
    if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
    this.future = [];
  }

  /** The change to take back, moved to the redo side; undefined when there is none. */
  undo(): E | undefined {
    const entry = this.past.pop();
    if (entry !== undefined) this.future.push(entry);
    return entry;
  }

  /** The change to make again, moved back to the undo side; undefined when there is none. */
  redo(): E | undefined {
    const entry = this.future.pop();
    if (entry !== undefined) this.past.push(entry);
    return entry;
  }

  /** Forgets one entry (its step failed and cannot be repeated sensibly). */
  discard(entry: E): void {
    this.past = this.past.filter((e) => e !== entry);
    this.future = this.future.filter((e) => e !== entry);
  }

  /** Replaces entries in place, e.g. when a restored annotation comes back with fresh selectors. */
  map(update: (entry: E) => E): void {
    this.past = this.past.map(update);
    this.future = this.future.map(update);
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }

  /** Oldest first; for tests and debugging. */
  snapshot(): { past: readonly E[]; future: readonly E[] } {
    return { past: [...this.past], future: [...this.future] };
  }
}
