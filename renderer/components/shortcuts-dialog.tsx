/**
 * The keyboard shortcuts help (? or F1). A native modal <dialog>: the browser traps focus,
 * closes it on Escape and restores focus afterwards, which no hand-made overlay gets fully right.
 */
import { Fragment, useId, useRef } from 'react';
import type { PlainMessageKey } from '../../shared/i18n/index.js';
import { useI18n } from '../i18n-context.js';
import { SHORTCUTS, comboKeys, type ShortcutScope } from '../shortcuts.js';
import { Icon } from './icons.js';
import { useModalDialog } from '../use-modal-dialog.js';

const GROUPS: readonly { scope: ShortcutScope; label: PlainMessageKey }[] = [
  { scope: 'global', label: 'shortcuts.group.global' },
  { scope: 'library', label: 'shortcuts.group.library' },
  { scope: 'reader', label: 'shortcuts.group.reader' },
];

export function ShortcutsDialog({ open, onClose, version }: { open: boolean; onClose: () => void; version: string }) {
  const tr = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useModalDialog(dialogRef, open);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      // A click on the backdrop lands on the <dialog> itself (its content fills the box): close.
      onClick={(event) => {
        if (event.target === event.currentTarget) dialogRef.current?.close();
      }}
    >
      <div className="dialog-content">
        <div className="dialog-head">
          <h2 id={titleId}>{tr.t('shortcuts.title')}</h2>
          <button
            type="button"
            className="icon-button"
            aria-label={tr.t('common.close')}
            title={tr.t('common.close')}
            autoFocus
            onClick={() => dialogRef.current?.close()}
          >
            <Icon name="close" />
          </button>
        </div>
        {GROUPS.map((group) => (
          <table key={group.scope} className="shortcut-table">
            <caption>{tr.t(group.label)}</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{tr.t('shortcuts.column.action')}</th>
                <th scope="col">{tr.t('shortcuts.column.keys')}</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.filter((spec) => spec.scope === group.scope).map((spec) => (
                <tr key={spec.id}>
                  <th scope="row">{tr.t(spec.label)}</th>
                  <td>
                    {(spec.display ?? spec.combos).map((combo, index) => (
                      <Fragment key={index}>
                        {index > 0 && <span className="shortcut-or"> {tr.t('shortcuts.or')} </span>}
                        <span className="shortcut-combo">
                          {comboKeys(combo, tr).map((key, keyIndex) => (
                            <kbd key={keyIndex}>{key}</kbd>
                          ))}
                        </span>
                      </Fragment>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <p className="dialog-foot">{tr.t('shortcuts.version', { version })}</p>
      </div>
    </dialog>
  );
}
