/**
 * The "Backups" part of the settings page: "Back up now", and "Restore from backup…", which lists the
 * library's snapshots (date, article count, why it was taken) and restores one after a confirmation,
 * with a progress bar while it works and a toast with Undo afterwards (the restore snapshots the
 * library first, so Undo restores that snapshot). Self-contained: it needs only the ApiClient, so
 * whichever page hosts it just mounts it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Result } from '../../shared/api.js';
import type { BackupInfo } from '../../shared/backup-info.js';
import type { ApiClient } from '../api-client.js';
import { errorText } from '../error-text.js';
import { useI18n } from '../i18n-context.js';
import { ToastRegion, type ToastData } from './toast.js';
import { useModalDialog } from '../use-modal-dialog.js';

export interface BackupSettingsProps {
  api: ApiClient;
  /** Called after a restore or its undo, so the host reloads the article list and settings. */
  onRestored?: (result: Result<'backups.restore'>) => void;
  /** Shows a toast in the host's toast region; without it the component shows its own. */
  showToast?: (toast: Omit<ToastData, 'id'>) => void;
  /** False when a surrounding page (the Settings view) already gives the section its heading. */
  heading?: boolean;
}

type Step = { kind: 'closed' } | { kind: 'list' } | { kind: 'confirm'; backup: BackupInfo } | { kind: 'working'; backup: BackupInfo };

const REASON_KEYS = { daily: 'backups.reason.daily', manual: 'backups.reason.manual', 'before-restore': 'backups.reason.beforeRestore', 'before-upgrade': 'backups.reason.beforeUpgrade' } as const;

export function BackupSettings({ api, onRestored, showToast, heading = true }: BackupSettingsProps) {
  const tr = useI18n();
  const headingId = useId();
  const dialogTitleId = useId();
  const confirmBodyId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState<'backup' | 'undo' | null>(null);
  const [ownToast, setOwnToast] = useState<ToastData | null>(null);
  const formatter = useMemo(() => new Intl.DateTimeFormat(tr.intlTag, { dateStyle: 'medium', timeStyle: 'short' }), [tr.intlTag]);
  const when = (backup: BackupInfo) => formatter.format(new Date(backup.createdAt));

  const toast = (next: Omit<ToastData, 'id'>) => (showToast ? showToast(next) : setOwnToast({ ...next, id: Date.now() }));
  const fail = (error: unknown) => toast({ message: errorText(error, tr), tone: 'error' });

  // The dialog opens modally whenever a step is showing and closes when the step goes.
  const open = step.kind !== 'closed';
  useModalDialog(dialogRef, open);
  // The safe answer has the focus when asked to confirm.
  useEffect(() => {
    if (step.kind === 'confirm') cancelRef.current?.focus();
  }, [step]);

  async function openList() {
    setBackups(null);
    setStep({ kind: 'list' });
    try {
      setBackups((await api.call('backups.list', {})).backups);
    } catch (error) {
      setStep({ kind: 'closed' });
      fail(error);
    }
  }

  async function backUpNow() {
    setBusy('backup');
    try {
      const { backup } = await api.call('backups.create', {});
      toast({ message: tr.plural('backups.backedUp', backup.articleCount), tone: 'info' });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  async function undo(result: Result<'backups.restore'>) {
    setBusy('undo');
    try {
      const undone = await api.call('backups.restore', { id: result.undo.id });
      onRestored?.(undone);
      toast({ message: tr.t('backups.undone'), tone: 'info' });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  async function restore(backup: BackupInfo) {
    setStep({ kind: 'working', backup });
    try {
      const result = await api.call('backups.restore', { id: backup.id });
      setStep({ kind: 'closed' });
      onRestored?.(result);
      toast({
        message: tr.plural('backups.restored', result.articleCount, { date: when(backup) }),
        tone: 'info',
        action: { label: tr.t('backups.undo'), run: () => void undo(result) },
      });
    } catch (error) {
      setStep({ kind: 'list' });
      fail(error);
    }
  }

  const working = step.kind === 'working' || busy !== null;
  const progressLabel = step.kind === 'working' || busy === 'undo' ? tr.t('backups.working') : tr.t('backups.backingUp');

  return (
    <section className="backup-settings" aria-labelledby={heading ? headingId : undefined}>
      {heading && <h2 id={headingId}>{tr.t('backups.title')}</h2>}
      <p className="field-hint">{tr.t('backups.hint')}</p>
      <div className="backup-settings-actions">
        <button type="button" className="button" onClick={() => void openList()} disabled={working}>
          {tr.t('backups.restoreFrom')}
        </button>
        <button type="button" className="button" onClick={() => void backUpNow()} disabled={working}>
          {tr.t('backups.backUpNow')}
        </button>
      </div>
      {busy !== null && <BusyBar label={progressLabel} />}

      <dialog
        ref={dialogRef}
        className="dialog"
        role={step.kind === 'confirm' ? 'alertdialog' : 'dialog'}
        aria-labelledby={dialogTitleId}
        aria-describedby={step.kind === 'confirm' ? confirmBodyId : undefined}
        onCancel={(event) => {
          // Escape closes the list or answers "Cancel"; a restore under way cannot be walked away from.
          event.preventDefault();
          if (step.kind === 'confirm') setStep({ kind: 'list' });
          else if (step.kind === 'list') setStep({ kind: 'closed' });
        }}
      >
        <div className="dialog-content">
          {step.kind === 'list' && (
            <>
              <div className="dialog-head">
                <h2 id={dialogTitleId}>{tr.t('backups.listTitle')}</h2>
              </div>
              {backups === null ? (
                <p className="state-loading">{tr.t('backups.loading')}</p>
              ) : backups.length === 0 ? (
                <p>{tr.t('backups.empty')}</p>
              ) : (
                <ul className="backup-list" aria-label={tr.t('backups.listLabel')}>
                  {backups.map((backup) => (
                    <li key={backup.id} className="backup-row">
                      <span className="backup-when">{when(backup)}</span>
                      <span className="backup-meta">
                        {tr.plural('backups.articles', backup.articleCount)} · {tr.t(REASON_KEYS[backup.reason])}
                      </span>
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={tr.t('backups.restoreLabel', { date: when(backup) })}
                        onClick={() => setStep({ kind: 'confirm', backup })}
                      >
                        {tr.t('backups.restore')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <div className="dialog-actions">
                <button type="button" className="button" onClick={() => setStep({ kind: 'closed' })}>
                  {tr.t('common.close')}
                </button>
              </div>
            </>
          )}
          {(step.kind === 'confirm' || step.kind === 'working') && (
            <>
              <div className="dialog-head">
                <h2 id={dialogTitleId}>{tr.t('backups.confirmTitle', { date: when(step.backup) })}</h2>
              </div>
              <p id={confirmBodyId}>{tr.t('backups.confirmBody')}</p>
              {step.kind === 'working' && <BusyBar label={tr.t('backups.working')} />}
              <div className="dialog-actions">
                <button type="button" className="button button-primary" disabled={step.kind === 'working'} onClick={() => void restore(step.backup)}>
                  {tr.t('backups.confirm')}
                </button>
                <button ref={cancelRef} type="button" className="button" disabled={step.kind === 'working'} onClick={() => setStep({ kind: 'list' })}>
                  {tr.t('backups.cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      </dialog>
      {!showToast && <ToastRegion toast={ownToast} onDismiss={(id) => setOwnToast((t) => (t?.id === id ? null : t))} />}
    </section>
  );
}

/** An indeterminate progress bar with its words: a restore's length depends on the disk, not on a count. */
function BusyBar({ label }: { label: string }) {
  return (
    <div className="import-progress">
      <progress aria-label={label} />
      <span className="import-progress-text">{label}</span>
    </div>
  );
}
