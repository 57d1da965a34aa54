/**
 * Short-lived messages ("Deleted “…”" with Undo) in a live region that is always in the page,
 * so screen readers announce each one. A toast waits while the pointer or focus is on it.
 */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n-context.js';
import { Icon } from './icons.js';

export interface ToastData {
  /** Distinct per toast, so the same text twice still restarts the timer. */
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

const DURATION_MS = { info: 8000, error: 12000 } as const;

export function ToastRegion({ toast, onDismiss }: { toast: ToastData | null; onDismiss: (id: number) => void }) {
  const tr = useI18n();
  // Remembers which toast is paused, so a new toast never inherits the pause of the last one.
  const [pausedId, setPausedId] = useState<number | null>(null);
  const paused = toast !== null && pausedId === toast.id;

  useEffect(() => {
    if (!toast || paused) return undefined;
    const timer = window.setTimeout(() => onDismiss(toast.id), DURATION_MS[toast.tone]);
    return () => window.clearTimeout(timer);
  }, [toast, paused, onDismiss]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          key={toast.id}
          className={`toast toast-${toast.tone}`}
          onMouseEnter={() => setPausedId(toast.id)}
          onMouseLeave={() => setPausedId(null)}
          onFocus={() => setPausedId(toast.id)}
          onBlur={() => setPausedId(null)}
        >
          {toast.tone === 'error' && <Icon name="alert" />}
          <p className="toast-message">{toast.message}</p>
          {toast.action && (
            <button
              type="button"
              className="button button-quiet toast-action"
              onClick={() => {
                toast.action?.run();
                onDismiss(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={tr.t('common.dismiss')}
            title={tr.t('common.dismiss')}
            onClick={() => onDismiss(toast.id)}
          >
            <Icon name="close" size={16} />
          </button>
        </div>
      )}
    </div>
  );
}
