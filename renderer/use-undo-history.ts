/**
 * One history of the library's undoable changes — articles moved to the trash, a bulk tag change,
 * a tag renamed, merged or deleted on the tags page — so Ctrl+Z (Cmd+Z) in the library and on the
 * tags page takes back the most recent one, whichever view made it, just as the Undo button of its
 * toast does. Each change brings its own undo step (which says how it went in a toast of its own);
 * this module keeps the order, shows the toast with Undo, takes that toast away once the change is
 * undone, and runs each step at most once (a click on Undo and a Ctrl+Z cannot both restore).
 * The reader keeps its own history for highlights (highlights/undo-stack.ts).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Translator } from '../shared/i18n/index.js';
import type { ToastData } from './components/toast.js';

/** A change on the history; returned by `record`. */
export interface UndoHandle {
  /** Shows `message` with an Undo button for this change, unless it has been undone already. */
  offer(message: string): void;
  /** The change itself failed: there is nothing to undo. */
  drop(): void;
  /** Whether it was undone; a quick Ctrl+Z can come before the change's own answer. */
  readonly undone: boolean;
}

export interface UndoHistory {
  /** Puts a change on the history; `undo` takes it back and reports the outcome itself. */
  record(undo: () => Promise<void>): UndoHandle;
  /** Undoes the most recent change still on the history (Ctrl+Z); nothing when there is none. */
  undoLast(): void;
  /** How many undos have finished: views showing library data (the tags page) reload when it changes. */
  undoneCount: number;
}

interface Entry {
  undo: () => Promise<void>;
  toastId: number | null;
  undone: boolean;
}

/** Older changes than this many back can no longer be undone with Ctrl+Z. */
const LIMIT = 100;

interface Options {
  /** Shows a toast and returns its id. */
  showToast: (toast: Omit<ToastData, 'id'>) => number;
  dismissToast: (id: number) => void;
  tr: Translator;
}

export function useUndoHistory({ showToast, dismissToast, tr }: Options): UndoHistory {
  const entries = useRef<Entry[]>([]);
  const [undoneCount, setUndoneCount] = useState(0);

  const forget = useCallback((entry: Entry) => {
    entries.current = entries.current.filter((other) => other !== entry);
  }, []);

  const run = useCallback(
    (entry: Entry) => {
      if (entry.undone) return;
      entry.undone = true;
      forget(entry);
      // The toast that offered this Undo goes away now (its outcome toast follows), so it cannot be pressed twice.
      if (entry.toastId !== null) dismissToast(entry.toastId);
      // A step reports its own failure; a throw here must not leave the history stuck.
      void Promise.resolve()
        .then(entry.undo)
        .catch(() => undefined)
        .finally(() => setUndoneCount((n) => n + 1));
    },
    [dismissToast, forget],
  );

  const record = useCallback(
    (undo: () => Promise<void>): UndoHandle => {
      const entry: Entry = { undo, toastId: null, undone: false };
      entries.current = [...entries.current, entry].slice(-LIMIT);
      return {
        offer(message) {
          if (entry.undone) return;
          entry.toastId = showToast({ tone: 'info', message, action: { label: tr.t('delete.undo'), run: () => run(entry) } });
        },
        drop: () => forget(entry),
        get undone() {
          return entry.undone;
        },
      };
    },
    [forget, run, showToast, tr],
  );

  const undoLast = useCallback(() => {
    const last = entries.current.at(-1);
    if (last) run(last);
  }, [run]);

  return useMemo(() => ({ record, undoLast, undoneCount }), [record, undoLast, undoneCount]);
}
