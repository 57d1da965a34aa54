/**
 * What the user is told about a change to their annotations: a sentence for the screen reader's live
 * region after every change, undo and redo, and a toast (with Undo) after a delete or on failure.
 */
import type { Translator } from '../../shared/i18n/index.js';
import { errorText } from '../error-text.js';
import type { ChangeEvent } from './use-annotations.js';

export interface ChangeMessage {
  announce?: string;
  toast?: { tone: 'info' | 'error'; message: string; offerUndo?: boolean };
}

export function changeMessage(event: ChangeEvent, tr: Translator): ChangeMessage {
  switch (event.type) {
    case 'done':
      switch (event.change.kind) {
        case 'create':
          return { announce: tr.t('highlights.added') };
        case 'edit':
          return { announce: tr.t('highlights.noteSaved') };
        case 'attach':
          return { announce: tr.t('highlights.attached') };
        case 'delete':
          return { announce: tr.t('highlights.deleted'), toast: { tone: 'info', message: tr.t('highlights.deleted'), offerUndo: true } };
      }
      break;
    case 'undone':
    case 'redone': {
      const action = tr.t(`highlights.action.${event.change.kind}` as const);
      return { announce: tr.t(event.type === 'undone' ? 'highlights.undone' : 'highlights.redone', { action }) };
    }
    case 'nothing':
      return { announce: tr.t(event.direction === 'undo' ? 'highlights.nothingToUndo' : 'highlights.nothingToRedo') };
    case 'failed':
      return { toast: { tone: 'error', message: tr.t('highlights.failed', { message: errorText(event.error, tr) }) } };
  }
  return {};
}
