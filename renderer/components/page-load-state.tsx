/**
 * What a page shows before its list: "loading…", a failure with Retry, or the empty state. One
 * component so the trash and tags pages (and any later page) say these things the same way.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n-context.js';

export type PageLoad = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready' };

interface PageLoadStateProps {
  load: PageLoad;
  /** Ready but nothing to list. */
  empty: boolean;
  loadingText: string;
  /** The failure sentence, with the error's own sentence in it. */
  failedText: (error: unknown) => string;
  emptyText: string;
  emptyIcon?: ReactNode;
  onRetry: () => void;
}

export function PageLoadState({ load, empty, loadingText, failedText, emptyText, emptyIcon, onRetry }: PageLoadStateProps) {
  const tr = useI18n();
  if (load.status === 'loading') {
    return (
      <p className="state-panel state-loading" role="status">
        {loadingText}
      </p>
    );
  }
  if (load.status === 'failed') {
    return (
      <div className="state-panel" role="alert">
        <p>{failedText(load.error)}</p>
        <button type="button" className="button" onClick={onRetry}>
          {tr.t('app.retry')}
        </button>
      </div>
    );
  }
  if (!empty) return null;
  return (
    <div className="empty-state">
      {emptyIcon}
      <p>{emptyText}</p>
    </div>
  );
}
