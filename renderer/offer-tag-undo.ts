/**
 * Every tag change — "Tag…" on a selection (articles.tag) and the tags page's rename, merge and
 * delete — is undone the same way: tags.restore with the snapshots the change answered with. Here
 * once, for both places, on the app's one undo history (so the toast's Undo and Ctrl+Z agree).
 */
import type { Result } from '../shared/api.js';
import type { Translator } from '../shared/i18n/index.js';
import type { ApiClient } from './api-client.js';
import type { ToastData } from './components/toast.js';
import { errorText } from './error-text.js';
import type { UndoHistory } from './use-undo-history.js';

export type TagSnapshots = Result<'articles.tag'>['undo'];

interface Options {
  client: ApiClient;
  history: UndoHistory;
  onToast: (toast: Omit<ToastData, 'id'>) => void;
  tr: Translator;
  /** After the tags are back: whatever shows them reloads (the library list). */
  onChanged: () => void;
}

/** Shows `message` for a tag change just made, with Undo when the change touched anything. */
export function offerTagUndo({ client, history, onToast, tr, onChanged }: Options, snapshots: TagSnapshots, message: string): void {
  if (snapshots.length === 0) {
    onToast({ tone: 'info', message });
    return;
  }
  history
    .record(async () => {
      try {
        await client.call('tags.restore', { items: snapshots });
        onChanged();
        onToast({ tone: 'info', message: tr.t('tags.undone') });
      } catch (error) {
        onToast({ tone: 'error', message: tr.t('tags.failed', { message: errorText(error, tr) }) });
      }
    })
    .offer(message);
}
