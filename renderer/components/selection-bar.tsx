/**
 * What can be done to the selected articles at once: tag, delete (one undoable step), export.
 * Shown above the list while at least one row is selected; a toolbar, so Tab reaches it once and
 * the arrow keys move between its buttons.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n-context.js';
import { Icon } from './icons.js';

interface SelectionBarProps {
  count: number;
  readOnly: boolean;
  onTag: () => void;
  onDelete: () => void;
  onExport: () => void;
  onClear: () => void;
}

export function SelectionBar({ count, readOnly, onTag, onDelete, onExport, onClear }: SelectionBarProps) {
  const tr = useI18n();
  const barRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = Array.from(barRef.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  }

  return (
    <div ref={barRef} className="selection-bar" role="toolbar" aria-label={tr.t('selection.toolbar')} onKeyDown={onKeyDown}>
      <span className="selection-count" role="status">
        {tr.plural('selection.count', count)}
      </span>
      {!readOnly && (
        <button type="button" className="button button-small" aria-haspopup="dialog" onClick={onTag}>
          {tr.t('selection.tag')}
        </button>
      )}
      <button type="button" className="button button-small" aria-haspopup="dialog" onClick={onExport}>
        <Icon name="external" size={16} />
        {tr.t('selection.export')}
      </button>
      {!readOnly && (
        <button type="button" className="button button-small button-danger" onClick={onDelete}>
          <Icon name="trash" size={16} />
          {tr.t('selection.delete')}
        </button>
      )}
      <button type="button" className="button button-quiet button-small" onClick={onClear}>
        {tr.t('selection.clear')}
      </button>
    </div>
  );
}
