/**
 * The keys every inline editor shares: Escape cancels (without also closing whatever holds the
 * editor) and Ctrl/Cmd+Enter saves.
 */
import type { KeyboardEvent } from 'react';

export function editorKeys(actions: { cancel: () => void; save: () => void }) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      actions.cancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      actions.save();
    }
  };
}
