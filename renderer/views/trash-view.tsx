/**
 * The trash: articles deleted from the library, newest first, with when each was deleted and how
 * long it stays (30 days, then it is removed for good). Restore puts an article back in the library;
 * "Delete forever" and "Empty trash" ask first, since they cannot be undone.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Result } from '../../shared/api.js';
import { daysLeft } from '../../shared/library/trash-retention.js';
import type { ArticleSummary } from '../../shared/model.js';
import type { ApiClient } from '../api-client.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { Icon } from '../components/icons.js';
import type { ToastData } from '../components/toast.js';
import { errorText } from '../error-text.js';
import { PageLoadState } from '../components/page-load-state.js';
import { useI18n } from '../i18n-context.js';
import { useShortcuts } from '../use-shortcuts.js';
import { BackToLibrary } from '../components/back-to-library.js';

type Trashed = Result<'articles.trash'>['articles'][number];
type Load = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; articles: Trashed[] };

interface TrashViewProps {
  client: ApiClient;
  readOnly: boolean;
  onBack: () => void;
  onToast: (toast: Omit<ToastData, 'id'>) => void;
  /** Restored articles go back into the library list. */
  onRestored: (articles: readonly ArticleSummary[]) => void;
}

export function TrashView({ client, readOnly, onBack, onToast, onRestored }: TrashViewProps) {
  const tr = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [confirming, setConfirming] = useState<Trashed[] | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      const { articles } = await client.call('articles.trash', {});
      setLoad({ status: 'ready', articles });
    } catch (error) {
      setLoad({ status: 'failed', error });
    }
  }, [client]);

  useEffect(() => {
    void reload();
    document.title = `${tr.t('trash.heading')} — ${tr.t('app.name')}`;
    headingRef.current?.focus({ preventScroll: true });
  }, [reload, tr]);

  useShortcuts({ back: onBack });

  async function restore(article: Trashed) {
    setBusy(true);
    try {
      const { articles } = await client.call('articles.restoreMany', { ids: [article.id] });
      onRestored(articles);
      onToast({ tone: 'info', message: tr.t('trash.restored', { title: article.title }) });
      await reload();
    } catch (error) {
      onToast({ tone: 'error', message: tr.t('trash.failed', { message: errorText(error, tr) }) });
    } finally {
      setBusy(false);
      headingRef.current?.focus({ preventScroll: true });
    }
  }

  async function purge(articles: Trashed[]) {
    setBusy(true);
    try {
      const { purged } = await client.call('articles.purge', { ids: articles.map((a) => a.id) });
      onToast({ tone: 'info', message: tr.plural('trash.purged', purged.length) });
      await reload();
    } catch (error) {
      onToast({ tone: 'error', message: tr.t('trash.failed', { message: errorText(error, tr) }) });
    } finally {
      setBusy(false);
      headingRef.current?.focus({ preventScroll: true });
    }
  }

  const articles = load.status === 'ready' ? load.articles : [];
  return (
    <div className="page trash-page">
      <div className="page-toolbar">
        <BackToLibrary onBack={onBack} />
      </div>
      <div className="library-toolbar">
        <div className="library-title">
          <h1 id={headingId} ref={headingRef} tabIndex={-1}>
            {tr.t('trash.heading')}
          </h1>
          {articles.length > 0 && <span className="library-count">{tr.plural('library.count', articles.length)}</span>}
        </div>
        {!readOnly && articles.length > 0 && (
          <button type="button" className="button button-danger" disabled={busy} onClick={() => setConfirming(articles)}>
            <Icon name="trash" size={16} />
            {tr.t('trash.emptyAll')}
          </button>
        )}
      </div>
      <p className="field-hint page-hint">{tr.t('trash.hint')}</p>
      <PageLoadState
        load={load}
        empty={articles.length === 0}
        loadingText={tr.t('trash.loading')}
        failedText={(error) => tr.t('trash.loadFailed', { message: errorText(error, tr) })}
        emptyText={tr.t('trash.empty')}
        emptyIcon={<Icon name="trash" size={44} />}
        onRetry={() => void reload()}
      />
      {articles.length > 0 && (
        <table className="article-table trash-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" className="col-title">
                {tr.t('trash.column.title')}
              </th>
              <th scope="col" className="col-date">
                {tr.t('trash.column.deleted')}
              </th>
              <th scope="col" className="col-date">
                {tr.t('trash.column.left')}
              </th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">{tr.t('library.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => {
              const days = daysLeft(article.purgeAt, Date.now());
              return (
                <tr key={article.id} data-id={article.id}>
                  <th scope="row" className="col-title">
                    <span className="row-title">{article.title}</span>
                    {article.site && <span className="row-byline">{article.site}</span>}
                  </th>
                  <td className="col-date">
                    <time dateTime={article.deletedAt}>{tr.formatDate(article.deletedAt)}</time>
                  </td>
                  <td className="col-date">
                    <time dateTime={article.purgeAt}>{days === 0 ? tr.t('trash.today') : tr.plural('trash.daysLeft', days)}</time>
                  </td>
                  <td className="col-actions">
                    <div className="trash-actions">
                      {!readOnly && (
                        <>
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={tr.t('trash.restoreLabel', { title: article.title })}
                            disabled={busy}
                            onClick={() => void restore(article)}
                          >
                            {tr.t('trash.restore')}
                          </button>
                          <button
                            type="button"
                            className="button button-small button-danger"
                            aria-label={tr.t('trash.purgeLabel', { title: article.title })}
                            disabled={busy}
                            onClick={() => setConfirming([article])}
                          >
                            {tr.t('trash.purge')}
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          title={tr.plural('trash.confirm.title', confirming.length)}
          body={tr.t('trash.confirm.body')}
          confirmLabel={tr.t('trash.confirm.yes')}
          cancelLabel={tr.t('trash.confirm.no')}
          onAnswer={(yes) => {
            const chosen = confirming;
            setConfirming(null);
            if (yes) void purge(chosen);
          }}
        />
      )}
    </div>
  );
}
